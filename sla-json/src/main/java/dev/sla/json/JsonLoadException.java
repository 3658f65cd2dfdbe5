package dev.sla.json;

import dev.sla.SlaException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON file cannot be loaded; lists every problem found, each with file,
 * line, column and JSON path. Nothing is loaded when this is thrown.
 */
public class JsonLoadException extends SlaException {

    private static final long serialVersionUID = 1L;

    /** The problems, in file order. */
    private final List<JsonProblem> problems;

    /**
     * Constructs an exception listing problems.
     *
     * @param problems  the problems, not empty, not null
     */
    public JsonLoadException(List<JsonProblem> problems) {
        super(problems.stream().map(JsonProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Gets the problems, in file order.
     *
     * @return the problems, not empty, not null
     */
    public List<JsonProblem> problems() {
        return problems;
    }
}
