package dev.sla.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of a ticket's timeline.
 *
 * <p>A {@link EventType#STATUS} event names the new status; a {@link EventType#CHANGE}
 * event names the attribute that changed and its new value (the severity, the cause found
 * at the initial check, a priority raised); no other event names either.
 *
 * <p>Any event may name the role of its author, such as {@code partner} or {@code end-user}
 * (a party id or a value of the ticket attribute {@code requester}); a metric may let only
 * some authors start, restart or stop its clock ({@link EventAuthors}). An event that names
 * no author is not held back by such a limit: the ticket does not say who wrote it.
 *
 * @param at  when it happened, not null
 * @param type  what happened, not null
 * @param status  the new status, for a {@link EventType#STATUS} event only; otherwise null
 * @param attribute  the attribute that changed, for a {@link EventType#CHANGE} event only; otherwise null
 * @param value  the attribute's new value, for a {@link EventType#CHANGE} event only; otherwise null
 * @param author  the role of the event's author, such as {@code partner}, or null if not stated
 *
 * @since 0.1
 */
public record Event(Instant at, EventType type, String status, String attribute, String value, String author) {

    /**
     * Checks the fields.
     *
     * @param at  the instant, not null
     * @param type  the type, not null
     * @param status  the status, required for and only for a status event
     * @param attribute  the attribute, required for and only for a change event
     * @param value  the new value, required for and only for a change event
     * @param author  the author's role, or null
     */
    public Event {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        if ((type == EventType.STATUS) != (status != null)) {
            throw new IllegalArgumentException(type == EventType.STATUS
                    ? "A status event at " + at + " must name the status"
                    : "Only a status event names a status, not " + type.id() + " at " + at);
        }
        if ((type == EventType.CHANGE) != (attribute != null && value != null)) {
            throw new IllegalArgumentException(type == EventType.CHANGE
                    ? "A change event at " + at + " must name the attribute and its new value"
                    : "Only a change event names an attribute and a value, not " + type.id() + " at " + at);
        }
        if (type != EventType.CHANGE && (attribute != null || value != null)) {
            throw new IllegalArgumentException("Only a change event names an attribute and a value, not "
                    + type.id() + " at " + at);
        }
        if (type == EventType.CHANGE && attribute.equals(Ticket.PLAN)) {
            throw new IllegalArgumentException("A change event at " + at + " cannot change the plan; the plan is the contract"
                    + " the ticket is judged by");
        }
        if (author != null) {
            Ids.check(author, "author");
        }
    }

    /**
     * Obtains an event whose author is not stated.
     *
     * @param at  the instant, not null
     * @param type  the type, not null
     * @param status  the status, required for and only for a status event
     * @param attribute  the attribute, required for and only for a change event
     * @param value  the new value, required for and only for a change event
     */
    public Event(Instant at, EventType type, String status, String attribute, String value) {
        this(at, type, status, attribute, value, null);
    }

    /**
     * Obtains an event that names neither a status nor a change.
     *
     * @param at  the instant, not null
     * @param type  the type, not null
     * @param status  the status, required for and only for a status event
     */
    public Event(Instant at, EventType type, String status) {
        this(at, type, status, null, null, null);
    }

    /**
     * Obtains an event of a type that names no status.
     *
     * @param at  the instant, not null
     * @param type  the type, not {@link EventType#STATUS} nor {@link EventType#CHANGE}, not null
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
     * Obtains a change of an attribute, such as the severity raised to {@code level-1}.
     *
     * @param at  the instant, not null
     * @param attribute  the attribute, such as {@code severity}, not {@code plan}, not null
     * @param value  the new value, not null
     * @return the event, not null
     */
    public static Event change(Instant at, String attribute, String value) {
        return new Event(at, EventType.CHANGE, null, Objects.requireNonNull(attribute, "attribute"),
                Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns a copy written by an author.
     *
     * @param role  the author's role, such as {@code partner}, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the role is not an id
     */
    public Event by(String role) {
        return new Event(at, type, status, attribute, value, Objects.requireNonNull(role, "role"));
    }

    /**
     * Outputs the event, such as {@code 2025-11-20T12:00:00Z status waiting-for-customer},
     * {@code 2025-11-20T12:00:00Z change severity=level-1} or
     * {@code 2025-11-20T12:00:00Z customer-message by partner}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return at + " " + type.id() + (status == null ? "" : " " + status)
                + (attribute == null ? "" : " " + attribute + "=" + value) + (author == null ? "" : " by " + author);
    }
}
