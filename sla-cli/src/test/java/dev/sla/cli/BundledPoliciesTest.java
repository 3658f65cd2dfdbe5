package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.json.PolicyJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bundled policy names come from one list: the completion candidates and every message that lists them. */
class BundledPoliciesTest {

    private static List<String> candidates(Iterable<String> it) {
        List<String> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    @Test
    void everyPolicyOptionCompletesTheBundledNames() {
        for (Object command : new Object[] {new DeadlineCommand(), new WhoCommand(), new EvaluateCommand(),
            new ExplainCommand(), new CalendarCommand()}) {
            CommandLine.Model.OptionSpec policy = new CommandLine(command).getCommandSpec().findOption("--policy");
            assertThat(candidates(policy.completionCandidates())).as(command.getClass().getSimpleName())
                    .containsExactlyElementsOf(PolicyJson.bundledNames());
        }
        CommandLine.Model.PositionalParamSpec name = new CommandLine(new ExampleCommand()).getCommandSpec().positionalParameters().get(0);
        assertThat(candidates(name.completionCandidates())).containsExactlyElementsOf(PolicyJson.bundledNames());
    }

    @Test
    void theHelpListsTheBundledNames() {
        String names = String.join(", ", PolicyJson.bundledNames());
        assertThat(SlaCommandTest.run("--help").out().replaceAll("\\s+", " "))
                .contains("A POLICY is a policy file or a bundled policy: " + names + ".");
        assertThat(SlaCommandTest.run("deadline", "--help").out().replaceAll("\\s+", " "))
                .contains("A policy file, or a bundled policy: " + names + ".");
        assertThat(SlaCommandTest.run("example", "--help").out().replaceAll("\\s+", " "))
                .contains("A bundled policy: " + names + ".");
    }

    @Test
    void theMessagesListTheBundledNames() {
        String names = String.join(", ", PolicyJson.bundledNames());
        assertThat(SlaCommandTest.run("example", "nowhere").err()).contains("no bundled policy 'nowhere'; bundled policies: " + names);
        assertThat(SlaCommandTest.run("who", "--policy", "nowhere", "--plan", "paas", "--service", "setup").err())
                .contains("no policy file 'nowhere' and no bundled policy 'nowhere'; bundled policies: " + names);
        assertThat(SlaCommandTest.run("who", "--policy", "insale", "--plan", "paas", "--service", "setup").err())
                .contains("no policy file 'insale' and no bundled policy 'insale'; did you mean 'insales'?; bundled policies: "
                        + names);
    }
}
