package dev.sla.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.SlaException;
import dev.sla.core.Policy;
import dev.sla.json.JsonLoadException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sla diff OLD NEW}: what a change to a policy states otherwise, and which deadlines it moves. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What a change to a policy does: the parties, plans, services, cells (who and mode), severities, "
                + "rules, metrics, calendars and targets added, removed or changed; and, for tickets received from "
                + "--from to --to (every opening and closing of the calendars, and a few instants inside and outside "
                + "working hours), the deadlines that move, each with its old and new due instant.",
        footer = {"", "Exit codes: 0 the policies answer the same, 1 they differ, 2 bad input or usage.", "",
            "Examples:", "  sla diff navixy-ru navixy-en",
            "  sla diff navixy-ru my-policy.json --from 2026-12-01 --to 2027-01-31 --json"})
final class DiffCommand implements Callable<Integer> {

    /** Exit code when the policies differ. */
    static final int DIFFERENT = 1;
    /** Exit code of bad input or usage; 1 already says the policies differ. */
    static final int TROUBLE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", completionCandidates = BundledPolicies.class,
            description = "The old policy: a file, or a bundled policy.")
    String oldArg;

    @Parameters(index = "1", paramLabel = "NEW", completionCandidates = BundledPolicies.class,
            description = "The new policy: a file, or a bundled policy.")
    String newArg;

    @Option(names = "--from", paramLabel = "DATE", converter = Inputs.DateConverter.class,
            description = "The first date of receipt to sample; default today in the new policy's zone, or 90 days "
                    + "before --to when only --to is given.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Inputs.DateConverter.class,
            description = "The last date of receipt to sample, inclusive; default 90 days after --from.")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Print at most N moved deadlines as text (default ${DEFAULT-VALUE}); --json lists all.")
    int limit;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        try {
            return diff();
        } catch (CliException ex) {
            throw new CliException(TROUBLE, ex.getMessage());
        } catch (JsonLoadException ex) {
            throw new CliException(TROUBLE, Inputs.problems(ex, err()).getMessage());
        } catch (SlaException | DateTimeException ex) {
            throw new CliException(TROUBLE, ex.getMessage());
        }
    }

    private int diff() {
        if (limit < 0) {
            throw CliException.usage("--limit " + limit + " is negative");
        }
        Policy old = Inputs.read(oldArg);
        Policy neu = Inputs.read(newArg);
        LocalDate first = from != null ? from : to != null ? to.minusDays(90) : LocalDate.now(neu.zone());
        LocalDate last = to != null ? to : first.plusDays(90);
        if (last.isBefore(first)) {
            throw CliException.usage("--to " + last + " is before --from " + first);
        }
        List<PolicyDiff.Change> changes = PolicyDiff.between(old, neu);
        DeadlineSample.Result sample = DeadlineSample.compare(old, neu, first, last);
        boolean same = changes.isEmpty() && sample.moves().isEmpty();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(old, neu, changes, sample, first, last, same)));
        } else {
            text(out, old, neu, changes, sample, first, last, same);
        }
        sample.warnings().forEach(w -> err().println("warning: " + w));
        return same ? Sla.OK : DIFFERENT;
    }

    private void text(PrintWriter out, Policy old, Policy neu, List<PolicyDiff.Change> changes,
            DeadlineSample.Result sample, LocalDate first, LocalDate last, boolean same) {
        out.println("--- " + oldArg + " (" + old + ")");
        out.println("+++ " + newArg + " (" + neu + ")");
        for (String section : PolicyDiff.SECTIONS) {
            List<PolicyDiff.Change> in = changes.stream().filter(c -> c.section().equals(section)).toList();
            if (!in.isEmpty()) {
                out.println(section + ":");
                in.forEach(c -> out.println("  " + c.line()));
            }
        }
        out.println("deadlines: " + sample.questions() + " sampled, received " + first + " to " + last + "; "
                + sample.moves().size() + (sample.moves().size() == 1 ? " moves" : " move"));
        sample.moves().stream().limit(limit).forEach(m -> out.println("  " + m.line()));
        if (sample.moves().size() > limit) {
            out.println("  ... " + (sample.moves().size() - limit) + " more (--limit N shows more, --json lists all)");
        }
        out.println(same ? "the policies answer the same" : "the policies differ");
    }

    private ObjectNode json(Policy old, Policy neu, List<PolicyDiff.Change> changes, DeadlineSample.Result sample,
            LocalDate first, LocalDate last, boolean same) {
        ObjectNode n = Json.object();
        n.put("old", oldArg);
        n.put("new", newArg);
        n.put("oldPolicy", old.toString());
        n.put("newPolicy", neu.toString());
        n.put("same", same);
        ArrayNode list = n.putArray("changes");
        for (PolicyDiff.Change c : changes) {
            ObjectNode o = list.addObject();
            o.put("section", c.section());
            o.put("id", c.id());
            o.put("change", c.kind().word);
            o.put("old", c.before());
            o.put("new", c.after());
        }
        ObjectNode d = n.putObject("deadlines");
        d.put("from", first.toString());
        d.put("to", last.toString());
        d.put("sampled", sample.questions());
        d.put("moved", sample.moves().size());
        ArrayNode moves = d.putArray("moves");
        for (DeadlineSample.Move m : sample.moves()) {
            ObjectNode o = moves.addObject();
            o.put("plan", m.plan());
            o.put("severity", m.severity());
            o.put("service", m.service());
            o.put("metric", m.metric());
            o.put("received", Json.instant(m.received(), m.zone()));
            o.put("old", m.before());
            o.put("new", m.after());
        }
        sample.warnings().forEach(d.putArray("warnings")::add);
        return n;
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
