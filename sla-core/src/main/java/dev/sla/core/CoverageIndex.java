package dev.sla.core;

import java.util.Map;

/**
 * The coverage matrix with plan inheritance: the cell of a service on a plan is the one
 * stated for the plan, or else for its nearest ancestor that states one.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CoverageIndex {

    /** service id -> plan id -> the cell stated there. */
    private final Map<String, Map<String, Assignment>> stated;
    private final PlanLineage lineage;

    CoverageIndex(Map<String, Map<String, Assignment>> stated, PlanLineage lineage) {
        this.stated = stated;
        this.lineage = lineage;
    }

    /**
     * Finds the cell of a service on a plan, following the plan's ancestors.
     *
     * @param service  the service id, not null
     * @param plan  the plan id, not null
     * @return the cell and the plan that states it, or null if no plan of the line does
     */
    Resolved<Assignment> cell(String service, String plan) {
        Map<String, Assignment> row = stated.get(service);
        if (row == null) {
            return null;
        }
        for (String p : lineage.of(plan)) {
            Assignment a = row.get(p);
            if (a != null) {
                return new Resolved<>(a, p);
            }
        }
        return null;
    }

    /**
     * Checks if a service has a cell on a plan, stated or inherited.
     *
     * @param service  the service id, not null
     * @param plan  the plan id, not null
     * @return true if covered
     */
    boolean covers(String service, String plan) {
        Map<String, Assignment> row = stated.get(service);
        if (row == null) {
            return false;
        }
        for (String p : lineage.of(plan)) {
            if (row.containsKey(p)) {
                return true;
            }
        }
        return false;
    }
}
