package dev.sla.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer for one metric of a ticket.
 *
 * <p>{@code elapsed} is the working time the clock ran in the current cycle (since the
 * start or the last restart) on the target's calendar; {@code paused} the working time of
 * that calendar during which the clock was paused; {@code remaining} the target minus the
 * elapsed time, never negative. {@code due} is the instant the target is reached: for a
 * running clock the deadline; for a paused one the deadline if the clock resumed at the
 * instant of evaluation; for a met one the deadline it met.
 *
 * @param metric  the metric id, not null
 * @param state  the state, not null
 * @param target  the time allowed, or null when there is no target
 * @param calendar  the id of the calendar the time is counted on, or null when there is no target
 * @param start  the start of the current cycle, or null when not started or no target
 * @param due  the due instant, or null when not started or no target
 * @param elapsed  the working time used, not null
 * @param remaining  the working time left, not null
 * @param paused  the working time paused, not null
 * @param reason  why there is no target or no start, or null
 *
 * @since 0.1
 */
public record MetricResult(String metric, MetricState state, Duration target, String calendar, Instant start,
        Instant due, Duration elapsed, Duration remaining, Duration paused, String reason) {

    /**
     * Checks the fields.
     *
     * @param metric  the metric id, not null
     * @param state  the state, not null
     * @param target  the target, or null
     * @param calendar  the calendar id, or null
     * @param start  the start, or null
     * @param due  the due instant, or null
     * @param elapsed  the elapsed time, not null
     * @param remaining  the remaining time, not null
     * @param paused  the paused time, not null
     * @param reason  the reason, or null
     */
    public MetricResult {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(paused, "paused");
    }
}
