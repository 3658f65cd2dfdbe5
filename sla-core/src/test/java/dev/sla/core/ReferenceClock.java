package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A slow SLA clock written from {@link Metric}'s documentation alone, for timelines whose
 * events and calendar boundaries all fall on whole minutes: it walks the timeline minute by
 * minute, asks the calendar whether each minute is open, and counts running and paused
 * minutes. Nothing of {@link MetricClock} is shared but the calendar's {@code isOpen}.
 */
final class ReferenceClock {

    /** What the reference answers. */
    record Reading(MetricState state, Instant start, Instant due, Duration elapsed, Duration paused) {
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private ReferenceClock() {
    }

    static Reading read(Metric m, Duration target, WorkCalendar calendar, List<Event> events, Instant now) {
        long targetMinutes = target.toMinutes();
        boolean started = false;
        boolean running = false;
        boolean stopped = false;
        Instant start = null;
        Instant stopAt = null;
        Instant reached = null;
        long elapsed = 0;
        long paused = 0;
        String status = null;
        int next = 0;
        Instant t = events.get(0).at();
        while (true) {
            // apply every event at this minute
            while (next < events.size() && !events.get(next).at().isAfter(t) && !events.get(next).at().isAfter(now)) {
                Event e = events.get(next++);
                if (e.type() == EventType.STATUS) {
                    status = e.status();
                }
                boolean inStopStatus = status != null && m.stopStatuses().contains(status);
                boolean inPauseStatus = status != null && m.pauseStatuses().contains(status);
                if (!started && m.startOn().contains(e.type()) || started && m.restartOn().contains(e.type()) && !inStopStatus) {
                    started = true;
                    stopped = false;
                    start = e.at();
                    reached = null;
                    elapsed = 0;
                    paused = 0;
                    running = !inPauseStatus;
                } else if (started && !stopped) {
                    if (e.type() == EventType.STATUS && inStopStatus || m.stopOn().contains(e.type())) {
                        stopped = true;
                        stopAt = e.at();
                    } else if (e.type() == EventType.STATUS) {
                        running = !inPauseStatus;
                    }
                }
            }
            if (!t.isBefore(now)) {
                break;
            }
            if (started && !stopped && calendar.isOpen(t)) {
                if (running) {
                    elapsed++;
                    if (elapsed == targetMinutes && reached == null) {
                        reached = t.plus(MINUTE);
                    }
                } else {
                    paused++;
                }
            }
            t = t.plus(MINUTE);
        }
        if (!started) {
            return new Reading(MetricState.NONE, null, null, Duration.ZERO, Duration.ZERO);
        }
        Instant end = stopped ? stopAt : now;
        Instant due = reached;
        if (due == null) {
            long left = targetMinutes - elapsed;
            Instant u = end;
            while (left > 0) {
                if (calendar.isOpen(u)) {
                    left--;
                }
                u = u.plus(MINUTE);
            }
            due = u;
        }
        MetricState state;
        if (stopped) {
            state = stopAt.isAfter(due) ? MetricState.BREACHED : MetricState.MET;
        } else if (running) {
            state = now.isAfter(due) ? MetricState.BREACHED : MetricState.RUNNING;
        } else {
            state = reached != null && now.isAfter(reached) ? MetricState.BREACHED : MetricState.PAUSED;
        }
        return new Reading(state, start, due, Duration.ofMinutes(elapsed), Duration.ofMinutes(paused));
    }
}
