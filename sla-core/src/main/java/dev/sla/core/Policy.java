package dev.sla.core;

import dev.sla.Problem;
import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A support regulation as a policy: parties, plans, services and the coverage matrix,
 * severity levels and how tickets are classified, intake rules, metrics with their clock
 * rules, targets and calendars.
 *
 * <p>A policy is built once with {@link #builder(String)}, which validates it completely
 * and reports every problem at once, then answers for any ticket with
 * {@link #evaluate(Ticket, Instant)}: whether it is accepted, who performs it and how,
 * its severity, and for each metric its due instant and state.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Policy {

    /** The attributes every policy knows, besides those it declares. */
    static final Set<String> BUILT_IN_ATTRIBUTES = Set.of(Ticket.PLAN, Ticket.SERVICE, Ticket.SEVERITY,
            "requester", "channel", "language", "impact", "cause", "category");

    private final String id;
    private final String name;
    private final String description;
    private final LocalDate effectiveFrom;
    private final ZoneId zone;
    private final String vendor;
    private final Map<String, WorkCalendar> calendars;
    private final Map<String, Party> parties;
    private final Map<String, Plan> plans;
    private final Map<String, Service> services;
    private final Map<String, Map<String, Assignment>> coverage;
    private final Assignment defaultAssignment;
    private final List<SeverityLevel> severities;
    private final List<ClassificationRule> classification;
    private final String defaultSeverity;
    private final List<ModeRule> modeRules;
    private final List<IntakeRule> intakeRules;
    private final Map<String, Set<String>> attributes;
    private final Set<String> statuses;
    private final Map<String, Metric> metrics;
    private final List<Target> targets;
    /** plan -> service -> cell, with inheritance resolved. */
    final Map<String, Map<String, Resolved<Assignment>>> cells;
    /** metric -> plan -> severity ("" for none) -> service ("" for none) -> target. */
    final Map<String, Map<String, Map<String, Map<String, Resolved<Target>>>>> targetIndex;
    final Map<String, SeverityLevel> severityById;

    /** A value with the plan it came from (the plan itself or an ancestor). */
    record Resolved<T>(T value, String fromPlan) {
    }

    private Policy(Builder b) {
        this.id = b.id;
        this.name = b.name == null ? b.id : b.name;
        this.description = b.description == null ? "" : b.description;
        this.effectiveFrom = b.effectiveFrom;
        this.zone = b.zone;
        this.vendor = b.vendor;
        this.calendars = Collections.unmodifiableMap(new LinkedHashMap<>(b.calendars));
        this.parties = Collections.unmodifiableMap(new LinkedHashMap<>(b.parties));
        this.plans = Collections.unmodifiableMap(new LinkedHashMap<>(b.plans));
        this.services = Collections.unmodifiableMap(new LinkedHashMap<>(b.services));
        Map<String, Map<String, Assignment>> cov = new LinkedHashMap<>();
        b.coverage.forEach((s, m) -> cov.put(s, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        this.coverage = Collections.unmodifiableMap(cov);
        this.defaultAssignment = b.defaultAssignment != null ? b.defaultAssignment : Assignment.of(b.vendor, Mode.FULL);
        this.severities = List.copyOf(b.severities);
        this.classification = List.copyOf(b.classification);
        this.defaultSeverity = b.defaultSeverity;
        this.modeRules = List.copyOf(b.modeRules);
        this.intakeRules = List.copyOf(b.intakeRules);
        Map<String, Set<String>> attrs = new LinkedHashMap<>();
        b.attributes.forEach((k, v) -> attrs.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.attributes = Collections.unmodifiableMap(attrs);
        this.statuses = Collections.unmodifiableSet(new LinkedHashSet<>(b.statuses));
        this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(b.metrics));
        this.targets = List.copyOf(b.targets);
        this.severityById = new LinkedHashMap<>();
        for (SeverityLevel l : severities) {
            severityById.put(l.id(), l);
        }
        this.cells = new HashMap<>();
        for (String plan : plans.keySet()) {
            Map<String, Resolved<Assignment>> row = new HashMap<>();
            for (String service : services.keySet()) {
                Resolved<Assignment> r = lookupCell(service, plan);
                if (r != null) {
                    row.put(service, r);
                }
            }
            cells.put(plan, row);
        }
        this.targetIndex = new HashMap<>();
        List<String> severityKeys = new ArrayList<>();
        severityKeys.add("");
        severityKeys.addAll(severityById.keySet());
        List<String> serviceKeys = new ArrayList<>();
        serviceKeys.add("");
        serviceKeys.addAll(services.keySet());
        for (String metric : metrics.keySet()) {
            Map<String, Map<String, Map<String, Resolved<Target>>>> byPlan = new HashMap<>();
            for (String plan : plans.keySet()) {
                Map<String, Map<String, Resolved<Target>>> bySeverity = new HashMap<>();
                for (String sev : severityKeys) {
                    Map<String, Resolved<Target>> byService = new HashMap<>();
                    for (String svc : serviceKeys) {
                        Resolved<Target> t = lookupTarget(metric, plan, sev.isEmpty() ? null : sev, svc.isEmpty() ? null : svc);
                        if (t != null) {
                            byService.put(svc, t);
                        }
                    }
                    bySeverity.put(sev, byService);
                }
                byPlan.put(plan, bySeverity);
            }
            targetIndex.put(metric, byPlan);
        }
    }

    /** A plan and its ancestors, nearest first; stops at an unknown plan or a cycle. */
    static Set<String> lineage(Map<String, Plan> plans, String plan) {
        Set<String> seen = new LinkedHashSet<>();
        String p = plan;
        while (p != null && seen.add(p)) {
            p = plans.containsKey(p) ? plans.get(p).parent() : null;
        }
        return seen;
    }

    /** The cell of a service on a plan, following the plan's ancestors; null if none. */
    private Resolved<Assignment> lookupCell(String service, String plan) {
        Map<String, Assignment> row = coverage.getOrDefault(service, Map.of());
        for (String p : lineage(plans, plan)) {
            Assignment a = row.get(p);
            if (a != null) {
                return new Resolved<>(a, p);
            }
        }
        return null;
    }

    /** The most specific target, following the plan's ancestors; null if none. */
    private Resolved<Target> lookupTarget(String metric, String plan, String severity, String service) {
        for (String p : lineage(plans, plan)) {
            Target best = null;
            int bestScore = -1;
            for (Target t : targets) {
                if (!t.metric().equals(metric) || !t.plan().equals(p)) {
                    continue;
                }
                if (t.severity() != null && !t.severity().equals(severity)) {
                    continue;
                }
                if (t.service() != null && !t.service().equals(service)) {
                    continue;
                }
                int score = (t.service() != null ? 2 : 0) + (t.severity() != null ? 1 : 0);
                if (score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
            if (best != null) {
                return new Resolved<>(best, p);
            }
        }
        return null;
    }

    /**
     * Creates a builder of a policy.
     *
     * @param id  the policy id, such as {@code navixy-en}, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    // -----------------------------------------------------------------------
    /**
     * Gets the id.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Gets the name in the regulation's words.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the description, including the numbers the policy chose where the regulation
     * leaves them to a contract.
     *
     * @return the description, possibly empty, not null
     */
    public String description() {
        return description;
    }

    /**
     * Gets the date this version takes effect, at the start of the day in {@link #zone()}.
     *
     * @return the date, empty if the version is in force from the beginning
     */
    public Optional<LocalDate> effectiveFrom() {
        return Optional.ofNullable(effectiveFrom);
    }

    /**
     * Gets the instant this version takes effect.
     *
     * @return the instant, empty if in force from the beginning
     */
    public Optional<Instant> effectiveInstant() {
        return effectiveFrom().map(d -> d.atStartOfDay(zone).toInstant());
    }

    /**
     * Gets the zone in which the effective date is read.
     *
     * @return the zone, UTC by default, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Gets the id of the vendor party, whose work the metrics time.
     *
     * @return the vendor party id, not null
     */
    public String vendor() {
        return vendor;
    }

    /**
     * Gets the calendars by id.
     *
     * @return the calendars, not null
     */
    public Map<String, WorkCalendar> calendars() {
        return calendars;
    }

    /**
     * Gets the parties by id.
     *
     * @return the parties, not null
     */
    public Map<String, Party> parties() {
        return parties;
    }

    /**
     * Gets the plans by id.
     *
     * @return the plans, not null
     */
    public Map<String, Plan> plans() {
        return plans;
    }

    /**
     * Gets the services by id.
     *
     * @return the services, not null
     */
    public Map<String, Service> services() {
        return services;
    }

    /**
     * Gets the coverage matrix as stated: service id to plan id to cell. Inherited cells
     * are not repeated; {@link #who(String, String)} resolves them.
     *
     * @return the stated cells, not null
     */
    public Map<String, Map<String, Assignment>> coverage() {
        return coverage;
    }

    /**
     * Gets who performs a ticket that names no service.
     *
     * @return the default cell, not null
     */
    public Assignment defaultAssignment() {
        return defaultAssignment;
    }

    /**
     * Gets the severity levels, most severe first.
     *
     * @return the levels, empty if the policy grades no severity, not null
     */
    public List<SeverityLevel> severities() {
        return severities;
    }

    /**
     * Gets the classification rules, in order.
     *
     * @return the rules, not null
     */
    public List<ClassificationRule> classification() {
        return classification;
    }

    /**
     * Gets the level of a ticket that states none and matches no classification rule.
     *
     * @return the level id, empty if such a ticket has no severity
     */
    public Optional<String> defaultSeverity() {
        return Optional.ofNullable(defaultSeverity);
    }

    /**
     * Gets the mode rules, in order.
     *
     * @return the rules, not null
     */
    public List<ModeRule> modeRules() {
        return modeRules;
    }

    /**
     * Gets the intake rules, in order.
     *
     * @return the rules, not null
     */
    public List<IntakeRule> intakeRules() {
        return intakeRules;
    }

    /**
     * Gets the declared attributes with their allowed values.
     *
     * @return attribute name to values, not null
     */
    public Map<String, Set<String>> attributes() {
        return attributes;
    }

    /**
     * Gets the ticket statuses the policy knows; empty if any status is accepted.
     *
     * @return the statuses, not null
     */
    public Set<String> statuses() {
        return statuses;
    }

    /**
     * Gets the metrics by id.
     *
     * @return the metrics, not null
     */
    public Map<String, Metric> metrics() {
        return metrics;
    }

    /**
     * Gets the targets as stated, in order.
     *
     * @return the targets, not null
     */
    public List<Target> targets() {
        return targets;
    }

    // -----------------------------------------------------------------------
    /**
     * Answers who performs a service on a plan, following plan inheritance.
     *
     * @param planId  the plan id, not null
     * @param serviceId  the service id, or null for a ticket that names no service
     * @return the cell, not null
     * @throws TicketException if the plan or service is unknown; the message lists the known ids
     */
    public Assignment who(String planId, String serviceId) {
        Map<String, Resolved<Assignment>> row = row(planId);
        if (serviceId == null) {
            return defaultAssignment;
        }
        Resolved<Assignment> cell = row.get(serviceId);
        if (cell == null) {
            throw unknown("service", serviceId, services.keySet());
        }
        return cell.value();
    }

    Map<String, Resolved<Assignment>> row(String planId) {
        Map<String, Resolved<Assignment>> row = cells.get(planId);
        if (row == null) {
            throw unknown("plan", planId, plans.keySet());
        }
        return row;
    }

    TicketException unknown(String what, String value, Set<String> known) {
        return new TicketException("unknown " + what + " '" + value + "' in policy '" + id + "'; known: "
                + String.join(", ", known));
    }

    /**
     * Finds the target of a metric for a ticket's plan, severity and service: the most
     * specific one, following plan inheritance.
     *
     * @param metricId  the metric id, not null
     * @param planId  the plan id, not null
     * @param severityId  the severity level id, or null
     * @param serviceId  the service id, or null
     * @return the target (possibly an explicit "no target"), empty if the policy states none at all
     * @throws TicketException if an id is unknown; the message lists the known ids
     */
    public Optional<Target> target(String metricId, String planId, String severityId, String serviceId) {
        Resolved<Target> r = resolveTarget(metricId, planId, severityId, serviceId);
        return r == null ? Optional.empty() : Optional.of(r.value());
    }

    Resolved<Target> resolveTarget(String metricId, String planId, String severityId, String serviceId) {
        Map<String, Map<String, Map<String, Resolved<Target>>>> byPlan = targetIndex.get(metricId);
        if (byPlan == null) {
            throw unknown("metric", metricId, metrics.keySet());
        }
        Map<String, Map<String, Resolved<Target>>> bySeverity = byPlan.get(planId);
        if (bySeverity == null) {
            throw unknown("plan", planId, plans.keySet());
        }
        Map<String, Resolved<Target>> byService = bySeverity.get(severityId == null ? "" : severityId);
        if (byService == null) {
            throw unknown("severity", severityId, severityById.keySet());
        }
        if (serviceId != null && !services.containsKey(serviceId)) {
            throw unknown("service", serviceId, services.keySet());
        }
        return byService.get(serviceId == null ? "" : serviceId);
    }

    /**
     * Judges a ticket: intake, performer and mode, severity, and every metric at the given instant.
     *
     * @param ticket  the ticket, not null
     * @param now  the instant of evaluation; events after it are not yet known, not null
     * @return the decision, not null
     * @throws TicketException if the ticket names an unknown plan, service, severity or
     *     status, or its values break the policy's declared attributes
     */
    public Decision evaluate(Ticket ticket, Instant now) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(now, "now");
        return Evaluator.evaluate(this, ticket, now, null);
    }

    /**
     * Checks if this policy states the same as another: every field, rule and target in
     * the same order.
     *
     * @param obj  the object to check, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Policy)) {
            return false;
        }
        Policy o = (Policy) obj;
        return id.equals(o.id) && name.equals(o.name) && description.equals(o.description)
                && Objects.equals(effectiveFrom, o.effectiveFrom) && zone.equals(o.zone) && vendor.equals(o.vendor)
                && calendars.equals(o.calendars) && parties.equals(o.parties) && plans.equals(o.plans)
                && services.equals(o.services) && coverage.equals(o.coverage)
                && defaultAssignment.equals(o.defaultAssignment) && severities.equals(o.severities)
                && classification.equals(o.classification) && Objects.equals(defaultSeverity, o.defaultSeverity)
                && modeRules.equals(o.modeRules) && intakeRules.equals(o.intakeRules)
                && attributes.equals(o.attributes) && statuses.equals(o.statuses) && metrics.equals(o.metrics)
                && targets.equals(o.targets);
    }

    /**
     * A hash code for this policy.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, effectiveFrom, plans, services, targets);
    }

    /**
     * Outputs the id and effective date, such as {@code navixy-en@2024-01-01}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return id + (effectiveFrom == null ? "" : "@" + effectiveFrom);
    }

    // -----------------------------------------------------------------------
    /**
     * A builder of a {@link Policy}. {@link #build()} validates everything at once.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String name;
        private String description;
        private LocalDate effectiveFrom;
        private ZoneId zone = ZoneOffset.UTC;
        private String vendor;
        private final Map<String, WorkCalendar> calendars = new LinkedHashMap<>();
        private final Map<String, Party> parties = new LinkedHashMap<>();
        private final Map<String, Plan> plans = new LinkedHashMap<>();
        private final Map<String, Service> services = new LinkedHashMap<>();
        private final Map<String, Map<String, Assignment>> coverage = new LinkedHashMap<>();
        private Assignment defaultAssignment;
        private final List<SeverityLevel> severities = new ArrayList<>();
        private final List<ClassificationRule> classification = new ArrayList<>();
        private String defaultSeverity;
        private final List<ModeRule> modeRules = new ArrayList<>();
        private final List<IntakeRule> intakeRules = new ArrayList<>();
        private final Map<String, List<String>> attributes = new LinkedHashMap<>();
        private final List<String> statuses = new ArrayList<>();
        private final Map<String, Metric> metrics = new LinkedHashMap<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private Builder(String id) {
            this.id = Ids.check(id, "policy id");
        }

        /**
         * Sets the name in the regulation's words.
         *
         * @param text  the name, not null
         * @return this builder
         */
        public Builder name(String text) {
            this.name = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text  the description, not null
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the date this version takes effect.
         *
         * @param date  the date, not null
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate date) {
            this.effectiveFrom = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the zone in which the effective date is read; default UTC.
         *
         * @param zoneId  the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zoneId) {
            this.zone = Objects.requireNonNull(zoneId, "zoneId");
            return this;
        }

        /**
         * Sets the vendor party, whose work the metrics time. Required.
         *
         * @param partyId  the party id, not null
         * @return this builder
         */
        public Builder vendor(String partyId) {
            this.vendor = Objects.requireNonNull(partyId, "partyId");
            return this;
        }

        /**
         * Adds a calendar under an id.
         *
         * @param calendarId  the id targets use, not null
         * @param calendar  the calendar, not null
         * @return this builder
         */
        public Builder calendar(String calendarId, WorkCalendar calendar) {
            put(calendars, "/calendars/", Ids.check(calendarId, "calendar id"), Objects.requireNonNull(calendar, "calendar"), "calendar");
            return this;
        }

        /**
         * Adds a party.
         *
         * @param party  the party, not null
         * @return this builder
         */
        public Builder party(Party party) {
            put(parties, "/parties/", party.id(), party, "party");
            return this;
        }

        /**
         * Adds a plan.
         *
         * @param plan  the plan, not null
         * @return this builder
         */
        public Builder plan(Plan plan) {
            put(plans, "/plans/", plan.id(), plan, "plan");
            return this;
        }

        /**
         * Adds a service.
         *
         * @param service  the service, not null
         * @return this builder
         */
        public Builder service(Service service) {
            put(services, "/services/", service.id(), service, "service");
            return this;
        }

        /**
         * Sets one cell of the coverage matrix.
         *
         * @param serviceId  the service id, not null
         * @param planId  the plan id, not null
         * @param cell  who performs it and how, not null
         * @return this builder
         */
        public Builder cover(String serviceId, String planId, Assignment cell) {
            Objects.requireNonNull(cell, "cell");
            Map<String, Assignment> row = coverage.computeIfAbsent(serviceId, s -> new LinkedHashMap<>());
            if (row.put(planId, cell) != null) {
                problems.add(new Problem(cellPath(serviceId, planId), "the cell is stated twice"));
            }
            return this;
        }

        /**
         * Sets who performs a ticket that names no service; default the vendor, in full.
         *
         * @param cell  the default cell, not null
         * @return this builder
         */
        public Builder defaultAssignment(Assignment cell) {
            this.defaultAssignment = Objects.requireNonNull(cell, "cell");
            return this;
        }

        /**
         * Adds a severity level; levels are ordered most severe first, in the order added.
         *
         * @param level  the level, not null
         * @return this builder
         */
        public Builder severity(SeverityLevel level) {
            Objects.requireNonNull(level, "level");
            if (severities.stream().anyMatch(l -> l.id().equals(level.id()))) {
                problems.add(new Problem("/severities/levels/" + severities.size(), "severity '" + level.id() + "' is declared twice"));
            }
            severities.add(level);
            return this;
        }

        /**
         * Adds a classification rule, tried after those added before.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder classify(ClassificationRule rule) {
            classification.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Sets the level of a ticket that states none and matches no rule.
         *
         * @param levelId  the level id, not null
         * @return this builder
         */
        public Builder defaultSeverity(String levelId) {
            this.defaultSeverity = Objects.requireNonNull(levelId, "levelId");
            return this;
        }

        /**
         * Adds a mode rule.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder mode(ModeRule rule) {
            modeRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Adds an intake rule, tried after those added before.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder intake(IntakeRule rule) {
            intakeRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Declares an attribute of tickets and its allowed values; conditions and tickets
         * using it are checked against them.
         *
         * @param attribute  the attribute name, not null
         * @param values  the allowed values, not null
         * @return this builder
         */
        public Builder attribute(String attribute, String... values) {
            Objects.requireNonNull(attribute, "attribute");
            if (attributes.put(attribute, List.of(values)) != null) {
                problems.add(new Problem("/attributes/" + attribute, "attribute '" + attribute + "' is declared twice"));
            }
            return this;
        }

        /**
         * Declares the ticket statuses; status events and metric rules are checked against them.
         *
         * @param ids  the statuses, not null
         * @return this builder
         */
        public Builder statuses(String... ids) {
            for (String s : ids) {
                if (statuses.contains(s)) {
                    problems.add(new Problem("/statuses", "status '" + s + "' is declared twice"));
                }
                statuses.add(Ids.check(s, "status"));
            }
            return this;
        }

        /**
         * Adds a metric.
         *
         * @param metric  the metric, not null
         * @return this builder
         */
        public Builder metric(Metric metric) {
            put(metrics, "/metrics/", metric.id(), metric, "metric");
            return this;
        }

        /**
         * Adds a target.
         *
         * @param target  the target, not null
         * @return this builder
         */
        public Builder target(Target target) {
            targets.add(Objects.requireNonNull(target, "target"));
            return this;
        }

        private <T> void put(Map<String, T> map, String path, String key, T value, String what) {
            if (map.put(key, value) != null) {
                problems.add(new Problem(path + key, what + " '" + key + "' is declared twice"));
            }
        }

        /**
         * Builds the policy, validating it completely.
         *
         * @return the policy, not null
         * @throws InvalidPolicyException listing every problem, if any
         */
        public Policy build() {
            List<Problem> found = new ArrayList<>(problems);
            new Validator(found).run();
            if (!found.isEmpty()) {
                throw new InvalidPolicyException(id, found);
            }
            return new Policy(this);
        }

        static String cellPath(String serviceId, String planId) {
            return "/services/" + serviceId + "/coverage/" + planId;
        }

        /** Checks every reference and rule, adding a problem for each fault. */
        private final class Validator {
            private final List<Problem> found;

            Validator(List<Problem> found) {
                this.found = found;
            }

            private void add(String path, String message) {
                found.add(new Problem(path, message));
            }

            private String known(java.util.Collection<String> ids) {
                return ids.isEmpty() ? "none declared" : "known: " + String.join(", ", new LinkedHashSet<>(ids));
            }

            private boolean ref(String path, String what, String value, java.util.Collection<String> ids) {
                if (value != null && !ids.contains(value)) {
                    add(path, "unknown " + what + " '" + value + "'; " + known(ids));
                    return false;
                }
                return true;
            }

            void run() {
                if (vendor == null) {
                    add("/vendor", "no vendor party; name the party whose support the metrics time");
                } else {
                    ref("/vendor", "party", vendor, parties.keySet());
                }
                if (plans.isEmpty()) {
                    add("/plans", "no plans; a policy needs at least one plan");
                }
                plans();
                coverage();
                if (defaultAssignment != null && defaultAssignment.performer() != null) {
                    ref("/defaultAssignment/performer", "party", defaultAssignment.performer(), parties.keySet());
                }
                severities();
                rules();
                metrics();
                targets();
            }

            private void plans() {
                for (Plan p : plans.values()) {
                    if (p.parent() == null || !ref("/plans/" + p.id() + "/inherits", "plan", p.parent(), plans.keySet())) {
                        continue;
                    }
                    Set<String> seen = new LinkedHashSet<>();
                    for (String q = p.id(); q != null; q = plans.containsKey(q) ? plans.get(q).parent() : null) {
                        if (!seen.add(q)) {
                            add("/plans/" + p.id() + "/inherits", "plan inheritance forms a cycle: "
                                    + String.join(" -> ", seen) + " -> " + q);
                            break;
                        }
                    }
                }
            }

            private void coverage() {
                coverage.forEach((service, row) -> {
                    if (!ref("/services/" + service, "service", service, services.keySet())) {
                        return;
                    }
                    row.forEach((plan, cell) -> {
                        ref(cellPath(service, plan), "plan", plan, plans.keySet());
                        if (cell.performer() != null) {
                            ref(cellPath(service, plan) + "/performer", "party", cell.performer(), parties.keySet());
                        }
                    });
                });
                for (String service : services.keySet()) {
                    Map<String, Assignment> row = coverage.getOrDefault(service, Map.of());
                    for (Plan plan : plans.values()) {
                        boolean covered = lineage(plans, plan.id()).stream().anyMatch(row::containsKey);
                        if (!covered) {
                            add("/services/" + service + "/coverage", "no cell for plan '" + plan.id()
                                    + "'; say who performs '" + service + "' on it, or that nobody does (not-provided)");
                        }
                    }
                }
            }

            private void severities() {
                Set<String> ids = severityIds();
                for (int i = 0; i < classification.size(); i++) {
                    ref("/severities/rules/" + i + "/level", "severity", classification.get(i).level(), ids);
                }
                if (defaultSeverity != null) {
                    ref("/severities/default", "severity", defaultSeverity, ids);
                }
            }

            private Set<String> severityIds() {
                Set<String> ids = new LinkedHashSet<>();
                severities.forEach(l -> ids.add(l.id()));
                return ids;
            }

            private void rules() {
                List<Condition> seen = new ArrayList<>();
                for (int i = 0; i < classification.size(); i++) {
                    ClassificationRule r = classification.get(i);
                    condition("/severities/rules/" + i + "/when", r.when());
                    unreachable("/severities/rules/" + i, seen, r.when(), "classification rule");
                    seen.add(r.when());
                }
                for (int i = 0; i < modeRules.size(); i++) {
                    ModeRule r = modeRules.get(i);
                    condition("/modes/" + i + "/when", r.when());
                    for (int j = 0; j < i; j++) {
                        if (modeRules.get(j).when().equals(r.when()) && !modeRules.get(j).mode().equals(r.mode())) {
                            add("/modes/" + i, "contradicts mode rule " + j + ": the same condition (" + r.when()
                                    + ") gives mode '" + modeRules.get(j).mode() + "' there and '" + r.mode() + "' here");
                        }
                    }
                }
                seen.clear();
                for (int i = 0; i < intakeRules.size(); i++) {
                    IntakeRule r = intakeRules.get(i);
                    condition("/intake/" + i + "/when", r.when());
                    if (r.redirect() != null) {
                        ref("/intake/" + i + "/redirect", "party", r.redirect(), parties.keySet());
                    }
                    if (r.when().equals(Condition.ALWAYS)) {
                        add("/intake/" + i + "/when", "the rule has no condition and would reject every ticket");
                    }
                    unreachable("/intake/" + i, seen, r.when(), "intake rule");
                    seen.add(r.when());
                }
                attributes.forEach((a, values) -> {
                    if (values.isEmpty()) {
                        add("/attributes/" + a, "attribute '" + a + "' has no values");
                    }
                });
            }

            /** A rule after an identical or unconditional one can never apply. */
            private void unreachable(String path, List<Condition> earlier, Condition when, String what) {
                for (int j = 0; j < earlier.size(); j++) {
                    Condition e = earlier.get(j);
                    if (e.equals(when) || e.equals(Condition.ALWAYS)) {
                        add(path, "can never apply: " + what + " " + j + " (" + e + ") matches every ticket this one does");
                        return;
                    }
                }
            }

            private void condition(String path, Condition c) {
                Map<String, Set<String>> all = new LinkedHashMap<>(c.anyOf());
                c.noneOf().forEach((k, v) -> all.merge(k, v, (a, b) -> {
                    Set<String> u = new LinkedHashSet<>(a);
                    u.addAll(b);
                    return u;
                }));
                all.forEach((attribute, values) -> {
                    java.util.Collection<String> allowed = allowed(attribute);
                    if (allowed == null) {
                        if (!BUILT_IN_ATTRIBUTES.contains(attribute)) {
                            add(path + "/" + attribute, "unknown attribute '" + attribute + "'; declare it under attributes, or use one of "
                                    + String.join(", ", new java.util.TreeSet<>(BUILT_IN_ATTRIBUTES)));
                        }
                        return;
                    }
                    for (String v : new java.util.TreeSet<>(values)) {
                        ref(path + "/" + attribute, attribute + " value", v, allowed);
                    }
                });
            }

            /** The allowed values of an attribute, or null if any value goes. */
            private java.util.Collection<String> allowed(String attribute) {
                switch (attribute) {
                    case Ticket.PLAN:
                        return plans.keySet();
                    case Ticket.SERVICE:
                        return services.keySet();
                    case Ticket.SEVERITY:
                        return severityIds();
                    default:
                        return attributes.get(attribute);
                }
            }

            private void metrics() {
                for (Metric m : metrics.values()) {
                    String path = "/metrics/" + m.id();
                    for (String s : new java.util.TreeSet<>(m.pauseStatuses())) {
                        if (m.stopStatuses().contains(s)) {
                            add(path, "status '" + s + "' both pauses and stops the clock");
                        }
                        if (!statuses.isEmpty()) {
                            ref(path + "/pause", "status", s, statuses);
                        }
                    }
                    if (!statuses.isEmpty()) {
                        for (String s : new java.util.TreeSet<>(m.stopStatuses())) {
                            ref(path + "/stopStatuses", "status", s, statuses);
                        }
                    }
                    for (EventType t : EventType.values()) {
                        if (m.stopOn().contains(t) && m.startOn().contains(t)) {
                            add(path, "event '" + t.id() + "' both starts and stops the clock");
                        }
                    }
                }
                if (metrics.isEmpty() && !targets.isEmpty()) {
                    add("/metrics", "targets are given but no metric is declared");
                }
            }

            private void targets() {
                Set<String> sev = severityIds();
                boolean refsOk = true;
                for (int i = 0; i < targets.size(); i++) {
                    Target t = targets.get(i);
                    String path = "/targets/" + i;
                    refsOk &= ref(path + "/metric", "metric", t.metric(), metrics.keySet());
                    refsOk &= ref(path + "/plan", "plan", t.plan(), plans.keySet());
                    refsOk &= ref(path + "/severity", "severity", t.severity(), sev);
                    refsOk &= ref(path + "/service", "service", t.service(), services.keySet());
                    if (t.calendar() != null) {
                        ref(path + "/calendar", "calendar", t.calendar(), calendars.keySet());
                    }
                    if (t.duration() != null && (t.duration().isNegative() || t.duration().isZero())) {
                        add(path + "/target", "target " + t.duration() + " must be positive");
                    }
                    for (int j = 0; j < i; j++) {
                        Target o = targets.get(j);
                        if (o.metric().equals(t.metric()) && o.plan().equals(t.plan())
                                && Objects.equals(o.severity(), t.severity()) && Objects.equals(o.service(), t.service())) {
                            add(path, "states the same metric, plan, severity and service as target " + j);
                        }
                    }
                }
                if (!refsOk) {
                    return;
                }
                List<String> levels = new ArrayList<>(sev);
                if (levels.isEmpty()) {
                    levels.add(null);
                }
                for (String metric : metrics.keySet()) {
                    for (String plan : plans.keySet()) {
                        for (String level : levels) {
                            if (!hasTarget(metric, plan, level)) {
                                add("/targets", "no target for metric '" + metric + "' on plan '" + plan + "'"
                                        + (level == null ? "" : ", severity '" + level + "'")
                                        + "; add one, or an explicit none");
                            }
                        }
                    }
                }
            }

            private boolean hasTarget(String metric, String plan, String level) {
                for (String p : lineage(plans, plan)) {
                    for (Target t : targets) {
                        if (t.metric().equals(metric) && t.plan().equals(p) && t.service() == null
                                && (t.severity() == null || t.severity().equals(level))) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
    }
}
