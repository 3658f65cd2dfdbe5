package dev.sla.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The time a ticket has spent in the statuses of one {@link StatusClass}, up to the instant
 * of evaluation: wall-clock time, and working time on the class's calendar when it names one.
 *
 * @param statusClass  the class id, not null
 * @param wallTime  the wall-clock time, not negative, not null
 * @param calendar  the calendar the working time is counted on, or null if the class names none
 * @param workingTime  the working time on that calendar, or null if the class names no calendar
 *
 * @since 0.1
 */
public record StatusClassTime(String statusClass, Duration wallTime, String calendar, Duration workingTime) {

    /**
     * Checks the fields.
     *
     * @param statusClass  the class id, not null
     * @param wallTime  the wall-clock time, not null
     * @param calendar  the calendar id, or null
     * @param workingTime  the working time, null exactly when the calendar is null
     * @throws IllegalArgumentException if a time is negative, or the working time is given without a calendar
     *     or missing with one
     */
    public StatusClassTime {
        Objects.requireNonNull(statusClass, "statusClass");
        Objects.requireNonNull(wallTime, "wallTime");
        if (wallTime.isNegative() || workingTime != null && workingTime.isNegative()) {
            throw new IllegalArgumentException("time in status class '" + statusClass + "' must not be negative: "
                    + wallTime + ", " + workingTime);
        }
        if ((calendar == null) != (workingTime == null)) {
            throw new IllegalArgumentException("status class '" + statusClass
                    + "' gives a working time exactly when it names a calendar");
        }
    }

    /**
     * Gets the working time, counted on {@link #calendar()}.
     *
     * @return the working time, empty if the class names no calendar
     */
    public Optional<Duration> working() {
        return Optional.ofNullable(workingTime);
    }
}
