package dev.sla.core;

import dev.sla.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a policy's draft against a table of named rules, each with a message a person
 * understands, and reports every problem at once. The rules use the same lookups as
 * evaluation ({@link PlanLineage}, {@link CoverageIndex}, {@link TargetIndex}), so the
 * whole check costs time in proportion to the size of the policy.
 *
 * <p>The rules run section by section in the order of a policy file (vendor, plans,
 * coverage, severities, rules, metrics, targets), and within a section element by
 * element, so problems come in a stable order.
 */
final class PolicyValidator {

    /**
     * A named rule over one kind of element.
     *
     * @param name  what must hold, in words
     * @param check  adds a problem for each breach; returns false if the element breaks the rule
     * @param <E>  the kind of element
     */
    record Rule<E>(String name, Check<E> check) {
    }

    /** The check of a rule. */
    @FunctionalInterface
    interface Check<E> {
        boolean holds(PolicyValidator v, E element);
    }

    /** An element of a list, with its index among the elements of its kind. */
    record Item<E>(E value, int index) {
    }

    /** One metric's status, paused or stopped in. */
    record MetricStatus(Metric metric, String status) {
    }

    private static final List<Rule<Plan>> PLAN_RULES = List.of(
            new Rule<>("a plan inherits a declared plan", PolicyValidator::parentDeclared),
            new Rule<>("plan inheritance has no cycle", PolicyValidator::noCycle));
    private static final List<Rule<Item<ClassificationRule>>> CLASSIFICATION_RULES = List.of(
            new Rule<>("a classification rule tests known attributes and values",
                    (v, r) -> v.condition(v.d.classification.path(r.index()) + "/when", r.value().when())),
            new Rule<>("a classification rule can apply", (v, r) -> v.reachable(v.d.classification, r.index(), "classification rule")));
    private static final List<Rule<Item<ModeRule>>> MODE_RULE_RULES = List.of(
            new Rule<>("a mode rule tests known attributes and values",
                    (v, r) -> v.condition(v.d.modeRules.path(r.index()) + "/when", r.value().when())),
            new Rule<>("a mode rule is scoped to declared parties", PolicyValidator::scopeDeclared),
            new Rule<>("mode rules with the same condition and scope give the same mode", PolicyValidator::modesAgree));
    private static final List<Rule<Item<IntakeRule>>> INTAKE_RULE_RULES = List.of(
            new Rule<>("an intake rule tests known attributes and values",
                    (v, r) -> v.condition(v.d.intakeRules.path(r.index()) + "/when", r.value().when())),
            new Rule<>("an intake rule redirects to a declared party",
                    (v, r) -> v.ref(v.d.intakeRules, r.index(), "/redirect", "party", r.value().redirect(), v.d.parties.keySet())),
            new Rule<>("an intake rule redirects to a declared plan",
                    (v, r) -> v.ref(v.d.intakeRules, r.index(), "/redirect/plan", "plan", r.value().redirectPlan(),
                            v.d.plans.keySet())),
            new Rule<>("an intake rule has a condition", PolicyValidator::intakeConditional),
            new Rule<>("an intake rule can apply", (v, r) -> v.reachable(v.d.intakeRules, r.index(), "intake rule")));
    private static final List<Rule<MetricStatus>> PAUSE_RULES = List.of(
            new Rule<>("a status pauses or stops the clock, not both", PolicyValidator::pausesOrStops),
            new Rule<>("a pause status is declared", (v, s) -> !v.d.statuses.isEmpty()
                    ? v.ref("/metrics/" + s.metric().id() + "/pause", "status", s.status(), v.d.statuses) : true));
    private static final List<Rule<MetricStatus>> STOP_RULES = List.of(
            new Rule<>("a stop status is declared", (v, s) -> !v.d.statuses.isEmpty()
                    ? v.ref("/metrics/" + s.metric().id() + "/stopStatuses", "status", s.status(), v.d.statuses) : true));
    private static final List<Rule<MetricStatus>> VOID_RULES = List.of(
            new Rule<>("a status fulfils or voids a metric, not both", (v, s) -> !s.metric().stopStatuses().contains(s.status())
                    || v.add("/metrics/" + s.metric().id(), "status '" + s.status() + "' both fulfils and voids the metric")),
            new Rule<>("a status pauses or voids the clock, not both", (v, s) -> !s.metric().pauseStatuses().contains(s.status())
                    || v.add("/metrics/" + s.metric().id(), "status '" + s.status() + "' both pauses and voids the clock")),
            new Rule<>("a void status is declared", (v, s) -> !v.d.statuses.isEmpty()
                    ? v.ref("/metrics/" + s.metric().id() + "/voidStatuses", "status", s.status(), v.d.statuses) : true));
    /** The rules of what a target names; if one fails, completeness is not checked. */
    private static final List<Rule<Item<Target>>> TARGET_REFERENCE_RULES = List.of(
            new Rule<>("a target names a declared metric",
                    (v, t) -> v.ref(v.d.targets, t.index(), "/metric", "metric", t.value().metric(), v.d.metrics.keySet())),
            new Rule<>("a target names a declared plan",
                    (v, t) -> v.ref(v.d.targets, t.index(), "/plan", "plan", t.value().plan(), v.d.plans.keySet())),
            new Rule<>("a target names a declared severity",
                    (v, t) -> v.ref(v.d.targets, t.index(), "/severity", "severity", t.value().severity(), v.d.severityIds)),
            new Rule<>("a target names a declared service",
                    (v, t) -> v.ref(v.d.targets, t.index(), "/service", "service", t.value().service(), v.d.services.keySet())));
    private static final List<Rule<Item<Target>>> TARGET_RULES = List.of(
            new Rule<>("a target counts on a declared calendar", (v, t) -> t.value().calendar() == null
                    || v.ref(v.d.targets, t.index(), "/calendar", "calendar", t.value().calendar(), v.d.calendarIds())),
            new Rule<>("a target's time is positive", PolicyValidator::positive),
            new Rule<>("a target is stated once", PolicyValidator::stated));

    /** The rules of the whole policy, in the order of a policy file; some apply a table to each element. */
    private static final List<Rule<PolicyDraft>> POLICY_RULES = List.of(
            new Rule<>("a coverage cell is stated once", (v, d) -> v.statedOnce()),
            new Rule<>("a vendor party is named", (v, d) -> d.vendor != null
                    || v.add("/vendor", "no vendor party; name the party whose support the metrics time")),
            new Rule<>("the vendor is a declared party", (v, d) -> v.ref("/vendor", "party", d.vendor, d.parties.keySet())),
            new Rule<>("a policy has plans", (v, d) -> !d.plans.isEmpty()
                    || v.add("/plans", "no plans; a policy needs at least one plan")),
            new Rule<>("each plan follows the plan rules", (v, d) -> {
                boolean ok = true;
                for (Plan p : d.plans.values()) {
                    ok &= v.apply(PLAN_RULES, p);
                }
                return ok;
            }),
            new Rule<>("a stated cell names a declared service, plan and performer", (v, d) -> v.statedCells()),
            new Rule<>("every service has a cell on every plan", (v, d) -> v.coverageComplete()),
            new Rule<>("the default assignment is performed by a declared party", (v, d) -> d.defaultAssignment == null
                    || v.performers("/defaultAssignment", d.defaultAssignment)),
            new Rule<>("a plan's default assignment and mode are stated for a declared plan", (v, d) -> v.planDefaults()),
            new Rule<>("a classification rule gives a declared level", (v, d) -> {
                boolean ok = true;
                for (int i = 0; i < d.classification.size(); i++) {
                    ok &= v.ref(d.classification, i, "/level", "severity", d.classification.get(i).level(), d.severityIds);
                }
                return ok;
            }),
            new Rule<>("the default severity is a declared level",
                    (v, d) -> v.ref("/severities/default", "severity", d.defaultSeverity, d.severityIds)),
            new Rule<>("each classification rule follows the rule rules", (v, d) -> v.each(d.classification, CLASSIFICATION_RULES)),
            new Rule<>("each mode rule follows the rule rules", (v, d) -> v.each(d.modeRules, MODE_RULE_RULES)),
            new Rule<>("each intake rule follows the rule rules", (v, d) -> {
                v.firstCondition.clear();
                v.firstAlways = -1;
                return v.each(d.intakeRules, INTAKE_RULE_RULES);
            }),
            new Rule<>("a declared attribute has values", (v, d) -> {
                boolean ok = true;
                for (Map.Entry<String, List<String>> a : d.attributes.entrySet()) {
                    if (a.getValue().isEmpty()) {
                        ok = v.add("/attributes/" + a.getKey(), "attribute '" + a.getKey() + "' has no values");
                    }
                }
                return ok;
            }),
            new Rule<>("each status class names statuses, each declared and in no other class, and a declared calendar",
                    (v, d) -> v.statusClasses()),
            new Rule<>("each metric follows the metric rules", (v, d) -> v.metrics()),
            new Rule<>("targets are given only with metrics", (v, d) -> !d.metrics.isEmpty() || d.targets.size() == 0
                    || v.add("/metrics", "targets are given but no metric is declared")),
            new Rule<>("each target follows the target rules, and every metric has one on every plan and level",
                    (v, d) -> v.targets()));

    private final PolicyDraft d;
    private final PlanLineage lineage;
    private final CoverageIndex coverage;
    private final TargetIndex targets;
    private final List<Problem> found;

    /** Rule conditions seen so far, for the "can apply" rules: condition to the first index. */
    private final Map<Condition, Integer> firstCondition = new HashMap<>();
    private int firstAlways = -1;
    /** Mode rules seen so far, by condition. */
    private final Map<Condition, List<Integer>> modesByCondition = new HashMap<>();

    private PolicyValidator(PolicyDraft d, PlanLineage lineage, CoverageIndex coverage, TargetIndex targets) {
        this.d = d;
        this.lineage = lineage;
        this.coverage = coverage;
        this.targets = targets;
        this.found = new ArrayList<>(d.problems);
        found.addAll(PolicyParameters.problems(d));
    }

    /**
     * Checks a draft against every rule.
     *
     * @param d  the draft, not null
     * @param lineage  its plan lineage, not null
     * @param coverage  its coverage index, not null
     * @param targets  its target index, not null
     * @throws InvalidPolicyException listing every problem, if any
     */
    static void validate(PolicyDraft d, PlanLineage lineage, CoverageIndex coverage, TargetIndex targets) {
        PolicyValidator v = new PolicyValidator(d, lineage, coverage, targets);
        v.run();
        if (!v.found.isEmpty()) {
            throw new InvalidPolicyException(d.id, v.found);
        }
    }

    private void run() {
        apply(POLICY_RULES, d);
        IntakeChecks.check(d, found);
    }

    /** Applies rules to each element of a list, with its index; true if none breaks any. */
    private <E> boolean each(PolicyDraft.Located<E> list, List<Rule<Item<E>>> rules) {
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            ok &= apply(rules, new Item<>(list.get(i), i));
        }
        return ok;
    }

    /**
     * The rules of status classes: each names at least one status, each status is declared
     * (when the policy declares statuses) and in one class only, and the calendar is declared.
     */
    private boolean statusClasses() {
        boolean ok = true;
        Map<String, String> classOf = new HashMap<>();
        for (StatusClass c : d.statusClasses.values()) {
            String path = d.statusClassPaths.get(c.id());
            if (c.statuses().isEmpty()) {
                ok = add(path, "status class '" + c.id() + "' names no status");
            }
            for (int i = 0; i < c.statuses().size(); i++) {
                String s = c.statuses().get(i);
                if (!d.statuses.isEmpty() && !ref(path + "/" + i, "status", s, d.statuses)) {
                    ok = false;
                    continue;
                }
                String other = classOf.putIfAbsent(s, c.id());
                if (other != null) {
                    ok = add(path + "/" + i, other.equals(c.id()) ? "status '" + s + "' is listed twice in class '"
                            + other + "'" : "status '" + s + "' is already in class '" + other
                            + "'; a status belongs to one class at most");
                }
            }
            if (c.calendar() != null) {
                ok &= ref("/statusClasses/" + c.id() + "/calendar", "calendar", c.calendar(), d.calendars.keySet());
            }
        }
        return ok;
    }

    /** The rules of metrics: their pause and stop statuses, then their events. */
    private boolean metrics() {
        boolean ok = true;
        for (Metric m : d.metrics.values()) {
            for (String s : new TreeSet<>(m.pauseStatuses())) {
                ok &= apply(PAUSE_RULES, new MetricStatus(m, s));
            }
            for (String s : new TreeSet<>(m.stopStatuses())) {
                ok &= apply(STOP_RULES, new MetricStatus(m, s));
            }
            for (String s : new TreeSet<>(m.voidStatuses())) {
                ok &= apply(VOID_RULES, new MetricStatus(m, s));
            }
            for (EventType t : EventType.values()) {
                if (m.stopOn().contains(t) && m.startOn().contains(t)) {
                    ok = add("/metrics/" + m.id(), "event '" + t.id() + "' both starts and stops the clock");
                }
                if (m.voidOn().contains(t) && (m.startOn().contains(t) || m.stopOn().contains(t))) {
                    ok = add("/metrics/" + m.id(), "event '" + t.id() + "' both voids the metric and "
                            + (m.stopOn().contains(t) ? "fulfils it" : "starts the clock"));
                }
            }
            for (int i = 0; i < m.warnings().size(); i++) {
                ok &= ref("/metrics/" + m.id() + "/warnings/" + i + "/escalateTo", "party",
                        m.warnings().get(i).escalateTo(), d.parties.keySet());
            }
        }
        return ok;
    }

    /** The rules of targets, then, if every target names declared ids, completeness. */
    private boolean targets() {
        boolean refsOk = true;
        for (int i = 0; i < d.targets.size(); i++) {
            Item<Target> target = new Item<>(d.targets.get(i), i);
            refsOk &= apply(TARGET_REFERENCE_RULES, target);
            apply(TARGET_RULES, target);
        }
        return refsOk && targetsComplete();
    }

    /** Applies rules in order to an element; true if it breaks none. */
    private <E> boolean apply(List<Rule<E>> rules, E element) {
        boolean ok = true;
        for (Rule<E> r : rules) {
            ok &= r.check().holds(this, element);
        }
        return ok;
    }

    private boolean add(String path, String message) {
        found.add(new Problem(path, message));
        return false;
    }

    private static String known(Collection<String> ids) {
        return ids.isEmpty() ? "none declared" : "known: " + String.join(", ", new LinkedHashSet<>(ids));
    }

    /** Rule of every reference: a value, if given, is one of the declared ids. */
    private boolean ref(String path, String what, String value, Collection<String> ids) {
        return ref(path, "", what, value, ids);
    }

    /** The same, for element i of a list: its path is made only when there is a problem to report. */
    private boolean ref(PolicyDraft.Located<?> list, int i, String suffix, String what, String value,
            Collection<String> ids) {
        return value == null || ids.contains(value) || ref(list.path(i), suffix, what, value, ids);
    }

    /** The same, at a path made of two parts only when there is a problem to report. */
    private boolean ref(String path, String suffix, String what, String value, Collection<String> ids) {
        return value == null || ids.contains(value)
                || add(path + suffix, "unknown " + what + " '" + value + "'" + Closest.hint(value, ids) + "; " + known(ids));
    }

    // ----------------------------------------------------------------- plans and coverage
    private boolean parentDeclared(Plan p) {
        return ref("/plans/" + p.id() + "/inherits", "plan", p.parent(), d.plans.keySet());
    }

    private boolean noCycle(Plan p) {
        String repeated = lineage.repeated(p.id());
        return repeated == null || add("/plans/" + p.id() + "/inherits", "plan inheritance forms a cycle: "
                + String.join(" -> ", lineage.of(p.id())) + " -> " + repeated);
    }

    /** Rule "a cell is stated once". */
    private boolean statedOnce() {
        for (int i : coverage.restated()) {
            add(PolicyDraft.cellPath(d.coverage.service(i), d.coverage.plan(i)), "the cell is stated twice");
        }
        return coverage.restated().isEmpty();
    }

    /** Rules of stated cells: the service and plan are declared, and so is the performer. */
    private boolean statedCells() {
        StatedCells cells = d.coverage;
        boolean clean = true;
        for (int i = 0; i < cells.size() && clean; i++) {
            String performer = cells.cell(i).performer();
            clean = d.services.containsKey(cells.service(i)) && d.plans.containsKey(cells.plan(i))
                    && (performer == null || d.parties.keySet().containsAll(cells.cell(i).performers()));
        }
        if (clean) {
            return true;
        }
        cells.asMap().forEach((service, row) -> {
            if (!ref("/services/" + service, "service", service, d.services.keySet())) {
                return;
            }
            row.forEach((plan, cell) -> {
                if (!d.plans.containsKey(plan)) {
                    ref(PolicyDraft.cellPath(service, plan), "plan", plan, d.plans.keySet());
                }
                performers(PolicyDraft.cellPath(service, plan), cell);
            });
        });
        return false;
    }

    /** Rule of a cell's performers: each is a declared party; one alone is at "/performer", several at "/performer/i". */
    private boolean performers(String path, Assignment cell) {
        List<String> all = cell.performers();
        boolean ok = true;
        for (int i = 0; i < all.size(); i++) {
            ok &= ref(path + "/performer" + (all.size() == 1 ? "" : "/" + i), "party", all.get(i), d.parties.keySet());
        }
        return ok;
    }

    /** Rules of the plans' defaults: each names a declared plan, its performers declared parties. */
    private boolean planDefaults() {
        boolean ok = true;
        for (Map.Entry<String, Assignment> e : d.planDefaultAssignments.entrySet()) {
            boolean declared = ref("/plans/" + e.getKey(), "plan", e.getKey(), d.plans.keySet());
            ok &= declared && performers("/plans/" + e.getKey() + "/defaultAssignment", e.getValue());
        }
        for (String plan : d.planDefaultModes.keySet()) {
            ok &= ref("/plans/" + plan, "plan", plan, d.plans.keySet());
        }
        return ok;
    }

    /** Rule "every service has a cell on every plan", stated or inherited. */
    private boolean coverageComplete() {
        int before = found.size();
        for (String service : d.services.keySet()) {
            coverage.forEachHole(service, plan -> add("/services/" + service + "/coverage", "no cell for plan '" + plan
                    + "'; say who performs '" + service + "' on it, or that nobody does (not-provided)"));
        }
        return found.size() == before;
    }

    // ----------------------------------------------------------------- rules
    /** Rule of conditions: every attribute is built in or declared, every value allowed. */
    private boolean condition(String path, Condition c) {
        Map<String, Set<String>> all = new LinkedHashMap<>(c.anyOf());
        c.noneOf().forEach((k, v) -> all.merge(k, v, (a, b) -> {
            Set<String> u = new LinkedHashSet<>(a);
            u.addAll(b);
            return u;
        }));
        for (String a : c.present()) {
            all.putIfAbsent(a, Set.of());
        }
        for (String a : c.absent()) {
            all.putIfAbsent(a, Set.of());
        }
        boolean ok = true;
        for (String a : c.absent()) {
            if (c.anyOf().containsKey(a) || c.present().contains(a)) {
                ok = add(path + "/" + a, "the clause on '" + a + "' can never hold: the attribute must be absent, yet "
                        + (c.present().contains(a) ? "present" : "one of " + String.join(", ", new TreeSet<>(c.anyOf().get(a)))));
            }
        }
        for (Map.Entry<String, Set<String>> e : all.entrySet()) {
            String attribute = e.getKey();
            Collection<String> allowed = allowed(attribute);
            if (allowed == null) {
                if (!Ticket.BUILT_IN_ATTRIBUTES.contains(attribute)) {
                    ok = add(path + "/" + attribute, "unknown attribute '" + attribute
                            + "'; declare it under attributes, or use one of "
                            + String.join(", ", new TreeSet<>(Ticket.BUILT_IN_ATTRIBUTES)));
                }
                continue;
            }
            for (String v : new TreeSet<>(e.getValue())) {
                ok &= ref(path + "/" + attribute, attribute + " value", v, allowed);
            }
        }
        return ok;
    }

    /** The allowed values of an attribute, or null if any value goes. */
    private Collection<String> allowed(String attribute) {
        switch (attribute) {
            case Ticket.PLAN:
                return d.plans.keySet();
            case Ticket.SERVICE:
                return d.services.keySet();
            case Ticket.SEVERITY:
                return d.severityIds;
            default:
                return d.attributes.get(attribute);
        }
    }

    /** Rule "a rule can apply": no earlier rule of its list has the same condition or none. */
    private <R> boolean reachable(PolicyDraft.Located<R> rules, int i, String what) {
        Condition when = when(rules.get(i));
        Integer same = firstCondition.putIfAbsent(when, i);
        int j = same == null ? firstAlways : firstAlways < 0 ? same : Math.min(same, firstAlways);
        if (firstAlways < 0 && when.equals(Condition.ALWAYS)) {
            firstAlways = i;
        }
        if (j < 0) {
            return true;
        }
        Condition earlier = when(rules.get(j));
        return add(rules.path(i), "can never apply: " + what + " " + rules.label(j) + " (" + earlier
                + ") matches every ticket this one does");
    }

    private static Condition when(Object rule) {
        return rule instanceof ClassificationRule ? ((ClassificationRule) rule).when() : ((IntakeRule) rule).when();
    }

    private boolean scopeDeclared(Item<ModeRule> r) {
        boolean ok = true;
        int i = 0;
        for (String party : r.value().performers()) {
            ok &= ref(d.modeRules.path(r.index()) + "/scope/performer"
                    + (r.value().performers().size() == 1 ? "" : "/" + i), "party", party, d.parties.keySet());
            i++;
        }
        return ok;
    }

    private boolean modesAgree(Item<ModeRule> r) {
        ModeRule rule = r.value();
        List<Integer> same = modesByCondition.computeIfAbsent(rule.when(), c -> new ArrayList<>(1));
        boolean ok = true;
        for (int j : same) {
            ModeRule other = d.modeRules.get(j);
            if (other.performers().equals(rule.performers()) && other.modes().equals(rule.modes())
                    && !other.mode().equals(rule.mode())) {
                ok = add(d.modeRules.path(r.index()), "contradicts mode rule " + d.modeRules.label(j)
                        + ": the same condition (" + rule.when() + ") gives mode '" + other.mode() + "' there and '"
                        + rule.mode() + "' here");
            }
        }
        same.add(r.index());
        return ok;
    }

    private boolean intakeConditional(Item<IntakeRule> r) {
        return !r.value().when().equals(Condition.ALWAYS)
                || add(d.intakeRules.path(r.index()) + "/when", "the rule has no condition and would reject every ticket");
    }

    // ----------------------------------------------------------------- metrics and targets
    private boolean pausesOrStops(MetricStatus s) {
        return !s.metric().stopStatuses().contains(s.status()) || add("/metrics/" + s.metric().id(),
                "status '" + s.status() + "' both pauses and stops the clock");
    }

    private boolean positive(Item<Target> t) {
        java.time.Duration time = t.value().duration();
        return time == null || !(time.isNegative() || time.isZero())
                || add(d.targets.path(t.index()) + "/target", "target " + time + " must be positive");
    }

    private boolean stated(Item<Target> t) {
        boolean ok = true;
        for (int j : targets.earlier(t.index())) {
            ok = add(d.targets.path(t.index()), "states the same metric, plan, severity and service as target "
                    + d.targets.label(j));
        }
        return ok;
    }

    /** Rule "every metric has a target on every plan and severity", stated or inherited. */
    private boolean targetsComplete() {
        int before = found.size();
        List<String> levels = new ArrayList<>(d.severityIds);
        if (levels.isEmpty()) {
            levels.add(null);
        }
        for (String metric : d.metrics.keySet()) {
            for (String plan : d.plans.keySet()) {
                for (String level : levels) {
                    if (targets.find(metric, plan, level, null) == null) {
                        add("/targets", "no target for metric '" + metric + "' on plan '" + plan + "'"
                                + (level == null ? "" : ", severity '" + level + "'") + "; add one, or an explicit none");
                    }
                }
            }
        }
        return found.size() == before;
    }

    /**
     * Lists the names of the rules kept in tables, in the order they run.
     *
     * @return the names, not null
     */
    static List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (List<? extends Rule<?>> table : List.of(POLICY_RULES, PLAN_RULES, CLASSIFICATION_RULES, MODE_RULE_RULES, INTAKE_RULE_RULES,
                PAUSE_RULES, STOP_RULES, VOID_RULES, TARGET_REFERENCE_RULES, TARGET_RULES)) {
            table.forEach(r -> names.add(r.name()));
        }
        return names;
    }
}
