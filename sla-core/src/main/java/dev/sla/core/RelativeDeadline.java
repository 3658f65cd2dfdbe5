package dev.sla.core;

import dev.sla.calendar.NoWorkingTimeException;
import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.Interval;

/**
 * A deadline relative to a calendar rather than a duration: "by the end of the next
 * business day" ({@code end of business day 1}), "by 12:00 of the second business day after
 * receipt" ({@code 12:00 of business day 2}).
 *
 * <p>From an instant (a cycle's start) on a calendar: take the local date of the instant
 * in the calendar's zone; business day N is the N-th date after it that has working time
 * on the calendar (weekends and holidays are skipped, transferred working days and
 * shortened days count). The deadline is, on that date, either the end of its working time
 * (the close of the last open period that starts on it, after midnight for hours across
 * midnight, or the next midnight for a calendar open around the clock), or the given
 * wall-clock time in the calendar's zone: a time in a daylight-saving gap is moved later
 * by the length of the gap (02:30 in a 02:00-03:00 gap is 03:30), a time in an overlap is
 * the earlier of its two instants.
 *
 * <p>A metric counts such a target as the working time of its calendar from the cycle's
 * start to that instant; from then on it counts like a duration: a pause moves the due
 * instant, and a time of day outside the working hours gives the earliest instant with
 * the same working time, the close before it.
 *
 * <p>The text form is {@code end of business day N} or {@code HH:MM of business day N}, N
 * from 1 to 366; {@link #parse(String)} reads it back. This class is immutable and thread-safe.
 *
 * @param businessDays  which business day after the start's date, 1 to 366
 * @param at  the wall-clock time on that day, in whole minutes, or null for the end of its working time
 *
 * @since 0.1
 */
public record RelativeDeadline(int businessDays, LocalTime at) {

    private static final Pattern TEXT = Pattern.compile("(end|[0-2][0-9]:[0-5][0-9]) of business day ([1-9][0-9]{0,2})");
    /** The dates searched for a business day before the calendar is found to have no working time. */
    private static final int SEARCHED_DAYS = 3700;

    /**
     * Checks the fields.
     *
     * @param businessDays  the business day, 1 to 366
     * @param at  the time, or null for the end of the working time
     */
    public RelativeDeadline {
        if (businessDays < 1 || businessDays > 366) {
            throw new IllegalArgumentException("A relative deadline counts 1 to 366 business days, not " + businessDays);
        }
        if (at != null && (at.getSecond() != 0 || at.getNano() != 0)) {
            throw new IllegalArgumentException("A relative deadline's time is in whole minutes, not " + at);
        }
    }

    /**
     * Obtains the end of the working time of the N-th business day.
     *
     * @param businessDays  the business day, 1 to 366
     * @return the deadline, not null
     */
    public static RelativeDeadline endOfBusinessDay(int businessDays) {
        return new RelativeDeadline(businessDays, null);
    }

    /**
     * Obtains a wall-clock time of the N-th business day.
     *
     * @param businessDays  the business day, 1 to 366
     * @param time  the time, not null
     * @return the deadline, not null
     */
    public static RelativeDeadline at(int businessDays, LocalTime time) {
        return new RelativeDeadline(businessDays, Objects.requireNonNull(time, "time"));
    }

    /**
     * Obtains a deadline from its text, such as {@code end of business day 1} or
     * {@code 12:00 of business day 2}.
     *
     * @param text  the text, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static RelativeDeadline parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TEXT.matcher(text);
        if (m.matches()) {
            int days = Integer.parseInt(m.group(2));
            if (m.group(1).equals("end")) {
                return endOfBusinessDay(days);
            }
            try {
                return at(days, LocalTime.parse(m.group(1)));
            } catch (DateTimeParseException ex) {
                // told below
            }
        }
        throw new IllegalArgumentException("A relative deadline is 'end of business day N' or 'HH:MM of business day N'"
                + " with N from 1 to 366, not '" + text + "'");
    }

    /**
     * Finds the deadline's instant for a start on a calendar.
     *
     * @param start  the start, not null
     * @param calendar  the calendar, not null
     * @return the instant, not null
     * @throws NoWorkingTimeException if the calendar has no business day within ten years
     */
    public Instant from(Instant start, WorkCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        ZoneId zone = calendar.zone();
        LocalDate day = start.atZone(zone).toLocalDate();
        int found = 0;
        for (int i = 0; found < businessDays; i++) {
            if (i == SEARCHED_DAYS) {
                throw new NoWorkingTimeException("calendar '" + calendar.name() + "' has no business day " + businessDays
                        + " after " + start.atZone(zone).toLocalDate());
            }
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                found++;
            }
        }
        if (at != null) {
            return ZonedDateTime.of(day, at, zone).toInstant();
        }
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant nextDay = day.plusDays(1).atStartOfDay(zone).toInstant();
        Interval last = calendar.openPeriods(dayStart, nextDay).reduce((a, b) -> b).orElse(null);
        return last == null ? nextDay : calendar.nextClose(last.getStart()).orElse(nextDay);
    }

    /**
     * Outputs the deadline as in a policy: {@code end of business day 1} or
     * {@code 12:00 of business day 2}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (at == null ? "end" : at.toString()) + " of business day " + businessDays;
    }
}
