package dev.sla.testkit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.TimeRange;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.Interval;

/**
 * Wall-clock hours across daylight saving time changes, by the rule of the
 * {@link WorkCalendar} class documentation: a range start or end in a gap moves to the
 * moment of the jump; in an overlap a start takes the first occurrence and an end the
 * last; working time is real elapsed time.
 *
 * <p>The 2024 changes used (all on Sundays):
 * <ul>
 *   <li>Europe/Paris: 31 March 02:00 CET (+01) jumps to 03:00 CEST (+02) at 01:00Z;
 *       27 October 03:00 CEST falls back to 02:00 CET at 01:00Z.</li>
 *   <li>America/New_York: 10 March 02:00 EST (-05) jumps to 03:00 EDT (-04) at 07:00Z;
 *       3 November 02:00 EDT falls back to 01:00 EST at 06:00Z.</li>
 *   <li>Australia/Sydney: 7 April 03:00 AEDT (+11) falls back to 02:00 AEST (+10) at
 *       16:00Z on 6 April; 6 October 02:00 AEST jumps to 03:00 AEDT at 16:00Z on 5 October.</li>
 * </ul>
 * The expected instants are worked out from these offsets by hand.
 */
class DaylightSavingTest {

    /** A calendar open only on the given date's day of the week, with one range. */
    private static WorkCalendar oneRangeOn(String zone, LocalDate date, String range) {
        DayOfWeek day = date.getDayOfWeek();
        return WorkCalendar.builder().zone(zone).hours(day, day, TimeRange.parse(range)).build();
    }

    @ParameterizedTest(name = "{0} {1} {2}: [{3}, {4}) = {5}")
    @CsvSource({
        // Paris, spring forward: the hour 02:00-03:00 does not exist
        "Europe/Paris, 2024-03-31, 00:00-06:00, 2024-03-30T23:00:00Z, 2024-03-31T04:00:00Z, PT5H",
        "Europe/Paris, 2024-03-31, 01:00-04:00, 2024-03-31T00:00:00Z, 2024-03-31T02:00:00Z, PT2H",
        "Europe/Paris, 2024-03-31, 02:30-05:00, 2024-03-31T01:00:00Z, 2024-03-31T03:00:00Z, PT2H",
        "Europe/Paris, 2024-03-31, 00:00-02:30, 2024-03-30T23:00:00Z, 2024-03-31T01:00:00Z, PT2H",
        "Europe/Paris, 2024-03-31, 03:00-05:00, 2024-03-31T01:00:00Z, 2024-03-31T03:00:00Z, PT2H",
        "Europe/Paris, 2024-03-31, 00:00-24:00, 2024-03-30T23:00:00Z, 2024-03-31T22:00:00Z, PT23H",
        "Europe/Paris, 2024-03-30, 22:00-06:00+1, 2024-03-30T21:00:00Z, 2024-03-31T04:00:00Z, PT7H",
        // Paris, fall back: the hour 02:00-03:00 happens twice
        "Europe/Paris, 2024-10-27, 00:00-06:00, 2024-10-26T22:00:00Z, 2024-10-27T05:00:00Z, PT7H",
        "Europe/Paris, 2024-10-27, 02:30-05:00, 2024-10-27T00:30:00Z, 2024-10-27T04:00:00Z, PT3H30M",
        "Europe/Paris, 2024-10-27, 00:00-02:30, 2024-10-26T22:00:00Z, 2024-10-27T01:30:00Z, PT3H30M",
        "Europe/Paris, 2024-10-27, 02:15-02:45, 2024-10-27T00:15:00Z, 2024-10-27T01:45:00Z, PT1H30M",
        "Europe/Paris, 2024-10-27, 02:00-03:00, 2024-10-27T00:00:00Z, 2024-10-27T02:00:00Z, PT2H",
        "Europe/Paris, 2024-10-27, 01:00-02:00, 2024-10-26T23:00:00Z, 2024-10-27T01:00:00Z, PT2H",
        "Europe/Paris, 2024-10-27, 03:00-06:00, 2024-10-27T02:00:00Z, 2024-10-27T05:00:00Z, PT3H",
        "Europe/Paris, 2024-10-27, 00:00-24:00, 2024-10-26T22:00:00Z, 2024-10-27T23:00:00Z, PT25H",
        "Europe/Paris, 2024-10-26, 22:00-06:00+1, 2024-10-26T20:00:00Z, 2024-10-27T05:00:00Z, PT9H",
        // New York, spring forward: 02:00-03:00 does not exist
        "America/New_York, 2024-03-10, 00:00-06:00, 2024-03-10T05:00:00Z, 2024-03-10T10:00:00Z, PT5H",
        "America/New_York, 2024-03-10, 02:30-04:00, 2024-03-10T07:00:00Z, 2024-03-10T08:00:00Z, PT1H",
        "America/New_York, 2024-03-10, 01:00-02:30, 2024-03-10T06:00:00Z, 2024-03-10T07:00:00Z, PT1H",
        // New York, fall back: 01:00-02:00 happens twice
        "America/New_York, 2024-11-03, 00:00-06:00, 2024-11-03T04:00:00Z, 2024-11-03T11:00:00Z, PT7H",
        "America/New_York, 2024-11-03, 01:30-03:00, 2024-11-03T05:30:00Z, 2024-11-03T08:00:00Z, PT2H30M",
        "America/New_York, 2024-11-03, 00:00-01:30, 2024-11-03T04:00:00Z, 2024-11-03T06:30:00Z, PT2H30M",
        "America/New_York, 2024-11-03, 01:15-01:45, 2024-11-03T05:15:00Z, 2024-11-03T06:45:00Z, PT1H30M",
        // Sydney, fall back in April: 02:00-03:00 happens twice
        "Australia/Sydney, 2024-04-07, 00:00-06:00, 2024-04-06T13:00:00Z, 2024-04-06T20:00:00Z, PT7H",
        "Australia/Sydney, 2024-04-07, 02:30-04:00, 2024-04-06T15:30:00Z, 2024-04-06T18:00:00Z, PT2H30M",
        "Australia/Sydney, 2024-04-07, 00:00-24:00, 2024-04-06T13:00:00Z, 2024-04-07T14:00:00Z, PT25H",
        // Sydney, spring forward in October: 02:00-03:00 does not exist
        "Australia/Sydney, 2024-10-06, 00:00-06:00, 2024-10-05T14:00:00Z, 2024-10-05T19:00:00Z, PT5H",
        "Australia/Sydney, 2024-10-06, 02:30-04:00, 2024-10-05T16:00:00Z, 2024-10-05T17:00:00Z, PT1H",
        "Australia/Sydney, 2024-10-06, 00:00-24:00, 2024-10-05T14:00:00Z, 2024-10-06T13:00:00Z, PT23H",
        "Australia/Sydney, 2024-10-05, 22:00-06:00+1, 2024-10-05T12:00:00Z, 2024-10-05T19:00:00Z, PT7H",
    })
    void rangeAcrossAChange(String zone, LocalDate date, String range, Instant start, Instant end, Duration length) {
        WorkCalendar cal = oneRangeOn(zone, date, range);
        Instant from = start.minus(Duration.ofDays(1));
        Instant to = end.plus(Duration.ofDays(1));
        assertThat(cal.openPeriods(from, to).collect(Collectors.toList())).containsExactly(Interval.of(start, end));
        assertThat(new ReferenceCalendar(cal).openPeriods(from, to)).as("the reference").containsExactly(Interval.of(start, end));
        assertThat(cal.between(from, to)).isEqualTo(length);
        assertThat(Duration.between(start, end)).as("the table itself").isEqualTo(length);
        assertThat(cal.nextOpen(from)).isEqualTo(start);
        assertThat(cal.nextClose(start)).contains(end);
        assertThat(cal.add(from, length)).isEqualTo(end);
        assertThat(cal.subtract(to, length)).isEqualTo(start);
        assertThat(cal.isOpen(start.minusNanos(1))).isFalse();
        assertThat(cal.isOpen(end.minusNanos(1))).isTrue();
        assertThat(cal.isOpen(end)).isFalse();
        // working time within the range is real elapsed time
        Instant middle = start.plus(length.dividedBy(2));
        assertThat(cal.between(start, middle)).isEqualTo(Duration.between(start, middle));
        assertThat(cal.add(start, Duration.between(start, middle))).isEqualTo(middle);
    }

    @ParameterizedTest(name = "{0} {1} {2} vanishes")
    @CsvSource({
        "Europe/Paris, 2024-03-31, 02:00-03:00",
        "Europe/Paris, 2024-03-31, 02:15-02:45",
        "America/New_York, 2024-03-10, 02:00-03:00",
        "Australia/Sydney, 2024-10-06, 02:10-02:50",
    })
    void rangeInsideAGapHasNoWorkingTime(String zone, LocalDate date, String range) {
        WorkCalendar cal = oneRangeOn(zone, date, range);
        Instant from = date.atStartOfDay(ZoneId.of(zone)).toInstant();
        Instant to = from.plus(Duration.ofDays(1));
        assertThat(cal.openPeriods(from, to)).isEmpty();
        assertThat(new ReferenceCalendar(cal).openPeriods(from, to)).as("the reference").isEmpty();
        assertThat(cal.between(from, to)).isZero();
        // the same weekday a week later has the full range
        Duration nominal = TimeRange.parse(range).length();
        assertThat(cal.between(to, to.plus(Duration.ofDays(7)))).isEqualTo(nominal);
        assertThat(cal.nextOpen(from)).isAfter(to);
    }

    @Test
    void aRangeEndingInAGapTouchesTheRangeStartingInIt() {
        // 00:00-02:30 ends at the jump, 02:45-05:00 starts at it: one period 00:00 CET - 05:00 CEST.
        WorkCalendar cal = WorkCalendar.builder().zone("Europe/Paris")
                .hours(SUNDAY, SUNDAY, TimeRange.parse("00:00-02:30"),
                        TimeRange.parse("02:45-05:00"))
                .build();
        Instant from = Instant.parse("2024-03-30T12:00:00Z");
        Instant to = Instant.parse("2024-03-31T12:00:00Z");
        assertThat(cal.openPeriods(from, to).collect(Collectors.toList())).containsExactly(
                Interval.of(Instant.parse("2024-03-30T23:00:00Z"), Instant.parse("2024-03-31T03:00:00Z")));
        assertThat(cal.between(from, to)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void rangesMeetingInAnOverlapShareTheRepeatedTime() {
        // 00:00-02:30 ends at the second 02:30 (01:30Z), 02:30-05:00 starts at the first (00:30Z):
        // the union is 22:00Z - 04:00Z, 6 hours, not the 7.5 the two ranges would give apart.
        WorkCalendar cal = WorkCalendar.builder().zone("Europe/Paris")
                .hours(SUNDAY, SUNDAY, TimeRange.parse("00:00-02:30"),
                        TimeRange.parse("02:30-05:00"))
                .build();
        Instant from = Instant.parse("2024-10-26T12:00:00Z");
        Instant to = Instant.parse("2024-10-27T12:00:00Z");
        assertThat(cal.openPeriods(from, to).collect(Collectors.toList())).containsExactly(
                Interval.of(Instant.parse("2024-10-26T22:00:00Z"), Instant.parse("2024-10-27T04:00:00Z")));
        assertThat(cal.between(from, to)).isEqualTo(Duration.ofHours(6));
    }

    // -----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}: add({1}, {2}) = {3}")
    @CsvSource({
        // Mon-Fri 09:00-17:00: Friday before the change 16:00 + 2 h is Monday after it 10:00
        "Europe/Paris, Mon-Fri 09:00-17:00, 2024-03-29T15:00:00Z, PT2H, 2024-04-01T08:00:00Z",
        "Europe/Paris, Mon-Fri 09:00-17:00, 2024-10-25T14:00:00Z, PT2H, 2024-10-28T09:00:00Z",
        "America/New_York, Mon-Fri 09:00-17:00, 2024-03-08T21:00:00Z, PT2H, 2024-03-11T14:00:00Z",
        "America/New_York, Mon-Fri 09:00-17:00, 2024-11-01T20:00:00Z, PT2H, 2024-11-04T15:00:00Z",
        "Australia/Sydney, Mon-Fri 09:00-17:00, 2024-04-05T05:00:00Z, PT2H, 2024-04-08T00:00:00Z",
        "Australia/Sydney, Mon-Fri 09:00-17:00, 2024-10-04T06:00:00Z, PT2H, 2024-10-06T23:00:00Z",
        // night shift 22:00-06:00 across the jump: 7 real hours that night
        "Europe/Paris, Mon-Sun 22:00-06:00+1, 2024-03-30T21:00:00Z, PT6H, 2024-03-31T03:00:00Z",
        "Europe/Paris, Mon-Sun 22:00-06:00+1, 2024-03-30T21:00:00Z, PT7H, 2024-03-31T04:00:00Z",
        "Europe/Paris, Mon-Sun 22:00-06:00+1, 2024-03-30T21:00:00Z, PT7H30M, 2024-03-31T20:30:00Z",
        // and across the fall back: 9 real hours that night
        "Europe/Paris, Mon-Sun 22:00-06:00+1, 2024-10-26T20:00:00Z, PT8H, 2024-10-27T04:00:00Z",
        "Europe/Paris, Mon-Sun 22:00-06:00+1, 2024-10-26T20:00:00Z, PT9H, 2024-10-27T05:00:00Z",
        "Europe/Paris, Mon-Sun 22:00-06:00+1, 2024-10-26T20:00:00Z, PT9H30M, 2024-10-27T21:30:00Z",
        // Sundays only, all day: 25 hours on 7 April in Sydney, 23 on 6 October
        "Australia/Sydney, Sun 00:00-24:00, 2024-04-06T13:00:00Z, PT24H, 2024-04-07T13:00:00Z",
        "Australia/Sydney, Sun 00:00-24:00, 2024-04-06T13:00:00Z, PT25H, 2024-04-07T14:00:00Z",
        "Australia/Sydney, Sun 00:00-24:00, 2024-04-06T13:00:00Z, PT26H, 2024-04-13T15:00:00Z",
        "Australia/Sydney, Sun 00:00-24:00, 2024-10-05T14:00:00Z, PT23H, 2024-10-06T13:00:00Z",
        "Australia/Sydney, Sun 00:00-24:00, 2024-10-05T14:00:00Z, PT24H, 2024-10-12T14:00:00Z",
    })
    void addAcrossAChange(String zone, String weekly, Instant start, Duration amount, Instant expected) {
        WorkCalendar cal = WorkCalendar.of(ZoneId.of(zone), WeeklyHours.parse(weekly));
        assertThat(cal.add(start, amount)).isEqualTo(expected);
        assertThat(cal.between(start, expected)).isEqualTo(amount);
    }

    @Test
    void twentyFourSevenAcrossChangesIsElapsedTime() {
        for (String zone : List.of("Europe/Paris", "America/New_York", "Australia/Sydney")) {
            WorkCalendar cal = WorkCalendar.always(ZoneId.of(zone));
            // the whole of 2024 in local time: 366 days of real time, the gained and lost hours cancel
            Instant from = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneId.of(zone)).toInstant();
            Instant to = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneId.of(zone)).toInstant();
            assertThat(cal.between(from, to)).isEqualTo(Duration.ofDays(366));
            assertThat(cal.add(from, Duration.ofDays(366))).isEqualTo(to);
        }
    }

    @Test
    void mondayToFridayWeekOfTheChangeStillHasFortyHours() {
        // The changes happen on Sundays: the weekday ranges are untouched.
        for (String zone : List.of("Europe/Paris", "America/New_York", "Australia/Sydney")) {
            WorkCalendar cal = WorkCalendar.builder().zone(zone).hours(MONDAY, FRIDAY, TimeRange.parse("09:00-17:00")).build();
            for (String sunday : List.of("2024-03-31", "2024-10-27", "2024-03-10", "2024-11-03", "2024-04-07", "2024-10-06")) {
                Instant from = LocalDate.parse(sunday).minusDays(6).atStartOfDay(ZoneId.of(zone)).toInstant();
                Instant to = LocalDate.parse(sunday).plusDays(8).atStartOfDay(ZoneId.of(zone)).toInstant();
                assertThat(cal.between(from, to)).as("%s around %s", zone, sunday).isEqualTo(Duration.ofHours(80));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aWorkingDayTimeInsideTheGapMovesToTheTransition() {
        WorkCalendar cal = WorkCalendar.of(java.time.ZoneId.of("Europe/Paris"), WeeklyHours.ALWAYS);
        java.time.Instant saturday = java.time.ZonedDateTime.of(2025, 3, 29, 2, 30, 0, 0, java.time.ZoneId.of("Europe/Paris")).toInstant();
        // Sunday 30 March 2025 02:30 does not exist in Paris: clocks jump from 02:00 to 03:00 (01:00Z)
        org.assertj.core.api.Assertions.assertThat(cal.addWorkingDays(saturday, 1))
                .isEqualTo(java.time.Instant.parse("2025-03-30T01:00:00Z"));
    }
}
