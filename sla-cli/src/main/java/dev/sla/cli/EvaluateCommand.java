package dev.sla.cli;

import dev.sla.core.Decision;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.DecisionJson;
import dev.sla.json.JsonLoadException;
import dev.sla.json.TicketJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla evaluate}: a ticket in, a decision out, as JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Judge a ticket (JSON, from a file or - for standard input) and print the decision as JSON: "
                + "contract (the one that judged it, or null), accepted, reason, redirect, redirectPlan, performer, "
                + "performers, mode, severity, nextChangeAt, metrics "
                + "(with their cycles, "
                + "warnings and nextChangeAt) and explanation. Without --contract, a ticket that names a bundled "
                + "contract (\"contract\": \"express-example\") is judged by the policy bound to it.",
        footer = {"", "Ticket:", "  {\"plan\": \"paas\", \"impact\": \"all\", \"service\": \"api-consultation\",",
            "   \"events\": [{\"at\": \"2025-11-20T15:30:00+03:00\", \"type\": \"received\"},",
            "              {\"at\": \"2025-11-20T16:00:00+03:00\", \"type\": \"agent-response\"}]}",
            "", "Examples:", "  sla evaluate --policy navixy-en --ticket ticket.json --at 2025-11-21T12:00:00Z",
            "  cat ticket.json | sla evaluate --policy express --ticket -"})
final class EvaluateCommand extends PolicyCommand {

    @Option(names = "--ticket", required = true, paramLabel = "FILE", description = "The ticket JSON file, or - for standard input.")
    String ticketArg;

    @Option(names = "--at", paramLabel = "INSTANT", converter = Inputs.InstantConverter.class,
            description = "The instant of evaluation (\"now\"); default the current instant.")
    Instant at;

    @Override
    public Integer call() {
        Policy policy = policy();
        String origin = origin(ticketArg);
        String text = text(ticketArg);
        if (contractArg == null) {
            policy = NamedContracts.forTicket(policy, origin, text, err());
        }
        Decision d = policy.evaluate(ticket(spec, origin, text, policy), at == null ? Instant.now() : at);
        out().println(DecisionJson.write(d));
        return Sla.OK;
    }

    /** Where a ticket comes from, for messages: its file, or {@code <stdin>}. */
    static String origin(String arg) {
        return arg.equals("-") ? "<stdin>" : arg;
    }

    /** The text of a ticket file, or of standard input for {@code -}. */
    static String text(String arg) {
        String text;
        String origin = origin(arg);
        try {
            text = arg.equals("-") ? new String(Sla.stdin().readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(arg), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw CliException.invalid("cannot read ticket " + origin + ": "
                    + (ex instanceof java.nio.file.NoSuchFileException ? "no such file" : ex.getMessage()));
        }
        return text;
    }

    /** Checks a ticket's text against the policy; problems go to stderr. */
    static Ticket ticket(picocli.CommandLine.Model.CommandSpec spec, String origin, String text, Policy policy) {
        try {
            return TicketJson.read(origin, text, policy);
        } catch (JsonLoadException ex) {
            throw Inputs.problems(ex, spec.commandLine().getErr());
        }
    }
}
