package dev.sla.core;

import dev.sla.SlaException;

/**
 * Thrown when a ticket cannot be judged by a policy: an unknown plan, service or
 * severity, or a timeline out of order, or instants the platform's time arithmetic cannot
 * count with. The message names the field and lists the known ids.
 *
 * @since 0.1
 */
public class TicketException extends SlaException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception with a message.
     *
     * @param message  the message, naming the field and the value
     */
    public TicketException(String message) {
        super(message);
    }

    /**
     * Constructs an exception with a message and the cause it wraps.
     *
     * @param message  the message, naming the ticket's instants or fields
     * @param cause  the platform's exception, not null
     */
    public TicketException(String message, Throwable cause) {
        super(message, cause);
    }
}
