package dev.sla.core;

import java.util.Locale;

/** What happened to a ticket at an instant of its timeline. */
public enum EventType {
    /** The ticket was received; the first event of every timeline. */
    RECEIVED,
    /** The customer wrote to the ticket. */
    CUSTOMER_MESSAGE,
    /** The support line answered. */
    AGENT_RESPONSE,
    /** The ticket's status changed; the event names the new status. */
    STATUS,
    /** The ticket was resolved. */
    RESOLVED;

    /**
     * Gets the id used in policies and tickets, such as {@code customer-message}.
     *
     * @return the id, not null
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Obtains the event type of an id, such as {@code agent-response}.
     *
     * @param id  the id, not null
     * @return the type, not null
     * @throws IllegalArgumentException if the id names no type; the message lists the ids
     */
    public static EventType ofId(String id) {
        for (EventType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown event type '" + id
                + "'; known types: received, customer-message, agent-response, status, resolved");
    }
}
