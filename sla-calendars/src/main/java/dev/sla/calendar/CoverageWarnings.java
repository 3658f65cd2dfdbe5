package dev.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * What a caller should know about a calendar's answers between two instants: years its
 * holiday data does not cover and years whose data is provisional.
 */
final class CoverageWarnings {

    private CoverageWarnings() {
    }

    /**
     * Describes the warnings; see {@link WorkCalendar#warnings(Instant, Instant)}.
     *
     * @param cal  the calendar
     * @param from  one end of the range
     * @param to  the other end of the range
     * @return the warnings, empty if none
     */
    static List<String> between(WorkCalendar cal, Instant from, Instant to) {
        String name = cal.name();
        // past the dated data of a set with year rules, those rules apply and say so themselves;
        // a set that declares no years holds one-off dates, and no other year lacks any of its data
        List<HolidaySet> withoutRules = new ArrayList<>();
        for (HolidaySet set : cal.holidaySets()) {
            if (set.yearRules().isEmpty() && !set.yearSources().isEmpty()) {
                withoutRules.add(set);
            }
        }
        LocalDateRange coverage = CalendarValidator.coverage(withoutRules);
        Instant a = from.isBefore(to) ? from : to;
        Instant b = from.isBefore(to) ? to : from;
        int first = a.atZone(cal.zone()).getYear();
        int last = b.atZone(cal.zone()).getYear();
        List<String> warnings = new ArrayList<>();
        if (coverage != null) {
            LocalDate lastCovered = coverage.getEndInclusive();
            if (last > lastCovered.getYear()) {
                warnings.add("calendar '" + name + "': holiday data ends " + lastCovered + "; from "
                        + lastCovered.plusDays(1) + " only the weekly hours and recurring holidays apply");
            }
            if (first < coverage.getStart().getYear()) {
                warnings.add("calendar '" + name + "': holiday data starts " + coverage.getStart() + "; before it only the weekly hours"
                        + " and recurring holidays apply");
            }
        }
        for (HolidaySet set : cal.holidaySets()) {
            for (int y = first; y <= last; y++) {
                if (!set.isProvisional(Year.of(y))) {
                    continue;
                }
                LocalDate newYear = LocalDate.of(y, 1, 1);
                boolean computed = set.yearRules().isPresent() && set.coverage().map(c -> !c.contains(newYear)).orElse(true);
                warnings.add("calendar '" + name + "': holiday set '" + set.name() + "' data for " + y + " is provisional"
                        + (computed ? ": it follows the " + set.yearRules().get().description()
                                + "; transfers of days off of that year are not yet decreed" : ""));
            }
        }
        return warnings;
    }
}
