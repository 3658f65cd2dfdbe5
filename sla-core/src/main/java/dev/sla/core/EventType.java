package dev.sla.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened to a ticket at an instant of its timeline. Each type has an id, used in
 * policies and tickets: {@code received}, {@code customer-message}, {@code agent-response},
 * {@code status}, {@code resolved}.
 *
 * @since 0.1
 */
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

    private static final List<String> IDS;

    static {
        List<String> ids = new ArrayList<>();
        for (EventType t : values()) {
            ids.add(t.id());
        }
        IDS = List.copyOf(ids);
    }

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
        Objects.requireNonNull(id, "id");
        int i = IDS.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("unknown event type '" + id + "'" + Closest.hint(id, IDS) + "; known: "
                    + String.join(", ", IDS));
        }
        return values()[i];
    }

    /**
     * Gets the ids of every type, in declaration order.
     *
     * @return the ids, unmodifiable, not null
     */
    public static List<String> ids() {
        return IDS;
    }
}
