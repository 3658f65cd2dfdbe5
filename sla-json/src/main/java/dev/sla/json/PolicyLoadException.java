package dev.sla.json;

import java.util.List;

/**
 * Thrown when a policy file cannot be loaded; lists every problem found, each with file,
 * line, column and JSON path. Nothing is loaded when this is thrown.
 */
public class PolicyLoadException extends JsonLoadException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception listing problems.
     *
     * @param problems  the problems, not empty, not null
     */
    public PolicyLoadException(List<JsonProblem> problems) {
        super(problems);
    }
}
