package dev.sla.core;

import dev.sla.Problem;
import dev.sla.SlaException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a contract does not fit its policy: it names another policy or an unknown
 * plan, misses a value of a parameter, gives a value of a parameter the policy does not
 * declare, or a value that is not of its parameter's kind. Each problem's path is a JSON
 * pointer into the contract, such as {@code /values/first-response-high}.
 *
 * @since 0.1
 */
public class InvalidContractException extends SlaException {

    private static final long serialVersionUID = 1L;

    /** The problems. */
    private final List<Problem> problems;

    /**
     * Creates an exception listing problems.
     *
     * @param contractId  the contract id, not null
     * @param problems  the problems, not null
     */
    public InvalidContractException(String contractId, List<Problem> problems) {
        super("contract '" + Objects.requireNonNull(contractId, "contractId") + "' has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Gets the problems.
     *
     * @return the problems, each with its path in the contract, not null
     */
    public List<Problem> problems() {
        return problems;
    }
}
