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
        LocalDateRange coverage = cal.coverage().orElse(null);
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
                if (set.isProvisional(Year.of(y))) {
                    warnings.add("calendar '" + name + "': holiday set '" + set.name() + "' data for " + y + " is provisional");
                }
            }
        }
        return warnings;
    }
}
