package dev.sla.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions a ticket asks of a policy's stated terms, with plan inheritance: the cell
 * of a service on a plan ({@link CoverageIndex}), the target of a metric
 * ({@link TargetIndex}), and the exception for an id the policy does not know.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicyLookup {

    private final PolicyContent content;
    private final CoverageIndex coverageIndex;
    private final TargetIndex targetIndex;
    /** For each plan number, the default cell of a ticket naming no service, with the plan's default mode applied. */
    private final List<Resolved<Assignment>> defaultCells;
    /** For each plan number, the default mode of the vendor's full cells and the plan stating it, or null. */
    private final List<Resolved<Mode>> defaultModes;
    /**
     * For each service, the cell on each plan number with the plan's default mode applied,
     * made once so that evaluation allocates nothing; empty when no plan states a default mode.
     */
    private final Map<String, List<Resolved<Assignment>>> defaultModeCells = new HashMap<>();

    PolicyLookup(PolicyContent content, CoverageIndex coverageIndex, TargetIndex targetIndex) {
        this.content = content;
        this.coverageIndex = coverageIndex;
        this.targetIndex = targetIndex;
        int plans = coverageIndex.planCount();
        this.defaultCells = new ArrayList<>(plans);
        this.defaultModes = new ArrayList<>(plans);
        PlanDefaults defaults = content.planDefaults();
        for (int k = 0; k < plans; k++) {
            List<String> line = coverageIndex.line(k);
            defaultModes.add(PlanDefaults.nearest(defaults.modes(), line));
            Resolved<Assignment> cell = PlanDefaults.nearest(defaults.assignments(), line);
            defaultCells.add(withDefaultMode(cell != null ? cell : new Resolved<>(content.defaultAssignment(), line.get(0)), k));
        }
        if (!defaults.modes().isEmpty()) {
            for (String service : content.services().keySet()) {
                List<Resolved<Assignment>> cells = new ArrayList<>(plans);
                for (int k = 0; k < plans; k++) {
                    Resolved<Assignment> stated = coverageIndex.cell(service, k);
                    cells.add(stated == null ? null : withDefaultMode(stated, k));
                }
                defaultModeCells.put(service, cells);
            }
        }
    }

    /** The same lookups over a policy's content bound to a contract: its targets indexed anew. */
    PolicyLookup bound(PolicyContent boundContent, TargetIndex boundTargets) {
        return new PolicyLookup(boundContent, coverageIndex, boundTargets);
    }

    /** The cell of a service (null for none: the default) on a plan, and where it is stated. */
    Resolved<Assignment> cell(String planId, String serviceId) {
        Integer plan = coverageIndex.planNumber(planId);
        if (plan == null) {
            throw unknown("plan", planId, content.plans().keySet());
        }
        if (serviceId == null) {
            return defaultCells.get(plan);
        }
        // every declared service has cells, and only declared services have
        if (defaultModes.get(plan) != null) {
            List<Resolved<Assignment>> cells = defaultModeCells.get(serviceId);
            Resolved<Assignment> cell = cells == null ? null : cells.get(plan);
            if (cell == null) {
                throw unknown("service", serviceId, content.services().keySet());
            }
            return cell;
        }
        Resolved<Assignment> cell = coverageIndex.cell(serviceId, plan);
        if (cell == null) {
            throw unknown("service", serviceId, content.services().keySet());
        }
        return cell;
    }

    /** A cell the vendor performs in full, in the plan's default mode if it has one. */
    private Resolved<Assignment> withDefaultMode(Resolved<Assignment> cell, int plan) {
        Resolved<Mode> mode = defaultModes.get(plan);
        if (mode == null || !cell.value().mode().equals(Mode.FULL) || !cell.value().performedBy(content.vendor())) {
            return cell;
        }
        return new Resolved<>(cell.value().withMode(mode.value()), cell.fromPlan());
    }

    /** The default mode of a plan and the plan (itself or an ancestor) stating it, or null. */
    Resolved<Mode> defaultMode(String planId) {
        Integer plan = coverageIndex.planNumber(planId);
        if (plan == null) {
            throw unknown("plan", planId, content.plans().keySet());
        }
        return defaultModes.get(plan);
    }

    /** The line of a plan: the plan and its ancestors, nearest first. */
    List<String> line(String planId) {
        Integer plan = coverageIndex.planNumber(planId);
        if (plan == null) {
            throw unknown("plan", planId, content.plans().keySet());
        }
        return coverageIndex.line(plan);
    }

    /** The exception for an id the policy does not know, listing the ids it knows. */
    TicketException unknown(String what, String value, Set<String> known) {
        return new TicketException("unknown " + what + " '" + value + "' in policy '" + content.id() + "'"
                + Closest.hint(value, known) + "; known: " + String.join(", ", known));
    }

    /** The most specific target of a metric for a plan, severity and service, stated on the plan or an ancestor; null if none. */
    Target target(String metricId, String planId, String severityId, String serviceId) {
        if (!content.metrics().containsKey(metricId)) {
            throw unknown("metric", metricId, content.metrics().keySet());
        }
        if (!content.plans().containsKey(planId)) {
            throw unknown("plan", planId, content.plans().keySet());
        }
        if (severityId != null && !content.severityById().containsKey(severityId)) {
            throw unknown("severity", severityId, content.severityById().keySet());
        }
        if (serviceId != null && !content.services().containsKey(serviceId)) {
            throw unknown("service", serviceId, content.services().keySet());
        }
        return targetOf(metricId, planId, severityId, serviceId);
    }

    /** The same for ids already known to the policy, as evaluation has checked them. */
    Target targetOf(String metricId, String planId, String severityId, String serviceId) {
        return targetIndex.find(metricId, planId, severityId, serviceId);
    }

    /** The severity levels by id, in order. */
    java.util.Map<String, SeverityLevel> severityById() {
        return content.severityById();
    }
}
