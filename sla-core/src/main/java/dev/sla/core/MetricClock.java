package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The SLA clock of one metric against one target: which events start, restart, pause,
 * resume and stop it, how much working time of the target's calendar it ran, and when the
 * target is (or was) reached.
 *
 * <p>A run reads a ticket's timeline up to the instant of evaluation. Each start or
 * restart opens a cycle; within a cycle the clock runs in stretches (from a start or a
 * resume to a pause or a stop, or to now), each told to the trace, which keeps them as
 * {@link org.threeten.extra.Interval}s only if it explains them. The due instant is
 * the one at which the running stretches reach the target: found inside a closed stretch,
 * or counted from the last resume (running), from the stop (stopped) or from now (paused).
 *
 * <p>This class is immutable and thread-safe.
 */
final class MetricClock {

    private final Metric metric;
    private final Duration target;
    private final String calendarId;
    private final WorkCalendar calendar;

    /**
     * Obtains the clock of a metric against a target with a duration.
     *
     * @param metric  the metric, not null
     * @param target  the target, with a duration, not null
     * @param calendar  the calendar the target is counted on, not null
     */
    MetricClock(Metric metric, Target target, WorkCalendar calendar) {
        this.metric = metric;
        this.target = target.duration();
        this.calendarId = target.calendar();
        this.calendar = calendar;
    }

    /**
     * The current cycle of the clock, from its start or last restart; mutable while the
     * timeline is read, and begun afresh by each restart.
     */
    private final class Cycle {
        /** The start of the cycle, null until the clock starts. */
        Instant start;
        /** While running, since when; while paused or stopped, since when it paused or stopped. */
        Instant since;
        boolean running;
        boolean stopped;
        Duration elapsed = Duration.ZERO;
        Duration paused = Duration.ZERO;
        /** The instant the target was reached inside a closed stretch, or null. */
        Instant reached;
        /** Told each running stretch as it closes. */
        private final Trace trace;

        Cycle(Trace trace) {
            this.trace = trace;
        }

        boolean started() {
            return start != null;
        }

        void begin(Instant at, boolean pausedAtStart) {
            start = at;
            since = at;
            running = !pausedAtStart;
            stopped = false;
            elapsed = Duration.ZERO;
            paused = Duration.ZERO;
            reached = null;
        }

        void pause(Instant at) {
            closeStretch(at);
            running = false;
            since = at;
        }

        void resume(Instant at) {
            paused = paused.plus(calendar.between(since, at));
            running = true;
            since = at;
        }

        void stop(Instant at) {
            if (running) {
                closeStretch(at);
            } else {
                paused = paused.plus(calendar.between(since, at));
            }
            running = false;
            stopped = true;
            since = at;
        }

        /** Ends a running stretch, noting the instant the target was reached inside it. */
        private void closeStretch(Instant at) {
            Duration d = calendar.between(since, at);
            trace.stretch(metric.id(), since, at);
            if (reached == null && elapsed.plus(d).compareTo(target) >= 0) {
                reached = calendar.add(since, target.minus(elapsed));
            }
            elapsed = elapsed.plus(d);
        }
    }

    /**
     * Runs the clock over a timeline up to an instant.
     *
     * @param events  the timeline, in time order, not null
     * @param now  the instant of evaluation; later events are ignored, not null
     * @param trace  told every event that moves the clock and the final reading, not null
     * @return the metric's result, not null
     */
    MetricResult run(List<Event> events, Instant now, Trace trace) {
        Cycle cycle = new Cycle(trace);
        String status = null;
        for (Event e : events) {
            if (e.at().isAfter(now)) {
                break;
            }
            EventType type = e.type();
            if (type == EventType.STATUS) {
                status = e.status();
            }
            if (!cycle.started() ? metric.startOn().contains(type)
                    : metric.restartOn().contains(type) && !inStopStatus(status)) {
                trace.clock(metric.id(), cycle.started() ? "restarted" : "started", e);
                cycle.begin(e.at(), status != null && metric.pauseStatuses().contains(status));
            } else if (!cycle.started() || cycle.stopped) {
                continue;
            } else if (type == EventType.STATUS && inStopStatus(status) || metric.stopOn().contains(type)) {
                cycle.stop(e.at());
                trace.clock(metric.id(), "stopped", e);
            } else if (type == EventType.STATUS) {
                boolean pause = metric.pauseStatuses().contains(status);
                if (pause && cycle.running) {
                    cycle.pause(e.at());
                    trace.clock(metric.id(), "paused", e);
                } else if (!pause && !cycle.running) {
                    cycle.resume(e.at());
                    trace.clock(metric.id(), "resumed", e);
                }
            }
        }
        return cycle.started() ? read(cycle, now, trace) : notStarted(trace);
    }

    private boolean inStopStatus(String status) {
        return status != null && metric.stopStatuses().contains(status);
    }

    private MetricResult notStarted(Trace trace) {
        StringBuilder waits = new StringBuilder("not started: waits for ");
        String or = "";
        for (EventType type : EventType.values()) {
            if (metric.startOn().contains(type)) {
                waits.append(or).append(type.id());
                or = " or ";
            }
        }
        String why = waits.toString();
        trace.notStarted(metric.id(), why);
        return new MetricResult(metric.id(), MetricState.NONE, target, calendarId, null, null,
                Duration.ZERO, target, Duration.ZERO, why);
    }

    private MetricResult read(Cycle c, Instant now, Trace trace) {
        Duration elapsedNow = c.elapsed;
        Duration pausedNow = c.paused;
        Instant due;
        MetricState state;
        if (c.stopped) {
            due = c.reached != null ? c.reached : calendar.add(c.since, target.minus(c.elapsed));
            state = c.since.isAfter(due) ? MetricState.BREACHED : MetricState.MET;
        } else if (c.running) {
            elapsedNow = c.elapsed.plus(calendar.between(c.since, now));
            due = c.reached != null ? c.reached : calendar.add(c.since, target.minus(c.elapsed));
            state = now.isAfter(due) ? MetricState.BREACHED : MetricState.RUNNING;
        } else {
            pausedNow = c.paused.plus(calendar.between(c.since, now));
            due = c.reached != null ? c.reached : calendar.add(now, target.minus(c.elapsed));
            state = c.reached != null && now.isAfter(c.reached) ? MetricState.BREACHED : MetricState.PAUSED;
        }
        Duration remaining = target.minus(elapsedNow);
        if (remaining.isNegative()) {
            remaining = Duration.ZERO;
        }
        MetricResult result = new MetricResult(metric.id(), state, target, calendarId, c.start, due, elapsedNow,
                remaining, pausedNow, null);
        trace.reading(calendar, c.running ? c.since : null, now, c.stopped, result);
        return result;
    }
}
