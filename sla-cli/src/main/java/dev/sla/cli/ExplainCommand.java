package dev.sla.cli;

import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sla explain}: the answer in readable text, with the rules that fired and the periods counted. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Answer the questions of 'deadline' (with --plan and --received) or 'evaluate' (with --ticket) "
                + "in readable text: the rules that fired, the targets chosen and the calendar periods counted.",
        footer = {"", "Examples:",
            "  sla explain --policy navixy-ru --plan on-premise --severity level-2 --received 2025-10-31T15:00:00+03:00",
            "  sla explain --policy express --ticket ticket.json --at 2025-12-01T12:00:00+03:00"})
final class ExplainCommand extends PolicyCommand {

    @Mixin
    TicketQuestion question;

    @Option(names = "--ticket", paramLabel = "FILE", description = "A ticket JSON file, or - for standard input.")
    String ticketArg;

    @Option(names = "--at", paramLabel = "INSTANT", converter = Inputs.InstantConverter.class,
            description = "The instant of evaluation; default the received instant with --plan, the current instant with --ticket.")
    Instant at;

    @Override
    public Integer call() {
        Policy policy = policy();
        Ticket ticket;
        Instant now;
        if (ticketArg != null) {
            if (question.plan != null || question.received != null) {
                throw CliException.usage("give either --ticket or --plan and --received, not both");
            }
            String origin = EvaluateCommand.origin(ticketArg);
            String text = EvaluateCommand.text(ticketArg);
            if (contractArg == null) {
                policy = NamedContracts.forTicket(policy, origin, text, err());
            }
            ticket = EvaluateCommand.ticket(spec, origin, text, policy);
            now = at == null ? Instant.now() : at;
        } else {
            ticket = question.ticket(policy);
            now = at == null ? question.received : at;
        }
        Decision d = policy.evaluate(ticket, now);
        out().println(d.accepted() ? "Accepted." : "Not accepted: " + d.reason().orElse("")
                + d.redirect().map(r -> " Go to: " + r + ".").orElse("")
                + d.redirectPlan().map(r -> " Go to plan: " + r + ".").orElse(""));
        out().println("Performer: " + (d.assignment().performers().isEmpty() ? Assignment.NOBODY
                : String.join(" or ", d.assignment().performers())) + " (" + d.mode() + ")"
                + (d.assignment().note() == null ? "" : " - " + d.assignment().note()));
        d.severity().ifPresent(s -> out().println("Severity: " + s));
        if (!d.missing().isEmpty()) {
            StringBuilder missing = new StringBuilder("Missing: ");
            for (int i = 0; i < d.missing().size(); i++) {
                missing.append(i == 0 ? "" : "; ").append(d.missing().get(i).name())
                        .append(d.missing().get(i).refuses() ? " (refuses)" : "");
            }
            out().println(missing);
        }
        for (MetricResult m : d.metrics()) {
            ZoneId zone = d.zone(m);
            out().println(m.metric() + ": " + m.state().id()
                    + (m.due() == null ? " - " + m.reason() + (m.state() == MetricState.BEST_EFFORT ? "; elapsed "
                    + m.elapsed() + ", paused " + m.paused() : "") : ", due " + Json.instant(m.due(), zone)
                    + ", target " + m.target() + ", elapsed " + m.elapsed() + ", remaining " + m.remaining()
                    + ", paused " + m.paused()));
            if (m.cycles().size() > 1) {
                for (int i = 0; i < m.cycles().size(); i++) {
                    MetricResult.Cycle c = m.cycles().get(i);
                    out().println("  cycle " + (i + 1) + ": from " + Json.instant(c.start(), zone)
                            + (c.stop() == null ? ", going on" : " to " + Json.instant(c.stop(), zone)) + ": "
                            + c.state().id() + (c.due() == null ? "" : ", due " + Json.instant(c.due(), zone))
                            + ", elapsed " + c.elapsed());
                }
            }
            for (MetricResult.Warning w : m.warnings()) {
                out().println("  warning at " + w.threshold() + ": " + (w.at() == null ? "not reached before the stop"
                        : (w.reached() ? "reached at " : "ahead, at ") + Json.instant(w.at(), zone))
                        + (w.escalateTo() == null ? "" : "; escalate to " + w.escalateTo()));
            }
        }
        if (!d.statusTimes().isEmpty()) {
            StringBuilder times = new StringBuilder("Time in status:");
            d.statusTimes().forEach((status, time) -> times.append(' ').append(status).append(' ').append(time).append(','));
            out().println(times.substring(0, times.length() - 1));
        }
        if (!d.statusClassTimes().isEmpty()) {
            StringBuilder times = new StringBuilder("Time in status class:");
            d.statusClassTimes().forEach((id, time) -> times.append(' ').append(id).append(' ').append(time.wallTime())
                    .append(time.workingTime() == null ? "" : " (" + time.workingTime() + " working on calendar '"
                    + time.calendar() + "')").append(','));
            out().println(times.substring(0, times.length() - 1));
        }
        out().println(d.nextChange().map(t -> "Next change: " + Json.instant(t, d.nextChangeZone())
                + ", unless a new event comes first.").orElse("Next change: none until a new event arrives."));
        out().println();
        out().println("Why:");
        for (String line : d.explanation()) {
            out().println("  " + line);
        }
        return Sla.OK;
    }
}
