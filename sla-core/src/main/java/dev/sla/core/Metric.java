package dev.sla.core;

import java.util.Objects;
import java.util.Set;

/**
 * An SLA metric, such as first response or resolution, and the rules of its clock.
 *
 * <p>The clock starts at the first event of a {@code startOn} type (by default the
 * received event). An event of a {@code restartOn} type starts it afresh from that event,
 * even after it stopped (Navixy: the response time counts from the customer's last
 * message), unless the ticket's status is one of {@code stopStatuses} (a resolved ticket
 * reopens through a status change). While the ticket's status is one of {@code pauseStatuses} the clock does not
 * run. An event of a {@code stopOn} type, or a status among {@code stopStatuses}, stops it.
 *
 * @param id  the id, such as {@code first-response}, not null
 * @param name  the name in words, not null
 * @param startOn  the event types that start the clock, not empty, not null
 * @param restartOn  the event types that restart it, not null
 * @param stopOn  the event types that stop it, not null
 * @param pauseStatuses  the statuses during which it is paused, not null
 * @param stopStatuses  the statuses that stop it, not null
 *
 * @since 0.1
 */
public record Metric(String id, String name, Set<EventType> startOn, Set<EventType> restartOn,
        Set<EventType> stopOn, Set<String> pauseStatuses, Set<String> stopStatuses) {

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
     */
    public Metric {
        Ids.check(id, "metric id");
        Objects.requireNonNull(name, "name");
        startOn = Set.copyOf(Objects.requireNonNull(startOn, "startOn"));
        Objects.requireNonNull(restartOn, "restartOn");
        Objects.requireNonNull(stopOn, "stopOn");
        Objects.requireNonNull(pauseStatuses, "pauseStatuses");
        Objects.requireNonNull(stopStatuses, "stopStatuses");
        restartOn = Set.copyOf(restartOn);
        stopOn = Set.copyOf(stopOn);
        pauseStatuses = Set.copyOf(pauseStatuses);
        stopStatuses = Set.copyOf(stopStatuses);
        if (startOn.isEmpty()) {
            throw new IllegalArgumentException("Metric '" + id + "' must start on at least one event type");
        }
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
        return new Metric(id, name, startOn, Set.of(Objects.requireNonNull(types, "types")), stopOn, pauseStatuses, stopStatuses);
    }

    /**
     * Returns a copy paused while the ticket has one of the given statuses.
     *
     * @param statuses  the statuses, not null
     * @return the copy, not null
     */
    public Metric pausedIn(String... statuses) {
        return new Metric(id, name, startOn, restartOn, stopOn, Set.of(Objects.requireNonNull(statuses, "statuses")), stopStatuses);
    }

    /**
     * Returns a copy stopped when the ticket reaches one of the given statuses.
     *
     * @param statuses  the statuses, not null
     * @return the copy, not null
     */
    public Metric stoppedIn(String... statuses) {
        return new Metric(id, name, startOn, restartOn, stopOn, pauseStatuses, Set.of(Objects.requireNonNull(statuses, "statuses")));
    }
}
