package dev.sla.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The working hours a calendar gives one date, and why.
 *
 * @param date  the date, not null
 * @param hours  the wall-clock hours of the date, not null
 * @param reason  which rule gave the hours, in words, such as
 *     {@code holiday 'New Year holidays' (ru)}, not null
 * @since 0.1
 */
public record WorkDay(LocalDate date, DayHours hours, String reason) {

    /**
     * Checks the fields.
     *
     * @param date  the date, not null
     * @param hours  the hours, not null
     * @param reason  the reason, not null
     */
    public WorkDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Checks if the date has working time.
     *
     * @return true if the hours are not closed
     */
    public boolean isWorkingDay() {
        return !hours.isClosed();
    }

    /**
     * Outputs the day as text, such as {@code 2025-11-01 08:00-15:00 (working day ...)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return date + " " + hours + " (" + reason + ")";
    }
}
