package dev.sla.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.core.Contract;
import dev.sla.core.Policy;
import dev.sla.json.ContractJson;
import dev.sla.json.JsonLoadException;
import dev.sla.json.JsonProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla validate FILE...}: every problem of every policy and contract. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check policies and contracts and report every problem of every file as file:line:column: "
                + "message. A contract (a file with a 'customer', or a bundled contract) is checked against its "
                + "policy: --policy, else the one policy given, else the policy it names (a bundled policy, or the "
                + "file POLICY.json beside it). Exit code 1 if any file has a problem.",
        footer = {"", "Examples:", "  sla validate my-policy.json", "  sla validate navixy-en insales policies/*.json",
            "  sla validate my-contract.json", "  sla validate express --contract my-contract.json"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Policy or contract files, or bundled names.")
    List<String> files = new ArrayList<>();

    @Option(names = "--contract", paramLabel = "CONTRACT", completionCandidates = BundledContracts.class,
            description = "A contract file or bundled contract to check as well; may be repeated.")
    List<String> contracts = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "POLICY", completionCandidates = BundledPolicies.class,
            description = "The policy the contracts are checked against.")
    String policyArg;

    @Override
    public Integer call() {
        if (files.isEmpty() && contracts.isEmpty()) {
            throw CliException.usage("give at least one policy or contract to validate");
        }
        List<String> policies = new ArrayList<>();
        List<String> all = new ArrayList<>(contracts);
        for (String arg : files) {
            if (isContract(arg)) {
                all.add(arg);
            } else {
                policies.add(arg);
            }
        }
        int bad = 0;
        Policy only = null;
        for (String arg : policies) {
            try {
                only = Inputs.read(arg);
                spec.commandLine().getOut().println(arg + ": ok");
            } catch (CliException ex) {
                spec.commandLine().getErr().println(arg + ":1:1: " + ex.getMessage());
                bad++;
            } catch (JsonLoadException ex) {
                print(ex);
                bad++;
            }
        }
        for (String arg : all) {
            bad += contract(arg, policies.size() == 1 ? only : null) ? 0 : 1;
        }
        int count = policies.size() + all.size();
        if (bad > 0) {
            String what = !all.isEmpty() ? (count == 1 ? " file is" : " files are")
                    : count == 1 ? " policy is" : " policies are";
            spec.commandLine().getErr().println("sla: " + bad + " of " + count + what + " invalid");
            return Sla.INVALID_INPUT;
        }
        return Sla.OK;
    }

    /** Checks a contract against its policy; false if it has a problem. */
    private boolean contract(String arg, Policy given) {
        boolean bundled = ContractJson.bundledNames().contains(arg) && !Files.exists(Path.of(arg));
        String origin = bundled ? arg + ".json" : arg;
        try {
            String text = bundled ? ContractJson.bundledText(arg) : read(arg);
            Contract c = ContractJson.read(origin, text);
            Policy policy = policyArg != null ? Inputs.read(policyArg) : given != null ? given
                    : policyOf(c, bundled ? null : Path.of(arg));
            ContractJson.bind(policy, origin, text);
            spec.commandLine().getOut().println(arg + ": ok (contract '" + c.id() + "' of policy '" + policy.id()
                    + "', plan '" + c.plan() + "')");
            return true;
        } catch (CliException ex) {
            spec.commandLine().getErr().println(origin + ":1:1: " + ex.getMessage());
        } catch (JsonLoadException ex) {
            print(ex);
        }
        return false;
    }

    /** The policy a contract names: a bundled policy, or the file NAME.json beside the contract. */
    private static Policy policyOf(Contract c, Path file) {
        Path beside = file == null ? null : file.toAbsolutePath().resolveSibling(c.policy() + ".json");
        if (beside != null && Files.exists(beside)) {
            return Inputs.read(beside.toString());
        }
        try {
            return Inputs.read(c.policy());
        } catch (CliException ex) {
            throw CliException.invalid("contract '" + c.id() + "' names policy '" + c.policy() + "', which is neither a"
                    + " bundled policy nor a file " + c.policy() + ".json beside it; give --policy");
        }
    }

    /** A bundled contract, or a file whose JSON object has a 'customer'. */
    private static boolean isContract(String arg) {
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            return ContractJson.bundledNames().contains(arg);
        }
        try {
            JsonNode root = new ObjectMapper().readTree(path.toFile());
            return root != null && root.isObject() && root.has("customer") && !root.has("vendor");
        } catch (IOException ex) {
            return false;
        }
    }

    private static String read(String arg) {
        try {
            return Files.readString(Path.of(arg), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw CliException.invalid("cannot read the file: " + (ex instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : ex.getMessage()));
        }
    }

    private void print(JsonLoadException ex) {
        for (JsonProblem p : ex.problems()) {
            spec.commandLine().getErr().println(p);
        }
    }
}
