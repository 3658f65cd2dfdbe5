package dev.sla.core;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An SLA metric, such as first response or resolution, and the rules of its clock.
 *
 * <p>The clock starts at the first event of a {@code startOn} type (by default the
 * received event). An event of a {@code restartOn} type starts it afresh from that event,
 * even after it stopped (Navixy: the response time counts from the customer's last
 * message): the earlier cycle is kept in the result's cycles. While the ticket's status is
 * one of {@code pauseStatuses} the clock does not run.
 *
 * <p>A clock stops in one of two ways, each stated by the policy. An event of a
 * {@code stopOn} type, or a status among {@code stopStatuses}, <em>fulfils</em> the
 * metric: the cycle is met, or breached if its due instant passed before the stop. An event
 * of a {@code voidOn} type, or a status among {@code voidStatuses}, <em>voids</em> it
 * (eXpress: a request cancelled): the cycle is not applicable, or breached if its due
 * instant passed before the stop — a breach stays a breach.
 *
 * <p>One rule holds back starts: while the ticket's status is one of {@code stopStatuses}
 * or {@code voidStatuses}, no event starts or restarts the clock, the first start included;
 * a resolved ticket reopens through a status change. A clock stopped while paused is met
 * (or not applicable) if the time it ran before the pause did not reach the target; its due
 * instant is the one it would have had if it had resumed at the stop.
 *
 * <p>{@code warnings} are the thresholds at which agents are warned before a breach, each
 * optionally naming whom to escalate to; once one is reached a running clock is at risk.
 *
 * <p>{@code kind} says how cycles open ({@link MetricKind}): the time until an event (the
 * rules above), next reply, or periodic update.
 *
 * <p>{@code authors} limits whose events start, restart and stop the clock
 * ({@link EventAuthors}): Navixy restarts the response time only on messages of the
 * authorised partner.
 *
 * @param id  the id, such as {@code first-response}, not null
 * @param name  the name in words, not null
 * @param startOn  the event types that start the clock, not empty, not null
 * @param restartOn  the event types that restart it, not null
 * @param stopOn  the event types that stop it and fulfil the metric, not null
 * @param pauseStatuses  the statuses during which it is paused, not null
 * @param stopStatuses  the statuses that stop it and fulfil the metric, not null
 * @param voidOn  the event types that stop it and void the metric, not null
 * @param voidStatuses  the statuses that stop it and void the metric, not null
 * @param warnings  the warning thresholds, in order, not null
 * @param kind  how the clock opens its cycles, not null
 * @param authors  whose events start, restart and stop the clock, not null
 *
 * @since 0.1
 */
public record Metric(String id, String name, Set<EventType> startOn, Set<EventType> restartOn,
        Set<EventType> stopOn, Set<String> pauseStatuses, Set<String> stopStatuses, Set<EventType> voidOn,
        Set<String> voidStatuses, List<Threshold> warnings, MetricKind kind, EventAuthors authors) {

    /** The event types that start a clock when a metric names none: the ticket's receipt. */
    public static final Set<EventType> DEFAULT_START_ON = Set.of(EventType.RECEIVED);

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param startOn  the start types, not empty, not null
     * @param restartOn  the restart types, not null
     * @param stopOn  the stop types, not null
     * @param pauseStatuses  the pause statuses, not null
     * @param stopStatuses  the stop statuses, not null
     * @param voidOn  the void types, not null
     * @param voidStatuses  the void statuses, not null
     * @param warnings  the warning thresholds, not null
     * @param kind  the kind, not null
     * @param authors  the author limits, not null
     */
    public Metric {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authors, "authors");
        Ids.check(id, "metric id");
        Objects.requireNonNull(name, "name");
        startOn = Set.copyOf(Objects.requireNonNull(startOn, "startOn"));
        restartOn = Set.copyOf(Objects.requireNonNull(restartOn, "restartOn"));
        stopOn = Set.copyOf(Objects.requireNonNull(stopOn, "stopOn"));
        pauseStatuses = Set.copyOf(Objects.requireNonNull(pauseStatuses, "pauseStatuses"));
        stopStatuses = Set.copyOf(Objects.requireNonNull(stopStatuses, "stopStatuses"));
        voidOn = Set.copyOf(Objects.requireNonNull(voidOn, "voidOn"));
        voidStatuses = Set.copyOf(Objects.requireNonNull(voidStatuses, "voidStatuses"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (startOn.isEmpty()) {
            throw new IllegalArgumentException("Metric '" + id + "' must start on at least one event type");
        }
        if (kind != MetricKind.ELAPSED && stopOn.isEmpty()) {
            throw new IllegalArgumentException("Metric '" + id + "' of kind " + kind.id()
                    + " needs a stop event: the reply or the update");
        }
        for (Set<EventType> types : List.of(startOn, restartOn, stopOn, voidOn)) {
            if (types.contains(EventType.CHANGE)) {
                throw new IllegalArgumentException("Metric '" + id + "': a change event changes the target, it does"
                        + " not move the clock");
            }
        }
    }

    /**
     * Obtains a metric whose clock every author's events move.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param startOn  the start types, not empty, not null
     * @param restartOn  the restart types, not null
     * @param stopOn  the stop types, not null
     * @param pauseStatuses  the pause statuses, not null
     * @param stopStatuses  the stop statuses, not null
     * @param voidOn  the void types, not null
     * @param voidStatuses  the void statuses, not null
     * @param warnings  the warning thresholds, not null
     * @param kind  the kind, not null
     */
    public Metric(String id, String name, Set<EventType> startOn, Set<EventType> restartOn,
            Set<EventType> stopOn, Set<String> pauseStatuses, Set<String> stopStatuses, Set<EventType> voidOn,
            Set<String> voidStatuses, List<Threshold> warnings, MetricKind kind) {
        this(id, name, startOn, restartOn, stopOn, pauseStatuses, stopStatuses, voidOn, voidStatuses, warnings, kind,
                EventAuthors.ANY);
    }

    /**
     * Obtains a metric that fulfils on its stops and has no void rules nor warnings.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param startOn  the start types, not empty, not null
     * @param restartOn  the restart types, not null
     * @param stopOn  the stop types, not null
     * @param pauseStatuses  the pause statuses, not null
     * @param stopStatuses  the stop statuses, not null
     */
    public Metric(String id, String name, Set<EventType> startOn, Set<EventType> restartOn,
            Set<EventType> stopOn, Set<String> pauseStatuses, Set<String> stopStatuses) {
        this(id, name, startOn, restartOn, stopOn, pauseStatuses, stopStatuses, Set.of(), Set.of(), List.of(),
                MetricKind.ELAPSED);
    }

    /**
     * Obtains a metric of the kind {@link MetricKind#ELAPSED}.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param startOn  the start types, not empty, not null
     * @param restartOn  the restart types, not null
     * @param stopOn  the stop types, not null
     * @param pauseStatuses  the pause statuses, not null
     * @param stopStatuses  the stop statuses, not null
     * @param voidOn  the void types, not null
     * @param voidStatuses  the void statuses, not null
     * @param warnings  the warning thresholds, not null
     */
    public Metric(String id, String name, Set<EventType> startOn, Set<EventType> restartOn,
            Set<EventType> stopOn, Set<String> pauseStatuses, Set<String> stopStatuses, Set<EventType> voidOn,
            Set<String> voidStatuses, List<Threshold> warnings) {
        this(id, name, startOn, restartOn, stopOn, pauseStatuses, stopStatuses, voidOn, voidStatuses, warnings,
                MetricKind.ELAPSED);
    }

    /**
     * Obtains a next-reply metric: each customer message after a reply opens a cycle, the
     * next reply fulfils it.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @return the metric, not null
     */
    public static Metric nextReply(String id, String name) {
        return new Metric(id, name, Set.of(EventType.CUSTOMER_MESSAGE), Set.of(EventType.CUSTOMER_MESSAGE),
                Set.of(EventType.AGENT_RESPONSE), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), MetricKind.NEXT_REPLY);
    }

    /**
     * Obtains a periodic-update metric: from receipt, an agent response is due every target
     * while the ticket is not paused; each fulfils a cycle and opens the next.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @return the metric, not null
     */
    public static Metric periodicUpdate(String id, String name) {
        return new Metric(id, name, DEFAULT_START_ON, Set.of(), Set.of(EventType.AGENT_RESPONSE), Set.of(), Set.of(),
                Set.of(), Set.of(), List.of(), MetricKind.PERIODIC_UPDATE);
    }

    /**
     * Obtains a metric that starts when the ticket is received and stops on the given events.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param stopOn  the event types that stop it, not null
     * @return the metric, not null
     */
    public static Metric of(String id, String name, EventType... stopOn) {
        return new Metric(id, name, DEFAULT_START_ON, Set.of(), Set.of(Objects.requireNonNull(stopOn, "stopOn")), Set.of(), Set.of());
    }

    /**
     * Returns a copy restarted by the given event types.
     *
     * @param types  the types, not null
     * @return the copy, not null
     */
    public Metric restartedBy(EventType... types) {
        return new Metric(id, name, startOn, Set.of(Objects.requireNonNull(types, "types")), stopOn, pauseStatuses,
                stopStatuses, voidOn, voidStatuses, warnings, kind, authors);
    }

    /**
     * Returns a copy paused while the ticket has one of the given statuses.
     *
     * @param statuses  the statuses, not null
     * @return the copy, not null
     */
    public Metric pausedIn(String... statuses) {
        return new Metric(id, name, startOn, restartOn, stopOn, Set.of(Objects.requireNonNull(statuses, "statuses")),
                stopStatuses, voidOn, voidStatuses, warnings, kind, authors);
    }

    /**
     * Returns a copy stopped, and fulfilled, when the ticket reaches one of the given statuses.
     *
     * @param statuses  the statuses, not null
     * @return the copy, not null
     */
    public Metric stoppedIn(String... statuses) {
        return new Metric(id, name, startOn, restartOn, stopOn, pauseStatuses,
                Set.of(Objects.requireNonNull(statuses, "statuses")), voidOn, voidStatuses, warnings, kind, authors);
    }

    /**
     * Returns a copy voided by the given event types.
     *
     * @param types  the types, not null
     * @return the copy, not null
     */
    public Metric voidedBy(EventType... types) {
        return new Metric(id, name, startOn, restartOn, stopOn, pauseStatuses, stopStatuses,
                Set.of(Objects.requireNonNull(types, "types")), voidStatuses, warnings, kind, authors);
    }

    /**
     * Returns a copy voided when the ticket reaches one of the given statuses.
     *
     * @param statuses  the statuses, not null
     * @return the copy, not null
     */
    public Metric voidedIn(String... statuses) {
        return new Metric(id, name, startOn, restartOn, stopOn, pauseStatuses, stopStatuses, voidOn,
                Set.of(Objects.requireNonNull(statuses, "statuses")), warnings, kind, authors);
    }

    /**
     * Returns a copy with the given warning thresholds.
     *
     * @param thresholds  the thresholds, in order, not null
     * @return the copy, not null
     */
    public Metric warnedAt(Threshold... thresholds) {
        return new Metric(id, name, startOn, restartOn, stopOn, pauseStatuses, stopStatuses, voidOn, voidStatuses,
                List.of(Objects.requireNonNull(thresholds, "thresholds")), kind, authors);
    }

    /**
     * Returns a copy whose clock only some authors' events move.
     *
     * @param limits  whose events start, restart and stop the clock, not null
     * @return the copy, not null
     */
    public Metric by(EventAuthors limits) {
        return new Metric(id, name, startOn, restartOn, stopOn, pauseStatuses, stopStatuses, voidOn, voidStatuses,
                warnings, kind, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Checks if a status stops the clock, fulfilling or voiding the metric.
     *
     * @param status  the status, may be null
     * @return true if it is among the stop or void statuses
     */
    public boolean stopsIn(String status) {
        return status != null && (stopStatuses.contains(status) || voidStatuses.contains(status));
    }
}
