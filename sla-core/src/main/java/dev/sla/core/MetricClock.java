package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA clock of one metric against its target: which events start, restart, pause,
 * resume, stop and void it, how much working time of the target's calendar it ran in each
 * cycle, when the target and each warning threshold are (or were) reached, and the next
 * instant at which its answer changes.
 *
 * <p>A run reads a ticket's timeline up to the instant of evaluation. Each start or
 * restart opens a cycle; a restart closes the one before, which is kept. Within a cycle the
 * clock runs in stretches (from a start or a resume to a pause or a stop, or to now), each
 * told to the trace, which keeps them as {@link org.threeten.extra.Interval}s only if it
 * explains them. The due instant is the one at which the running stretches reach the
 * target: found inside a closed stretch, or counted from the last resume (running), from
 * the stop (stopped) or from now (paused). Warning thresholds are found the same way.
 *
 * <p>A change of the ticket's values may give the metric another target (and calendar)
 * from its instant on ({@link Retarget}): a running or paused cycle keeps its elapsed and
 * paused time and is judged against the new target; a stopped cycle keeps its answer; the
 * next cycle counts against the new target.
 *
 * <p>An event whose author the metric does not let start, restart or stop the clock
 * ({@link EventAuthors}) does not do so.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MetricClock {

    /**
     * The target a metric has from an instant on, after a change of the ticket's values.
     *
     * @param at  the instant of the change
     * @param target  the new target, with a duration
     * @param calendar  the calendar the new target is counted on
     */
    record Retarget(Instant at, Target target, WorkCalendar calendar) {
    }

    /** A closed running stretch of a cycle, kept when retargets need it. */
    private record Stretch(Instant from, Duration before, Duration length, WorkCalendar calendar) {
    }

    private static final Duration[] NO_LEVELS = {};
    private static final Instant[] NO_INSTANTS = {};
    private static final WorkCalendar[] NO_CALENDARS = {};

    private final Metric metric;
    private final Target first;
    private final WorkCalendar firstCalendar;
    private final List<Retarget> retargets;
    /** True if closed stretches are kept, to find retargeted due instants and thresholds. */
    private final boolean keepStretches;
    /** The metric's warning thresholds. */
    private final List<Threshold> thresholds;

    /**
     * Obtains the clock of a metric against a target with a duration.
     *
     * @param metric  the metric, not null
     * @param target  the target, with a duration, not null
     * @param calendar  the calendar the target is counted on, not null
     */
    MetricClock(Metric metric, Target target, WorkCalendar calendar) {
        this(metric, target, calendar, List.of());
    }

    /**
     * Obtains the clock of a metric against a target that changes with the ticket's values.
     *
     * @param metric  the metric, not null
     * @param target  the target at the start, with a duration, not null
     * @param calendar  the calendar the target is counted on, not null
     * @param retargets  the later targets, in time order, not null
     */
    MetricClock(Metric metric, Target target, WorkCalendar calendar, List<Retarget> retargets) {
        this.metric = metric;
        this.first = target;
        this.firstCalendar = calendar;
        this.retargets = retargets;
        this.keepStretches = !retargets.isEmpty();
        this.thresholds = metric.warnings();
    }

    /** One run over a timeline: the target in force, the closed cycles and the current one. */
    private final class Run {
        private final Trace trace;
        /** The relative deadline in force, or null for a duration. */
        RelativeDeadline relative = first.deadline();
        /** The target's working time: the duration, or for a relative deadline that of the current cycle. */
        Duration target = relative == null ? first.duration() : Duration.ZERO;
        String calendarId = first.calendar();
        WorkCalendar calendar = firstCalendar;
        /** The closed cycles, with room for the last one; null until one closes. */
        MetricResult.Cycle[] closed;
        int closedCount;
        /** The start of the current cycle, null until the clock starts. */
        Instant start;
        /** While running, since when; while paused, since when it paused. */
        Instant since;
        boolean running;
        /** The current cycle once it stopped, or null while it goes on. */
        MetricResult.Cycle stopped;
        Duration elapsed = Duration.ZERO;
        Duration paused = Duration.ZERO;
        /** The instant the target was reached inside a closed stretch, or null. */
        Instant reached;
        /** The elapsed time at which each threshold is reached, for the target in force. */
        final Duration[] levels = thresholds.isEmpty() ? NO_LEVELS : new Duration[thresholds.size()];
        /**
         * For each threshold reached inside a closed stretch, the stretch's start, or null; its
         * instant is found only when the answer needs it (a superseded cycle's never is).
         */
        final Instant[] levelFrom = thresholds.isEmpty() ? NO_INSTANTS : new Instant[thresholds.size()];
        /** For each threshold reached inside a closed stretch, the elapsed time before that stretch. */
        final Duration[] levelBefore = thresholds.isEmpty() ? NO_LEVELS : new Duration[thresholds.size()];
        /** For each threshold reached inside a closed stretch, the calendar of that stretch. */
        final WorkCalendar[] levelCalendar = thresholds.isEmpty() ? NO_CALENDARS : new WorkCalendar[thresholds.size()];
        /** A new target that waits for the next cycle, the current one being stopped; or null. */
        Retarget pending;
        /** The closed stretches of the current cycle, when kept. */
        final List<Stretch> stretches = keepStretches ? new ArrayList<>() : null;

        Run(Trace trace) {
            this.trace = trace;
            setLevels();
        }

        private void setLevels() {
            for (int k = 0; k < levels.length; k++) {
                levels[k] = thresholds.get(k).reachedAfter(target);
            }
        }

        boolean started() {
            return start != null;
        }

        void begin(Event e, boolean pausedAtStart) {
            Instant at = e.at();
            boolean restart = started();
            if (restart) {
                MetricResult.Cycle last = stopped != null ? stopped
                        : close(at, MetricState.NOT_APPLICABLE);
                if (closed == null) {
                    closed = new MetricResult.Cycle[4];
                } else if (closedCount + 1 == closed.length) {
                    closed = java.util.Arrays.copyOf(closed, closed.length * 2);
                }
                closed[closedCount++] = last;
                trace.cycle(metric.id(), closedCount, last);
            }
            trace.clock(metric.id(), restart ? "restarted" : "started", e);
            if (pending != null) {
                take(pending);
                pending = null;
            }
            start = at;
            if (relative != null) {
                target = calendar.between(at, relative.from(at, calendar));
                setLevels();
            }
            since = at;
            running = !pausedAtStart;
            stopped = null;
            elapsed = Duration.ZERO;
            paused = Duration.ZERO;
            reached = null;
            for (int k = 0; k < levelFrom.length; k++) {
                levelFrom[k] = null;
            }
            if (stretches != null) {
                stretches.clear();
            }
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

        /** Ends the cycle at an instant: met, not applicable when voided, breached if past due. */
        void stop(Instant at, boolean voids) {
            stopped = close(at, voids ? MetricState.NOT_APPLICABLE : MetricState.MET);
        }

        /** Closes the running or paused cycle at an instant, in a state unless it is breached. */
        private MetricResult.Cycle close(Instant at, MetricState inTime) {
            if (running) {
                closeStretch(at);
            } else {
                paused = paused.plus(calendar.between(since, at));
            }
            running = false;
            since = at;
            Instant due = reached != null ? reached : calendar.add(at, target.minus(elapsed));
            return new MetricResult.Cycle(start, at, due, at.isAfter(due) ? MetricState.BREACHED : inTime, elapsed, paused);
        }

        /**
         * Takes a new target from an instant on, keeping the elapsed and paused time; a stopped
         * cycle keeps its answer and the next cycle takes the new target.
         */
        void retarget(Retarget r, Event e) {
            if (stopped != null) {
                trace.retarget(metric.id(), r.target(), e, elapsed, true);
                pending = r;
                return;
            }
            if (started()) {
                if (running) {
                    closeStretch(e.at());
                } else {
                    paused = paused.plus(calendar.between(since, e.at()));
                }
                since = e.at();
            }
            take(r);
            trace.retarget(metric.id(), r.target(), e, elapsed, false);
            if (started()) {
                reached = elapsed.compareTo(target) >= 0 ? inStretches(target) : null;
                for (int k = 0; k < levels.length; k++) {
                    levelFrom[k] = null;
                    if (!levels[k].isZero() && elapsed.compareTo(levels[k]) >= 0) {
                        for (Stretch st : stretches) {
                            if (st.before().plus(st.length()).compareTo(levels[k]) >= 0) {
                                levelFrom[k] = st.from();
                                levelBefore[k] = st.before();
                                levelCalendar[k] = st.calendar();
                                break;
                            }
                        }
                    }
                }
            }
        }

        private void take(Retarget r) {
            relative = r.target().deadline();
            target = relative == null ? r.target().duration()
                    : started() ? r.calendar().between(start, relative.from(start, r.calendar())) : Duration.ZERO;
            calendarId = r.target().calendar();
            calendar = r.calendar();
            setLevels();
        }

        /** Ends a running stretch, noting the instant the target was reached inside it. */
        private void closeStretch(Instant at) {
            Duration d = calendar.between(since, at);
            trace.stretch(metric.id(), since, at);
            if (d.isZero()) {
                return;
            }
            Duration after = elapsed.plus(d);
            if (reached == null && after.compareTo(target) >= 0) {
                reached = calendar.add(since, target.minus(elapsed));
            }
            for (int k = 0; k < levels.length; k++) {
                if (levelFrom[k] == null && !levels[k].isZero() && after.compareTo(levels[k]) >= 0) {
                    levelFrom[k] = since;
                    levelBefore[k] = elapsed;
                    levelCalendar[k] = calendar;
                }
            }
            if (stretches != null) {
                stretches.add(new Stretch(since, elapsed, d, calendar));
            }
            elapsed = after;
        }

        /** The instant the closed stretches reach an elapsed time, or null if they do not. */
        Instant inStretches(Duration level) {
            for (Stretch s : stretches) {
                if (s.before().plus(s.length()).compareTo(level) >= 0) {
                    return s.calendar().add(s.from(), level.minus(s.before()));
                }
            }
            return null;
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
        Run run = new Run(trace);
        String status = null;
        int nextRetarget = 0;
        MetricKind kind = metric.kind();
        EventAuthors authors = metric.authors();
        boolean limited = !authors.isAny();
        boolean replied = false;
        // true while the ticket's status holds back starts
        boolean held = false;
        // what the current status does
        boolean pauseStatus = false;
        boolean stopStatus = false;
        boolean voidStatus = false;
        for (Event e : events) {
            if (e.at().isAfter(now)) {
                break;
            }
            EventType type = e.type();
            boolean isStatus = type == EventType.STATUS;
            if (isStatus) {
                status = e.status();
                pauseStatus = status != null && metric.pauseStatuses().contains(status);
                stopStatus = status != null && metric.stopStatuses().contains(status);
                voidStatus = status != null && metric.voidStatuses().contains(status);
                held = stopStatus || voidStatus;
            } else if (type == EventType.CHANGE) {
                while (nextRetarget < retargets.size() && !retargets.get(nextRetarget).at().isAfter(e.at())) {
                    run.retarget(retargets.get(nextRetarget++), e);
                }
                continue;
            }
            boolean stops = metric.stopOn().contains(type);
            boolean opens = !held && (run.started() ? metric.restartOn() : metric.startOn()).contains(type);
            if (limited && e.author() != null) {
                stops &= authors.mayStop(e.author());
                opens &= run.started() ? authors.mayRestart(e.author()) : authors.mayStart(e.author());
            }
            if (opens && kind == MetricKind.NEXT_REPLY && (!replied || run.started() && run.stopped == null)) {
                opens = false;
            } else if (opens && kind == MetricKind.PERIODIC_UPDATE && run.started() && run.stopped == null && stops) {
                opens = false;      // an update fulfils the cycle, then opens the next
            }
            if (kind == MetricKind.NEXT_REPLY && stops) {
                replied = true;
            }
            if (opens) {
                run.begin(e, pauseStatus);
            } else if (!run.started() || run.stopped != null) {
                continue;
            } else if (metric.voidOn().contains(type) || isStatus && voidStatus) {
                run.stop(e.at(), true);
                trace.clock(metric.id(), "voided", e);
            } else if (stops || isStatus && stopStatus) {
                run.stop(e.at(), false);
                trace.clock(metric.id(), "stopped", e);
                if (kind == MetricKind.PERIODIC_UPDATE && stops && !held) {
                    run.begin(e, pauseStatus);
                }
            } else if (isStatus) {
                if (pauseStatus && run.running) {
                    run.pause(e.at());
                    trace.clock(metric.id(), "paused", e);
                } else if (!pauseStatus && !run.running) {
                    run.resume(e.at());
                    trace.clock(metric.id(), "resumed", e);
                }
            }
        }
        return run.started() ? read(run, now, trace) : notStarted(run, trace);
    }

    private MetricResult notStarted(Run run, Trace trace) {
        StringBuilder waits = new StringBuilder("not started: waits for ");
        String or = "";
        for (EventType type : EventType.values()) {
            if (metric.startOn().contains(type)) {
                waits.append(or).append(type.id());
                or = " or ";
            }
        }
        if (metric.kind() == MetricKind.NEXT_REPLY) {
            waits.append(" after a reply");
        }
        String why = waits.toString();
        trace.notStarted(metric.id(), why);
        Duration target = run.relative == null ? run.target : null;
        return new MetricResult(metric.id(), MetricState.NONE, target, run.calendarId, null, null,
                Duration.ZERO, target == null ? Duration.ZERO : target, Duration.ZERO, why);
    }

    private MetricResult read(Run c, Instant now, Trace trace) {
        Duration target = c.target;
        WorkCalendar calendar = c.calendar;
        Duration elapsedNow = c.elapsed;
        Duration pausedNow = c.paused;
        Instant due;
        MetricState state;
        boolean running = c.stopped == null && c.running;
        if (c.stopped != null) {
            due = c.stopped.due();
            state = c.stopped.state();
        } else if (c.running) {
            elapsedNow = c.elapsed.plus(calendar.between(c.since, now));
            due = c.reached != null ? c.reached : calendar.add(c.since, target.minus(c.elapsed));
            state = now.isAfter(due) ? MetricState.BREACHED : MetricState.RUNNING;
        } else {
            pausedNow = c.paused.plus(calendar.between(c.since, now));
            due = c.reached != null ? c.reached : calendar.add(now, target.minus(c.elapsed));
            state = c.reached != null && now.isAfter(c.reached) ? MetricState.BREACHED : MetricState.PAUSED;
        }
        Instant next = running && state == MetricState.RUNNING ? due.plusNanos(1) : null;
        List<MetricResult.Warning> warnings = List.of();
        if (!thresholds.isEmpty()) {
            MetricResult.Warning[] ws = new MetricResult.Warning[thresholds.size()];
            for (int k = 0; k < ws.length; k++) {
                Threshold th = thresholds.get(k);
                Duration level = c.levels[k];
                Instant at = level.isZero() ? c.start : c.levelFrom[k] == null ? null
                        : c.levelCalendar[k].add(c.levelFrom[k], level.minus(c.levelBefore[k]));
                if (at == null && c.stopped == null) {
                    at = calendar.add(running ? c.since : now, level.minus(c.elapsed));
                }
                boolean reached = at != null && !at.isAfter(now);
                if (reached && state == MetricState.RUNNING) {
                    state = MetricState.AT_RISK;
                } else if (!reached && next != null && at != null && at.isBefore(next)) {
                    next = at;
                }
                ws[k] = new MetricResult.Warning(th, at, reached, th.escalateTo());
            }
            warnings = new FixedList<>(ws, ws.length);
        }
        Duration remaining = target.minus(elapsedNow);
        if (remaining.isNegative()) {
            remaining = Duration.ZERO;
        }
        MetricResult.Cycle last = c.stopped != null ? c.stopped
                : new MetricResult.Cycle(c.start, null, due, state, elapsedNow, pausedNow);
        List<MetricResult.Cycle> cycles;
        if (c.closed == null) {
            cycles = new FixedList<>(new MetricResult.Cycle[] {last}, 1);
        } else {
            c.closed[c.closedCount] = last;
            cycles = new FixedList<>(c.closed, c.closedCount + 1);
        }
        MetricResult result = new MetricResult(metric.id(), state, target, c.calendarId, c.start, due, elapsedNow,
                remaining, pausedNow, null, cycles, warnings, next);
        trace.reading(calendar, running ? c.since : null, now, c.stopped != null, result);
        return result;
    }
}
