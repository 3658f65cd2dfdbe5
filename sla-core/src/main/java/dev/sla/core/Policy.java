package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
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
 * ({@link PolicyValidator}) and reports every problem at once, then answers for any ticket
 * with {@link #evaluate(Ticket, Instant)} ({@link Evaluator}): whether it is accepted, who
 * performs it and how, its severity, and for each metric its due instant and state
 * ({@link MetricClock}). Plan inheritance is resolved once ({@link PlanLineage}); cells and
 * targets are found through indexes ({@link CoverageIndex}, {@link TargetIndex}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Policy {

    /** The zone in which the effective date is read when the policy names none: UTC. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

    private final PolicyContent content;
    private final PolicyLookup lookup;

    private Policy(PolicyContent content, PolicyLookup lookup) {
        this.content = content;
        this.lookup = lookup;
    }

    /** Validates a draft and builds the policy from it; the indexes serve both. */
    static Policy of(PolicyDraft d) {
        Map<String, Plan> plans = Collections.unmodifiableMap(new LinkedHashMap<>(d.plans));
        StatedCells coverage = d.coverage.view();
        PlanLineage lineage = PlanLineage.of(plans);
        CoverageIndex coverageIndex = new CoverageIndex(coverage, lineage);
        TargetIndex targetIndex = new TargetIndex(d.targets.elements, lineage);
        PolicyValidator.validate(d, lineage, coverageIndex, targetIndex);
        PolicyContent content = PolicyContent.of(d, plans, coverage);
        return new Policy(content, new PolicyLookup(content, coverageIndex, targetIndex));
    }

    /**
     * Creates a builder of a policy.
     *
     * @param id  the policy id, such as {@code navixy-en}, lower-case letters, digits and hyphens, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public static Builder builder(String id) {
        return new Builder(Ids.check(Objects.requireNonNull(id, "id"), "policy id"));
    }

    // -----------------------------------------------------------------------
    /**
     * Gets the id.
     *
     * @return the id, not null
     */
    public String id() {
        return content.id();
    }

    /**
     * Gets the name in the regulation's words.
     *
     * @return the name, not null
     */
    public String name() {
        return content.name();
    }

    /**
     * Gets the description, including the numbers the policy chose where the regulation
     * leaves them to a contract.
     *
     * @return the description, possibly empty, not null
     */
    public String description() {
        return content.description();
    }

    /**
     * Gets the date this version takes effect, at the start of the day in {@link #zone()}.
     *
     * @return the date, empty if the version is in force from the beginning
     */
    public Optional<LocalDate> effectiveFrom() {
        return Optional.ofNullable(content.effectiveFrom());
    }

    /**
     * Gets the instant this version takes effect.
     *
     * @return the instant, empty if in force from the beginning
     */
    public Optional<Instant> effectiveInstant() {
        return effectiveFrom().map(d -> d.atStartOfDay(content.zone()).toInstant());
    }

    /**
     * Gets the zone in which the effective date is read.
     *
     * @return the zone, UTC by default, not null
     */
    public ZoneId zone() {
        return content.zone();
    }

    /**
     * Gets the id of the vendor party, whose work the metrics time.
     *
     * @return the vendor party id, not null
     */
    public String vendor() {
        return content.vendor();
    }

    /**
     * Gets the calendars by id.
     *
     * @return the calendars, not null
     */
    public Map<String, WorkCalendar> calendars() {
        return content.calendars();
    }

    /**
     * Gets the parties by id.
     *
     * @return the parties, not null
     */
    public Map<String, Party> parties() {
        return content.parties();
    }

    /**
     * Gets the plans by id.
     *
     * @return the plans, not null
     */
    public Map<String, Plan> plans() {
        return content.plans();
    }

    /**
     * Gets the services by id.
     *
     * @return the services, not null
     */
    public Map<String, Service> services() {
        return content.services();
    }

    /**
     * Gets the coverage matrix as stated: service id to plan id to cell. Inherited cells
     * are not repeated; {@link #who(String, String)} resolves them.
     *
     * @return the stated cells, not null
     */
    public Map<String, Map<String, Assignment>> coverage() {
        return content.coverage().asMap();
    }

    /**
     * Gets who performs a ticket that names no service.
     *
     * @return the default cell, not null
     */
    public Assignment defaultAssignment() {
        return content.defaultAssignment();
    }

    /**
     * Gets the severity levels, most severe first.
     *
     * @return the levels, empty if the policy grades no severity, not null
     */
    public List<SeverityLevel> severities() {
        return content.severities();
    }

    /**
     * Gets the classification rules, in order.
     *
     * @return the rules, not null
     */
    public List<ClassificationRule> classification() {
        return content.classification();
    }

    /**
     * Gets the level of a ticket that states none and matches no classification rule.
     *
     * @return the level id, empty if such a ticket has no severity
     */
    public Optional<String> defaultSeverity() {
        return Optional.ofNullable(content.defaultSeverity());
    }

    /**
     * Gets the mode rules, in order.
     *
     * @return the rules, not null
     */
    public List<ModeRule> modeRules() {
        return content.modeRules();
    }

    /**
     * Gets the intake rules, in order.
     *
     * @return the rules, not null
     */
    public List<IntakeRule> intakeRules() {
        return content.intakeRules();
    }

    /**
     * Gets the declared attributes with their allowed values.
     *
     * @return attribute name to values, not null
     */
    public Map<String, Set<String>> attributes() {
        return content.attributes();
    }

    /**
     * Gets the ticket statuses the policy knows; empty if any status is accepted.
     *
     * @return the statuses, not null
     */
    public Set<String> statuses() {
        return content.statuses();
    }

    /**
     * Gets the metrics by id.
     *
     * @return the metrics, not null
     */
    public Map<String, Metric> metrics() {
        return content.metrics();
    }

    /**
     * Gets the targets as stated, in order.
     *
     * @return the targets, not null
     */
    public List<Target> targets() {
        return content.targets();
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
        Objects.requireNonNull(planId, "planId");
        return lookup.cell(planId, serviceId).value();
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
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(planId, "planId");
        return Optional.ofNullable(lookup.target(metricId, planId, severityId, serviceId));
    }

    /**
     * Judges a ticket: intake, performer and mode, severity, and every metric at the given instant.
     *
     * @param ticket  the ticket, not null
     * @param now  the instant of evaluation; events after it are not yet known, not null
     * @return the decision, not null
     * @throws TicketException if the ticket names an unknown plan, service, severity or
     *     status, or an attribute the policy does not declare, or its values break the policy's
     *     declared attributes, or the instant is before the ticket was received, or the ticket
     *     was received before this version takes effect ({@link #effectiveInstant()}: judge it
     *     with {@link PolicyVersions}), or its deadlines fall outside the range of instants
     * @throws dev.sla.calendar.CalendarDataException if a calendar has no data for a date the
     *     clock needs (a strict calendar beyond its holiday data)
     * @throws dev.sla.calendar.NoWorkingTimeException if a calendar has no working time ahead
     *     to count a target on
     */
    public Decision evaluate(Ticket ticket, Instant now) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(now, "now");
        return Evaluator.evaluate(this, ticket, now, Trace.NONE);
    }

    /** The lookups of cells, targets and ids that evaluation uses. */
    PolicyLookup lookup() {
        return lookup;
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
        return content.equals(((Policy) obj).content);
    }

    /**
     * A hash code for this policy.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(content.id(), content.effectiveFrom(), content.plans().keySet(), content.targets());
    }

    /**
     * Outputs the id and effective date, such as {@code navixy-en@2024-01-01}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return content.id() + (content.effectiveFrom() == null ? "" : "@" + content.effectiveFrom());
    }

    // -----------------------------------------------------------------------
    /**
     * A builder of a {@link Policy}. It only collects what it is given; {@link #build()}
     * validates everything at once.
     *
     * <p>The elements of lists (severity levels, classification, mode and intake rules,
     * targets) are reported by path: by default their index among the elements of their
     * kind added, such as {@code /targets/3}; the methods taking a {@code path} use the
     * path given instead, such as the element's place in a source file, and a problem
     * naming another element names it by the last step of that element's path.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final PolicyDraft draft;

        private Builder(String id) {
            this.draft = new PolicyDraft(id);
        }

        /**
         * Sets the name in the regulation's words; default the id.
         *
         * @param text  the name, not null
         * @return this builder
         */
        public Builder name(String text) {
            draft.name = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text  the description, not null
         * @return this builder
         */
        public Builder description(String text) {
            draft.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the date this version takes effect.
         *
         * @param date  the date, not null
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate date) {
            draft.effectiveFrom = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the zone in which the effective date is read; default {@link #DEFAULT_ZONE}.
         *
         * @param zoneId  the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zoneId) {
            draft.zone = Objects.requireNonNull(zoneId, "zoneId");
            return this;
        }

        /**
         * Sets the vendor party, whose work the metrics time. Required.
         *
         * @param partyId  the party id, not null
         * @return this builder
         */
        public Builder vendor(String partyId) {
            draft.vendor = Objects.requireNonNull(partyId, "partyId");
            return this;
        }

        /**
         * Adds a calendar under an id.
         *
         * @param calendarId  the id targets use, not null
         * @param calendar  the calendar, not null
         * @return this builder
         * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
         */
        public Builder calendar(String calendarId, WorkCalendar calendar) {
            Objects.requireNonNull(calendarId, "calendarId");
            Objects.requireNonNull(calendar, "calendar");
            draft.put(draft.calendars, "/calendars/", Ids.check(calendarId, "calendar id"), calendar, "calendar");
            return this;
        }

        /**
         * Adds a party.
         *
         * @param party  the party, not null
         * @return this builder
         */
        public Builder party(Party party) {
            Objects.requireNonNull(party, "party");
            draft.put(draft.parties, "/parties/", party.id(), party, "party");
            return this;
        }

        /**
         * Adds a plan.
         *
         * @param plan  the plan, not null
         * @return this builder
         */
        public Builder plan(Plan plan) {
            Objects.requireNonNull(plan, "plan");
            draft.put(draft.plans, "/plans/", plan.id(), plan, "plan");
            return this;
        }

        /**
         * Adds a service.
         *
         * @param service  the service, not null
         * @return this builder
         */
        public Builder service(Service service) {
            Objects.requireNonNull(service, "service");
            draft.put(draft.services, "/services/", service.id(), service, "service");
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
            Objects.requireNonNull(serviceId, "serviceId");
            Objects.requireNonNull(planId, "planId");
            Objects.requireNonNull(cell, "cell");
            draft.cover(serviceId, planId, cell);
            return this;
        }

        /**
         * Sets who performs a ticket that names no service; default
         * {@link Assignment#byDefault(String) the vendor, in full}.
         *
         * @param cell  the default cell, not null
         * @return this builder
         */
        public Builder defaultAssignment(Assignment cell) {
            draft.defaultAssignment = Objects.requireNonNull(cell, "cell");
            return this;
        }

        /**
         * Adds a severity level; levels are ordered most severe first, in the order added.
         *
         * @param level  the level, not null
         * @return this builder
         */
        public Builder severity(SeverityLevel level) {
            draft.severity(Objects.requireNonNull(level, "level"), null);
            return this;
        }

        /**
         * Adds a severity level found at a path, such as {@code /severities/levels/2}.
         *
         * @param level  the level, not null
         * @param path  the path its problems are reported at, not null
         * @return this builder
         */
        public Builder severity(SeverityLevel level, String path) {
            draft.severity(Objects.requireNonNull(level, "level"), Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Adds a classification rule, tried after those added before.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder classify(ClassificationRule rule) {
            draft.classification.add(Objects.requireNonNull(rule, "rule"), null);
            return this;
        }

        /**
         * Adds a classification rule found at a path, such as {@code /severities/rules/4}.
         *
         * @param rule  the rule, not null
         * @param path  the path its problems are reported at, not null
         * @return this builder
         */
        public Builder classify(ClassificationRule rule, String path) {
            draft.classification.add(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Sets the level of a ticket that states none and matches no rule.
         *
         * @param levelId  the level id, not null
         * @return this builder
         */
        public Builder defaultSeverity(String levelId) {
            draft.defaultSeverity = Objects.requireNonNull(levelId, "levelId");
            return this;
        }

        /**
         * Adds a mode rule.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder mode(ModeRule rule) {
            draft.modeRules.add(Objects.requireNonNull(rule, "rule"), null);
            return this;
        }

        /**
         * Adds a mode rule found at a path, such as {@code /modes/1}.
         *
         * @param rule  the rule, not null
         * @param path  the path its problems are reported at, not null
         * @return this builder
         */
        public Builder mode(ModeRule rule, String path) {
            draft.modeRules.add(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Adds an intake rule, tried after those added before.
         *
         * @param rule  the rule, not null
         * @return this builder
         */
        public Builder intake(IntakeRule rule) {
            draft.intakeRules.add(Objects.requireNonNull(rule, "rule"), null);
            return this;
        }

        /**
         * Adds an intake rule found at a path, such as {@code /intake/0}.
         *
         * @param rule  the rule, not null
         * @param path  the path its problems are reported at, not null
         * @return this builder
         */
        public Builder intake(IntakeRule rule, String path) {
            draft.intakeRules.add(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(path, "path"));
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
            draft.attribute(attribute, List.of(Objects.requireNonNull(values, "values")));
            return this;
        }

        /**
         * Declares the ticket statuses; status events and metric rules are checked against them.
         *
         * @param ids  the statuses, not null
         * @return this builder
         * @throws IllegalArgumentException if a status breaks the {@link Ids} rule
         */
        public Builder statuses(String... ids) {
            for (String s : Objects.requireNonNull(ids, "ids")) {
                draft.status(Ids.check(s, "status"));
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
            Objects.requireNonNull(metric, "metric");
            draft.put(draft.metrics, "/metrics/", metric.id(), metric, "metric");
            return this;
        }

        /**
         * Adds a target.
         *
         * @param target  the target, not null
         * @return this builder
         */
        public Builder target(Target target) {
            draft.targets.add(Objects.requireNonNull(target, "target"), null);
            return this;
        }

        /**
         * Adds a target found at a path, such as {@code /targets/12}.
         *
         * @param target  the target, not null
         * @param path  the path its problems are reported at, not null
         * @return this builder
         */
        public Builder target(Target target, String path) {
            draft.targets.add(Objects.requireNonNull(target, "target"), Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Builds the policy, validating it completely.
         *
         * @return the policy, not null
         * @throws InvalidPolicyException listing every problem, if any
         */
        public Policy build() {
            return Policy.of(draft);
        }
    }
}
