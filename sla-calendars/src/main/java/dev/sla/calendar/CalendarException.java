package dev.sla.calendar;

import dev.sla.SlaException;

/**
 * The base of the exceptions thrown for calendars that cannot answer: invalid
 * definitions, no working time ahead, or dates beyond the holiday data of a strict
 * calendar. Misuse of the API, such as a null argument, throws the platform's
 * exceptions instead. It is a {@link SlaException}, the root of the library's exceptions.
 *
 * @since 0.1
 */
public class CalendarException extends SlaException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception with a message.
     *
     * @param message  the message, naming what and where the problem is
     */
    public CalendarException(String message) {
        super(message);
    }
}
