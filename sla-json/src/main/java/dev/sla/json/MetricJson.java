package dev.sla.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.EventAuthors;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricKind;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.RelativeDeadline;
import dev.sla.core.Target;
import dev.sla.core.TargetCondition;
import dev.sla.core.Threshold;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sections {@code metrics} (with their clock rules) and {@code targets}: how they are
 * read and written.
 *
 * <p>A metric's {@code kind} is {@code elapsed} (the default), {@code next-reply} (by default
 * started and restarted by {@code customer-message}, stopped by {@code agent-response}) or
 * {@code periodic-update} (by default stopped by {@code agent-response}). A metric starts on
 * {@code received} unless it or its kind says otherwise. Its {@code stop} events
 * and {@code stopStatuses} fulfil it; its {@code void} events and {@code voidStatuses} void
 * it (not applicable). Its {@code warnings} are thresholds, each
 * {@code {"threshold": "75%" or "PT1H", "escalateTo": party}}. A target's time is an
 * ISO-8601 duration counted on a calendar, a {@code deadline} relative to the calendar
 * ({@code end of business day 1}, {@code 12:00 of business day 2}) instead of a time,
 * {@code none}, which takes no calendar, or {@code {"parameter": id}}, a time each
 * customer's contract sets (see {@link ParameterJson}). A metric's {@code authors}
 * ({@code {"start", "restart", "stop"}}, each a list of author roles) limits whose events
 * move its clock; a target's {@code condition} ({@code {"receivedWithin": calendar,
 * "otherwise": words}}) makes it hold only for tickets received while the calendar is open.
 */
final class MetricJson {

    /** The event types, by id, in their order. */

    private MetricJson() {
    }

    // ------------------------------------------------------------------ reading
    /** Reads the metrics and the targets of a policy into its builder. */
    static void read(BindContext cx, PolicyBuilder b) {
        metrics(cx, b, cx.object(cx.root(), "metrics", false));
        targets(cx, b, cx.array(cx.root(), "targets"));
    }

    private static void metrics(BindContext cx, PolicyBuilder b, Node metrics) {
        cx.entities(metrics, "metric", "an object", null, metricId -> b.metric(Metric.of(metricId, metricId)),
                (metricId, n) -> {
            cx.known(n, "name", "kind", "start", "restart", "stop", "pause", "stopStatuses", "void", "voidStatuses",
                    "warnings", "authors");
            String name = cx.string(n, "name", true);
            String kindId = cx.string(n, "kind", false);
            MetricKind kind = kindId == null ? MetricKind.ELAPSED
                    : cx.attempt(n.get("kind"), "'kind'", () -> MetricKind.ofId(kindId));
            Metric defaults = kind == MetricKind.NEXT_REPLY ? Metric.nextReply(metricId, metricId)
                    : kind == MetricKind.PERIODIC_UPDATE ? Metric.periodicUpdate(metricId, metricId)
                    : Metric.of(metricId, metricId);
            Set<EventType> start = events(cx, n, "start");
            if (n.get("start") == null) {
                start = defaults.startOn();
            }
            Set<EventType> restart = n.get("restart") == null ? defaults.restartOn() : events(cx, n, "restart");
            Set<EventType> stop = n.get("stop") == null ? defaults.stopOn() : events(cx, n, "stop");
            List<String> pause = cx.strings(n, "pause");
            List<String> stopStatuses = cx.strings(n, "stopStatuses");
            Set<EventType> voids = events(cx, n, "void");
            List<String> voidStatuses = cx.strings(n, "voidStatuses");
            List<Threshold> warnings = warnings(cx, n);
            EventAuthors authors = authors(cx, n);
            if (name != null && kind != null && start != null && restart != null && stop != null && voids != null
                    && warnings != null && authors != null) {
                Set<EventType> s = start;
                Metric m = cx.attempt(n, "metric '" + metricId + "'",
                        () -> new Metric(metricId, name, s, restart, stop, Set.copyOf(pause), Set.copyOf(stopStatuses),
                                voids, Set.copyOf(voidStatuses), warnings, kind, authors));
                if (m != null) {
                    b.metric(m);
                    return;
                }
            }
            b.metric(Metric.of(metricId, name != null ? name : metricId));
        });
    }

    /** The author limits of a metric, {@code {"start", "restart", "stop"}}, or null if one is wrong. */
    private static EventAuthors authors(BindContext cx, Node metric) {
        Node n = cx.object(metric, "authors", false);
        if (n == null) {
            return metric.get("authors") == null ? EventAuthors.ANY : null;
        }
        cx.known(n, "start", "restart", "stop");
        int before = cx.problemCount();
        List<Set<String>> sets = new ArrayList<>();
        for (String what : new String[] {"start", "restart", "stop"}) {
            Set<String> roles = new LinkedHashSet<>();
            for (String role : cx.strings(n, what)) {
                if (cx.id(n.get(what), role, "author role") != null) {
                    roles.add(role);
                }
            }
            sets.add(roles);
        }
        return cx.problemCount() > before ? null : new EventAuthors(sets.get(0), sets.get(1), sets.get(2));
    }

    /** The warning thresholds of a metric, or null if one is wrong. */
    private static List<Threshold> warnings(BindContext cx, Node metric) {
        Node n = cx.array(metric, "warnings");
        List<Threshold> out = new ArrayList<>();
        if (n == null) {
            return metric.get("warnings") == null ? out : null;
        }
        boolean ok = true;
        for (Node w : n.elements) {
            if (!w.isObject()) {
                cx.problem(w, "a warning must be an object with 'threshold' (such as 75% or PT1H) and optionally 'escalateTo'");
                ok = false;
                continue;
            }
            cx.known(w, "threshold", "escalateTo");
            String text = cx.string(w, "threshold", true);
            String to = cx.string(w, "escalateTo", false);
            Threshold t = text == null ? null : cx.attempt(w.get("threshold"), "'threshold'", () -> Threshold.parse(text));
            if (t == null) {
                ok = false;
                continue;
            }
            out.add(to == null ? t : t.escalatingTo(to));
        }
        return ok ? out : null;
    }

    private static Set<EventType> events(BindContext cx, Node parent, String name) {
        Node n = cx.array(parent, name);
        Set<EventType> out = new LinkedHashSet<>();
        if (n == null) {
            return parent.get(name) == null ? out : null;
        }
        boolean ok = true;
        for (Node e : n.elements) {
            String s = cx.text(e, "an event type");
            if (s == null) {
                ok = false;
                continue;
            }
            EventType t = null;
            for (EventType type : EventType.values()) {
                t = type.id().equals(s) ? type : t;
            }
            if (t == null) {
                String near = Names.closest(s, EventType.ids().toArray(new String[0]));
                cx.problem(e, "unknown event type '" + s + "'" + (near != null ? "; did you mean '" + near + "'?" : "")
                        + "; known: " + String.join(", ", EventType.ids()));
                ok = false;
            } else {
                out.add(t);
            }
        }
        return ok ? out : null;
    }

    private static void targets(BindContext cx, PolicyBuilder b, Node targets) {
        if (targets == null) {
            return;
        }
        for (Node t : targets.elements) {
            if (!t.isObject()) {
                cx.problem(t, "a target must be an object with 'metric', 'plan', 'time' and 'calendar'");
                continue;
            }
            cx.known(t, "metric", "plan", "severity", "service", "time", "deadline", "calendar", "note", "condition");
            String metric = cx.string(t, "metric", true);
            String plan = cx.string(t, "plan", true);
            String severity = cx.string(t, "severity", false);
            String service = cx.string(t, "service", false);
            boolean relative = t.get("deadline") != null;
            if (relative && t.get("time") != null) {
                cx.problem(t.get("deadline"), "a target has a 'time' or a 'deadline', not both");
                continue;
            }
            Node timeNode = t.get("time");
            if (!relative && timeNode != null && timeNode.isObject()) {
                String parameter = ParameterJson.reference(cx, timeNode);
                String onCalendar = cx.string(t, "calendar", false);
                String noteOf = cx.string(t, "note", false);
                if (parameter == null || metric == null || plan == null) {
                    continue;
                }
                if (onCalendar == null) {
                    cx.problem(t, "missing required field 'calendar': the calendar the time of parameter '" + parameter
                            + "' is counted on");
                    continue;
                }
                TargetCondition[] onlyIf = {null};
                if (!condition(cx, t, false, onlyIf)) {
                    continue;
                }
                b.target(new Target(metric, plan, severity, service, null, onCalendar, noteOf, null, onlyIf[0], parameter),
                        t.pointer);
                continue;
            }
            String time = relative ? null : cx.string(t, "time", true);
            String deadlineText = relative ? cx.string(t, "deadline", true) : null;
            String calendar = cx.string(t, "calendar", false);
            String note = cx.string(t, "note", false);
            if (metric == null || plan == null || time == null && deadlineText == null) {
                continue;
            }
            TargetCondition[] condition = {null};
            if (!condition(cx, t, Target.NONE.equals(time), condition)) {
                continue;
            }
            if (relative) {
                RelativeDeadline deadline = cx.attempt(t.get("deadline"), "'deadline'",
                        () -> RelativeDeadline.parse(deadlineText));
                if (deadline == null) {
                    continue;
                }
                if (calendar == null) {
                    cx.problem(t, "missing required field 'calendar': the calendar the deadline '" + deadlineText
                            + "' is counted on");
                    continue;
                }
                b.target(new Target(metric, plan, severity, service, null, calendar, note, deadline, condition[0], null), t.pointer);
                continue;
            }
            if (time.equals(Target.NONE)) {
                if (calendar != null) {
                    cx.problem(t.get("calendar"), "a target of 'none' counts no time, so it takes no calendar");
                    continue;
                }
                b.target(new Target(metric, plan, severity, service, null, null, note), t.pointer);
                continue;
            }
            Duration d = cx.workingTime(t.get("time"), "time", time, ", or 'none'");
            if (d == null) {
                continue;
            }
            if (d.isNegative() || d.isZero()) {
                cx.problem(t.get("time"), "'time' must be a positive duration, not " + time);
                continue;
            }
            if (calendar == null) {
                cx.problem(t, "missing required field 'calendar': the calendar the time " + time + " is counted on");
                continue;
            }
            b.target(new Target(metric, plan, severity, service, d, calendar, note, null, condition[0], null), t.pointer);
        }
    }

    /**
     * Reads a target's {@code condition}, if any, into {@code out[0]}; false if it has a
     * problem (reported).
     */
    private static boolean condition(BindContext cx, Node t, boolean none, TargetCondition[] out) {
        Node when = t.get("condition");
        if (when == null) {
            return true;
        }
        if (!when.isObject()) {
            cx.problem(when, "a target's 'condition' must be an object with 'receivedWithin', the calendar that must"
                    + " be open when the ticket is received, and optionally 'otherwise'");
            return false;
        }
        cx.known(when, "receivedWithin", "otherwise");
        String within = cx.string(when, "receivedWithin", true);
        String otherwise = cx.string(when, "otherwise", false);
        if (within == null) {
            return false;
        }
        if (none) {
            cx.problem(when, "a target of 'none' states no time, so it takes no condition");
            return false;
        }
        out[0] = TargetCondition.receivedWithin(within, otherwise);
        return true;
    }

    // ------------------------------------------------------------------ writing
    /** Writes the metrics and the targets of a policy. */
    static void write(Policy p, ObjectNode root) {
        if (!p.metrics().isEmpty()) {
            ObjectNode metrics = root.putObject("metrics");
            for (Metric m : p.metrics().values()) {
                ObjectNode n = metrics.putObject(m.id());
                n.put("name", m.name());
                boolean elapsed = m.kind() == MetricKind.ELAPSED;
                if (!elapsed) {
                    n.put("kind", m.kind().id());
                }
                if (!elapsed || !m.startOn().equals(Metric.DEFAULT_START_ON)) {
                    events(n, "start", m.startOn(), !elapsed);
                }
                events(n, "restart", m.restartOn(), !elapsed);
                events(n, "stop", m.stopOn(), !elapsed);
                JsonText.strings(n, "pause", m.pauseStatuses());
                JsonText.strings(n, "stopStatuses", m.stopStatuses());
                events(n, "void", m.voidOn(), false);
                JsonText.strings(n, "voidStatuses", m.voidStatuses());
                if (!m.authors().isAny()) {
                    ObjectNode a = n.putObject("authors");
                    JsonText.strings(a, "start", m.authors().start());
                    JsonText.strings(a, "restart", m.authors().restart());
                    JsonText.strings(a, "stop", m.authors().stop());
                }
                if (!m.warnings().isEmpty()) {
                    ArrayNode ws = n.putArray("warnings");
                    for (Threshold t : m.warnings()) {
                        ObjectNode w = ws.addObject();
                        w.put("threshold", t.toString());
                        if (t.escalateTo() != null) {
                            w.put("escalateTo", t.escalateTo());
                        }
                    }
                }
            }
        }
        if (!p.targets().isEmpty()) {
            ArrayNode targets = root.putArray("targets");
            for (Target t : p.targets()) {
                ObjectNode n = targets.addObject();
                n.put("metric", t.metric());
                n.put("plan", t.plan());
                if (t.severity() != null) {
                    n.put("severity", t.severity());
                }
                if (t.service() != null) {
                    n.put("service", t.service());
                }
                if (t.parameter() != null) {
                    n.putObject("time").put("parameter", t.parameter());
                } else if (t.deadline() != null) {
                    n.put("deadline", t.deadline().toString());
                } else {
                    n.put("time", t.duration() == null ? Target.NONE : t.duration().toString());
                }
                if (t.calendar() != null) {
                    n.put("calendar", t.calendar());
                }
                if (t.note() != null) {
                    n.put("note", t.note());
                }
                if (t.condition() != null) {
                    ObjectNode c = n.putObject("condition");
                    c.put("receivedWithin", t.condition().receivedWithin());
                    if (t.condition().otherwise() != null) {
                        c.put("otherwise", t.condition().otherwise());
                    }
                }
            }
        }
    }

    private static void events(ObjectNode n, String name, Set<EventType> types, boolean always) {
        if (always || !types.isEmpty()) {
            ArrayNode a = n.putArray(name);
            types.stream().sorted().forEach(t -> a.add(t.id()));
        }
    }
}
