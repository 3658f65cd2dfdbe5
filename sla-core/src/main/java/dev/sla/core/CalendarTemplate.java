package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.util.Objects;

/**
 * A calendar of a policy whose zone, weekly hours or holiday sets a {@link Contract} sets:
 * each part is either stated in the calendar or named by a {@link Parameter}; a customer
 * calendar ({@link #customer()}) counts in the contract's customer zone and observes the
 * customer's holidays, where the contract states them.
 *
 * <p>A policy without a contract has no such calendar in {@link Policy#calendars()}, and a
 * target counted on one answers "set by the contract"; {@link Policy#withContract(Contract)}
 * builds each template with the contract's values and adds it to the calendars.
 *
 * @param calendar  the calendar as stated; its parts named by a parameter hold stand-ins
 *     (UTC, around the clock, no holiday set) that binding replaces, not null
 * @param zoneParameter  the parameter of kind {@code zone} that sets the zone, or null if stated
 * @param hoursParameter  the parameter of kind {@code hours} that sets the weekly hours, or null if stated
 * @param holidaysParameter  the parameter of kind {@code holidays} that sets the holiday sets, or null if stated
 * @param customer  true if the calendar counts in the customer's zone and holidays when the contract states them
 *
 * @since 0.1
 */
public record CalendarTemplate(WorkCalendar calendar, String zoneParameter, String hoursParameter,
        String holidaysParameter, boolean customer) {

    /**
     * Checks the fields.
     *
     * @param calendar  the calendar as stated, not null
     * @param zoneParameter  the parameter id, or null
     * @param hoursParameter  the parameter id, or null
     * @param holidaysParameter  the parameter id, or null
     * @param customer  true for a customer calendar
     * @throws IllegalArgumentException if no part depends on the contract
     */
    public CalendarTemplate {
        Objects.requireNonNull(calendar, "calendar");
        if (zoneParameter == null && hoursParameter == null && holidaysParameter == null && !customer) {
            throw new IllegalArgumentException("calendar '" + calendar.name()
                    + "' depends on no contract: name a parameter or make it a customer calendar");
        }
    }
}
