package dev.sla.testkit;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricKind;
import dev.sla.core.MetricState;
import dev.sla.core.Policy;
import dev.sla.core.Target;
import dev.sla.core.Threshold;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A slow SLA clock written from the documentation of {@link Metric}, {@link EventType},
 * {@link Threshold} and of a ticket's changes alone, for calendars that are open or closed
 * throughout each whole minute ({@link SlaArbitraries#calendarsOnWholeMinutes()}). It walks the
 * timeline in pieces bounded by whole minutes and by the instants of events, asks the calendar
 * whether each piece is open, adds up running and paused time, and finds the instant a level
 * of running time is reached inside the piece that reaches it. Of the engine it uses only the
 * metric's definition, {@link WorkCalendar#isOpen}, the ticket's events and
 * {@link Ticket#attributesAt}, and the policy's targets, which must name the metric's id, a plan,
 * a severity level, no service, a duration and a calendar; the caller tells which severity the
 * policy gives a ticket's values. Time is counted on the calendar of the target in force.
 *
 * <p>The target in force: at receipt, the target of the severity the ticket has then; from each
 * instant of change events on, the target of the severity after the last change at that instant,
 * taken where the first change at that instant stands in the timeline; a change that leaves the
 * ticket no severity keeps the target in force. A ticket without a severity has no target until
 * a change gives it one, and then counts from its start against that first target; a ticket
 * without a severity at the instant of evaluation has none. A stopped cycle keeps the target it
 * was judged against; the next cycle takes the new one.
 */
final class ReferenceClock {

    /** One cycle, as the reference sees it. */
    record Cycle(Instant start, Instant stop, Instant due, MetricState state, Duration elapsed, Duration paused) {
    }

    /** One warning, as the reference sees it. */
    record Warning(Instant at, boolean reached) {
    }

    /** What the reference answers; the target and its calendar are null when the ticket has none. */
    record Reading(MetricState state, Duration target, String calendar, Instant start, Instant due, Duration elapsed,
            Duration paused, Duration remaining, List<Cycle> cycles, List<Warning> warnings, Instant nextChange) {
    }

    /** A piece of running time inside an open minute. */
    private record Piece(Instant from, Duration before, Duration length) {
    }

    /** The cycle being walked. */
    private static final class Walk {
        Instant start;
        Instant stopAt;
        /** The cycle as it stood when it stopped, judged against the target then. */
        Cycle stoppedCycle;
        boolean running;
        Duration elapsed = Duration.ZERO;
        Duration paused = Duration.ZERO;
        final List<Piece> pieces = new ArrayList<>();

        /** The instant the running time reached a level, or null if it has not. */
        Instant reachedAt(Duration level) {
            if (level.isZero()) {
                return start;
            }
            for (Piece p : pieces) {
                if (p.before().plus(p.length()).compareTo(level) >= 0) {
                    return p.from().plus(level.minus(p.before()));
                }
            }
            return null;
        }
    }

    private ReferenceClock() {
    }

    /** The policy's target of a metric for a severity level, or null if there is none. */
    static Target targetOf(Policy policy, Metric m, String plan, String severity) {
        for (Target t : policy.targets()) {
            if (t.metric().equals(m.id()) && t.plan().equals(plan) && severity != null && severity.equals(t.severity())) {
                return t;
            }
        }
        return null;
    }

    /**
     * Reads a metric's clock of a ticket judged by a policy at an instant; {@code severity} gives
     * the severity of the ticket's values, or null.
     */
    static Reading read(Policy policy, Metric m, Ticket ticket, Instant now,
            Function<Map<String, String>, String> severity) {
        List<Event> events = ticket.events();
        // the target at receipt, or the first one a change gives
        Target target = targetOf(policy, m, ticket.plan(), severity.apply(ticket.attributesAt(ticket.received())));
        for (Event e : events) {
            if (target != null || e.at().isAfter(now)) {
                break;
            }
            if (e.type() == EventType.CHANGE) {
                target = targetOf(policy, m, ticket.plan(), severity.apply(ticket.attributesAt(e.at())));
            }
        }
        if (target == null || targetOf(policy, m, ticket.plan(), severity.apply(ticket.attributesAt(now))) == null) {
            return new Reading(MetricState.NONE, null, null, null, null, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                    List.of(), List.of(), null);
        }
        Target pending = null;
        Instant changedAt = null;
        boolean replied = false;
        List<Cycle> cycles = new ArrayList<>();
        Walk w = null;
        String status = null;
        int next = 0;
        Instant t = ticket.received();
        while (true) {
            while (next < events.size() && !events.get(next).at().isAfter(t) && !events.get(next).at().isAfter(now)) {
                Event e = events.get(next++);
                if (e.type() == EventType.STATUS) {
                    status = e.status();
                }
                if (e.type() == EventType.CHANGE) {
                    if (e.at().equals(changedAt)) {
                        continue;       // the first change at an instant takes the values after the last
                    }
                    changedAt = e.at();
                    Target d = targetOf(policy, m, ticket.plan(), severity.apply(ticket.attributesAt(e.at())));
                    if (d != null && w != null && w.stopAt != null) {
                        pending = d;      // a stopped cycle keeps its answer
                    } else if (d != null) {
                        target = d;
                        pending = null;
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
                    cycles.add(closed(w, target.duration(), calendar(policy, target), e.at(), false));
                    if (pending != null) {
                        target = pending;
                        pending = null;
                    }
                    w = open(e.at(), inPause);
                } else if (starts && !held) {
                    if (w != null) {
                        cycles.add(w.stoppedCycle != null ? w.stoppedCycle
                                : closed(w, target.duration(), calendar(policy, target), e.at(), true));
                    }
                    if (pending != null) {
                        target = pending;
                        pending = null;
                    }
                    w = open(e.at(), inPause);
                } else if (w != null && w.stopAt == null) {
                    boolean voids = m.voidOn().contains(e.type())
                            || e.type() == EventType.STATUS && m.voidStatuses().contains(status);
                    boolean stops = m.stopOn().contains(e.type())
                            || e.type() == EventType.STATUS && m.stopStatuses().contains(status);
                    if (voids || stops) {
                        w.stopAt = e.at();
                        w.stoppedCycle = closed(w, target.duration(), calendar(policy, target), e.at(), voids);
                    } else if (e.type() == EventType.STATUS) {
                        w.running = !inPause;
                    }
                }
            }
            if (!t.isBefore(now)) {
                break;
            }
            Instant u = t.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            if (next < events.size() && events.get(next).at().isBefore(u)) {
                u = events.get(next).at();
            }
            if (now.isBefore(u)) {
                u = now;
            }
            if (w != null && w.stopAt == null && calendar(policy, target).isOpen(t)) {
                Duration length = Duration.between(t, u);
                if (w.running) {
                    w.pieces.add(new Piece(t, w.elapsed, length));
                    w.elapsed = w.elapsed.plus(length);
                } else {
                    w.paused = w.paused.plus(length);
                }
            }
            t = u;
        }
        if (w == null) {
            return new Reading(MetricState.NONE, target.duration(), target.calendar(), null, null, Duration.ZERO,
                    Duration.ZERO, target.duration(), List.of(), List.of(), null);
        }
        WorkCalendar calendar = calendar(policy, target);
        Duration length = target.duration();
        Instant due;
        MetricState state;
        Cycle last;
        if (w.stopAt != null) {
            last = w.stoppedCycle;
            due = last.due();
            state = last.state();
        } else {
            Instant reached = w.reachedAt(length);
            due = reached != null ? reached : forward(calendar, now, length.minus(w.elapsed));
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
            Duration level;
            if (th.before() == null) {
                level = Duration.ofNanos(length.toNanos() * th.percent() / 100);
            } else {
                level = th.before().compareTo(length) >= 0 ? Duration.ZERO : length.minus(th.before());
            }
            Instant at = w.reachedAt(level);
            if (at == null && w.stopAt == null) {
                at = forward(calendar, now, level.minus(w.elapsed));
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
            last = new Cycle(w.start, null, due, state, w.elapsed, w.paused);
        }
        cycles.add(last);
        Duration remaining = length.compareTo(last.elapsed()) > 0 ? length.minus(last.elapsed()) : Duration.ZERO;
        return new Reading(state, length, target.calendar(), w.start, due, last.elapsed(), last.paused(), remaining, cycles,
                warnings, nextChange);
    }

    /** The calendar a target is counted on. */
    private static WorkCalendar calendar(Policy policy, Target target) {
        return policy.calendars().get(target.calendar());
    }

    private static Walk open(Instant at, boolean inPause) {
        Walk w = new Walk();
        w.start = at;
        w.running = !inPause;
        return w;
    }

    /** A cycle that ended at an instant, by a stop, a void or a restart (both not applicable when in time). */
    private static Cycle closed(Walk w, Duration target, WorkCalendar calendar, Instant end, boolean notApplicable) {
        Instant reached = w.reachedAt(target);
        Instant due = reached != null ? reached : forward(calendar, end, target.minus(w.elapsed));
        MetricState state = end.isAfter(due) ? MetricState.BREACHED
                : notApplicable ? MetricState.NOT_APPLICABLE : MetricState.MET;
        return new Cycle(w.start, end, due, state, w.elapsed, w.paused);
    }

    /** The instant at which an amount of open time from an instant on has passed. */
    private static Instant forward(WorkCalendar calendar, Instant from, Duration amount) {
        Instant u = from;
        Duration left = amount;
        while (!left.isNegative() && !left.isZero()) {
            Instant end = u.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            if (calendar.isOpen(u)) {
                Duration length = Duration.between(u, end);
                if (length.compareTo(left) >= 0) {
                    return u.plus(left);
                }
                left = left.minus(length);
            }
            u = end;
        }
        return u;
    }
}
