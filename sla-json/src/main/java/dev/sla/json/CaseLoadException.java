package dev.sla.json;

import java.util.List;

/**
 * Thrown when a file of example cases cannot be read; lists every problem found, each with
 * file, line, column and JSON path.
 *
 * @since 0.1
 */
public class CaseLoadException extends JsonLoadException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception listing problems.
     *
     * @param problems  the problems, not empty, not null
     */
    public CaseLoadException(List<JsonProblem> problems) {
        super(problems);
    }
}
