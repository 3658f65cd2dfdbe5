package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A slow SLA clock written from {@link Metric}'s, {@link EventType}'s and {@link Threshold}'s
 * documentation alone, for timelines whose events and calendar boundaries all fall on whole
 * minutes: it walks the timeline minute by minute, asks the calendar whether each minute is
 * open, counts running and paused minutes, and notes the instant each running minute ends.
 * Nothing of {@link MetricClock} is shared but the calendar's {@code isOpen}.
 */
final class ReferenceClock {

    /** One cycle, as the reference sees it. */
    record Cycle(Instant start, Instant stop, Instant due, MetricState state, Duration elapsed, Duration paused) {
    }

    /** One warning, as the reference sees it. */
    record Warning(Instant at, boolean reached) {
    }

    /** What the reference answers. */
    record Reading(MetricState state, Instant start, Instant due, Duration elapsed, Duration paused, List<Cycle> cycles,
            List<Warning> warnings, Instant nextChange) {
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private ReferenceClock() {
    }

    static Reading read(Metric m, Duration target, WorkCalendar calendar, List<Event> events, Instant now) {
        return read(m, target, Map.of(), calendar, events, now);
    }

    /** The cycle being walked. */
    private static final class Walk {
        Instant start;
        Instant stopAt;
        /** The cycle as it stood when it stopped, judged against the target then. */
        Cycle stoppedCycle;
        boolean voided;
        boolean running;
        long paused;
        /** ends.get(k) is the instant the (k+1)-th running minute ended. */
        final List<Instant> ends = new ArrayList<>();

        long elapsed() {
            return ends.size();
        }

        /** The instant the elapsed time reached a count of minutes, or null. */
        Instant reachedAt(long minutes) {
            return minutes == 0 ? start : minutes <= ends.size() ? ends.get((int) minutes - 1) : null;
        }
    }

    /**
     * Reads the clock; {@code targets} gives the target in minutes from each change event's instant on.
     */
    static Reading read(Metric m, Duration first, Map<Instant, Duration> targets, WorkCalendar calendar,
            List<Event> events, Instant now) {
        long target = first.toMinutes();
        long pending = -1;
        boolean replied = false;
        List<Cycle> cycles = new ArrayList<>();
        Walk w = null;
        String status = null;
        int next = 0;
        Instant t = events.get(0).at();
        while (true) {
            while (next < events.size() && !events.get(next).at().isAfter(t) && !events.get(next).at().isAfter(now)) {
                Event e = events.get(next++);
                if (e.type() == EventType.STATUS) {
                    status = e.status();
                }
                if (e.type() == EventType.CHANGE) {
                    Duration d = targets.get(e.at());
                    if (d != null && w != null && w.stopAt != null) {
                        pending = d.toMinutes();      // a stopped cycle keeps its answer
                    } else if (d != null) {
                        target = d.toMinutes();
                        pending = -1;
                    }
                    continue;
                }
                boolean held = status != null && (m.stopStatuses().contains(status) || m.voidStatuses().contains(status));
                boolean inPause = status != null && m.pauseStatuses().contains(status);
                boolean starts = w == null ? m.startOn().contains(e.type()) : m.restartOn().contains(e.type());
                if (m.kind() == MetricKind.NEXT_REPLY && (!replied || w != null && w.stopAt == null)) {
                    starts = false;     // only a message after a reply, with no cycle open
                }
                if (m.kind() == MetricKind.NEXT_REPLY && m.stopOn().contains(e.type())) {
                    replied = true;
                }
                boolean periodic = m.kind() == MetricKind.PERIODIC_UPDATE && !held && w != null && w.stopAt == null
                        && m.stopOn().contains(e.type()) && !m.voidOn().contains(e.type());
                if (periodic) {
                    // an update fulfils the cycle and opens the next at its instant
                    w.stopAt = e.at();
                    w.voided = false;
                    cycles.add(closed(w, target, calendar, e.at()));
                    if (pending >= 0) {
                        target = pending;
                        pending = -1;
                    }
                    w = new Walk();
                    w.start = e.at();
                    w.running = !inPause;
                } else if (starts && !held) {
                    if (w != null) {
                        cycles.add(w.stoppedCycle != null ? w.stoppedCycle : closed(w, target, calendar, e.at()));
                    }
                    if (pending >= 0) {
                        target = pending;
                        pending = -1;
                    }
                    w = new Walk();
                    w.start = e.at();
                    w.running = !inPause;
                } else if (w != null && w.stopAt == null) {
                    boolean voids = m.voidOn().contains(e.type()) || e.type() == EventType.STATUS && m.voidStatuses().contains(status);
                    boolean stops = m.stopOn().contains(e.type()) || e.type() == EventType.STATUS && m.stopStatuses().contains(status);
                    if (voids || stops) {
                        w.stopAt = e.at();
                        w.voided = voids;
                        w.stoppedCycle = closed(w, target, calendar, e.at());
                    } else if (e.type() == EventType.STATUS) {
                        w.running = !inPause;
                    }
                }
            }
            if (!t.isBefore(now)) {
                break;
            }
            if (w != null && w.stopAt == null && calendar.isOpen(t)) {
                if (w.running) {
                    w.ends.add(t.plus(MINUTE));
                } else {
                    w.paused++;
                }
            }
            t = t.plus(MINUTE);
        }
        if (w == null) {
            return new Reading(MetricState.NONE, null, null, Duration.ZERO, Duration.ZERO, List.of(), List.of(), null);
        }
        Instant due;
        MetricState state;
        Cycle last;
        if (w.stopAt != null) {
            last = w.stoppedCycle;
            due = last.due();
            state = last.state();
        } else {
            Instant reached = w.reachedAt(target);
            due = reached != null ? reached : forward(calendar, now, target - w.elapsed());
            if (w.running) {
                state = now.isAfter(due) ? MetricState.BREACHED : MetricState.RUNNING;
            } else {
                state = reached != null && now.isAfter(reached) ? MetricState.BREACHED : MetricState.PAUSED;
            }
            last = null;
        }
        List<Warning> warnings = new ArrayList<>();
        Instant nextChange = w.stopAt == null && w.running && state == MetricState.RUNNING ? due.plusNanos(1) : null;
        boolean atRisk = false;
        for (Threshold th : m.warnings()) {
            long level = th.before() == null ? target * th.percent() / 100 : Math.max(0, target - th.before().toMinutes());
            Instant at = w.reachedAt(level);
            if (at == null && w.stopAt == null) {
                at = forward(calendar, now, level - w.elapsed());
            }
            boolean reached = at != null && !at.isAfter(now);
            atRisk |= reached;
            if (!reached && nextChange != null && at.isBefore(nextChange)) {
                nextChange = at;
            }
            warnings.add(new Warning(at, reached));
        }
        if (atRisk && state == MetricState.RUNNING && w.running) {
            state = MetricState.AT_RISK;
        }
        if (last == null) {
            last = new Cycle(w.start, null, due, state, Duration.ofMinutes(w.elapsed()), Duration.ofMinutes(w.paused));
        }
        cycles.add(last);
        return new Reading(state, w.start, due, last.elapsed(), last.paused(), cycles, warnings, nextChange);
    }

    /** A cycle that ended at an instant, by a stop, a void or a restart. */
    private static Cycle closed(Walk w, long target, WorkCalendar calendar, Instant end) {
        Instant reached = w.reachedAt(target);
        Instant due = reached != null ? reached : forward(calendar, end, target - w.elapsed());
        MetricState state = end.isAfter(due) ? MetricState.BREACHED
                : w.stopAt != null && !w.voided ? MetricState.MET : MetricState.NOT_APPLICABLE;
        return new Cycle(w.start, end, due, state, Duration.ofMinutes(w.elapsed()), Duration.ofMinutes(w.paused));
    }

    /** The instant after a count of open minutes from an instant. */
    private static Instant forward(WorkCalendar calendar, Instant from, long minutes) {
        Instant u = from;
        long left = minutes;
        while (left > 0) {
            if (calendar.isOpen(u)) {
                left--;
            }
            u = u.plus(MINUTE);
        }
        return u;
    }
}
