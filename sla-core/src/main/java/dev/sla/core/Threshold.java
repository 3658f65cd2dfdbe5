package dev.sla.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A warning threshold of a metric: a share of the target ({@code 75%}) or a time before the
 * due instant ({@code PT1H}), optionally naming the party (a support line) to escalate to
 * once it is reached.
 *
 * <p>Both kinds are working time on the calendar of the metric's target: a share is
 * reached when the clock's elapsed time reaches that share of the target (rounded down to
 * the nanosecond), a time before the due instant when the elapsed time reaches the target
 * minus that time (at the start of the cycle if the time is the target or more). So a pause
 * moves a threshold as it moves the due instant. {@code 100%} is reached at the due instant.
 *
 * <p>The text form is the threshold alone, {@code 75%} or {@code PT1H}, as in a policy;
 * {@link #parse(String)} reads it back. This class is immutable and thread-safe.
 *
 * @param percent  the share of the target, 1 to 100, or 0 for a time before the due instant
 * @param before  the working time before the due instant, positive, or null for a share
 * @param escalateTo  the id of the party to escalate to, or null
 *
 * @since 0.1
 */
public record Threshold(int percent, Duration before, String escalateTo) {

    /**
     * Checks the fields.
     *
     * @param percent  the share in percent, 1 to 100, or 0 with {@code before}
     * @param before  the time before the due instant, positive, or null with a share
     * @param escalateTo  the party id, or null
     */
    public Threshold {
        if (before == null ? percent < 1 || percent > 100 : percent != 0) {
            throw new IllegalArgumentException(before == null
                    ? "A warning threshold's share must be 1% to 100%, not " + percent + "%"
                    : "A warning threshold is a share of the target or a time before the due instant, not both");
        }
        if (before != null && (before.isNegative() || before.isZero())) {
            throw new IllegalArgumentException("A warning threshold's time before the due instant must be positive, not "
                    + before);
        }
    }

    /**
     * Obtains a threshold at a share of the target.
     *
     * @param percent  the share, 1 to 100
     * @return the threshold, not null
     * @throws IllegalArgumentException if the share is out of range
     */
    public static Threshold ofShare(int percent) {
        return new Threshold(percent, null, null);
    }

    /**
     * Obtains a threshold at a working time before the due instant.
     *
     * @param before  the time, positive, not null
     * @return the threshold, not null
     * @throws IllegalArgumentException if the time is not positive
     */
    public static Threshold before(Duration before) {
        return new Threshold(0, Objects.requireNonNull(before, "before"), null);
    }

    /**
     * Obtains a threshold from its text, {@code 75%} or an ISO-8601 duration such as {@code PT1H}.
     *
     * @param text  the text, not null
     * @return the threshold, with no escalation, not null
     * @throws IllegalArgumentException if the text is neither, or out of range
     */
    public static Threshold parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.endsWith("%")) {
            String digits = text.substring(0, text.length() - 1);
            if (!digits.isEmpty() && digits.length() <= 3 && digits.charAt(0) != '0' && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return ofShare(Integer.parseInt(digits));
            }
        } else {
            try {
                return before(Duration.parse(text));
            } catch (DateTimeParseException ex) {
                // told below
            }
        }
        throw new IllegalArgumentException("A warning threshold is a share of the target such as 75% or a time before"
                + " the due instant such as PT1H, not '" + text + "'");
    }

    /**
     * Returns a copy that escalates to a party.
     *
     * @param party  the party id, not null
     * @return the copy, not null
     */
    public Threshold escalatingTo(String party) {
        return new Threshold(percent, before, Objects.requireNonNull(party, "party"));
    }

    /**
     * Returns the elapsed working time at which this threshold is reached for a target.
     *
     * @param target  the target, positive, not null
     * @return the elapsed time, zero or more, at most the target, not null
     */
    public Duration reachedAfter(Duration target) {
        Objects.requireNonNull(target, "target");
        if (before == null) {
            if (percent == 100) {
                return target;
            }
            try {
                return Duration.ofNanos(Math.multiplyExact(target.toNanos(), (long) percent) / 100);
            } catch (ArithmeticException ex) {
                return target.multipliedBy(percent).dividedBy(100);
            }
        }
        return before.compareTo(target) >= 0 ? Duration.ZERO : target.minus(before);
    }

    /**
     * Outputs the threshold as in a policy: {@code 75%} or {@code PT1H}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return before == null ? percent + "%" : before.toString();
    }
}
