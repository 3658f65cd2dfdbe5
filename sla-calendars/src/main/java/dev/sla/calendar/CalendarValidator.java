package dev.sla.calendar;

import dev.sla.Problem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * Checks what a {@link WorkCalendar.Builder} collected, once, against named rules, and
 * derives what the calendar needs: the zone, the weekly hours, the own rules and the
 * coverage. Each problem carries its path in the calendar's JSON form: {@code /zone},
 * {@code /hours}, {@code /holidays/1}, {@code /overrides/2026-01-01}, or empty for the whole.
 */
final class CalendarValidator {

    private final WorkCalendar.Builder b;
    private final List<Problem> problems = new ArrayList<>();
    private ZoneId zone;
    private WeeklyHours weekly;
    private HolidaySet own;

    private CalendarValidator(WorkCalendar.Builder b) {
        this.b = b;
    }

    /** What the calendar is made of once every rule holds. */
    record Result(ZoneId zone, WeeklyHours weekly, HolidaySet own, LocalDateRange coverage) {
    }

    /**
     * Checks every rule.
     *
     * @param b  the builder
     * @return the parts of the calendar
     * @throws InvalidCalendarException listing every problem, if any
     */
    static Result validate(WorkCalendar.Builder b) {
        CalendarValidator v = new CalendarValidator(b);
        v.problems.addAll(b.problems);
        v.zoneIsKnown();
        v.weeklyHoursAreValid();
        v.thereIsWorkingTime();
        v.ownRulesAreConsistent();
        v.noDateIsBothWorkingAndClosed();
        if (!v.problems.isEmpty()) {
            throw new InvalidCalendarException("calendar '" + b.name + "'", v.problems);
        }
        return new Result(v.zone, v.weekly, v.own, coverage(b.sets));
    }

    /** Rule: the zone is given, and a zone given by its id is known. */
    private void zoneIsKnown() {
        zone = b.zone;
        if (zone == null && b.zoneText != null) {
            try {
                zone = ZoneId.of(b.zoneText);
            } catch (DateTimeException ex) {
                problems.add(new Problem("/zone", "unknown time zone '" + b.zoneText
                        + "'; use an IANA id such as Europe/Moscow or UTC"));
            }
        } else if (zone == null) {
            problems.add(new Problem("", "no time zone"));
        }
    }

    /** Rule: the weekly hours are given one way, and their ranges do not overlap. */
    private void weeklyHoursAreValid() {
        weekly = b.weeklyHours;
        if (b.hasRanges) {
            List<Problem> weeklyProblems = b.weeklyRanges.problems();
            for (Problem p : weeklyProblems) {
                problems.add(new Problem("/hours", "weekly hours, " + p.message()));
            }
            if (b.weeklyHours != null) {
                problems.add(new Problem("/hours", "weekly hours are given both as a whole and as ranges"));
            }
            if (weeklyProblems.isEmpty()) {
                weekly = b.weeklyRanges.build();
            }
        } else if (weekly == null) {
            weekly = WeeklyHours.CLOSED;
        }
    }

    /** Rule: some day of the week, holidays or an override has working time. */
    private void thereIsWorkingTime() {
        if (weekly != null && weekly.isClosed() && b.holidayHours.isClosed()
                && b.overrides.values().stream().allMatch(DayHours::isClosed)) {
            problems.add(new Problem("", "no working time: the weekly hours are closed every day"));
        }
    }

    /** Rule: the calendar's own holidays, working days and short days do not contradict one another. */
    private void ownRulesAreConsistent() {
        List<Problem> ownProblems = b.own.problems();
        for (Problem p : ownProblems) {
            problems.add(new Problem("/days" + p.path(), p.message()));
        }
        own = ownProblems.isEmpty() ? b.own.build() : null;
    }

    /** Rule: no date is a working day in one source and a holiday or day off in another, unless overridden. */
    private void noDateIsBothWorkingAndClosed() {
        List<HolidaySet> all = new ArrayList<>(b.sets);
        if (own != null) {
            all.add(own);
        }
        Map<LocalDate, Problem> reported = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            HolidaySet a = all.get(i);
            for (LocalDate date : a.workingRules().keySet()) {
                for (int j = 0; j < all.size(); j++) {
                    if (j != i && all.get(j).nonWorking(date) != null && !b.overrides.containsKey(date)) {
                        int listed = i < b.sets.size() ? i : j;
                        reported.put(date, new Problem(listed < b.sets.size() ? "/holidays/" + listed : "",
                                date + " is a working day in " + label(i) + " and a holiday or day off in " + label(j)));
                    }
                }
            }
        }
        problems.addAll(reported.values());
    }

    private String label(int i) {
        return i < b.sets.size() ? "set '" + b.sets.get(i).name() + "'" : "the calendar's own rules";
    }

    /** The dates every set with dated data covers, or null if every year is covered. */
    static LocalDateRange coverage(List<HolidaySet> sets) {
        LocalDate start = null;
        LocalDate end = null;
        for (HolidaySet set : sets) {
            Optional<LocalDateRange> c = set.coverage();
            if (c.isPresent()) {
                start = start == null || c.get().getStart().isAfter(start) ? c.get().getStart() : start;
                end = end == null || c.get().getEnd().isBefore(end) ? c.get().getEnd() : end;
            }
        }
        if (start == null) {
            return null;
        }
        return end.isAfter(start) ? LocalDateRange.of(start, end) : LocalDateRange.ofEmpty(start);
    }
}
