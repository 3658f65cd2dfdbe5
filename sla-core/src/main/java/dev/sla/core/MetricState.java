package dev.sla.core;

import java.util.Locale;

/**
 * Where a metric of a ticket stands at the instant of evaluation.
 *
 * @since 0.1
 */
public enum MetricState {
    /** The clock runs and the due instant is not past. */
    RUNNING,
    /** The clock is paused by the ticket's status and the due instant was not reached. */
    PAUSED,
    /** The clock stopped at or before the due instant. */
    MET,
    /** The due instant passed before the clock stopped, or is past while it runs. */
    BREACHED,
    /** The metric has no target for this ticket, or its clock has not started. */
    NONE;

    /**
     * Gets the id used in JSON, such as {@code running}.
     *
     * @return the id, not null
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
