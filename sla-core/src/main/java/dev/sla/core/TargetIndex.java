package dev.sla.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /** The key of a target naming both a service and a severity. */
    private record ServiceSeverity(String service, String severity) {
        @Override
        public boolean equals(Object obj) {
            return obj instanceof ServiceSeverity && service.equals(((ServiceSeverity) obj).service)
                    && severity.equals(((ServiceSeverity) obj).severity);
        }

        @Override
        public int hashCode() {
            return service.hashCode() * 31 + severity.hashCode();
        }
    }

    /** The targets of one metric on one plan. */
    private static final class Group {
        private Target plain;
        private final Map<String, Target> bySeverity = new HashMap<>(4);
        private final Map<String, Target> byService = new HashMap<>(4);
        private final Map<ServiceSeverity, Target> byServiceSeverity = new HashMap<>(4);

        /** Adds a target; returns the one already there for the same key, or null. */
        Target add(Target t) {
            if (t.service() == null) {
                if (t.severity() == null) {
                    if (plain == null) {
                        plain = t;
                        return null;
                    }
                    return plain;
                }
                return bySeverity.putIfAbsent(t.severity(), t);
            } else if (t.severity() == null) {
                return byService.putIfAbsent(t.service(), t);
            }
            return byServiceSeverity.putIfAbsent(new ServiceSeverity(t.service(), t.severity()), t);
        }

        Target find(String severity, String service) {
            if (service != null) {
                if (severity != null && !byServiceSeverity.isEmpty()) {
                    Target t = byServiceSeverity.get(new ServiceSeverity(service, severity));
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
    /** metric id -> plan id -> the groups of the plan and its ancestors that have any, nearest first. */
    private final Map<String, Map<String, Line>> lines = new HashMap<>();

    /** The groups along one plan's line, nearest first. */
    private record Line(Group[] groups) {
    }

    /** For a target naming what an earlier one names: the positions of the earlier ones. */
    private final Map<Integer, List<Integer>> earlier = new HashMap<>();

    /**
     * Indexes targets.
     *
     * @param targets  the targets in the order stated, not null
     * @param lineage  the plans and their lines, not null
     */
    TargetIndex(List<Target> targets, PlanLineage lineage) {
        Map<Target, List<Integer>> sameKey = null;
        Map<Target, Integer> positions = null;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Target first = groups.computeIfAbsent(t.metric(), m -> new HashMap<>())
                    .computeIfAbsent(t.plan(), p -> new Group()).add(t);
            if (first != null) {
                if (sameKey == null) {
                    sameKey = new IdentityHashMap<>();
                    positions = new IdentityHashMap<>();
                    for (int j = 0; j < i; j++) {
                        positions.putIfAbsent(targets.get(j), j);
                    }
                }
                Map<Target, Integer> known = positions;
                List<Integer> same = sameKey.computeIfAbsent(first, f -> new ArrayList<>(List.of(known.get(f))));
                earlier.put(i, List.copyOf(same));
                same.add(i);
            }
            if (positions != null) {
                positions.putIfAbsent(t, i);
            }
        }
        groups.forEach((metric, byPlan) -> {
            Map<String, Line> byLine = new HashMap<>();
            for (String plan : lineage.plans().keySet()) {
                List<Group> gs = new ArrayList<>(2);
                for (String p : lineage.of(plan)) {
                    Group g = byPlan.get(p);
                    if (g != null) {
                        gs.add(g);
                    }
                }
                if (!gs.isEmpty()) {
                    byLine.put(plan, new Line(gs.toArray(new Group[0])));
                }
            }
            lines.put(metric, byLine);
        });
    }

    /**
     * Gets the positions of the earlier targets that name the same metric, plan, severity
     * and service as a target.
     *
     * @param position  the target's position among the targets, from 0
     * @return the positions, in order, empty if it is the first to name them, not null
     */
    List<Integer> earlier(int position) {
        return earlier.getOrDefault(position, List.of());
    }

    /**
     * Finds the most specific target, following the plan's ancestors.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the severity level id, or null
     * @param service  the service id, or null
     * @return the target, stated on the plan or the ancestor it names, or null if none matches
     */
    Target find(String metric, String plan, String severity, String service) {
        Map<String, Line> byPlan = lines.get(metric);
        Line line = byPlan == null ? null : byPlan.get(plan);
        if (line == null) {
            return null;
        }
        Group[] gs = line.groups();
        for (int i = 0; i < gs.length; i++) {
            Target t = gs[i].find(severity, service);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
