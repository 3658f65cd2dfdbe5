package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.threeten.extra.Interval;

/**
 * A trace that writes every step of an evaluation as a line a person reads, keeping each
 * metric's running stretches as {@link Interval}s to list the calendar periods they counted.
 */
final class Explanation implements Trace {

    /** At most this many calendar periods are listed per metric. */
    private static final int PERIODS_SHOWN = 20;

    private final List<String> lines = new ArrayList<>();
    /** The closed running stretches of each metric's current cycle. */
    private final Map<String, List<Interval>> stretches = new HashMap<>();
    /** The metrics answered best effort: no due instant is told for them. */
    private final java.util.Set<String> bestEffort = new java.util.HashSet<>();
    /** The index of the line that says intake accepted the ticket, or -1. */
    private int acceptedLine = -1;
    /** Whether the policy has intake rules, none of which applied. */
    private boolean acceptedByRules;
    /** The decision whose zones the instants are written in; null to write them in UTC. */
    private final Decision decision;

    /** A trace whose instants are written in UTC. */
    Explanation() {
        this(null);
    }

    /** A trace of the evaluation of a decision, whose instants are written in the zones the decision picks. */
    Explanation(Decision decision) {
        this.decision = decision;
    }

    /** An instant of a metric's line, in the zone of the metric's answer. */
    private String at(String metric, Instant instant) {
        if (instant == null || decision == null) {
            return String.valueOf(instant);
        }
        java.time.ZoneId zone = decision.metric(metric).map(decision::zone).orElseGet(decision::zone);
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** A period of a metric's line, as start/end in the zone of the metric's answer. */
    private String at(String metric, Interval period) {
        return at(metric, period.getStart()) + "/" + at(metric, period.getEnd());
    }

    /** The lines written so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void policy(Policy p) {
        lines.add("policy '" + p.id() + "' (" + p.name() + ")"
                + p.effectiveFrom().map(d -> ", version in force from " + d).orElse("")
                + p.contract().map(c -> ", bound to contract '" + c.id() + "' of " + c.customer() + " (plan '" + c.plan()
                        + "', in force from " + c.effectiveFrom() + (c.effectiveTo() == null ? "" : " to "
                        + c.effectiveTo()) + ")").orElse(""));
    }

    @Override
    public void rejected(int index, IntakeRule r) {
        lines.add("intake: not accepted by rule " + index + " (" + r.when() + "): " + r.reason()
                + (r.destination().isEmpty() ? "" : "; go to " + r.destination()));
    }

    @Override
    public void accepted(boolean anyRules) {
        acceptedLine = lines.size();
        acceptedByRules = anyRules;
        lines.add("intake: accepted" + (anyRules ? ", no intake rule applies" : ""));
    }

    @Override
    public void planRefused(String reason) {
        notProvided(reason, null);
    }

    @Override
    public void missing(String plan, List<Requirement> missing) {
        StringBuilder sb = new StringBuilder("requirements of plan '" + plan + "': missing ");
        String comma = "";
        for (Requirement r : missing) {
            sb.append(comma).append(r.id()).append(" (").append(r.name()).append(r.refuses() ? "; refuses" : "; noted")
                    .append(')');
            comma = ", ";
        }
        lines.add(sb.toString());
    }

    @Override
    public void byException(String plan, String language) {
        lines.add("language: '" + language + "' is served on plan '" + plan + "' only by exception");
    }

    @Override
    public void bestEffort(String metric, String reason) {
        bestEffort.add(metric);
        lines.add(metric + ": " + reason);
    }

    @Override
    public void notProvided(String reason, String redirect) {
        // the coverage refuses what intake let through: say only that it is not accepted
        if (acceptedLine >= 0) {
            if (acceptedByRules) {
                lines.set(acceptedLine, "intake: no intake rule applies");
            } else {
                lines.remove(acceptedLine);
            }
            acceptedLine = -1;
        }
        lines.add("not accepted: " + reason + (redirect == null ? "" : "; go to '" + redirect + "'"));
    }

    @Override
    public void cell(String service, String plan, Resolved<Assignment> r) {
        lines.add(service == null ? "coverage: no service named; default " + r.value()
                : "coverage: service '" + service + "' on plan '" + plan + "'"
                + (r.fromPlan().equals(plan) ? "" : " (inherited from plan '" + r.fromPlan() + "')") + ": " + r.value());
    }

    @Override
    public void defaultMode(String plan, Mode mode) {
        lines.add("coverage: the vendor handles the task in mode '" + mode + "', the default mode of plan '" + plan + "'");
    }

    @Override
    public void severityStated(String severity) {
        lines.add("severity: '" + severity + "' as stated by the ticket");
    }

    @Override
    public void severityByRule(int index, ClassificationRule rule) {
        lines.add("severity: '" + rule.level() + "' by rule " + index + " (" + rule.when() + ")");
    }

    @Override
    public void severityDefault(String severity) {
        lines.add(severity == null ? "severity: none; no rule applies and there is no default"
                : "severity: '" + severity + "', the default; no classification rule applies");
    }

    @Override
    public void mode(int index, ModeRule r) {
        lines.add("mode: '" + r.mode() + "' by rule " + index + " (" + r.when() + "): " + r.note());
    }

    @Override
    public void notTimed(String metric, String why) {
        lines.add(metric + ": not timed: " + why);
    }

    @Override
    public void noTarget(String metric, String why) {
        lines.add(metric + ": no target: " + why);
    }

    @Override
    public void target(String metric, Target t) {
        lines.add(metric + ": target " + t.time() + " on calendar '" + t.calendar() + "' (plan '" + t.plan() + "'"
                + (t.severity() == null ? "" : ", severity '" + t.severity() + "'")
                + (t.service() == null ? "" : ", service '" + t.service() + "'") + ")"
                + (t.note() == null ? "" : ": " + t.note()));
    }

    @Override
    public void stretch(String metric, Instant start, Instant end) {
        stretches.computeIfAbsent(metric, m -> new ArrayList<>()).add(Interval.of(start, end));
    }

    @Override
    public void clock(String metric, String what, Event e) {
        if (what.endsWith("started")) {
            stretches.remove(metric);
        }
        lines.add(metric + ": " + what + " at " + at(metric, e.at()) + " by "
                + (e.type() == EventType.STATUS ? "status '" + e.status() + "'" : e.type().id()));
    }

    @Override
    public void cycle(String metric, int number, MetricResult.Cycle c) {
        if (bestEffort.contains(metric)) {
            lines.add(metric + ": cycle " + number + " from " + at(metric, c.start()) + " to " + at(metric, c.stop()) + ": best-effort; elapsed "
                    + c.elapsed() + ", paused " + c.paused());
            return;
        }
        lines.add(metric + ": cycle " + number + " from " + at(metric, c.start()) + " to " + at(metric, c.stop()) + ": " + c.state().id()
                + (c.state() == MetricState.NOT_APPLICABLE ? " (superseded by the restart, before its due instant)" : "")
                + ", due " + at(metric, c.due()) + "; elapsed " + c.elapsed() + ", paused " + c.paused());
    }

    @Override
    public void retarget(String metric, Target t, Event e, java.time.Duration elapsed, boolean stopped) {
        lines.add(metric + ": from " + at(metric, e.at()) + " the " + e.attribute() + " is '" + e.value() + "', so the target is "
                + t.time() + " on calendar '" + t.calendar() + "'"
                + (t.severity() == null ? "" : " (severity '" + t.severity() + "')")
                + (stopped ? "; the stopped cycle keeps its answer and the next cycle counts against the new target"
                : "; the clock keeps the " + elapsed + " it ran and counts against the new target"));
    }

    @Override
    public void nextChange(Instant at) {
        if (at != null) {
            lines.add("next change: " + (decision == null ? at.toString() : java.time.format.DateTimeFormatter
                    .ISO_OFFSET_DATE_TIME.format(at.atZone(decision.nextChangeZone()))) + " if no new event arrives before");
        }
    }

    @Override
    public void notStarted(String metric, String why) {
        lines.add(metric + ": " + why);
    }

    @Override
    public void reading(WorkCalendar calendar, Instant runningSince, Instant now, boolean stopped, MetricResult r) {
        List<Interval> counted = new ArrayList<>(stretches.getOrDefault(r.metric(), List.of()));
        if (runningSince != null) {
            counted.add(Interval.of(runningSince, now));
        }
        String periods = counted.stream().flatMap(s -> calendar.openPeriods(s.getStart(), s.getEnd()))
                .limit(PERIODS_SHOWN).map(p -> at(r.metric(), p)).collect(Collectors.joining(", "));
        String metric = r.metric();
        lines.add(metric + ": periods counted on calendar '" + r.calendar() + "' from the start to "
                + (stopped ? "the stop" : "now") + ": " + (periods.isEmpty() ? "none" : periods));
        if (bestEffort.contains(metric)) {
            lines.add(metric + ": best-effort, no due instant; elapsed " + r.elapsed() + ", paused " + r.paused());
            return;
        }
        lines.add(metric + ": due " + at(metric, r.due()) + (r.state() == MetricState.PAUSED ? " if resumed now" : "") + "; "
                + r.state().id() + "; elapsed " + r.elapsed() + ", remaining " + r.remaining() + ", paused " + r.paused());
        for (MetricResult.Warning w : r.warnings()) {
            lines.add(metric + ": warning at " + w.threshold() + (w.threshold().before() == null ? " of the target"
                    : " before the due instant") + ": " + (w.at() == null ? "not reached before the stop"
                    : (w.reached() ? "reached at " : r.state() == MetricState.PAUSED ? "at " + at(metric, w.at())
                    + " if resumed now" : "ahead, at ") + (r.state() == MetricState.PAUSED && !w.reached() ? ""
                    : at(metric, w.at())))
                    + (w.escalateTo() == null ? "" : "; escalate to '" + w.escalateTo() + "'"));
        }
        for (String w : calendar.warnings(r.start(), r.due())) {
            lines.add(metric + ": warning: " + w);
        }
    }
}
