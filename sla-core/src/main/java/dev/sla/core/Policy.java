package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * <p>What a regulation leaves to each customer's contract a policy declares as
 * {@link #parameters()}; {@link #withContract(Contract)} gives the policy with a contract's
 * values in place, and until then a target that needs one answers
 * {@link Target#SET_BY_CONTRACT}.
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
    /** When the bound contract takes effect, or null: computed once, not on every evaluation. */
    private final Instant contractStart;
    /** When the bound contract ends, exclusive, or null if it does not or there is none. */
    private final Instant contractEnd;

    private Policy(PolicyContent content, PolicyLookup lookup) {
        this.content = content;
        this.lookup = lookup;
        Contract c = content.contract();
        this.contractStart = c == null ? null : c.start(content.zone());
        this.contractEnd = c == null ? null : c.end(content.zone()).orElse(null);
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
     * The policy with a contract's calendars and targets in place of its own; the rest of the
     * content is shared. Validated by {@link ContractBinding}.
     */
    static Policy bound(Policy unbound, Map<String, WorkCalendar> calendars, List<Target> targets, Contract contract) {
        PolicyContent c = unbound.content;
        PolicyContent b = new PolicyContent(c.id(), c.name(), c.description(), c.effectiveFrom(), c.zone(), c.vendor(),
                calendars, c.parties(), c.plans(), c.services(), c.coverage(), c.defaultAssignment(), c.severities(),
                c.classification(), c.defaultSeverity(), c.modeRules(), c.intakeRules(), c.attributes(), c.statuses(),
                c.metrics(), targets, c.severityById(), c.statusClasses(), c.planDefaults(), c.parameters(), c.calendarTemplates(),
                contract);
        TargetIndex index = new TargetIndex(targets, PlanLineage.of(c.plans()));
        return new Policy(b, unbound.lookup.bound(b, index));
    }

    /**
     * Creates a builder of a policy.
     *
     * @param id  the policy id, such as {@code navixy-en}, lower-case letters, digits and hyphens, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public static PolicyBuilder builder(String id) {
        return new PolicyBuilder(Ids.check(Objects.requireNonNull(id, "id"), "policy id"));
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
     * Gets who performs a ticket that names no service on a plan that states no default
     * assignment of its own ({@link #defaultAssignment(String)}).
     *
     * @return the default cell, not null
     */
    public Assignment defaultAssignment() {
        return content.defaultAssignment();
    }

    /**
     * Gets who performs a ticket on a plan that names no service: the default assignment the
     * plan states, else its nearest ancestor's, else the policy's, in the plan's default mode
     * if the vendor performs it in full.
     *
     * @param planId  the plan id, not null
     * @return the default cell, not null
     * @throws TicketException if the plan is unknown; the message lists the known ids
     */
    public Assignment defaultAssignment(String planId) {
        return lookup.cell(Objects.requireNonNull(planId, "planId"), null).value();
    }

    /**
     * Gets the mode in which the vendor handles, on a plan, the cells it performs in full:
     * the default mode the plan states, else its nearest ancestor's.
     *
     * @param planId  the plan id, not null
     * @return the mode, empty if neither the plan nor an ancestor states one
     * @throws TicketException if the plan is unknown; the message lists the known ids
     */
    public Optional<Mode> defaultMode(String planId) {
        Resolved<Mode> mode = lookup.defaultMode(Objects.requireNonNull(planId, "planId"));
        return mode == null ? Optional.empty() : Optional.of(mode.value());
    }

    /**
     * Gets the default assignments the plans state, by plan id; inherited ones are not repeated.
     *
     * @return the stated default assignments, not null
     */
    public Map<String, Assignment> planDefaultAssignments() {
        return content.planDefaults().assignments();
    }

    /**
     * Gets the default modes the plans state, by plan id; inherited ones are not repeated.
     *
     * @return the stated default modes, not null
     */
    public Map<String, Mode> planDefaultModes() {
        return content.planDefaults().modes();
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
     * Gets the classes of statuses whose time decisions sum, by id, in the order declared.
     *
     * @return the classes, empty if the policy declares none, not null
     */
    public Map<String, StatusClass> statusClasses() {
        return content.statusClasses();
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

    /**
     * Gets the parameters, the values each customer's contract sets.
     *
     * @return the parameters by id, empty if the policy leaves nothing to a contract, not null
     */
    public Map<String, Parameter> parameters() {
        return content.parameters();
    }

    /**
     * Gets the calendars whose zone, hours or holidays a contract sets, as stated. Bound to a
     * contract, the policy has each of them, built, in {@link #calendars()} too.
     *
     * @return the templates by calendar id, not null
     */
    public Map<String, CalendarTemplate> calendarTemplates() {
        return content.calendarTemplates();
    }

    /**
     * Gets the contract this policy is bound to.
     *
     * @return the contract, empty for the policy as the regulation states it
     */
    public Optional<Contract> contract() {
        return Optional.ofNullable(content.contract());
    }

    /**
     * Returns this policy with a contract's values bound: each target whose time is a
     * parameter counts the contract's time, each calendar template is built with the
     * contract's zone, hours and holidays (a customer calendar with the customer's zone and
     * holidays, where the contract states them). The result is an ordinary policy, as fast to
     * evaluate as one stated with those numbers; it judges only tickets received while the
     * contract is in force, and a ticket that names another contract is refused.
     *
     * @param contract  the contract, made under this policy, not null
     * @return the bound policy, not null
     * @throws InvalidContractException listing every problem, each with its path in the
     *     contract: another policy, an unknown plan, a missing value, an unknown parameter, a
     *     value not of its parameter's kind, an unknown holiday set, a calendar that cannot be
     *     built with the values
     */
    public Policy withContract(Contract contract) {
        return ContractBinding.bind(this, Objects.requireNonNull(contract, "contract"));
    }

    /** The bound contract, or null: for the checks of every evaluation, without an Optional. */
    Contract boundContract() {
        return content.contract();
    }

    /** When the bound contract takes effect, or null if none is bound. */
    Instant contractStart() {
        return contractStart;
    }

    /** When the bound contract ends, exclusive, or null if it does not or none is bound. */
    Instant contractEnd() {
        return contractEnd;
    }

    // -----------------------------------------------------------------------
    /**
     * Answers who performs a service on a plan, following plan inheritance, in the plan's
     * default mode if the vendor performs it in full.
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
     * Outputs the id and effective date, such as {@code navixy-en@2024-01-01}, and the
     * bound contract, such as {@code express+express-example}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return content.id() + (content.effectiveFrom() == null ? "" : "@" + content.effectiveFrom())
                + (content.contract() == null ? "" : "+" + content.contract().id());
    }
}
