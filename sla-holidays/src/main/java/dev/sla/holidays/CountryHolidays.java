package dev.sla.holidays;

import dev.sla.calendar.HolidaySet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public holidays of countries and their subdivisions, computed for any year by the
 * <a href="https://github.com/focus-shift/jollyday">jollyday</a> library, as holiday sets.
 *
 * <p>A set is named by a lower-case ISO 3166 country code ({@code fr}, {@code de}) or by the
 * country code and jollyday's subdivision ids joined by hyphens ({@code de-by} for Bavaria,
 * {@code gb-eng} for England, {@code us-ca} for California); a subdivision's set holds the
 * country's holidays and its own. Every country jollyday supports is here except Russia:
 * jollyday's Russian transfers of days off are wrong for 2025 and 2026, so {@code ru} remains the
 * library's own production calendar with the yearly decrees. jollyday's market calendars
 * (such as NYSE or TARGET) are not countries and are left out.
 *
 * <p>A set's rules are the year's public holidays as jollyday computes them, for every year on
 * first use (none are computed in advance): only holidays of jollyday's type
 * {@code PUBLIC_HOLIDAY} are days off, not its bank holidays or observances. Where jollyday
 * moves a holiday that falls on a weekend to a weekday, as the United Kingdom and the United
 * States do, the holiday stays on its own date and the weekday is a day off whose note names the
 * holiday it substitutes. No set is provisional. jollyday computes Islamic holidays (as in
 * Kazakhstan or Turkey) only in the years of the Hijrah calendar it knows, 1883 to 2173:
 * another year of such a set throws a {@link dev.sla.calendar.CalendarDataException}. The sets
 * are only as right as jollyday's data; the known differences from the law are listed in the
 * project's README.
 *
 * <p>This class is thread-safe; the sets it makes are immutable and kept.
 *
 * @since 0.1
 */
public final class CountryHolidays {

    private static final Map<String, HolidaySet> SETS = new ConcurrentHashMap<>();

    private CountryHolidays() {
    }

    /**
     * Obtains the holiday set of a country or subdivision.
     *
     * @param code  the lower-case code, such as {@code fr} or {@code de-by}, not null
     * @return the set, named {@code code}, not null
     * @throws IllegalArgumentException if there is no set of that code; the message lists the
     *     country codes
     */
    public static HolidaySet of(String code) {
        Objects.requireNonNull(code, "code");
        CountryIndex.Entry entry = CountryIndex.entries().get(code);
        if (entry == null) {
            throw new IllegalArgumentException("Unknown country holiday set '" + code + "'; countries: "
                    + String.join(", ", countryCodes()) + "; subdivisions such as de-by, gb-eng, us-ca");
        }
        return SETS.computeIfAbsent(code, c -> build(entry));
    }

    /**
     * Gets the codes of every country and subdivision with a holiday set.
     *
     * @return the codes, sorted, not null
     */
    public static Set<String> codes() {
        return CountryIndex.entries().keySet();
    }

    /**
     * Gets the codes of the countries with a holiday set, without their subdivisions.
     *
     * @return the two-letter codes, sorted, not null
     */
    public static Set<String> countryCodes() {
        return codes().stream().filter(c -> c.indexOf('-') < 0).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Gets the version of jollyday that computes the holidays, as its jar declares it.
     *
     * @return the version, such as {@code 1.8.1}, or {@code unknown}, not null
     */
    public static String jollydayVersion() {
        return Jollyday.version();
    }

    private static HolidaySet build(CountryIndex.Entry entry) {
        return HolidaySet.builder(entry.code())
                .title(entry.title())
                .source("jollyday " + Jollyday.version() + " (de.focus-shift:jollyday-core, Apache License 2.0): "
                        + "public holidays of " + entry.title())
                .yearRules(new JollydayYearRules(entry))
                .build();
    }
}
