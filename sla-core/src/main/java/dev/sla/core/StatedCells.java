package dev.sla.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of the coverage matrix in the order they were stated, as three parallel
 * arrays: no object per cell. A builder appends to its own; a policy keeps a fixed-size
 * view of them, which later appends never change. The matrix as a map (service to plan
 * to cell, a later statement of a cell replacing an earlier one) is made on demand.
 *
 * <p>A view is immutable and thread-safe; the list a builder appends to is not.
 */
final class StatedCells {

    private String[] services;
    private String[] plans;
    private Assignment[] cells;
    private int size;
    /** The map form, made on first use; unmodifiable. */
    private volatile Map<String, Map<String, Assignment>> map;

    StatedCells() {
        this(new String[16], new String[16], new Assignment[16], 0);
    }

    private StatedCells(String[] services, String[] plans, Assignment[] cells, int size) {
        this.services = services;
        this.plans = plans;
        this.cells = cells;
        this.size = size;
    }

    /** Appends a cell. */
    void add(String service, String plan, Assignment cell) {
        if (size == cells.length) {
            int n = size * 2;
            services = Arrays.copyOf(services, n);
            plans = Arrays.copyOf(plans, n);
            cells = Arrays.copyOf(cells, n);
        }
        services[size] = service;
        plans[size] = plan;
        cells[size] = cell;
        size++;
    }

    /** A view of the cells stated so far; appends to this list do not change it. */
    StatedCells view() {
        return new StatedCells(services, plans, cells, size);
    }

    int size() {
        return size;
    }

    String service(int i) {
        return services[i];
    }

    String plan(int i) {
        return plans[i];
    }

    Assignment cell(int i) {
        return cells[i];
    }

    /** The matrix as a map: service id to plan id to cell, in the order first stated. */
    Map<String, Map<String, Assignment>> asMap() {
        Map<String, Map<String, Assignment>> m = map;
        if (m == null) {
            Map<String, Map<String, Assignment>> rows = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                rows.computeIfAbsent(services[i], s -> new LinkedHashMap<>()).put(plans[i], cells[i]);
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
