package dev.sla.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Assignment;
import dev.sla.core.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla who}: who performs a service on a plan. */
@Command(name = "who", mixinStandardHelpOptions = true,
        description = "Who performs a service on a plan, and in which mode: a party id, or none.",
        footer = {"", "Examples:", "  sla who --policy navixy-en --plan cloud --service custom-logos",
            "  sla who --policy insales --plan social --service layout --json"})
final class WhoCommand extends PlainQuestionCommand {

    @Option(names = "--plan", required = true, paramLabel = "PLAN", description = "The plan id.")
    String plan;

    @Option(names = "--service", required = true, paramLabel = "SERVICE", description = "The service id.")
    String service;

    @Override
    public boolean plainOption(String name, String value) {
        switch (name) {
            case "--plan":
                plan = value;
                return true;
            case "--service":
                service = value;
                return true;
            default:
                return plainPolicy(name, value);
        }
    }

    @Override
    public boolean plainComplete() {
        return policyArg != null && plan != null && service != null;
    }

    @Override
    public Integer call() {
        Policy policy = policy();
        Assignment a = policy.who(plan, service);
        String performer = a.performer() == null ? Assignment.NOBODY : a.performer();
        if (json) {
            ObjectNode n = Json.object();
            n.put("policy", policy.id());
            n.put("plan", plan);
            n.put("service", service);
            n.put("performer", performer);
            a.performers().forEach(n.putArray("performers")::add);
            n.put("mode", a.mode().id());
            n.put("note", a.note());
            out().println(Json.write(n));
        } else {
            String name = a.performer() == null ? "nobody" : String.join(" or ",
                    a.performers().stream().map(p -> policy.parties().get(p).name()).toList());
            out().println(service + " on " + plan + ": " + (a.performers().size() > 1 ? String.join("|", a.performers())
                    : performer) + " (" + a.mode() + ")" + " - " + name
                    + (a.note() == null ? "" : "; " + a.note()));
        }
        return Sla.OK;
    }
}
