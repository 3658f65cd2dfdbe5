package dev.sla.holidays;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.HolidaySetProvider;
import java.util.Objects;
import java.util.Set;

/**
 * Makes the country holiday sets of {@link CountryHolidays} built-in sets, found by the
 * {@link java.util.ServiceLoader}: every code of {@link CountryHolidays#codes()}. Naming the
 * sets loads no holiday data; a set computes its years on first use.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CountryHolidayProvider implements HolidaySetProvider {

    /**
     * Creates the provider; called by the {@link java.util.ServiceLoader}.
     */
    public CountryHolidayProvider() {
    }

    /**
     * Gets the codes of every country and subdivision with a holiday set.
     *
     * @return the codes, sorted, not null
     */
    @Override
    public Set<String> names() {
        return CountryHolidays.codes();
    }

    /**
     * Makes the holiday set of a code.
     *
     * @param name  one of {@link #names()}, not null
     * @return the set, not null
     * @throws IllegalArgumentException if there is no set of that code
     */
    @Override
    public HolidaySet holidaySet(String name) {
        Objects.requireNonNull(name, "name");
        return CountryHolidays.of(name);
    }
}
