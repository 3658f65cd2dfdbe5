package dev.sla.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened to a ticket at an instant of its timeline. Each type has an id, used in
 * policies and tickets: {@code received}, {@code customer-message}, {@code agent-response},
 * {@code status}, {@code resolved}, {@code change}, {@code auto-acknowledgement}.
 *
 * <p><b>Events at one instant</b> are taken in a fixed order, whatever order a timeline
 * lists them in: {@code received}, {@code change}, {@code status}, {@code agent-response},
 * {@code resolved}, then {@code customer-message}, then {@code auto-acknowledgement}
 * ({@link #orderAtOneInstant()}). So the
 * ticket's values and status are those of that instant before any clock moves; an answer
 * given at the instant of a customer's message does not answer that message, whose clock
 * keeps running (a pending question is never hidden by a coincidence of timestamps).
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
    RESOLVED,
    /**
     * An attribute of the ticket changed (its severity, its cause, its priority); the event
     * names the attribute and the new value. From that instant the policy answers with the
     * new values; a running clock keeps its elapsed time and takes the new target.
     */
    CHANGE,
    /**
     * The support line's system acknowledged the receipt of a message automatically. It is
     * an event of its own, never a response: a metric stopped by {@code agent-response} is
     * not stopped by it.
     */
    AUTO_ACKNOWLEDGEMENT;

    /** The rank of each type at one instant, by ordinal. */
    private static final int[] RANK = {0, 5, 3, 2, 4, 1, 6};

    private static final List<String> IDS;

    static {
        List<String> ids = new ArrayList<>();
        for (EventType t : values()) {
            ids.add(t.id());
        }
        IDS = List.copyOf(ids);
    }

    /**
     * Gets the rank of this type among events at one instant: {@code received} 0,
     * {@code change} 1, {@code status} 2, {@code agent-response} 3, {@code resolved} 4,
     * {@code customer-message} 5, {@code auto-acknowledgement} 6. A ticket's timeline lists
     * events at one instant by this rank.
     *
     * @return the rank, from 0
     */
    public int orderAtOneInstant() {
        return RANK[ordinal()];
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
