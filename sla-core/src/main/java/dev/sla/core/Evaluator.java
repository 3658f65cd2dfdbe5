package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Judges one ticket by one policy; with a trace list, also explains every step. */
final class Evaluator {

    private Evaluator() {
    }

    static Decision evaluate(Policy p, Ticket t, Instant now, List<String> trace) {
        Map<String, String> attrs = t.attributes();
        String plan = t.plan();
        Map<String, Policy.Resolved<Assignment>> row = p.row(plan);
        String service = attrs.get(Ticket.SERVICE);
        if (service != null && !p.services().containsKey(service)) {
            throw p.unknown("service", service, p.services().keySet());
        }
        String stated = attrs.get(Ticket.SEVERITY);
        if (stated != null && !p.severityById.containsKey(stated)) {
            throw p.unknown("severity", stated, p.severityById.keySet());
        }
        checkTicket(p, t, now);
        if (trace != null) {
            trace.add("policy '" + p.id() + "' (" + p.name() + ")"
                    + p.effectiveFrom().map(d -> ", version in force from " + d).orElse(""));
        }

        // Intake
        boolean accepted = true;
        String reason = null;
        String redirect = null;
        List<IntakeRule> intake = p.intakeRules();
        for (int i = 0; i < intake.size(); i++) {
            IntakeRule r = intake.get(i);
            if (r.when().test(attrs)) {
                accepted = false;
                reason = r.reason();
                redirect = r.redirect();
                if (trace != null) {
                    trace.add("intake: not accepted by rule " + i + " (" + r.when() + "): " + r.reason()
                            + (r.redirect() == null ? "" : "; go to '" + r.redirect() + "'"));
                }
                break;
            }
        }
        if (accepted && trace != null) {
            trace.add("intake: accepted" + (intake.isEmpty() ? "" : ", no intake rule applies"));
        }

        // Coverage
        Assignment cell;
        if (service == null) {
            cell = p.defaultAssignment();
            if (trace != null) {
                trace.add("coverage: no service named; default " + cell);
            }
        } else {
            Policy.Resolved<Assignment> r = row.get(service);
            cell = r.value();
            if (trace != null) {
                trace.add("coverage: service '" + service + "' on plan '" + plan + "'"
                        + (r.fromPlan().equals(plan) ? "" : " (inherited from plan '" + r.fromPlan() + "')") + ": " + cell);
            }
        }

        // Severity
        String severity = stated;
        if (severity != null) {
            if (trace != null) {
                trace.add("severity: '" + severity + "' as stated by the ticket");
            }
        } else {
            List<ClassificationRule> rules = p.classification();
            for (int i = 0; i < rules.size() && severity == null; i++) {
                if (rules.get(i).when().test(attrs)) {
                    severity = rules.get(i).level();
                    if (trace != null) {
                        trace.add("severity: '" + severity + "' by rule " + i + " (" + rules.get(i).when() + ")");
                    }
                }
            }
            if (severity == null) {
                severity = p.defaultSeverity().orElse(null);
                if (trace != null && !p.severities().isEmpty()) {
                    trace.add(severity == null ? "severity: none; no rule applies and there is no default"
                            : "severity: '" + severity + "', the default; no classification rule applies");
                }
            }
        }

        // Mode rules: they change how a performer handles the task, so a cell nobody
        // performs (not provided, not needed) stays as it is.
        Map<String, String> view = attrs;
        if (stated == null && severity != null && !p.modeRules().isEmpty()) {
            view = new HashMap<>(attrs);
            view.put(Ticket.SEVERITY, severity);
        }
        List<ModeRule> modes = cell.performer() == null ? List.of() : p.modeRules();
        for (int i = 0; i < modes.size(); i++) {
            ModeRule r = modes.get(i);
            if (r.when().test(view)) {
                cell = new Assignment(cell.performer(), r.mode(), r.note());
                if (trace != null) {
                    trace.add("mode: '" + r.mode() + "' by rule " + i + " (" + r.when() + "): " + r.note());
                }
            }
        }
        if (accepted && cell.mode().equals(Mode.NOT_PROVIDED)) {
            accepted = false;
            reason = "service '" + service + "' is not provided on plan '" + plan + "'"
                    + (cell.note() == null ? "" : ": " + cell.note());
            if (trace != null) {
                trace.add("intake: not accepted: " + reason);
            }
        }

        // Metrics
        String untimed = null;
        if (!accepted) {
            untimed = "the request is not accepted";
        } else if (cell.performer() == null) {
            untimed = "nobody performs the task (" + cell.mode() + ")";
        } else if (!cell.performer().equals(p.vendor())) {
            untimed = "the task is performed by '" + cell.performer() + "', not by '" + p.vendor() + "'";
        }
        List<MetricResult> results = new ArrayList<>(p.metrics().size());
        for (Metric m : p.metrics().values()) {
            if (untimed != null) {
                results.add(none(m.id(), untimed));
                if (trace != null) {
                    trace.add(m.id() + ": not timed: " + untimed);
                }
                continue;
            }
            Policy.Resolved<Target> rt = p.resolveTarget(m.id(), plan, severity, service);
            if (rt == null || rt.value().isNone()) {
                String why = rt == null ? "no target for plan '" + plan + "'" + (severity == null ? "" : ", severity '" + severity + "'")
                        : rt.value().note() != null ? rt.value().note() : "no target";
                results.add(none(m.id(), why));
                if (trace != null) {
                    trace.add(m.id() + ": no target: " + why);
                }
                continue;
            }
            Target target = rt.value();
            WorkCalendar calendar = p.calendars().get(target.calendar());
            if (trace != null) {
                trace.add(m.id() + ": target " + target.duration() + " on calendar '" + target.calendar() + "' (plan '"
                        + rt.fromPlan() + "'" + (target.severity() == null ? "" : ", severity '" + target.severity() + "'")
                        + (target.service() == null ? "" : ", service '" + target.service() + "'") + ")"
                        + (target.note() == null ? "" : ": " + target.note()));
            }
            results.add(new Clock(m, target, calendar, trace).run(t.events(), now));
        }
        return new Decision(p, t, now, accepted, reason, redirect, cell, severity, List.copyOf(results));
    }

    private static MetricResult none(String metric, String reason) {
        return new MetricResult(metric, MetricState.NONE, null, null, null, null,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, reason);
    }

    private static void checkTicket(Policy p, Ticket t, Instant now) {
        if (now.isBefore(t.received())) {
            throw new TicketException("evaluation instant " + now + " is before the ticket was received at " + t.received());
        }
        for (Map.Entry<String, Set<String>> e : p.attributes().entrySet()) {
            String v = t.attributes().get(e.getKey());
            if (v != null && !e.getValue().contains(v)) {
                throw new TicketException("ticket " + e.getKey() + " '" + v + "' is not known to policy '" + p.id()
                        + "'; known: " + String.join(", ", e.getValue()));
            }
        }
        if (!p.statuses().isEmpty()) {
            for (Event e : t.events()) {
                if (e.status() != null && !p.statuses().contains(e.status())) {
                    throw new TicketException("ticket status '" + e.status() + "' at " + e.at() + " is not known to policy '"
                            + p.id() + "'; known: " + String.join(", ", p.statuses()));
                }
            }
        }
    }

    /** The clock of one metric over a timeline. */
    private static final class Clock {
        private final Metric metric;
        private final Duration target;
        private final String calendarId;
        private final WorkCalendar calendar;
        private final List<String> trace;

        private boolean started;
        private boolean running;
        private boolean stopped;
        private Instant cycleStart;
        private Instant runningSince;
        private Instant pausedSince;
        private Instant stoppedAt;
        private Instant reachedAt;
        private Duration elapsed = Duration.ZERO;
        private Duration paused = Duration.ZERO;
        private String status;
        /** The running stretches of the current cycle, kept only to explain them. */
        private final List<Instant[]> stretches;

        Clock(Metric metric, Target target, WorkCalendar calendar, List<String> trace) {
            this.metric = metric;
            this.target = target.duration();
            this.calendarId = target.calendar();
            this.calendar = calendar;
            this.trace = trace;
            this.stretches = trace == null ? null : new ArrayList<>();
        }

        MetricResult run(List<Event> events, Instant now) {
            for (Event e : events) {
                if (e.at().isAfter(now)) {
                    break;
                }
                EventType type = e.type();
                if (type == EventType.STATUS) {
                    status = e.status();
                }
                if (!started && metric.startOn().contains(type)
                        || started && metric.restartOn().contains(type)
                        && (status == null || !metric.stopStatuses().contains(status))) {
                    boolean restart = started;
                    start(e.at());
                    if (trace != null) {
                        note((restart ? "restarted" : "started") + " at " + e.at() + " by " + describe(e));
                    }
                    continue;
                }
                if (!started || stopped) {
                    continue;
                }
                if (type == EventType.STATUS && metric.stopStatuses().contains(status) || metric.stopOn().contains(type)) {
                    stop(e.at());
                    if (trace != null) {
                        note("stopped at " + e.at() + " by " + describe(e));
                    }
                } else if (type == EventType.STATUS) {
                    boolean pause = metric.pauseStatuses().contains(status);
                    if (pause && running) {
                        closeStretch(e.at());
                        running = false;
                        pausedSince = e.at();
                        if (trace != null) {
                            note("paused at " + e.at() + " by " + describe(e));
                        }
                    } else if (!pause && !running) {
                        paused = paused.plus(calendar.between(pausedSince, e.at()));
                        running = true;
                        runningSince = e.at();
                        if (trace != null) {
                            note("resumed at " + e.at() + " by " + describe(e));
                        }
                    }
                }
            }
            if (!started) {
                StringBuilder waits = new StringBuilder("not started: waits for ");
                for (EventType type : EventType.values()) {
                    if (metric.startOn().contains(type)) {
                        waits.append(waits.charAt(waits.length() - 1) == ' ' ? "" : " or ").append(type.id());
                    }
                }
                String why = waits.toString();
                note(why);
                return new MetricResult(metric.id(), MetricState.NONE, target, calendarId, null, null,
                        Duration.ZERO, target, Duration.ZERO, why);
            }
            Duration elapsedNow = elapsed;
            Duration pausedNow = paused;
            Instant due;
            MetricState state;
            if (stopped) {
                due = reachedAt != null ? reachedAt : calendar.add(stoppedAt, target.minus(elapsed));
                state = stoppedAt.isAfter(due) ? MetricState.BREACHED : MetricState.MET;
            } else if (running) {
                elapsedNow = elapsed.plus(calendar.between(runningSince, now));
                due = reachedAt != null ? reachedAt : calendar.add(runningSince, target.minus(elapsed));
                state = now.isAfter(due) ? MetricState.BREACHED : MetricState.RUNNING;
            } else {
                pausedNow = paused.plus(calendar.between(pausedSince, now));
                due = reachedAt != null ? reachedAt : calendar.add(now, target.minus(elapsed));
                state = reachedAt != null && now.isAfter(reachedAt) ? MetricState.BREACHED : MetricState.PAUSED;
            }
            Duration remaining = target.minus(elapsedNow);
            if (remaining.isNegative()) {
                remaining = Duration.ZERO;
            }
            if (trace != null) {
                List<Instant[]> counted = new ArrayList<>(stretches);
                if (running) {
                    counted.add(new Instant[] {runningSince, now});
                }
                String periods = counted.stream().flatMap(s -> calendar.openPeriods(s[0], s[1]))
                        .limit(20).map(Object::toString).collect(Collectors.joining(", "));
                note("periods counted on calendar '" + calendarId + "' from the start to " + (stopped ? "the stop" : "now")
                        + ": " + (periods.isEmpty() ? "none" : periods));
                note("due " + due + (state == MetricState.PAUSED ? " if resumed now" : "") + "; " + state.id()
                        + "; elapsed " + elapsedNow + ", remaining " + remaining + ", paused " + pausedNow);
                for (String w : calendar.warnings(cycleStart, due)) {
                    note("warning: " + w);
                }
            }
            return new MetricResult(metric.id(), state, target, calendarId, cycleStart, due,
                    elapsedNow, remaining, pausedNow, null);
        }

        private void start(Instant at) {
            started = true;
            stopped = false;
            stoppedAt = null;
            reachedAt = null;
            cycleStart = at;
            if (stretches != null) {
                stretches.clear();
            }
            elapsed = Duration.ZERO;
            paused = Duration.ZERO;
            if (status != null && metric.pauseStatuses().contains(status)) {
                running = false;
                pausedSince = at;
            } else {
                running = true;
                runningSince = at;
            }
        }

        private void stop(Instant at) {
            if (running) {
                closeStretch(at);
            } else {
                paused = paused.plus(calendar.between(pausedSince, at));
            }
            running = false;
            stopped = true;
            stoppedAt = at;
        }

        /** Ends a running stretch, noting the instant the target was reached inside it. */
        private void closeStretch(Instant at) {
            Duration d = calendar.between(runningSince, at);
            if (stretches != null) {
                stretches.add(new Instant[] {runningSince, at});
            }
            if (reachedAt == null && elapsed.plus(d).compareTo(target) >= 0) {
                reachedAt = calendar.add(runningSince, target.minus(elapsed));
            }
            elapsed = elapsed.plus(d);
        }

        private void note(String line) {
            if (trace != null) {
                trace.add(metric.id() + ": " + line);
            }
        }

        private static String describe(Event e) {
            return e.type() == EventType.STATUS ? "status '" + e.status() + "'" : e.type().id();
        }
    }
}
