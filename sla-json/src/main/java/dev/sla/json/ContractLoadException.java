package dev.sla.json;

import java.util.List;

/**
 * Thrown when a contract cannot be read or does not fit its policy; lists every problem
 * found, each with file, line, column and JSON path.
 *
 * @since 0.1
 */
public class ContractLoadException extends JsonLoadException {

    private static final long serialVersionUID = 1L;

    /**
     * Constructs an exception listing problems.
     *
     * @param problems  the problems, not empty, not null
     */
    public ContractLoadException(List<JsonProblem> problems) {
        super(problems);
    }
}
