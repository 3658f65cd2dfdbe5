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

    Policy policy() {
        return Inputs.policy(policyArg, err());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
