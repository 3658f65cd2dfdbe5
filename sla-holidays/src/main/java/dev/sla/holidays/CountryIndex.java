package dev.sla.holidays;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The country holiday sets there are: each code with its jollyday calendar and subdivision
 * path and its title, read once from the resource {@code countries.tsv}, which lists jollyday's
 * calendar hierarchy, so that naming the sets loads no holiday data.
 */
final class CountryIndex {

    private static final String RESOURCE = "countries.tsv";

    /** One set: its code, jollyday's calendar id and subdivision ids, and its title. */
    record Entry(String code, String calendar, List<String> subdivisions, String title) {
    }

    /** The entries by code, sorted; loaded on first use. */
    private static final class Holder {
        static final Map<String, Entry> ENTRIES = load();
    }

    private CountryIndex() {
    }

    /** The entries by code, sorted. */
    static Map<String, Entry> entries() {
        return Holder.ENTRIES;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> entries = new TreeMap<>();
        try (InputStream in = CountryIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Country index resource is missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException("Country index line has not three fields: " + line);
                }
                List<String> path = List.of(fields[1].split("/"));
                entries.put(fields[0], new Entry(fields[0], path.get(0), path.subList(1, path.size()), fields[2]));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Collections.unmodifiableMap(entries);
    }
}
