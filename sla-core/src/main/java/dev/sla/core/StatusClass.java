package dev.sla.core;

import java.util.List;
import java.util.Objects;

/**
 * A class of ticket statuses whose time the decision sums, such as {@code requester-wait}
 * (the statuses in which the ticket waits for the customer) or {@code agent-work} (those in
 * which the support line works on it). {@link Decision#statusClassTimes()} gives each class's
 * wall-clock time and, when the class names a calendar, its working time on that calendar.
 *
 * <p>A policy checks its classes when it is built: each names at least one status, every
 * status is declared (when the policy declares statuses), a status belongs to one class at
 * most, and the calendar is declared.
 *
 * @param id  the id, such as {@code requester-wait}, lower-case letters, digits and hyphens, not null
 * @param statuses  the statuses of the class, in the order stated, not null
 * @param calendar  the id of the calendar its working time is counted on, or null for wall-clock time only
 *
 * @since 0.1
 */
public record StatusClass(String id, List<String> statuses, String calendar) {

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param statuses  the statuses, not null
     * @param calendar  the calendar id, or null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public StatusClass {
        Ids.check(Objects.requireNonNull(id, "id"), "status class id");
        statuses = List.copyOf(Objects.requireNonNull(statuses, "statuses"));
    }

    /**
     * Obtains a class counted in wall-clock time only.
     *
     * @param id  the id, not null
     * @param statuses  the statuses, not null
     * @return the class, not null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public static StatusClass of(String id, String... statuses) {
        return new StatusClass(id, List.of(Objects.requireNonNull(statuses, "statuses")), null);
    }

    /**
     * Returns a copy of this class whose working time is also counted on a calendar.
     *
     * @param calendarId  the id of a calendar of the policy, not null
     * @return the class, not null
     */
    public StatusClass withCalendar(String calendarId) {
        return new StatusClass(id, statuses, Objects.requireNonNull(calendarId, "calendarId"));
    }
}
