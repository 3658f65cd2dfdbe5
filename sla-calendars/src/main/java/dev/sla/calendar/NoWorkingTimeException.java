package dev.sla.calendar;

/**
 * Thrown when a calendar has no working time ahead of (or, when subtracting, before)
 * an instant, so that the question asked has no answer.
 *
 * @since 0.1
 */
public class NoWorkingTimeException extends CalendarException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception with a message.
     *
     * @param message  the message, naming the calendar and the instant
     */
    public NoWorkingTimeException(String message) {
        super(message);
    }
}
