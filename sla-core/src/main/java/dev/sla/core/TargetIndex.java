package dev.sla.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets grouped by metric and plan, then by what else they name, so that finding the
 * target of a ticket costs a few lookups per plan of its line, however many targets the
 * policy states.
 *
 * <p>The most specific target wins: one naming the service and the severity, then the
 * service only, then the severity only, then neither. A plan with no matching target of
 * its own uses its nearest ancestor's. Of two targets naming the same metric, plan,
 * severity and service (which validation reports), the first stated is kept.
 *
 * <p>This class is immutable once built and thread-safe.
 */
final class TargetIndex {

    /** The targets of one metric on one plan. */
    private static final class Group {
        private Target plain;
        private final Map<String, Target> bySeverity = new HashMap<>(4);
        private final Map<String, Target> byService = new HashMap<>(4);
        private final Map<String, Map<String, Target>> byServiceSeverity = new HashMap<>(4);

        void add(Target t) {
            if (t.service() == null) {
                if (t.severity() == null) {
                    if (plain == null) {
                        plain = t;
                    }
                } else {
                    bySeverity.putIfAbsent(t.severity(), t);
                }
            } else if (t.severity() == null) {
                byService.putIfAbsent(t.service(), t);
            } else {
                byServiceSeverity.computeIfAbsent(t.service(), s -> new HashMap<>(4)).putIfAbsent(t.severity(), t);
            }
        }

        Target find(String severity, String service) {
            if (service != null) {
                if (severity != null) {
                    Map<String, Target> m = byServiceSeverity.get(service);
                    Target t = m == null ? null : m.get(severity);
                    if (t != null) {
                        return t;
                    }
                }
                Target t = byService.get(service);
                if (t != null) {
                    return t;
                }
            }
            if (severity != null) {
                Target t = bySeverity.get(severity);
                if (t != null) {
                    return t;
                }
            }
            return plain;
        }
    }

    /** metric id -> plan id -> group. */
    private final Map<String, Map<String, Group>> groups = new HashMap<>();
    private final PlanLineage lineage;

    TargetIndex(List<Target> targets, PlanLineage lineage) {
        this.lineage = lineage;
        for (Target t : targets) {
            groups.computeIfAbsent(t.metric(), m -> new HashMap<>())
                    .computeIfAbsent(t.plan(), p -> new Group()).add(t);
        }
    }

    /**
     * Finds the most specific target, following the plan's ancestors.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the severity level id, or null
     * @param service  the service id, or null
     * @return the target and the plan that states it, or null if none matches
     */
    Resolved<Target> find(String metric, String plan, String severity, String service) {
        Map<String, Group> byPlan = groups.get(metric);
        if (byPlan == null) {
            return null;
        }
        for (String p : lineage.of(plan)) {
            Group g = byPlan.get(p);
            Target t = g == null ? null : g.find(severity, service);
            if (t != null) {
                return new Resolved<>(t, p);
            }
        }
        return null;
    }
}
