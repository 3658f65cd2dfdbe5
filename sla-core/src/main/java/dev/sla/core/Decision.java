package dev.sla.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * A policy's answer for a ticket at an instant: whether the request is accepted (and if
 * not, why and where to go), who performs it and how, its severity, and each metric's
 * state, with an explanation on demand.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Decision {

    private final Policy policy;
    private final Ticket ticket;
    private final Instant now;
    private final boolean accepted;
    private final String reason;
    private final String redirect;
    private final Assignment assignment;
    private final String severity;
    private final List<MetricResult> metrics;
    private final Instant nextChange;
    private final List<Requirement> missing;
    private final String redirectPlan;

    Decision(Policy policy, Ticket ticket, Instant now, boolean accepted, String reason, String redirect,
            Assignment assignment, String severity, List<MetricResult> metrics, Instant nextChange,
            List<Requirement> missing, String redirectPlan) {
        this.missing = missing;
        this.redirectPlan = redirectPlan;
        this.nextChange = nextChange;
        this.policy = policy;
        this.ticket = ticket;
        this.now = now;
        this.accepted = accepted;
        this.reason = reason;
        this.redirect = redirect;
        this.assignment = assignment;
        this.severity = severity;
        this.metrics = metrics;
    }

    /**
     * Gets the policy version that judged the ticket.
     *
     * @return the policy, not null
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Gets the instant of evaluation.
     *
     * @return the instant, not null
     */
    public Instant evaluatedAt() {
        return now;
    }

    /**
     * Checks if the request is accepted.
     *
     * @return false if an intake rule rejected it, or its service is not provided on its plan
     */
    public boolean accepted() {
        return accepted;
    }

    /**
     * Gets why the request is not accepted.
     *
     * @return the reason, empty if accepted
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Gets the party a rejected request must go to instead: the one an intake rule names, or
     * the one a cell not provided by the vendor names (the partner's own team, the device
     * manufacturer).
     *
     * @return the party id, empty if the request goes to no party
     */
    public Optional<String> redirect() {
        return Optional.ofNullable(redirect);
    }

    /**
     * Gets the requirements of the ticket's plan that the ticket lacks, as far as it states
     * what it carries and the attributes concerned: those that refuse made the request not
     * accepted, the others are only noted.
     *
     * @return the requirements, in the plan's order, unmodifiable, empty if nothing is missing, not null
     */
    public List<Requirement> missing() {
        return missing;
    }

    /**
     * Gets the plan (support line) a rejected request must go to instead, such as eXpress
     * client support for end users who asked technical support.
     *
     * @return the plan id, empty if the request goes to no other plan
     */
    public Optional<String> redirectPlan() {
        return Optional.ofNullable(redirectPlan);
    }

    /**
     * Gets who performs the task and how, after the plan's default mode and mode rules. A
     * request intake does not accept is performed by nobody, in mode
     * {@link Mode#NOT_ACCEPTED}; a service not provided keeps its cell, which may name who
     * does the task instead of the vendor.
     *
     * @return the cell, not null
     */
    public Assignment assignment() {
        return assignment;
    }

    /**
     * Gets the performing party.
     *
     * @return the party id, empty if nobody performs the task
     */
    public Optional<String> performer() {
        return Optional.ofNullable(assignment.performer());
    }

    /**
     * Gets the mode the task is handled in.
     *
     * @return the mode, not null
     */
    public Mode mode() {
        return assignment.mode();
    }

    /**
     * Gets the severity level, stated or classified.
     *
     * @return the level id, empty if the policy grades no severity for this ticket, or the
     *     request is not accepted
     */
    public Optional<String> severity() {
        return Optional.ofNullable(severity);
    }

    /**
     * Gets the answer for each metric of the policy, in the policy's order.
     *
     * @return the results, not null
     */
    public List<MetricResult> metrics() {
        return metrics;
    }

    /**
     * Gets the next instant at which this decision changes if no new event arrives: the
     * earliest instant after the instant of evaluation at which a metric's state, a warning
     * or a due instant changes. Evaluating the same ticket at any instant from the instant
     * of evaluation up to (not including) it gives the same states, warnings and due
     * instants of clocks that run; at it, something differs. A breach begins the first
     * instant after the due instant, one nanosecond later. The due instant of a paused clock
     * ("if resumed now") moves while it stays paused and is not counted.
     *
     * @return the instant, empty if nothing changes until a new event arrives
     */
    public Optional<Instant> nextChange() {
        return Optional.ofNullable(nextChange);
    }

    /**
     * Gets the wall-clock time the ticket has spent in each status, from its first status
     * event up to the instant of evaluation, in the order the statuses were first entered;
     * an application sums them into classes of its own (requester wait, agent work).
     * Computed on each call; evaluation itself does not pay for it.
     *
     * @return the durations by status, unmodifiable, empty if the ticket has no status yet, not null
     */
    public Map<String, Duration> statusTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        String status = null;
        Instant since = null;
        for (Event e : ticket.events()) {
            if (e.at().isAfter(now)) {
                break;
            }
            if (e.type() == EventType.STATUS) {
                if (status != null) {
                    times.merge(status, Duration.between(since, e.at()), Duration::plus);
                }
                status = e.status();
                since = e.at();
                times.putIfAbsent(status, Duration.ZERO);
            }
        }
        if (status != null) {
            times.merge(status, Duration.between(since, now), Duration::plus);
        }
        return Collections.unmodifiableMap(times);
    }

    /**
     * Gets the time the ticket has spent in each of the policy's {@link Policy#statusClasses()
     * status classes}, from its first status event up to the instant of evaluation, in the
     * order the classes are declared; a class the ticket has not entered has zero time. The
     * wall-clock time of a class is the sum of the {@link #statusTimes()} of its statuses; its
     * working time, when the class names a calendar, counts only the time that calendar is
     * open while the ticket is in one of its statuses. Time before the first status event and
     * time in a status of no class is in no class. Computed on each call; evaluation itself
     * does not pay for it, nor does a policy without classes.
     *
     * @return the times by class id, unmodifiable, empty if the policy declares no class, not null
     * @throws dev.sla.calendar.CalendarDataException if a class's calendar has no data for a
     *     date the ticket spent in the class (a strict calendar beyond its holiday data)
     */
    public Map<String, StatusClassTime> statusClassTimes() {
        Map<String, StatusClass> classes = policy.statusClasses();
        if (classes.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> classOf = new java.util.HashMap<>();
        StatusClass[] byIndex = classes.values().toArray(new StatusClass[0]);
        for (int k = 0; k < byIndex.length; k++) {
            for (String status : byIndex[k].statuses()) {
                classOf.putIfAbsent(status, k);
            }
        }
        Duration[] wall = new Duration[byIndex.length];
        Duration[] working = new Duration[byIndex.length];
        java.util.Arrays.fill(wall, Duration.ZERO);
        java.util.Arrays.fill(working, Duration.ZERO);
        Integer current = null;
        Instant since = null;
        for (Event e : ticket.events()) {
            if (e.at().isAfter(now)) {
                break;
            }
            if (e.type() == EventType.STATUS) {
                if (current != null) {
                    count(byIndex[current], current, since, e.at(), wall, working);
                }
                current = classOf.get(e.status());
                since = e.at();
            }
        }
        if (current != null) {
            count(byIndex[current], current, since, now, wall, working);
        }
        Map<String, StatusClassTime> times = new LinkedHashMap<>();
        for (int k = 0; k < byIndex.length; k++) {
            StatusClass c = byIndex[k];
            times.put(c.id(), new StatusClassTime(c.id(), wall[k], c.calendar(), c.calendar() == null ? null : working[k]));
        }
        return Collections.unmodifiableMap(times);
    }

    /** Adds a stretch in a class to its wall-clock time and, on its calendar, to its working time. */
    private void count(StatusClass c, int k, Instant from, Instant to, Duration[] wall, Duration[] working) {
        wall[k] = wall[k].plus(Duration.between(from, to));
        if (c.calendar() != null && from.isBefore(to)) {
            working[k] = working[k].plus(policy.calendars().get(c.calendar()).between(from, to));
        }
    }

    /**
     * Gets the answer for one metric.
     *
     * @param metricId  the metric id, not null
     * @return the result, empty if the policy has no such metric
     */
    public Optional<MetricResult> metric(String metricId) {
        java.util.Objects.requireNonNull(metricId, "metricId");
        for (MetricResult r : metrics) {
            if (r.metric().equals(metricId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the zone in which the instants of a metric's answer are written (its start,
     * due instant, cycles, warnings and next change, and the lines of the explanation about
     * it): the zone of the calendar it counts on, or {@link #zone()} if it counts on none.
     * Every instant a decision shows is written in a zone this method or {@link #zone()} picks.
     *
     * @param result  a result of this decision, not null
     * @return the zone, not null
     */
    public ZoneId zone(MetricResult result) {
        java.util.Objects.requireNonNull(result, "result");
        ZoneId z = calendarZone(result.calendar());
        return z != null ? z : zone();
    }

    /**
     * Returns the zone in which the instants of this decision that belong to no single metric
     * are written (the ticket's received instant, the instant of evaluation): the zone of the
     * calendar of the first metric that counts on one; else of the policy's first calendar;
     * else {@link Policy#zone()}.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        for (MetricResult m : metrics) {
            ZoneId z = calendarZone(m.calendar());
            if (z != null) {
                return z;
            }
        }
        return policy.calendars().isEmpty() ? policy.zone() : policy.calendars().values().iterator().next().zone();
    }

    /**
     * Returns the zone in which {@link #nextChange()} is written: the zone of the metric
     * whose answer changes then, else {@link #zone()}.
     *
     * @return the zone, not null
     */
    public ZoneId nextChangeZone() {
        if (nextChange != null) {
            for (MetricResult m : metrics) {
                if (nextChange.equals(m.nextChange())) {
                    return zone(m);
                }
            }
        }
        return zone();
    }

    /** The zone of a calendar of the policy, or null for none. */
    private ZoneId calendarZone(String calendar) {
        dev.sla.calendar.WorkCalendar c = calendar == null ? null : policy.calendars().get(calendar);
        return c == null ? null : c.zone();
    }

    /**
     * Explains the decision in lines a person reads: the version, the rules that fired,
     * the targets chosen, the events that moved each clock, the calendar periods counted
     * and any warning about the calendars' data. Instants are written as ISO-8601 offset
     * date-times in the zone {@link #zone(MetricResult)} picks for the metric a line is
     * about, and the next change in {@link #nextChangeZone()}. Computed on each call.
     *
     * @return the lines, not null
     * @throws TicketException if the platform's time arithmetic fails on the ticket's
     *     instants (wrapped, with the cause)
     * @throws dev.sla.calendar.CalendarDataException if a calendar has no data for a date the
     *     explanation needs
     * @throws dev.sla.calendar.NoWorkingTimeException if a calendar has no working time ahead
     */
    public List<String> explanation() {
        Explanation explanation = new Explanation(this);
        Evaluator.evaluate(policy, ticket, now, explanation);
        return explanation.lines();
    }

    /**
     * Outputs a summary, such as {@code accepted navixy (full) level-2 [first-response running due ...]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(accepted ? "accepted " : "not accepted (" + reason + ") "
                + (redirect != null ? "go to " + redirect + " " : redirectPlan != null ? "go to plan " + redirectPlan + " " : ""));
        sb.append(assignment);
        if (severity != null) {
            sb.append(' ').append(severity);
        }
        for (Requirement r : missing) {
            sb.append(" missing ").append(r.id());
        }
        for (MetricResult m : metrics) {
            sb.append(" [").append(m.metric()).append(' ').append(m.state().id());
            if (m.due() != null) {
                sb.append(" due ").append(m.due());
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
