package dev.sla.cli;

import picocli.CommandLine.Option;

/**
 * A question of a policy that also runs plainly ({@link PlainCommand}) and answers in text or,
 * with {@code --json}, as one JSON object: {@code sla deadline} and {@code sla who}.
 */
abstract class PlainQuestionCommand extends PolicyCommand implements PlainCommand {

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public boolean plainFlag(String name) {
        if (name.equals("--json")) {
            json = true;
            return true;
        }
        return false;
    }
}
