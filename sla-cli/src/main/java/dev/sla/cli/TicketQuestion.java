package dev.sla.cli;

import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.time.Instant;
import picocli.CommandLine.Option;

/** The options that describe a new ticket: plan, severity, service, received. */
final class TicketQuestion {

    @Option(names = "--plan", paramLabel = "PLAN", description = "The plan id.")
    String plan;

    @Option(names = "--severity", paramLabel = "LEVEL", description = "The severity level id; omitted: the policy's default.")
    String severity;

    @Option(names = "--service", paramLabel = "SERVICE", description = "The service id.")
    String service;

    @Option(names = "--received", paramLabel = "INSTANT", converter = Inputs.InstantConverter.class,
            description = "When the ticket was received, ISO-8601 with an offset, e.g. 2026-11-20T15:30:00+03:00.")
    Instant received;

    @Option(names = "--metric", paramLabel = "METRIC", description = "The metric id; default first-response.")
    String metric = "first-response";

    /** Sets one of these options from a plain argument: see {@link PlainCommand#plainOption}. */
    boolean plainOption(String name, String value) {
        switch (name) {
            case "--plan":
                plan = value;
                return true;
            case "--severity":
                severity = value;
                return true;
            case "--service":
                service = value;
                return true;
            case "--received":
                received = Inputs.instantOrNull(value);
                return received != null;
            case "--metric":
                metric = value;
                return true;
            default:
                return false;
        }
    }

    /** Checks the metric and builds the ticket. */
    Ticket ticket(Policy policy) {
        if (plan == null) {
            throw CliException.usage("missing option '--plan=PLAN'");
        }
        if (received == null) {
            throw CliException.usage("missing option '--received=INSTANT'");
        }
        if (!policy.metrics().containsKey(metric)) {
            throw CliException.invalid("unknown metric '" + metric + "' in policy '" + policy.id() + "'; known: "
                    + String.join(", ", policy.metrics().keySet()));
        }
        return Ticket.builder(plan).severity(severity).service(service).received(received).build();
    }
}
