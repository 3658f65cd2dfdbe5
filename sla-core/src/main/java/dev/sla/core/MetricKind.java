package dev.sla.core;

import java.util.Locale;
import java.util.Objects;

/**
 * How a metric's clock opens its cycles.
 *
 * @since 0.1
 */
public enum MetricKind {
    /**
     * The time until an event, such as first response or resolution: the clock starts at a
     * start event, a restart event opens a new cycle at once (superseding a cycle that goes
     * on), a stop event fulfils it.
     */
    ELAPSED,
    /**
     * Next reply: a customer message (a start or restart event) that follows a reply (a stop
     * event) opens a cycle when none is open; further messages before the reply do not move
     * it, since the first unanswered message counts; the reply fulfils it. Messages before
     * the first reply are the first response's, not this metric's.
     */
    NEXT_REPLY,
    /**
     * Periodic update: from the start, an update (a stop event) is due every target of the
     * metric's calendar time while the ticket is not in a pause status; each update fulfils
     * the cycle and opens the next at its instant; a stop status ends the series.
     */
    PERIODIC_UPDATE;

    /**
     * Gets the id used in JSON, such as {@code next-reply}.
     *
     * @return the id, not null
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Obtains the kind of an id, such as {@code periodic-update}.
     *
     * @param id  the id, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if the id names no kind; the message lists the ids
     */
    public static MetricKind ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (MetricKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown metric kind '" + id + "'; known kinds: elapsed, next-reply, periodic-update");
    }
}
