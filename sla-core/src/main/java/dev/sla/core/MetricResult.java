package dev.sla.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer for one metric of a ticket.
 *
 * <p>{@code elapsed} is the working time the clock ran in the current cycle (since the
 * start or the last restart) on the target's calendar; {@code paused} the working time of
 * that calendar during which the clock was paused; {@code remaining} the target minus the
 * elapsed time, never negative. {@code due} is the instant the target is reached: for a
 * running clock the deadline; for a paused one the deadline if the clock resumed at the
 * instant of evaluation; for a stopped one the deadline it met or missed (if it stopped
 * while paused, the deadline had it resumed at the stop). A best-effort metric (its target
 * does not hold for the ticket) has no target and no due instant, in any of its cycles; its
 * elapsed and paused time are measured all the same.
 *
 * <p>{@code cycles} lists every cycle of the clock in order, the last one being the
 * current cycle that the other fields describe; {@code warnings} the metric's warning
 * thresholds for the current cycle; {@code nextChange} the earliest instant after the
 * evaluation at which the state, a warning or the due instant changes if no new event
 * arrives, or null if none will (a clock that is paused, stopped, breached or not started).
 *
 * @param metric  the metric id, not null
 * @param state  the state, not null
 * @param target  the time allowed, or null when there is no target or it is best effort
 * @param calendar  the id of the calendar the time is counted on, or null when there is no target
 * @param start  the start of the current cycle, or null when not started or no target
 * @param due  the due instant, or null when not started, no target or best effort
 * @param elapsed  the working time used, not null
 * @param remaining  the working time left, not null
 * @param paused  the working time paused, not null
 * @param reason  why there is no target or no start, or null
 * @param cycles  every cycle, in order, the current one last; empty when not started, not null
 * @param warnings  the warning thresholds of the current cycle, in the metric's order, not null
 * @param nextChange  the next instant at which the answer changes without a new event, or null
 *
 * @since 0.1
 */
public record MetricResult(String metric, MetricState state, Duration target, String calendar, Instant start,
        Instant due, Duration elapsed, Duration remaining, Duration paused, String reason, List<Cycle> cycles,
        List<Warning> warnings, Instant nextChange) {

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
     * @param cycles  the cycles, not null
     * @param warnings  the warnings, not null
     * @param nextChange  the next change, or null
     */
    public MetricResult {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(paused, "paused");
        Objects.requireNonNull(cycles, "cycles");
        Objects.requireNonNull(warnings, "warnings");
        cycles = cycles instanceof FixedList ? cycles : List.copyOf(cycles);
        warnings = warnings instanceof FixedList ? warnings : List.copyOf(warnings);
    }

    /**
     * Obtains a result with no cycles, warnings or next change: the answer for a metric
     * that is not timed, has no target or has not started.
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
    public MetricResult(String metric, MetricState state, Duration target, String calendar, Instant start,
            Instant due, Duration elapsed, Duration remaining, Duration paused, String reason) {
        this(metric, state, target, calendar, start, due, elapsed, remaining, paused, reason, List.of(), List.of(), null);
    }

    /**
     * One cycle of a metric's clock: from a start or restart to a stop, a restart, or the
     * instant of evaluation.
     *
     * @param start  the start of the cycle, not null
     * @param stop  the instant it stopped or was superseded by a restart, or null while it goes on
     * @param due  the due instant of the cycle, null only for a {@link MetricState#BEST_EFFORT} cycle
     * @param state  the state of the cycle, not null
     * @param elapsed  the working time it ran, not null
     * @param paused  the working time it was paused, not null
     *
     * @since 0.1
     */
    public record Cycle(Instant start, Instant stop, Instant due, MetricState state, Duration elapsed,
            Duration paused) {

        /**
         * Checks the fields.
         *
         * @param start  the start, not null
         * @param stop  the stop, or null
         * @param due  the due instant, null only for a best-effort cycle
         * @param state  the state, not null
         * @param elapsed  the elapsed time, not null
         * @param paused  the paused time, not null
         */
        public Cycle {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(state, "state");
            if (due == null && state != MetricState.BEST_EFFORT) {
                throw new NullPointerException("due");
            }
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(paused, "paused");
        }
    }

    /**
     * A warning threshold of the current cycle: when it is (or would be) reached, whether
     * it is reached at the instant of evaluation, and whom to escalate to.
     *
     * @param threshold  the threshold, not null
     * @param at  the instant it is reached: for a paused clock, if it resumed at the instant of
     *     evaluation; null if the cycle stopped before reaching it
     * @param reached  true if it is reached at or before the instant of evaluation
     * @param escalateTo  the party to escalate to, or null
     *
     * @since 0.1
     */
    public record Warning(Threshold threshold, Instant at, boolean reached, String escalateTo) {

        /**
         * Checks the fields.
         *
         * @param threshold  the threshold, not null
         * @param at  the instant, or null
         * @param reached  whether reached
         * @param escalateTo  the party id, or null
         */
        public Warning {
            Objects.requireNonNull(threshold, "threshold");
        }
    }
}
