package dev.sla.cli;

import dev.sla.core.Assignment;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sla deadline}: the due instant of a metric for a new ticket. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = "The due instant of a metric (default first-response) for a ticket received at an instant "
                + "with no other events, counted on the target's calendar.",
        footer = {"", "Examples:",
            "  sla deadline --policy navixy-ru --plan paas --severity level-1 --received 2025-10-31T15:00:00+03:00",
            "  sla deadline --policy express --plan technical-support --severity high --metric resolution "
                    + "--received 2025-12-30T17:00:00+03:00 --json"})
final class DeadlineCommand extends PlainQuestionCommand {

    @Mixin
    TicketQuestion question = new TicketQuestion();

    @Override
    public boolean plainOption(String name, String value) {
        return plainPolicy(name, value) || question.plainOption(name, value);
    }

    @Override
    public boolean plainComplete() {
        return policyArg != null;
    }

    @Override
    public Integer call() {
        Policy policy = policy();
        Decision d = policy.evaluate(question.ticket(policy), question.received);
        MetricResult m = d.metric(question.metric).orElseThrow();
        // the received and due instants in the zone of the metric concerned
        ZoneId zone = d.zone(m);
        if (json) {
            ObjectNode n = Json.object();
            n.put("policy", policy.id());
            n.put("plan", question.plan);
            n.put("severity", d.severity().orElse(null));
            n.put("service", question.service);
            n.put("metric", m.metric());
            n.put("target", m.target() == null ? null : m.target().toString());
            n.put("calendar", m.calendar());
            n.put("received", Json.instant(question.received, zone));
            n.put("due", Json.instant(m.due(), zone));
            n.put("reason", m.due() == null ? m.reason() : null);
            n.put("accepted", d.accepted());
            n.put("performer", d.performer().orElse(Assignment.NOBODY));
            n.put("mode", d.mode().id());
            out().println(Json.write(n));
            return Sla.OK;
        }
        if (m.due() == null) {
            out().println(m.metric() + ": no deadline: " + m.reason());
        } else {
            out().println(m.metric() + " due " + Json.instant(m.due(), zone) + " (" + m.target()
                    + " on calendar '" + m.calendar() + "'" + d.severity().map(s -> ", severity " + s).orElse("") + ")");
        }
        return Sla.OK;
    }
}
