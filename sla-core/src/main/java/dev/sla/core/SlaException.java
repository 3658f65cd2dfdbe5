package dev.sla.core;

/**
 * The base of the exceptions thrown for bad policies and bad tickets. Misuse of the API,
 * such as a null argument, throws the platform's exceptions instead.
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
}
