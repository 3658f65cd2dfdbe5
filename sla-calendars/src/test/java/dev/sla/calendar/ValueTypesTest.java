package dev.sla.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TimeRange}, {@link DayHours} and {@link WeeklyHours}: factories, text forms, errors, equality. */
class ValueTypesTest {

    // -----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text           | start | end    | canonical      | overnight | length
        "08:00-16:00      | 28800 | 57600  | 08:00-16:00    | false     | PT8H",
        " 08:00 - 16:00   | 28800 | 57600  | 08:00-16:00    | false     | PT8H",
        "10:00-24:00      | 36000 | 86400  | 10:00-24:00    | false     | PT14H",
        "10:00-24:00:00   | 36000 | 86400  | 10:00-24:00    | false     | PT14H",
        "00:00-24:00      | 0     | 86400  | 00:00-24:00    | false     | PT24H",
        "22:00-06:00+1    | 79200 | 108000 | 22:00-06:00+1  | true      | PT8H",
        "08:00-08:00+1    | 28800 | 115200 | 08:00-08:00+1  | true      | PT24H",
        "09:00:30-17:15   | 32430 | 62100  | 09:00:30-17:15 | false     | PT8H14M30S",
        "23:59:59-00:00:01+1 | 86399 | 86401 | 23:59:59-00:00:01+1 | true | PT2S",
    })
    void timeRangeText(String text, int start, int end, String canonical, boolean overnight, Duration length) {
        TimeRange r = TimeRange.parse(text);
        assertThat(r.startSecond()).isEqualTo(start);
        assertThat(r.endSecond()).isEqualTo(end);
        assertThat(r).hasToString(canonical);
        assertThat(r.isOvernight()).isEqualTo(overnight);
        assertThat(r.length()).isEqualTo(length);
        assertThat(TimeRange.ofSeconds(start, end)).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(TimeRange.parse(r.toString())).isEqualTo(r);
    }

    @Test
    void timeRangeFactories() {
        assertThat(TimeRange.of(LocalTime.of(8, 0), LocalTime.of(16, 0))).isEqualTo(TimeRange.parse("08:00-16:00"));
        assertThat(TimeRange.of(LocalTime.of(10, 0), LocalTime.MIDNIGHT)).isEqualTo(TimeRange.parse("10:00-24:00"));
        assertThat(TimeRange.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).isEqualTo(TimeRange.ALL_DAY);
        assertThat(TimeRange.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0))).isEqualTo(TimeRange.parse("22:00-06:00+1"));
        assertThat(TimeRange.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)).end()).isEqualTo(LocalTime.of(6, 0));
        assertThat(TimeRange.parse("10:00-24:00").end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(TimeRange.parse("10:00-24:00").start()).isEqualTo(LocalTime.of(10, 0));

        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(16, 0), LocalTime.of(8, 0)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("16:00-08:00+1");
        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(8, 0), LocalTime.of(8, 0))).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(8, 0, 0, 5), LocalTime.of(9, 0)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("fraction");
        assertThatThrownBy(() -> TimeRange.overnight(LocalTime.of(6, 0), LocalTime.of(7, 0)))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("longer than a day");
        assertThatThrownBy(() -> TimeRange.ofSeconds(-1, 10)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimeRange.ofSeconds(86_400, 86_401)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimeRange.ofSeconds(100, 100)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimeRange.ofSeconds(100, 86_501)).isInstanceOf(DateTimeException.class);
        assertThat(TimeRange.ofSeconds(100, 86_500).length()).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> TimeRange.of(null, LocalTime.NOON)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "08:00", "8-16", "8:00-16:00", "08:00-07:00", "08:00-09:00+1", "25:00-26:00",
        "08:00-24:00+1", "08:00:00.5-09:00", "abc-def", "08:00-16:00-18:00", "08:00-16:00+2", "-08:00"})
    void invalidTimeRangeTextsAreRejected(String text) {
        DateTimeParseException ex = catchThrowableOfType(DateTimeParseException.class, () -> TimeRange.parse(text));
        assertThat(ex).as("'%s'", text).isNotNull();
        assertThat(ex.getMessage()).contains("'" + text.trim() + "'");
        assertThat(ex.getParsedString()).isEqualTo(text.trim());
    }

    @Test
    void timeRangeOrderAndOverlap() {
        TimeRange a = TimeRange.parse("08:00-12:00");
        TimeRange b = TimeRange.parse("12:00-13:00");
        TimeRange c = TimeRange.parse("11:00-12:30");
        assertThat(a.overlaps(b)).isFalse();
        assertThat(b.overlaps(a)).isFalse();
        assertThat(a.overlaps(c)).isTrue();
        assertThat(c.overlaps(b)).isTrue();
        assertThat(List.of(b, c, a, TimeRange.parse("08:00-09:00")).stream().sorted().map(TimeRange::toString).toList())
                .containsExactly("08:00-09:00", "08:00-12:00", "11:00-12:30", "12:00-13:00");
        assertThat(a).isNotEqualTo(b).isNotEqualTo(null).isNotEqualTo("08:00-12:00");
    }

    // -----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "closed                       | closed                      | PT0S",
        "CLOSED                       | closed                      | PT0S",
        "09:00-13:00,14:00-18:00      | 09:00-13:00,14:00-18:00     | PT8H",
        "14:00-18:00, 09:00-13:00     | 09:00-13:00,14:00-18:00     | PT8H",
        "09:00-13:00,13:00-18:00      | 09:00-13:00,13:00-18:00     | PT9H",
        "06:00-08:00,22:00-07:00+1    | 06:00-08:00,22:00-07:00+1   | PT11H",
    })
    void dayHoursText(String text, String canonical, Duration length) {
        DayHours h = DayHours.parse(text);
        assertThat(h).hasToString(canonical);
        assertThat(h.length()).isEqualTo(length);
        assertThat(DayHours.parse(canonical)).isEqualTo(h).hasSameHashCodeAs(h);
        assertThat(h.isClosed()).isEqualTo(length.isZero());
        assertThat(DayHours.of(h.ranges())).isEqualTo(h);
    }

    @Test
    void dayHoursRangesAreSortedAndMustNotOverlap() {
        DayHours h = DayHours.of(TimeRange.parse("14:00-18:00"), TimeRange.parse("09:00-13:00"));
        assertThat(h.ranges()).containsExactly(TimeRange.parse("09:00-13:00"), TimeRange.parse("14:00-18:00"));
        assertThatThrownBy(() -> h.ranges().add(TimeRange.ALL_DAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(DayHours.of()).isSameAs(DayHours.CLOSED);
        assertThat(DayHours.of(TimeRange.ALL_DAY)).isEqualTo(DayHours.ALL_DAY);
        // overlapping ranges are invalid hours wherever they are given, as in weekly hours and calendars
        assertThatThrownBy(() -> DayHours.of(TimeRange.parse("09:00-13:00"), TimeRange.parse("12:00-14:00")))
                .isInstanceOf(InvalidCalendarException.class).hasMessage("day hours: range 09:00-13:00 overlaps 12:00-14:00");
        assertThatThrownBy(() -> DayHours.of(TimeRange.parse("09:00-13:00"), null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        // text                         | the part quoted in the message
        "09:00-13:00,12:00-14:00        | 09:00-13:00,12:00-14:00",
        "09:00-13:00,,14:00-18:00       | 09:00-13:00,,14:00-18:00",
        "09:00-13:00,14:00-25:00        | 09:00-13:00,14:00-25:00",
        "shut                           | shut",
        "22:00-02:00+1,23:00-23:30      | 22:00-02:00+1,23:00-23:30",
    })
    void invalidDayHoursTextsAreRejected(String text, String quoted) {
        DateTimeParseException ex = catchThrowableOfType(DateTimeParseException.class, () -> DayHours.parse(text));
        assertThat(ex).as("'%s'", text).isNotNull();
        assertThat(ex.getMessage()).contains("'" + quoted + "'");
        assertThat(ex.getParsedString()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} shortened by {1}")
    @CsvSource(delimiter = '|', value = {
        "09:00-18:00               | PT1H   | 09:00-17:00",
        "09:00-13:00,14:00-18:00   | PT1H   | 09:00-13:00,14:00-17:00",
        "09:00-13:00,14:00-18:00   | PT4H   | 09:00-13:00",
        "09:00-13:00,14:00-18:00   | PT5H   | 09:00-12:00",
        "09:00-13:00,14:00-18:00   | PT8H   | closed",
        "09:00-13:00,14:00-18:00   | PT9H   | closed",
        "22:00-06:00+1             | PT1H   | 22:00-05:00+1",
        "22:00-06:00+1             | PT7H   | 22:00-23:00",
        "09:00-18:00               | PT0S   | 09:00-18:00",
        "closed                    | PT1H   | closed",
    })
    void shortenedBy(String hours, Duration amount, String expected) {
        assertThat(DayHours.parse(hours).shortenedBy(amount)).isEqualTo(DayHours.parse(expected));
    }

    @Test
    void shortenedByRejectsNegativeAndFractions() {
        // a bad shortening is invalid calendar data wherever it is given, as in day rules and holiday sets
        assertThatThrownBy(() -> DayHours.ALL_DAY.shortenedBy(Duration.ofHours(-1))).isInstanceOf(InvalidCalendarException.class);
        assertThatThrownBy(() -> DayHours.ALL_DAY.shortenedBy(Duration.ofMillis(1500))).isInstanceOf(InvalidCalendarException.class);
    }

    // -----------------------------------------------------------------------
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mon-Fri 08:00-16:00                              | Mon-Fri 08:00-16:00                              | PT40H",
        "Mon-Fri 09:00-13:00,14:00-18:00; Sat,Sun 10:00-18:00 | Mon-Fri 09:00-13:00,14:00-18:00; Sat-Sun 10:00-18:00 | PT56H",
        "Sat,Sun 10:00-18:00; Mon-Fri 09:00-18:00         | Mon-Fri 09:00-18:00; Sat-Sun 10:00-18:00         | PT61H",
        "monday 08:00-12:00; Wednesday 08:00-12:00        | Mon 08:00-12:00; Wed 08:00-12:00                 | PT8H",
        "Fri-Mon 10:00-12:00                              | Mon 10:00-12:00; Fri-Sun 10:00-12:00             | PT8H",
        "Mon-Sun 00:00-24:00                              | 24/7                                             | PT168H",
        "24/7                                             | 24/7                                             | PT168H",
        "closed                                           | closed                                           | PT0S",
        "Fri 22:00-06:00+1; Sat 06:00-12:00               | Fri 22:00-06:00+1; Sat 06:00-12:00               | PT14H",
        "Mon closed; Tue 09:00-10:00                      | Tue 09:00-10:00                                  | PT1H",
    })
    void weeklyHoursText(String text, String canonical, Duration length) {
        WeeklyHours w = WeeklyHours.parse(text);
        assertThat(w).hasToString(canonical);
        assertThat(w.length()).isEqualTo(length);
        assertThat(WeeklyHours.parse(canonical)).isEqualTo(w).hasSameHashCodeAs(w);
        assertThat(w.isClosed()).isEqualTo(length.isZero());
    }

    @Test
    void weeklyHoursFormatNamesTheDaysAsAskedAndGroupsAsToStringDoes() {
        java.util.function.Function<DayOfWeek, String> french = d -> d.getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.FRENCH);
        assertThat(WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00; Sat,Sun 10:00-18:00").format(french))
                .isEqualTo("lun.-ven. 09:00-13:00,14:00-18:00; sam.-dim. 10:00-18:00");
        assertThat(WeeklyHours.parse("Mon closed; Tue 09:00-10:00; Fri 22:00-06:00+1").format(d -> d.name()))
                .isEqualTo("TUESDAY 09:00-10:00; FRIDAY 22:00-06:00+1");
        // the same grouping as the text form, with its own day names
        WeeklyHours w = WeeklyHours.parse("Fri-Mon 10:00-12:00");
        assertThat(w.format(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)))
                .isEqualTo(w.toString());
        // no words for the whole week: open every hour, day by day; closed, nothing
        assertThat(WeeklyHours.ALWAYS.format(d -> d.name().substring(0, 2))).isEqualTo("MO-SU 00:00-24:00");
        assertThat(WeeklyHours.CLOSED.format(d -> d.name())).isEmpty();
    }

    @Test
    void weeklyHoursFromAMapAndFromTheBuilder() {
        Map<DayOfWeek, DayHours> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            map.put(d, DayHours.parse("09:00-13:00,14:00-18:00"));
        }
        WeeklyHours fromMap = WeeklyHours.of(map);
        WeeklyHours built = WeeklyHours.builder().on(MONDAY, FRIDAY, TimeRange.parse("14:00-18:00"))
                .on(MONDAY, FRIDAY, TimeRange.parse("09:00-13:00")).build();
        assertThat(fromMap).isEqualTo(built).hasSameHashCodeAs(built).isEqualTo(WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00"));
        assertThat(fromMap.on(SATURDAY)).isEqualTo(DayHours.CLOSED);
        assertThat(fromMap.on(FRIDAY)).isEqualTo(DayHours.parse("09:00-13:00,14:00-18:00"));
        assertThat(fromMap).isNotEqualTo(WeeklyHours.ALWAYS).isNotEqualTo(null);
        // days wrap around the end of the week
        assertThat(WeeklyHours.builder().on(SATURDAY, MONDAY, TimeRange.ALL_DAY).build())
                .hasToString("Mon 00:00-24:00; Sat-Sun 00:00-24:00");
        assertThat(WeeklyHours.builder().on(SUNDAY, TimeRange.ALL_DAY).build().on(SUNDAY)).isEqualTo(DayHours.ALL_DAY);
        assertThat(WeeklyHours.ALWAYS.isClosed()).isFalse();
        assertThat(WeeklyHours.CLOSED.isClosed()).isTrue();

        map.put(SATURDAY, DayHours.parse("08:00-10:00"));
        map.put(FRIDAY, DayHours.parse("22:00-09:00+1"));
        assertThatThrownBy(() -> WeeklyHours.of(map)).isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("Friday: overnight range 22:00-09:00+1 overlaps Saturday 08:00-10:00");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        // text                                   | the part quoted in the message
        "Mon-Fri                                  | Mon-Fri",
        "Xyz 08:00-16:00                          | Xyz",
        "Mon-Fri 08:00-25:00                      | 08:00-25:00",
        "Mo 08:00-16:00                           | Mo",
        "Mon 08:00-12:00; Mon 11:00-13:00         | Mon 08:00-12:00; Mon 11:00-13:00",
        "Fri 22:00-06:00+1; Sat 05:00-10:00       | Fri 22:00-06:00+1; Sat 05:00-10:00",
        "Mon-Fri 08:00-12:00,11:00-13:00          | 08:00-12:00,11:00-13:00",
        "Mon-Fri 08:00-16:00; ; Sat 10:00-12:00   | Mon-Fri 08:00-16:00; ; Sat 10:00-12:00",
    })
    void invalidWeeklyHoursTextsAreRejected(String text, String quoted) {
        DateTimeParseException ex = catchThrowableOfType(DateTimeParseException.class, () -> WeeklyHours.parse(text));
        assertThat(ex).as("'%s'", text).isNotNull();
        assertThat(ex.getMessage()).contains("'" + quoted + "'").contains("'" + text + "'");
        assertThat(ex.getParsedString()).isEqualTo(text);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"Mon-Fri 08:00-16:00;", "Mon-Fri 08:00-16:00; ", "Mon-Fri 08:00-16:00;; Sat 10:00-14:00",
        "; Mon-Fri 08:00-16:00", "Mon-Fri 08:00-16:00,", "Mon-Fri 08:00-12:00,,13:00-17:00", "Sat, 10:00-14:00"})
    void trailingOrDoubledSeparatorsInWeeklyHoursAreRejected(String text) {
        DateTimeParseException ex = catchThrowableOfType(DateTimeParseException.class, () -> WeeklyHours.parse(text));
        assertThat(ex).hasMessageStartingWith("Weekly hours '" + text.trim() + "': ").hasMessageContaining("must separate");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"08:00-16:00,", "08:00-12:00,,13:00-17:00", ",08:00-16:00", "08:00-12:00, "})
    void trailingOrDoubledCommasInDayHoursAreRejected(String text) {
        assertThatThrownBy(() -> DayHours.parse(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("Hours '" + text.trim() + "': ").hasMessageContaining("a ',' must separate two ranges");
    }
}
