package dev.sla.core;

import java.util.Locale;

/**
 * Where a metric of a ticket stands at the instant of evaluation.
 *
 * @since 0.1
 */
public enum MetricState {
    /** The clock runs, the due instant is not past and no warning threshold is reached. */
    RUNNING,
    /**
     * The clock runs, a warning threshold of the metric is reached and the due instant is
     * not past.
     */
    AT_RISK,
    /** The clock is paused by the ticket's status and the due instant was not reached. */
    PAUSED,
    /** The clock stopped, by an event that fulfils the metric, at or before the due instant. */
    MET,
    /**
     * The due instant passed before the clock stopped, or is past while it runs, or the
     * clock reached its target before it paused. A breach stays visible in its cycle.
     */
    BREACHED,
    /**
     * The clock stopped, at or before the due instant, by an event that voids the metric
     * (a request cancelled before any answer), or its cycle was superseded by a restart.
     */
    NOT_APPLICABLE,
    /**
     * The metric's target holds only under a condition the ticket does not meet (Navixy: the
     * response time is valid for tickets received during working hours; in all other cases
     * it may vary): there is no due instant and no warning, the clock is still measured, and
     * the state changes only with a new event.
     */
    BEST_EFFORT,
    /** The metric has no target for this ticket, or its clock has not started. */
    NONE;

    /**
     * Gets the id used in JSON, such as {@code running} or {@code not-applicable}.
     *
     * @return the id, not null
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
