package dev.sla.cli;

import dev.sla.core.Ticket;

/**
 * One ticket of a report's input: where it starts, its id, and the ticket or why it is not one.
 *
 * @param line  the line of the input the ticket starts on, from 1
 * @param id  the ticket's id, or null when it has none or it could not be read
 * @param ticket  the ticket, or null when the input is not a valid ticket
 * @param error  why the input is not a valid ticket, or null
 */
record TicketLine(long line, String id, Ticket ticket, String error) {

    static TicketLine ok(long line, String id, Ticket ticket) {
        return new TicketLine(line, id, ticket, null);
    }

    static TicketLine bad(long line, String id, String error) {
        return new TicketLine(line, id, null, error);
    }
}
