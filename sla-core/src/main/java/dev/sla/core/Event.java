package dev.sla.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a ticket's timeline.
 *
 * @param at  when it happened, not null
 * @param type  what happened, not null
 * @param status  the new status, for a {@link EventType#STATUS} event only; otherwise null
 *
 * @since 0.1
 */
public record Event(Instant at, EventType type, String status) {

    /**
     * Checks the fields.
     *
     * @param at  the instant, not null
     * @param type  the type, not null
     * @param status  the status, required for and only for a status event
     */
    public Event {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        if ((type == EventType.STATUS) != (status != null)) {
            throw new IllegalArgumentException(type == EventType.STATUS
                    ? "A status event at " + at + " must name the status"
                    : "Only a status event names a status, not " + type.id() + " at " + at);
        }
    }

    /**
     * Obtains an event of a type that names no status.
     *
     * @param at  the instant, not null
     * @param type  the type, not {@link EventType#STATUS}, not null
     * @return the event, not null
     */
    public static Event of(Instant at, EventType type) {
        return new Event(at, type, null);
    }

    /**
     * Obtains a status change.
     *
     * @param at  the instant, not null
     * @param status  the new status, not null
     * @return the event, not null
     */
    public static Event status(Instant at, String status) {
        return new Event(at, EventType.STATUS, Objects.requireNonNull(status, "status"));
    }

    /**
     * Outputs the event, such as {@code 2025-11-20T12:00:00Z status waiting-for-customer}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return at + " " + type.id() + (status == null ? "" : " " + status);
    }
}
