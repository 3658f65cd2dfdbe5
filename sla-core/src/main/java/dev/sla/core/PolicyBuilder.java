package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

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
public final class PolicyBuilder {
    private final PolicyDraft draft;

    PolicyBuilder(String id) {
        this.draft = new PolicyDraft(id);
    }

    /**
     * Sets the name in the regulation's words; default the id.
     *
     * @param text  the name, not null
     * @return this builder
     */
    public PolicyBuilder name(String text) {
        draft.name = Objects.requireNonNull(text, "text");
        return this;
    }

    /**
     * Sets the description.
     *
     * @param text  the description, not null
     * @return this builder
     */
    public PolicyBuilder description(String text) {
        draft.description = Objects.requireNonNull(text, "text");
        return this;
    }

    /**
     * Sets the date this version takes effect.
     *
     * @param date  the date, not null
     * @return this builder
     */
    public PolicyBuilder effectiveFrom(LocalDate date) {
        draft.effectiveFrom = Objects.requireNonNull(date, "date");
        return this;
    }

    /**
     * Sets the zone in which the effective date is read; default {@link Policy#DEFAULT_ZONE}.
     *
     * @param zoneId  the zone, not null
     * @return this builder
     */
    public PolicyBuilder zone(ZoneId zoneId) {
        draft.zone = Objects.requireNonNull(zoneId, "zoneId");
        return this;
    }

    /**
     * Sets the vendor party, whose work the metrics time. Required.
     *
     * @param partyId  the party id, not null
     * @return this builder
     */
    public PolicyBuilder vendor(String partyId) {
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
    public PolicyBuilder calendar(String calendarId, WorkCalendar calendar) {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(calendar, "calendar");
        draft.put(draft.calendars, "/calendars/", Ids.check(calendarId, "calendar id"), calendar, "calendar");
        return this;
    }

    /**
     * Adds a calendar whose zone, weekly hours or holiday sets a contract sets; without a
     * contract, targets counted on it answer {@link Target#SET_BY_CONTRACT}.
     *
     * @param calendarId  the id targets use, not null
     * @param template  the calendar as stated and the parameters of its parts, not null
     * @return this builder
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public PolicyBuilder calendar(String calendarId, CalendarTemplate template) {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(template, "template");
        draft.put(draft.calendarTemplates, "/calendars/", Ids.check(calendarId, "calendar id"), template, "calendar");
        return this;
    }

    /**
     * Declares a parameter, a value that each customer's contract sets.
     *
     * @param parameter  the parameter, not null
     * @return this builder
     */
    public PolicyBuilder parameter(Parameter parameter) {
        Objects.requireNonNull(parameter, "parameter");
        draft.put(draft.parameters, "/parameters/", parameter.id(), parameter, "parameter");
        return this;
    }

    /**
     * Adds a party.
     *
     * @param party  the party, not null
     * @return this builder
     */
    public PolicyBuilder party(Party party) {
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
    public PolicyBuilder plan(Plan plan) {
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
    public PolicyBuilder service(Service service) {
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
    public PolicyBuilder cover(String serviceId, String planId, Assignment cell) {
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
    public PolicyBuilder defaultAssignment(Assignment cell) {
        draft.defaultAssignment = Objects.requireNonNull(cell, "cell");
        return this;
    }

    /**
     * Sets who performs a ticket on a plan that names no service, for the plan and the plans
     * that inherit it (unless they state their own); default the policy's
     * {@link #defaultAssignment(Assignment) default assignment}.
     *
     * @param planId  the plan id, not null
     * @param cell  the default cell on that plan, not null
     * @return this builder
     */
    public PolicyBuilder defaultAssignment(String planId, Assignment cell) {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(cell, "cell");
        draft.put(draft.planDefaultAssignments, "/plans/", planId, cell, "default assignment of plan");
        return this;
    }

    /**
     * Sets the mode in which the vendor handles, on a plan and the plans that inherit it
     * (unless they state their own), the cells it performs in full, such as
     * {@link Mode#CONSULTATIVE}; cells of other modes and of other performers keep theirs.
     *
     * @param planId  the plan id, not null
     * @param mode  the mode, not null
     * @return this builder
     */
    public PolicyBuilder defaultMode(String planId, Mode mode) {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(mode, "mode");
        draft.put(draft.planDefaultModes, "/plans/", planId, mode, "default mode of plan");
        return this;
    }

    /**
     * Adds a severity level; levels are ordered most severe first, in the order added.
     *
     * @param level  the level, not null
     * @return this builder
     */
    public PolicyBuilder severity(SeverityLevel level) {
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
    public PolicyBuilder severity(SeverityLevel level, String path) {
        draft.severity(Objects.requireNonNull(level, "level"), Objects.requireNonNull(path, "path"));
        return this;
    }

    /**
     * Adds a classification rule, tried after those added before.
     *
     * @param rule  the rule, not null
     * @return this builder
     */
    public PolicyBuilder classify(ClassificationRule rule) {
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
    public PolicyBuilder classify(ClassificationRule rule, String path) {
        draft.classification.add(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(path, "path"));
        return this;
    }

    /**
     * Sets the level of a ticket that states none and matches no rule.
     *
     * @param levelId  the level id, not null
     * @return this builder
     */
    public PolicyBuilder defaultSeverity(String levelId) {
        draft.defaultSeverity = Objects.requireNonNull(levelId, "levelId");
        return this;
    }

    /**
     * Adds a mode rule.
     *
     * @param rule  the rule, not null
     * @return this builder
     */
    public PolicyBuilder mode(ModeRule rule) {
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
    public PolicyBuilder mode(ModeRule rule, String path) {
        draft.modeRules.add(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(path, "path"));
        return this;
    }

    /**
     * Adds an intake rule, tried after those added before.
     *
     * @param rule  the rule, not null
     * @return this builder
     */
    public PolicyBuilder intake(IntakeRule rule) {
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
    public PolicyBuilder intake(IntakeRule rule, String path) {
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
    public PolicyBuilder attribute(String attribute, String... values) {
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
    public PolicyBuilder statuses(String... ids) {
        for (String s : Objects.requireNonNull(ids, "ids")) {
            draft.status(Ids.check(s, "status"));
        }
        return this;
    }

    /**
     * Adds a class of statuses whose time decisions sum ({@link Decision#statusClassTimes()}).
     *
     * @param statusClass  the class, not null
     * @return this builder
     */
    public PolicyBuilder statusClass(StatusClass statusClass) {
        Objects.requireNonNull(statusClass, "statusClass");
        draft.statusClass(statusClass, "/statusClasses/" + statusClass.id());
        return this;
    }

    /**
     * Adds a class of statuses whose list of statuses is found at a path, such as
     * {@code /statusClasses/agent-work/statuses}; a problem with its n-th status is reported
     * at that path followed by {@code /n}.
     *
     * @param statusClass  the class, not null
     * @param statusesPath  the path of its list of statuses, not null
     * @return this builder
     */
    public PolicyBuilder statusClass(StatusClass statusClass, String statusesPath) {
        Objects.requireNonNull(statusClass, "statusClass");
        draft.statusClass(statusClass, Objects.requireNonNull(statusesPath, "statusesPath"));
        return this;
    }

    /**
     * Adds a metric.
     *
     * @param metric  the metric, not null
     * @return this builder
     */
    public PolicyBuilder metric(Metric metric) {
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
    public PolicyBuilder target(Target target) {
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
    public PolicyBuilder target(Target target, String path) {
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
