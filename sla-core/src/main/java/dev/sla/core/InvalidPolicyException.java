package dev.sla.core;

import dev.sla.Problem;
import dev.sla.SlaException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when building a policy finds problems; it lists every problem found, each with
 * the path where it is.
 *
 * @since 0.1
 */
public class InvalidPolicyException extends SlaException {

    private static final long serialVersionUID = 1L;

    /** The problems. */
    private final List<Problem> problems;

    /**
     * Constructs an exception listing problems.
     *
     * @param policyId  the id of the policy, not null
     * @param problems  the problems, not empty, not null
     */
    public InvalidPolicyException(String policyId, List<Problem> problems) {
        super("policy '" + Objects.requireNonNull(policyId, "policyId") + "' has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Gets the problems, in the order found.
     *
     * @return the problems, not empty, not null
     */
    public List<Problem> problems() {
        return problems;
    }
}
