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

    Policy policy() {
        return Inputs.policy(policyArg, err());
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

    /** Sets {@code --policy} from a plain argument: see {@link PlainCommand#plainOption}. */
    boolean plainPolicy(String name, String value) {
        if (name.equals("--policy")) {
            policyArg = value;
            return true;
        }
        return false;
    }
}
