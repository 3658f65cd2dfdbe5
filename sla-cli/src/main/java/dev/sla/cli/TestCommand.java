package dev.sla.cli;

import dev.sla.core.Policy;
import dev.sla.json.CaseFailure;
import dev.sla.json.CaseLoadException;
import dev.sla.json.JsonProblem;
import dev.sla.json.PolicyCase;
import dev.sla.json.PolicyCases;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla test POLICY CASES...}: runs files of example cases and prints every expectation not met. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run example cases of a policy and print each expectation not met as "
                + "file:line:column: case 'name': metric 'first-response' due expected ... got .... "
                + "Exit code 1 if any case fails or a file of cases has a problem.",
        footer = {"", "A file of cases (JSON Schema: sla-json's dev/sla/json/cases.schema.json):",
            "  {\"policy\": \"navixy-ru\", \"cases\": [",
            "    {\"name\": \"level 1 on Friday afternoon\", \"plan\": \"paas\", \"severity\": \"level-1\",",
            "     \"received\": \"2025-10-31T15:00:00+03:00\",",
            "     \"expect\": {\"performer\": \"navixy\", \"metrics\": {\"first-response\": {\"due\": \"2025-11-01T09:00:00+03:00\"}}}}]}",
            "A case gives a 'ticket' (as for sla evaluate) or plan, severity, service and received; 'at' (default:",
            "the last event); 'expect': any of accepted, redirect, performer, mode, severity, and per metric due,",
            "state and elapsed. The file, or a case, may name a 'contract' (a bundled contract, or a contract",
            "file relative to the file of cases) to judge its tickets under; a ticket may name a bundled one.", "",
            "Examples:", "  sla test my-policy.json my-policy.cases.json",
            "  sla test navixy-ru                 # the cases the bundled policy ships"})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POLICY", completionCandidates = BundledPolicies.class,
            description = "A policy file, or a bundled policy: ${COMPLETION-CANDIDATES}.")
    String policyArg;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "CASES",
            description = "Files of cases; none: the cases a bundled policy ships.")
    List<String> caseFiles = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Policy policy = Inputs.policy(policyArg, err);
        List<PolicyCases> files = new ArrayList<>();
        int bad = 0;
        if (caseFiles.isEmpty()) {
            if (Files.exists(Path.of(policyArg)) || !PolicyCases.hasBundled(policyArg)) {
                throw CliException.usage("give the files of cases to run with policy '" + policyArg + "'");
            }
            files.add(PolicyCases.read(policyArg + ".cases.json", PolicyCases.bundledText(policyArg), policy));
        }
        for (String file : caseFiles) {
            try {
                files.add(PolicyCases.read(Path.of(file), policy));
            } catch (CaseLoadException ex) {
                for (JsonProblem p : ex.problems()) {
                    err.println(p);
                }
                bad++;
            }
        }
        int cases = 0;
        int failed = 0;
        for (PolicyCases file : files) {
            for (PolicyCase c : file.cases()) {
                cases++;
                List<CaseFailure> failures = c.check(policy);
                if (!failures.isEmpty()) {
                    failed++;
                    failures.forEach(out::println);
                }
            }
        }
        out.println(cases + (cases == 1 ? " case" : " cases") + ": " + (cases - failed) + " passed, " + failed + " failed"
                + (bad > 0 ? "; " + bad + " of " + (caseFiles.size()) + " files of cases could not be read" : ""));
        return failed > 0 || bad > 0 ? Sla.INVALID_INPUT : Sla.OK;
    }
}
