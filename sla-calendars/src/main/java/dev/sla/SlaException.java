package dev.sla;

/**
 * The root of every exception the library throws for bad input: invalid calendars and
 * holiday sets, calendars that cannot answer, invalid policies, bad tickets and JSON that
 * cannot be loaded. A caller that wants to handle all of them catches this one type.
 * Misuse of the API, such as a null argument, throws the platform's exceptions instead.
 *
 * @since 0.1
 */
public class SlaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception with a message.
     *
     * @param message  the message, naming what and where the problem is
     */
    public SlaException(String message) {
        super(message);
    }

    /**
     * Constructs an exception with a message and the cause it wraps.
     *
     * @param message  the message, naming what and where the problem is
     * @param cause  the exception this one wraps, may be null
     */
    public SlaException(String message, Throwable cause) {
        super(message, cause);
    }
}
