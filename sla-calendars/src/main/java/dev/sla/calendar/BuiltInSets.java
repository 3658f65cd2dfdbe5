package dev.sla.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in holiday sets: the library's own, read from its resources, and those of the
 * {@link HolidaySetProvider}s found by the {@link ServiceLoader}, each made once and kept.
 */
final class BuiltInSets {

    /** The sets whose data the library carries itself; they win over any provider's. */
    private static final Set<String> OWN = Set.of("ru");
    private static final Map<String, HolidaySet> LOADED = new ConcurrentHashMap<>();

    private BuiltInSets() {
    }

    /** The providers found, in a fixed order; looked up once. */
    private static final class Providers {
        static final List<HolidaySetProvider> ALL = ServiceLoader.load(HolidaySetProvider.class,
                BuiltInSets.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The names of every built-in set, sorted; gathered once, as the providers are fixed. */
    private static final class Names {
        static final Set<String> ALL = gather();

        private static Set<String> gather() {
            Set<String> names = new TreeSet<>(OWN);
            for (HolidaySetProvider p : Providers.ALL) {
                names.addAll(p.names());
            }
            return Collections.unmodifiableSet(names);
        }
    }

    static Set<String> names() {
        return Names.ALL;
    }

    static HolidaySet get(String name) {
        HolidaySet set = LOADED.get(name);
        if (set != null) {
            return set;
        }
        if (OWN.contains(name)) {
            return LOADED.computeIfAbsent(name, BuiltInSets::load);
        }
        for (HolidaySetProvider p : Providers.ALL) {
            if (p.names().contains(name)) {
                return LOADED.computeIfAbsent(name, p::holidaySet);
            }
        }
        throw new IllegalArgumentException("Unknown holiday set '" + name + "'; built-in sets: " + summary());
    }

    /**
     * The built-in sets for a message: those named by one word, then the number of sets of
     * subdivisions (such as {@code de-by}), which are too many to list.
     */
    static String summary() {
        List<String> plain = new java.util.ArrayList<>();
        int subdivisions = 0;
        for (String n : names()) {
            if (n.indexOf('-') < 0) {
                plain.add(n);
            } else {
                subdivisions++;
            }
        }
        return String.join(", ", plain) + (subdivisions == 0 ? ""
                : "; and " + subdivisions + " sets of subdivisions named country-region");
    }

    private static HolidaySet load(String name) {
        String resource = "holidays/" + name + ".txt";
        try (InputStream in = HolidaySet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Built-in holiday set resource is missing: " + resource);
            }
            return HolidaySetFormat.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".txt");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
