package dev.sla.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plan inheritance, computed once: for every plan, the plan and its ancestors, nearest
 * first. A line stops at a plan that is not declared and before a plan it already holds,
 * so an invalid policy still has finite lines for its validation to report on.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PlanLineage {

    /** One plan's line: the plans, nearest first, and the plan that would repeat, if any. */
    record Line(List<String> plans, String repeated) {
    }

    private final Map<String, Plan> plans;
    private final Map<String, Line> lines;

    private PlanLineage(Map<String, Plan> plans, Map<String, Line> lines) {
        this.plans = plans;
        this.lines = lines;
    }

    /**
     * Computes the lines of every plan.
     *
     * @param plans  the plans by id, not null
     * @return the lineage, not null
     */
    static PlanLineage of(Map<String, Plan> plans) {
        Map<String, Line> lines = new HashMap<>(plans.size() * 2);
        for (String id : plans.keySet()) {
            lines.put(id, walk(plans, id));
        }
        return new PlanLineage(plans, lines);
    }

    private static Line walk(Map<String, Plan> plans, String plan) {
        Set<String> seen = new LinkedHashSet<>();
        String p = plan;
        while (p != null && seen.add(p)) {
            Plan declared = plans.get(p);
            p = declared == null ? null : declared.parent();
        }
        List<String> line = seen.size() == 1 ? List.of(plan) : Collections.unmodifiableList(new ArrayList<>(seen));
        return new Line(line, p);
    }

    /**
     * Returns a plan and its ancestors, nearest first.
     *
     * @param plan  the plan id, not null
     * @return the plans, just the plan itself if it is not declared, not null
     */
    List<String> of(String plan) {
        Line line = lines.get(plan);
        return line == null ? List.of(plan) : line.plans();
    }

    /**
     * Returns the plan at which a plan's line would repeat itself.
     *
     * @param plan  the plan id, not null
     * @return the repeated plan, or null if the line has no cycle
     */
    String repeated(String plan) {
        Line line = lines.get(plan);
        return line == null ? null : line.repeated();
    }

    /**
     * Gets the declared plans.
     *
     * @return the plans by id, not null
     */
    Map<String, Plan> plans() {
        return plans;
    }
}
