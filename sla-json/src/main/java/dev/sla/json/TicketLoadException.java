package dev.sla.json;

import java.util.List;

/**
 * Thrown when a ticket file cannot be read; lists every problem found, each with file,
 * line, column and JSON path.
 */
public class TicketLoadException extends JsonLoadException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception listing problems.
     *
     * @param problems  the problems, not empty, not null
     */
    public TicketLoadException(List<JsonProblem> problems) {
        super(problems);
    }
}
