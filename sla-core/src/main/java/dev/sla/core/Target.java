package dev.sla.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A target of a metric for tickets of a plan, optionally only of a severity level and of a
 * service: a duration counted on a named calendar, a deadline relative to that calendar
 * ({@link RelativeDeadline}, such as the end of the next business day), or explicitly no
 * target.
 *
 * <p>When several targets match a ticket, the most specific wins: one naming the service
 * over one that does not, then one naming the severity over one that does not. A plan
 * without a matching target of its own uses its parent plan's.
 *
 * <p>A target may hold only under a {@link TargetCondition}, such as a ticket received
 * while a calendar is open; for other tickets the metric is answered best effort.
 *
 * @param metric  the metric id, not null
 * @param plan  the plan id, not null
 * @param severity  the severity level id, or null for any level
 * @param service  the service id, or null for any service
 * @param duration  the time allowed, positive, or null for a relative deadline or no target
 * @param calendar  the id of the calendar the time is counted on, or null for no target
 * @param note  why, such as the regulation's words, may be null
 * @param deadline  the deadline relative to the calendar, or null for a duration or no target
 * @param condition  the condition under which the target holds, or null if it always holds
 * @param parameter  the id of the {@link Parameter} of kind {@code duration} that a contract sets the
 *     time by, or null; without a contract the duration is null and the target answers
 *     {@link #SET_BY_CONTRACT}, in a policy bound to a contract it holds the contract's value
 *
 * @since 0.1
 */
public record Target(String metric, String plan, String severity, String service, Duration duration,
        String calendar, String note, RelativeDeadline deadline, TargetCondition condition, String parameter) {

    /**
     * The word for a target that states no time, {@code none}: the same word as
     * {@link Assignment#NOBODY}, the performer of a cell nobody performs.
     */
    public static final String NONE = Assignment.NOBODY;

    /**
     * The reason a metric has no target when its time or calendar is left to a contract and
     * the policy is bound to none: {@code set by the contract}.
     */
    public static final String SET_BY_CONTRACT = "set by the contract";

    /**
     * Checks the fields.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the level id, or null
     * @param service  the service id, or null
     * @param duration  the duration, or null
     * @param calendar  the calendar id, required with a duration or a deadline
     * @param note  the note, may be null
     * @param deadline  the relative deadline, or null
     * @param condition  the condition, or null
     * @param parameter  the parameter of the time, or null
     */
    public Target {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(plan, "plan");
        if (duration != null && deadline != null || parameter != null && deadline != null) {
            throw new IllegalArgumentException("Target of " + metric + " on plan " + plan
                    + " is a duration, a parameter or a relative deadline, not two of them");
        }
        if ((duration == null && deadline == null && parameter == null) != (calendar == null)) {
            throw new IllegalArgumentException("Target of " + metric + " on plan " + plan
                    + " needs both a duration (or a relative deadline) and a calendar, or neither for no target");
        }
        if (condition != null && duration == null && deadline == null && parameter == null) {
            throw new IllegalArgumentException("Target of " + metric + " on plan " + plan
                    + " states no time, so it takes no condition");
        }
    }

    /**
     * Obtains a target that always holds.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the level id, or null
     * @param service  the service id, or null
     * @param duration  the duration, or null
     * @param calendar  the calendar id, required with a duration or a deadline
     * @param note  the note, may be null
     * @param deadline  the relative deadline, or null
     */
    public Target(String metric, String plan, String severity, String service, Duration duration, String calendar,
            String note, RelativeDeadline deadline) {
        this(metric, plan, severity, service, duration, calendar, note, deadline, null, null);
    }

    /**
     * Obtains a target whose time a contract sets, by a parameter of kind {@code duration}.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the severity level id, or null for any
     * @param parameter  the parameter id, not null
     * @param calendar  the calendar id, not null
     * @return the target, not null
     */
    public static Target ofParameter(String metric, String plan, String severity, String parameter, String calendar) {
        return new Target(metric, plan, severity, null, null, Objects.requireNonNull(calendar, "calendar"), null, null, null,
                Objects.requireNonNull(parameter, "parameter"));
    }

    /**
     * Obtains a target of a duration, or no target.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the level id, or null
     * @param service  the service id, or null
     * @param duration  the duration, or null
     * @param calendar  the calendar id, required with a duration
     * @param note  the note, may be null
     */
    public Target(String metric, String plan, String severity, String service, Duration duration, String calendar,
            String note) {
        this(metric, plan, severity, service, duration, calendar, note, null);
    }

    /**
     * Obtains a target of a deadline relative to a calendar, such as the end of the next
     * business day.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the severity level id, or null for any
     * @param deadline  the deadline, not null
     * @param calendar  the calendar id, not null
     * @return the target, not null
     */
    public static Target relative(String metric, String plan, String severity, RelativeDeadline deadline,
            String calendar) {
        return new Target(metric, plan, severity, null, null, Objects.requireNonNull(calendar, "calendar"), null,
                Objects.requireNonNull(deadline, "deadline"));
    }

    /**
     * Obtains a target of a duration on a calendar.
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the severity level id, or null for any
     * @param duration  the duration, not null
     * @param calendar  the calendar id, not null
     * @return the target, not null
     */
    public static Target of(String metric, String plan, String severity, Duration duration, String calendar) {
        return new Target(metric, plan, severity, null, Objects.requireNonNull(duration, "duration"),
                Objects.requireNonNull(calendar, "calendar"), null);
    }

    /**
     * Obtains an explicit "no target".
     *
     * @param metric  the metric id, not null
     * @param plan  the plan id, not null
     * @param severity  the severity level id, or null for any
     * @param note  why there is no target, not null
     * @return the target, not null
     */
    public static Target none(String metric, String plan, String severity, String note) {
        return new Target(metric, plan, severity, null, null, null, Objects.requireNonNull(note, "note"));
    }

    /**
     * Returns a copy for one service only.
     *
     * @param serviceId  the service id, not null
     * @return the copy, not null
     */
    public Target forService(String serviceId) {
        return new Target(metric, plan, severity, Objects.requireNonNull(serviceId, "serviceId"), duration, calendar, note,
                deadline, condition, parameter);
    }

    /**
     * Returns a copy with a note.
     *
     * @param text  the note, not null
     * @return the copy, not null
     */
    public Target withNote(String text) {
        return new Target(metric, plan, severity, service, duration, calendar, Objects.requireNonNull(text, "text"),
                deadline, condition, parameter);
    }

    /**
     * Returns a copy that holds only under a condition.
     *
     * @param when  the condition, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if this target states no time
     */
    public Target onlyIf(TargetCondition when) {
        return new Target(metric, plan, severity, service, duration, calendar, note, deadline,
                Objects.requireNonNull(when, "when"), parameter);
    }

    /**
     * Returns a copy whose time is a contract's value of its parameter.
     *
     * @param time  the working time, not null
     * @return the copy, not null
     */
    public Target withTime(Duration time) {
        return new Target(metric, plan, severity, service, Objects.requireNonNull(time, "time"), calendar, note, null,
                condition, parameter);
    }

    /**
     * Checks if this target states no time: an explicit "no target", or a time left to a
     * contract ({@link #parameter()}) that no contract has set.
     *
     * @return true if there is neither a duration nor a relative deadline
     */
    public boolean isNone() {
        return duration == null && deadline == null;
    }

    /**
     * Returns the target's time in words as in a policy: the duration, such as {@code PT8H},
     * the relative deadline, such as {@code end of business day 1}, {@code none}, or for a time
     * no contract has set, the parameter, such as {@code parameter first-response-high}.
     *
     * @return the text, not null
     */
    public String time() {
        return duration != null ? duration.toString() : deadline != null ? deadline.toString()
                : parameter != null ? "parameter " + parameter : NONE;
    }
}
