package dev.sla.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The coverage matrix with plan inheritance: the cell of a service on a plan is the one
 * stated for the plan, or else for its nearest ancestor that states one.
 *
 * <p>Plans are numbered in their declared order; each service's stated cells are kept in
 * an array by plan number, and each plan's line of ancestors as plan numbers, so finding a
 * cell costs two lookups by id and a walk of a few array slots, and checking that every
 * service has a cell on every plan touches no map at all.
 *
 * <p>This class is immutable once built and thread-safe.
 */
final class CoverageIndex {

    private final String[] planIds;
    private final Map<String, Integer> planNumbers;
    /** For each plan number, the numbers of the plan and its declared ancestors, nearest first. */
    private final int[][] lines;
    /** For each plan number, the ids of the plan and its declared ancestors, nearest first. */
    private final List<List<String>> lineIds;
    /** service id -> the cell stated for each plan number, null where none is. */
    private final Map<String, Assignment[]> rows;

    /** The positions of the cells stated a second time or more, in the order stated. */
    private final List<Integer> restated = new ArrayList<>();

    /**
     * Indexes a coverage matrix.
     *
     * @param stated  the cells as stated, not null
     * @param lineage  the plans and their lines, not null
     */
    CoverageIndex(StatedCells stated, PlanLineage lineage) {
        Map<String, Plan> plans = lineage.plans();
        this.planIds = plans.keySet().toArray(new String[0]);
        this.planNumbers = new HashMap<>(planIds.length * 2);
        for (int k = 0; k < planIds.length; k++) {
            planNumbers.put(planIds[k], k);
        }
        this.lines = new int[planIds.length][];
        this.lineIds = new ArrayList<>(planIds.length);
        for (int k = 0; k < planIds.length; k++) {
            List<String> line = lineage.of(planIds[k]);
            int[] numbers = new int[line.size()];
            int n = 0;
            for (String p : line) {
                Integer j = planNumbers.get(p);
                if (j == null) {
                    break;
                }
                numbers[n++] = j;
            }
            lines[k] = n == numbers.length ? numbers : java.util.Arrays.copyOf(numbers, n);
            lineIds.add(n == line.size() ? line : List.copyOf(line.subList(0, n)));
        }
        this.rows = new HashMap<>();
        Set<List<String>> undeclared = new HashSet<>();
        String service = null;
        Assignment[] cells = null;
        for (int i = 0; i < stated.size(); i++) {
            if (!stated.service(i).equals(service)) {
                service = stated.service(i);
                cells = rows.computeIfAbsent(service, s -> new Assignment[planIds.length]);
            }
            Integer k = planNumbers.get(stated.plan(i));
            boolean again = k == null ? !undeclared.add(List.of(service, stated.plan(i))) : cells[k] != null;
            if (again) {
                restated.add(i);
            }
            if (k != null) {
                cells[k] = stated.cell(i);
            }
        }
    }

    /**
     * Gets the positions, among the stated cells, of those stating a cell already stated.
     *
     * @return the positions, in order, not null
     */
    List<Integer> restated() {
        return restated;
    }

    /**
     * Finds the cell of a service on a plan, following the plan's ancestors.
     *
     * @param service  the service id, not null
     * @param plan  the plan id, not null
     * @return the cell and the plan that states it, or null if no plan of the line does
     */
    Resolved<Assignment> cell(String service, String plan) {
        Integer k = planNumbers.get(plan);
        return k == null ? null : cell(service, k);
    }

    /**
     * Gets the number of a plan, its place among the declared plans.
     *
     * @param plan  the plan id, not null
     * @return the number, or null if the plan is not declared
     */
    Integer planNumber(String plan) {
        return planNumbers.get(plan);
    }

    /**
     * Gets the line of a plan given by number: the plan and its declared ancestors.
     *
     * @param plan  the plan number, valid
     * @return the plan ids, nearest first, not null
     */
    List<String> line(int plan) {
        return lineIds.get(plan);
    }

    /**
     * Gets the number of plans.
     *
     * @return the number of declared plans
     */
    int planCount() {
        return planIds.length;
    }

    /**
     * Finds the cell of a service on a plan given by number, following the plan's ancestors.
     *
     * @param service  the service id, not null
     * @param plan  the plan number, valid
     * @return the cell and the plan that states it, or null if the service has no cell
     */
    Resolved<Assignment> cell(String service, int plan) {
        Assignment[] cells = rows.get(service);
        if (cells == null) {
            return null;
        }
        for (int j : lines[plan]) {
            if (cells[j] != null) {
                return new Resolved<>(cells[j], planIds[j]);
            }
        }
        return null;
    }

    /**
     * Tells each plan, in declared order, on which a service has no cell, stated or inherited.
     *
     * @param service  the service id, not null
     * @param hole  told the id of each plan without a cell, not null
     */
    void forEachHole(String service, Consumer<String> hole) {
        Assignment[] cells = rows.get(service);
        for (int k = 0; k < planIds.length; k++) {
            if (cells == null || !covered(cells, k)) {
                hole.accept(planIds[k]);
            }
        }
    }

    private boolean covered(Assignment[] cells, int k) {
        for (int j : lines[k]) {
            if (cells[j] != null) {
                return true;
            }
        }
        return false;
    }
}
