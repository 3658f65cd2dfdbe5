package dev.sla.cli;

import dev.sla.json.JsonLoadException;
import dev.sla.json.JsonProblem;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla validate POLICY...}: every problem of every file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check policies and report every problem of every file as file:line:column: message. "
                + "Exit code 1 if any file has a problem.",
        footer = {"", "Examples:", "  sla validate my-policy.json", "  sla validate navixy-en insales policies/*.json"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "POLICY", description = "Policy files or bundled policy names.")
    List<String> policies;

    @Override
    public Integer call() {
        int bad = 0;
        for (String arg : policies) {
            try {
                Inputs.read(arg);
                spec.commandLine().getOut().println(arg + ": ok");
            } catch (CliException ex) {
                spec.commandLine().getErr().println(arg + ":1:1: " + ex.getMessage());
                bad++;
            } catch (JsonLoadException ex) {
                for (JsonProblem p : ex.problems()) {
                    spec.commandLine().getErr().println(p);
                }
                bad++;
            }
        }
        if (bad > 0) {
            spec.commandLine().getErr().println("sla: " + bad + " of " + policies.size()
                    + (policies.size() == 1 ? " policy is" : " policies are") + " invalid");
            return Sla.INVALID_INPUT;
        }
        return Sla.OK;
    }
}
