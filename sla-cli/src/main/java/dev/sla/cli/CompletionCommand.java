package dev.sla.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sla completion}: a bash and zsh completion script for the command, its options and the bundled policies. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash and zsh: commands, options, and the bundled policy names "
                + "after --policy and example.",
        footer = {"", "Examples:",
            "  source <(sla completion)                       # in this shell, bash or zsh",
            "  sla completion > /etc/bash_completion.d/sla    # for every bash"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // picocli's script serves zsh too: it loads zsh's bash completion support when run by zsh
        spec.commandLine().getOut().print(AutoComplete.bash("sla", spec.root().commandLine()));
        return Sla.OK;
    }
}
