package dev.sla.cli;

import dev.sla.core.Policy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that asks a policy a question. */
abstract class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "POLICY", completionCandidates = BundledPolicies.class,
            description = "A policy file, or a bundled policy: ${COMPLETION-CANDIDATES}.")
    String policyArg;

    /** Where a command run without picocli writes (see {@link PlainCommand}); null under picocli. */
    private PrintWriter plainOut;
    private PrintWriter plainErr;

    @Option(names = "--contract", paramLabel = "CONTRACT", completionCandidates = BundledContracts.class,
            description = "A customer's contract file, or a bundled contract: ${COMPLETION-CANDIDATES}; "
                    + "its values take the place of the policy's parameters.")
    String contractArg;

    /** The policy, bound to the contract of {@code --contract} if one is given. */
    Policy policy() {
        Policy policy = Inputs.policy(policyArg, err());
        return contractArg == null ? policy : Inputs.contract(policy, contractArg, err());
    }

    PrintWriter out() {
        return spec == null ? plainOut : spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec == null ? plainErr : spec.commandLine().getErr();
    }

    /** Sets where the command writes when it runs without picocli: see {@link PlainCommand#plainStreams}. */
    public void plainStreams(PrintWriter out, PrintWriter err) {
        plainOut = out;
        plainErr = err;
    }

    /** Sets {@code --policy} or {@code --contract} from a plain argument: see {@link PlainCommand#plainOption}. */
    boolean plainPolicy(String name, String value) {
        if (name.equals("--policy")) {
            policyArg = value;
            return true;
        }
        if (name.equals("--contract")) {
            contractArg = value;
            return true;
        }
        return false;
    }
}
