package dev.sla.core;

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

    PolicyLookup(PolicyContent content, CoverageIndex coverageIndex, TargetIndex targetIndex) {
        this.content = content;
        this.coverageIndex = coverageIndex;
        this.targetIndex = targetIndex;
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
            return new Resolved<>(content.defaultAssignment(), planId);
        }
        // every declared service has cells, and only declared services have
        Resolved<Assignment> cell = coverageIndex.cell(serviceId, plan);
        if (cell == null) {
            throw unknown("service", serviceId, content.services().keySet());
        }
        return cell;
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
