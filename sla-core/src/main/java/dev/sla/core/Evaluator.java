package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges one ticket by one policy, stage by stage: the ticket's ids and values, intake,
 * coverage, severity, mode rules, then each metric's clock ({@link MetricClock}). Each
 * stage is one method returning a value; the trace is told every step.
 */
final class Evaluator {

    /**
     * The outcome of intake: accepted, or not with a reason and where to go instead (a party
     * or a plan); and the requirements of the plan the ticket lacks.
     */
    record Intake(boolean accepted, String reason, String redirect, String redirectPlan, List<Requirement> missing) {
        static final Intake ACCEPTED = new Intake(true, null, null, null);

        Intake(boolean accepted, String reason, String redirect, String redirectPlan) {
            this(accepted, reason, redirect, redirectPlan, List.of());
        }
    }

    /** The severity of the ticket, null if none, and whether the ticket stated it. */
    record Severity(String id, boolean stated) {
        static final Severity NONE = new Severity(null, false);
    }

    /**
     * The assignment of a request intake does not accept: nobody performs it as it was made,
     * so it names no performer, least of all the vendor; the decision says where to go.
     */
    static final Assignment NOT_ACCEPTED = Assignment.nobody(Mode.NOT_ACCEPTED);

    private Evaluator() {
    }

    /**
     * Judges a ticket at an instant.
     *
     * @throws TicketException if the ticket does not fit the policy, or the platform's time
     *     arithmetic fails on its instants (wrapped, with the cause)
     */
    static Decision evaluate(Policy p, Ticket t, Instant now, Trace trace) {
        try {
            return judge(p, t, now, trace);
        } catch (DateTimeException | ArithmeticException ex) {
            throw new TicketException("ticket received at " + t.received() + " cannot be evaluated at " + now
                    + " by policy '" + p.id() + "': " + ex.getMessage(), ex);
        }
    }

    private static Decision judge(Policy p, Ticket t, Instant now, Trace trace) {
        Map<String, String> attrs = t.attributesAt(now);
        String plan = t.plan();
        String service = attrs.get(Ticket.SERVICE);
        Resolved<Assignment> stated = p.lookup().cell(plan, service);
        List<String> line = p.lookup().line(plan);
        checkTicket(p, t, now);
        trace.policy(p);
        Intake intake = intake(p, attrs, line, trace);
        Plan planOf = p.plans().get(plan);
        if (planOf != null) {
            intake = PlanIntake.judge(planOf, t, attrs, intake, trace);
        }
        Assignment cell;
        Severity severity = Severity.NONE;
        if (!intake.accepted()) {
            cell = NOT_ACCEPTED;
        } else {
            cell = coverage(p, service, plan, stated, trace);
            if (!cell.mode().equals(Mode.NOT_PROVIDED)) {
                severity = severity(p, attrs, line, trace);
                cell = mode(p, cell, attrs, line, severity, trace);
            }
            if (cell.mode().equals(Mode.NOT_PROVIDED)) {
                Intake refused = notProvided(p, service, plan, cell, trace);
                intake = new Intake(false, refused.reason(), refused.redirect(), refused.redirectPlan(), intake.missing());
                severity = Severity.NONE;
            }
        }
        List<MetricResult> results = metrics(p, t, now, intake, cell, severity.id(), attrs, trace);
        Instant next = null;
        for (MetricResult r : results) {
            if (r.nextChange() != null && (next == null || r.nextChange().isBefore(next))) {
                next = r.nextChange();
            }
        }
        trace.nextChange(next);
        return new Decision(p, t, now, intake.accepted(), intake.reason(), intake.redirect(), cell, severity.id(), results,
                next, intake.missing(), intake.redirectPlan());
    }

    /** Stage 1: the first intake rule that holds rejects the ticket. */
    static Intake intake(Policy p, Map<String, String> attrs, List<String> line, Trace trace) {
        List<IntakeRule> rules = p.intakeRules();
        for (int i = 0; i < rules.size(); i++) {
            IntakeRule r = rules.get(i);
            if (r.when().test(attrs, line)) {
                trace.rejected(i, r);
                return new Intake(false, r.reason(), r.redirect(), r.redirectPlan());
            }
        }
        trace.accepted(!rules.isEmpty());
        return Intake.ACCEPTED;
    }

    /**
     * Stage 2: the cell of the ticket's service on its plan, found (and its ids checked)
     * before any stage runs; the default assignment if it names no service.
     */
    static Assignment coverage(Policy p, String service, String plan, Resolved<Assignment> cell, Trace trace) {
        trace.cell(service, plan, cell);
        if (trace != Trace.NONE) {
            Resolved<Mode> mode = p.lookup().defaultMode(plan);
            if (mode != null && cell.value().mode().equals(mode.value()) && cell.value().performedBy(p.vendor())) {
                trace.defaultMode(mode.fromPlan(), mode.value());
            }
        }
        return cell.value();
    }

    /**
     * A cell that is not provided rejects an accepted ticket; if the cell names who does the
     * task instead (the partner's own team, the device manufacturer), the request goes there.
     */
    static Intake notProvided(Policy p, String service, String plan, Assignment cell, Trace trace) {
        String reason = (service == null ? "a ticket that names no service" : "service '" + service + "'")
                + " is not provided on plan '" + plan + "'" + (cell.note() == null ? "" : ": " + cell.note());
        String redirect = null;
        for (String party : cell.performers()) {
            if (!party.equals(p.vendor())) {
                redirect = party;
                break;
            }
        }
        trace.notProvided(reason, redirect);
        return new Intake(false, reason, redirect, null);
    }

    /** Stage 3: the severity as stated, else by the first classification rule that holds, else the default. */
    static Severity severity(Policy p, Map<String, String> attrs, List<String> line, Trace trace) {
        String stated = attrs.get(Ticket.SEVERITY);
        if (stated != null) {
            trace.severityStated(stated);
            return new Severity(stated, true);
        }
        List<ClassificationRule> rules = p.classification();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).when().test(attrs, line)) {
                trace.severityByRule(i, rules.get(i));
                return new Severity(rules.get(i).level(), false);
            }
        }
        String level = p.defaultSeverity().orElse(null);
        if (!p.severities().isEmpty()) {
            trace.severityDefault(level);
        }
        return new Severity(level, false);
    }

    /**
     * Stage 4: every mode rule that holds, and whose scope holds the cell as it stands when
     * the rule comes, sets the mode; the last one wins. Mode rules change how a performer
     * handles the task, so a cell nobody performs (not provided, not needed) stays as it is,
     * and a rule rewrites only the cells of the performers (by default the vendor) and modes
     * it is scoped to. A classified severity counts as the ticket's for the rules.
     */
    static Assignment mode(Policy p, Assignment cell, Map<String, String> attrs, List<String> line, Severity severity,
            Trace trace) {
        List<ModeRule> rules = p.modeRules();
        if (cell.performer() == null || rules.isEmpty()) {
            return cell;
        }
        Map<String, String> view = attrs;
        if (!severity.stated() && severity.id() != null) {
            view = new HashMap<>(attrs);
            view.put(Ticket.SEVERITY, severity.id());
        }
        Assignment result = cell;
        for (int i = 0; i < rules.size(); i++) {
            ModeRule r = rules.get(i);
            if (r.covers(result, p.vendor()) && r.when().test(view, line)) {
                result = result.withMode(r.mode(), r.note());
                trace.mode(i, r);
            }
        }
        return result;
    }

    /**
     * Stage 5: each metric's clock, or why the metric is not timed or has no target. The
     * ticket's values at the instant of evaluation decide both; a ticket whose values
     * changed counts each metric against the target in force at each instant.
     */
    static List<MetricResult> metrics(Policy p, Ticket t, Instant now, Intake intake, Assignment cell, String severity,
            Map<String, String> attrs, Trace trace) {
        String untimed = untimed(p, intake, cell);
        List<Phase> phases = null;
        List<MetricResult> results = new ArrayList<>(p.metrics().size());
        for (Metric m : p.metrics().values()) {
            if (untimed != null) {
                trace.notTimed(m.id(), untimed);
                results.add(none(m.id(), untimed));
                continue;
            }
            String plan = t.plan();
            String service = attrs.get(Ticket.SERVICE);
            Target target = p.lookup().targetOf(m.id(), plan, severity, service);
            if (target == null || target.isNone()) {
                String why = target == null ? "no target for plan '" + plan + "'" + (severity == null ? "" : ", severity '"
                        + severity + "'") : target.parameter() != null ? contractSetsNone(p)
                        : target.note() != null ? target.note() : "no target";
                trace.noTarget(m.id(), why);
                results.add(none(m.id(), why));
                continue;
            }
            WorkCalendar calendar = p.calendars().get(target.calendar());
            if (calendar == null) {
                // a calendar that a contract sets, and the policy is bound to none
                trace.noTarget(m.id(), Target.SET_BY_CONTRACT);
                results.add(none(m.id(), Target.SET_BY_CONTRACT));
                continue;
            }
            TargetCondition condition = target.condition();
            WorkCalendar within = condition == null ? null : p.calendars().get(condition.receivedWithin());
            if (condition != null && within == null) {
                // the condition's calendar is one a contract sets, and the policy is bound to none
                trace.noTarget(m.id(), Target.SET_BY_CONTRACT);
                results.add(none(m.id(), Target.SET_BY_CONTRACT));
                continue;
            }
            boolean bestEffort = condition != null && !within.isOpen(t.received());
            if (bestEffort) {
                trace.bestEffort(m.id(), condition.reason());
            }
            MetricResult r;
            if (t.hasChanges()) {
                if (phases == null) {
                    phases = phases(p, t, now);
                }
                r = changing(p, t, m, phases, now, trace);
            } else {
                trace.target(m.id(), target);
                r = new MetricClock(m, target, calendar).run(t.events(), now, trace);
            }
            results.add(bestEffort ? bestEffort(r, condition) : r);
        }
        return List.copyOf(results);
    }

    /**
     * The ticket's values that decide a target, from an instant on: at receipt, then after
     * the last change at each instant up to the instant of evaluation.
     */
    record Phase(Instant at, String severity, String service) {
    }

    /** The phases of a ticket whose values change, computed once for all its metrics. */
    static List<Phase> phases(Policy p, Ticket t, Instant now) {
        List<Phase> phases = new ArrayList<>();
        List<Event> events = t.events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.at().isAfter(now)) {
                break;
            }
            boolean lastAtInstant = i + 1 == events.size() || !events.get(i + 1).at().equals(e.at())
                    || events.get(i + 1).type() != EventType.CHANGE;
            if (i > 0 && (e.type() != EventType.CHANGE || !lastAtInstant)) {
                continue;
            }
            Map<String, String> attrs = t.attributesAt(e.at());
            phases.add(new Phase(e.at(), severity(p, attrs, p.lookup().line(t.plan()), Trace.NONE).id(),
                    attrs.get(Ticket.SERVICE)));
        }
        return phases;
    }

    /**
     * The clock of a metric of a ticket whose values change: the target at receipt, then the
     * target each change gives. Until the ticket first has a target for the metric, the clock
     * counts against the first one it gets; a change that leaves it no target keeps the one
     * in force.
     */
    private static MetricResult changing(Policy p, Ticket t, Metric m, List<Phase> phases, Instant now, Trace trace) {
        Target first = null;
        Target last = null;
        List<MetricClock.Retarget> retargets = new ArrayList<>();
        for (Phase phase : phases) {
            Target target = p.lookup().targetOf(m.id(), t.plan(), phase.severity(), phase.service());
            if (target == null || target.isNone() || target.equals(last) || !p.calendars().containsKey(target.calendar())) {
                continue;
            }
            if (first == null) {
                first = target;
            } else {
                retargets.add(new MetricClock.Retarget(phase.at(), target, p.calendars().get(target.calendar())));
            }
            last = target;
        }
        trace.target(m.id(), first);
        return new MetricClock(m, first, p.calendars().get(first.calendar()), retargets).run(t.events(), now, trace);
    }

    /** Why no metric is timed for this ticket, or null if they are. */
    private static String untimed(Policy p, Intake intake, Assignment cell) {
        if (!intake.accepted()) {
            return "the request is not accepted";
        } else if (cell.performer() == null) {
            return "nobody performs the task (" + cell.mode() + ")";
        } else if (!cell.performedBy(p.vendor())) {
            return "the task is performed by '" + String.join("' or '", cell.performers()) + "', not by '" + p.vendor()
                    + "'";
        }
        return null;
    }

    /**
     * The result of a metric whose target does not hold for the ticket: measured as its
     * clock ran, with no due instant, no remaining time, no warnings, and no change ahead
     * without a new event. A clock that has not started keeps its answer.
     */
    static MetricResult bestEffort(MetricResult r, TargetCondition condition) {
        if (r.start() == null) {
            return r;
        }
        List<MetricResult.Cycle> cycles = new ArrayList<>(r.cycles().size());
        for (MetricResult.Cycle c : r.cycles()) {
            cycles.add(new MetricResult.Cycle(c.start(), c.stop(), null, MetricState.BEST_EFFORT, c.elapsed(), c.paused()));
        }
        return new MetricResult(r.metric(), MetricState.BEST_EFFORT, null, r.calendar(), r.start(), null, r.elapsed(),
                Duration.ZERO, r.paused(), condition.reason(), cycles, List.of(), null);
    }

    /** Why a target whose time is a parameter has none: no contract is bound, or the bound one sets none. */
    private static String contractSetsNone(Policy p) {
        Contract c = p.boundContract();
        return c == null ? Target.SET_BY_CONTRACT : "contract '" + c.id() + "' sets no time";
    }

    private static MetricResult none(String metric, String reason) {
        return new MetricResult(metric, MetricState.NONE, null, null, null, null,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, reason);
    }

    /** Checks the ticket against the policy ({@link TicketCheck}) and the instant of evaluation against the ticket. */
    private static void checkTicket(Policy p, Ticket t, Instant now) {
        List<dev.sla.Problem> found = TicketCheck.problems(p, t);
        if (!found.isEmpty()) {
            throw new TicketException(found.get(0).message());
        }
        if (now.isBefore(t.received())) {
            throw new TicketException("evaluation instant " + now + " is before the ticket was received at " + t.received());
        }
        if (t.hasChanges()) {
            for (Event e : t.events()) {
                if (e.type() == EventType.CHANGE) {
                    checkChange(p, e);
                }
            }
        }
    }

    /** Checks the new value of a change event against the policy. */
    private static void checkChange(Policy p, Event e) {
        if (e.attribute().equals(Ticket.SEVERITY) && !p.lookup().severityById().containsKey(e.value())) {
            throw new TicketException("change at " + e.at() + ": " + p.lookup().unknown("severity", e.value(),
                    p.lookup().severityById().keySet()).getMessage());
        }
        Set<String> known = p.attributes().get(e.attribute());
        if (known != null && !known.contains(e.value())) {
            throw new TicketException("change at " + e.at() + ": ticket " + e.attribute() + " '" + e.value()
                    + "' is not known to policy '" + p.id() + "'; known: " + String.join(", ", known));
        }
    }
}
