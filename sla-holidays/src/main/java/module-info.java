/**
 * The public holidays of countries and their subdivisions, from the jollyday library, as
 * built-in holiday sets named by lower-case ISO 3166 codes ({@code fr}, {@code de-by}).
 *
 * <p>With this module on the class path or module path, {@link dev.sla.calendar.HolidaySet#builtIn(String)}
 * and every policy that names a set such as {@code "holidays": ["fr"]} find the sets; the entry
 * point for Java is {@link dev.sla.holidays.CountryHolidays}. Russia is not among them: the
 * library's own {@code ru} set, the production calendar with the yearly decrees, is used instead.
 */
module dev.sla.holidays {
    requires transitive dev.sla.calendar;
    requires de.focus_shift.jollyday.core;

    exports dev.sla.holidays;

    provides dev.sla.calendar.HolidaySetProvider with dev.sla.holidays.CountryHolidayProvider;
}
