package dev.sla.core;

import dev.sla.SlaException;

/**
 * Thrown when a ticket cannot be judged by a policy: an unknown plan, service or
 * severity, or a timeline out of order. The message names the field and lists the known ids.
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
}
