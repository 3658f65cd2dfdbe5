package dev.sla.calendar;

import java.util.Set;

/**
 * A source of built-in holiday sets found by the {@link java.util.ServiceLoader}: a module
 * on the class path or module path that declares an implementation (in
 * {@code META-INF/services/dev.sla.calendar.HolidaySetProvider} or with {@code provides} in
 * its module declaration) makes its sets available to {@link HolidaySet#builtIn(String)} and
 * so to every policy that names them. The library's own sets, such as {@code ru}, win over a
 * provider's set of the same name.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 *
 * @since 0.1
 */
public interface HolidaySetProvider {

    /**
     * Gets the names of the sets this provider makes, such as {@code fr} or {@code de-by}.
     *
     * @return the names, not null
     */
    Set<String> names();

    /**
     * Makes the set of a name; called at most once a name, the set is then kept.
     *
     * @param name  one of {@link #names()}, not null
     * @return the set, named {@code name}, not null
     */
    HolidaySet holidaySet(String name);
}
