package dev.sla.cli;

import dev.sla.json.ContractJson;
import dev.sla.json.PolicyJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla example NAME}: a bundled policy's or contract's JSON. */
@Command(name = "example", mixinStandardHelpOptions = true,
        description = "Print a bundled policy's or contract's JSON, to start a new one from.",
        footer = {"", "Examples:", "  sla example navixy-en > my-policy.json",
            "  sla example express-example > my-contract.json"})
final class ExampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", completionCandidates = BundledPolicies.class,
            description = "A bundled policy: ${COMPLETION-CANDIDATES}. Or a bundled contract (see sla --help).")
    String name;

    @Override
    public Integer call() {
        if (ContractJson.bundledNames().contains(name)) {
            spec.commandLine().getOut().print(ContractJson.bundledText(name));
            return Sla.OK;
        }
        String text;
        try {
            text = PolicyJson.bundledText(name);
        } catch (IllegalArgumentException ex) {
            throw CliException.invalid(ex.getMessage() + "; bundled contracts: " + BundledContracts.list());
        }
        spec.commandLine().getOut().print(text);
        return Sla.OK;
    }
}
