package dev.sla.calendar;

/**
 * Thrown by a strict calendar when an answer needs a date outside the years that its
 * holiday sets cover.
 *
 * @since 0.1
 */
public class CalendarDataException extends CalendarException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception with a message.
     *
     * @param message  the message, naming the calendar, the date and the years covered
     */
    public CalendarDataException(String message) {
        super(message);
    }
}
