package dev.sla.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of the coverage matrix in the order they were stated, in chunks of arrays:
 * no object per cell, and appending never copies the cells already kept. A builder appends to its own; a policy keeps a fixed-size
 * view of them, which later appends never change. The matrix as a map (service to plan
 * to cell, a later statement of a cell replacing an earlier one) is made on demand.
 *
 * <p>A view is immutable and thread-safe; the list a builder appends to is not.
 */
final class StatedCells {

    /** Cells are kept in chunks of this many, so that appending never copies what is kept. */
    private static final int CHUNK = 4096;

    /** The chunks: services, plans and cells, each {@code CHUNK} long. */
    private Object[][] chunks;
    private int size;
    /** The map form, made on first use; unmodifiable. */
    private volatile Map<String, Map<String, Assignment>> map;

    StatedCells() {
        this(new Object[8][], 0);
    }

    private StatedCells(Object[][] chunks, int size) {
        this.chunks = chunks;
        this.size = size;
    }

    /** Appends a cell. */
    void add(String service, String plan, Assignment cell) {
        int c = size / CHUNK;
        int k = (size % CHUNK) * 3;
        if (k == 0) {
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, c * 2);
            }
            chunks[c] = new Object[CHUNK * 3];
        }
        Object[] chunk = chunks[c];
        chunk[k] = service;
        chunk[k + 1] = plan;
        chunk[k + 2] = cell;
        size++;
    }

    /** A view of the cells stated so far; appends to this list do not change it. */
    StatedCells view() {
        return new StatedCells(chunks.clone(), size);
    }

    int size() {
        return size;
    }

    String service(int i) {
        return (String) chunks[i / CHUNK][(i % CHUNK) * 3];
    }

    String plan(int i) {
        return (String) chunks[i / CHUNK][(i % CHUNK) * 3 + 1];
    }

    Assignment cell(int i) {
        return (Assignment) chunks[i / CHUNK][(i % CHUNK) * 3 + 2];
    }

    /** The matrix as a map: service id to plan id to cell, in the order first stated. */
    Map<String, Map<String, Assignment>> asMap() {
        Map<String, Map<String, Assignment>> m = map;
        if (m == null) {
            Map<String, Map<String, Assignment>> rows = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                rows.computeIfAbsent(service(i), s -> new LinkedHashMap<>()).put(plan(i), cell(i));
            }
            rows.replaceAll((s, row) -> Collections.unmodifiableMap(row));
            m = Collections.unmodifiableMap(rows);
            map = m;
        }
        return m;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StatedCells && asMap().equals(((StatedCells) obj).asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }
}
