package dev.sla.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayType;
import dev.sla.calendar.CalendarDataException;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.YearRules;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The public holidays of one country or subdivision in a year, computed by jollyday.
 *
 * <p>Only jollyday's {@link HolidayType#PUBLIC_HOLIDAY}s count: its bank holidays (days banks
 * close, such as St. Berchtold's Day in Switzerland) and observances (days marked but worked,
 * such as New Year's Eve in Austria) are not days off. A holiday jollyday moves to another day
 * (a weekend holiday observed on a weekday) is a holiday on its own date, and its observed date
 * is a day off whose note names the holiday it substitutes; the observed date may lie in the
 * year before, as when 1 January falls on a Saturday and the Friday before is observed.
 *
 * <p>A year jollyday cannot compute, such as one past the range of the Hijrah calendar (about
 * 1883 to 2173) in a country with Islamic holidays, throws a {@link CalendarDataException}.
 *
 * <p>Immutable and thread-safe: jollyday's managers are, and keep their results by year.
 */
final class JollydayYearRules implements YearRules {

    private final CountryIndex.Entry entry;

    JollydayYearRules(CountryIndex.Entry entry) {
        this.entry = entry;
    }

    @Override
    public List<DayRule> rulesOf(Year year) {
        int y = year.getValue();
        Map<LocalDate, Set<String>> holidays = new TreeMap<>();
        Map<LocalDate, Set<String>> substitutes = new TreeMap<>();
        String[] subdivisions = entry.subdivisions().toArray(new String[0]);
        for (int from = Math.max(y - 1, Year.MIN_VALUE), to = Math.min(y + 1, Year.MAX_VALUE), at = from; at <= to; at++) {
            Set<Holiday> computed;
            try {
                computed = Jollyday.manager(entry.calendar()).getHolidays(Year.of(at), HolidayType.PUBLIC_HOLIDAY, subdivisions);
            } catch (DateTimeException ex) {
                if (at != y) {
                    // Only the days observed across the new year are lost.
                    continue;
                }
                throw new CalendarDataException("jollyday " + Jollyday.version() + " cannot compute the holidays of "
                        + entry.title() + " (holiday set '" + entry.code() + "') in " + y + ": " + ex.getMessage());
            }
            for (Holiday h : computed) {
                LocalDate own = h.getActualDate();
                LocalDate observed = h.getDate();
                String name = h.getDescription(Locale.ROOT);
                if (own.getYear() == y) {
                    holidays.computeIfAbsent(own, d -> new TreeSet<>()).add(name);
                }
                if (!observed.equals(own) && observed.getYear() == y) {
                    substitutes.computeIfAbsent(observed, d -> new TreeSet<>()).add("substitute day for " + name
                            + " (" + own.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + own + ")");
                }
            }
        }
        List<DayRule> rules = new ArrayList<>();
        holidays.forEach((date, names) -> {
            List<String> notes = new ArrayList<>(names);
            notes.addAll(substitutes.getOrDefault(date, Set.of()));
            rules.add(new DayRule(date, DayRule.Kind.HOLIDAY, String.join("; ", notes), null, null));
        });
        substitutes.forEach((date, notes) -> {
            if (!holidays.containsKey(date)) {
                rules.add(new DayRule(date, DayRule.Kind.DAY_OFF, String.join("; ", notes), null, null));
            }
        });
        rules.sort(null);
        return List.copyOf(rules);
    }

    @Override
    public boolean isProvisional() {
        return false;
    }

    @Override
    public String description() {
        return "holiday rules of jollyday " + Jollyday.version() + " for " + entry.title();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof JollydayYearRules && ((JollydayYearRules) obj).entry.equals(entry);
    }

    @Override
    public int hashCode() {
        return entry.hashCode();
    }

    @Override
    public String toString() {
        return description();
    }
}
