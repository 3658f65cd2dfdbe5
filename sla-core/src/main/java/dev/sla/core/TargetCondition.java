package dev.sla.core;

import java.util.Objects;

/**
 * The condition under which a target holds: the ticket was received while a calendar was
 * open (Navixy: "indicated response time is valid if a ticket was received during working
 * hours ... in all other cases response time may vary"). For a ticket received while the
 * calendar is closed the metric is answered best effort ({@link MetricState#BEST_EFFORT}):
 * no due instant, the reason, and the time still measured.
 *
 * @param receivedWithin  the id of the calendar that must be open at receipt, not null
 * @param otherwise  what holds for the other tickets, in the regulation's words, or null
 *
 * @since 0.1
 */
public record TargetCondition(String receivedWithin, String otherwise) {

    /**
     * Checks the fields.
     *
     * @param receivedWithin  the calendar id, not null
     * @param otherwise  the words for the other tickets, or null
     */
    public TargetCondition {
        Objects.requireNonNull(receivedWithin, "receivedWithin");
    }

    /**
     * Obtains the condition that a ticket is received while a calendar is open.
     *
     * @param calendar  the calendar id, not null
     * @param otherwise  what holds for the other tickets, or null
     * @return the condition, not null
     */
    public static TargetCondition receivedWithin(String calendar, String otherwise) {
        return new TargetCondition(calendar, otherwise);
    }

    /**
     * Returns why a ticket that does not meet the condition is answered best effort.
     *
     * @return the reason, not null
     */
    public String reason() {
        return "best effort: the target holds only for tickets received while calendar '" + receivedWithin
                + "' is open" + (otherwise == null ? "" : ". " + otherwise);
    }
}
