package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** The SLA clock alone, on a Mon-Fri 09:00-17:00 UTC calendar; and against a minute-by-minute reference. */
class MetricClockTest {

    static final WorkCalendar OFFICE = WorkCalendar.of(ZoneOffset.UTC, WeeklyHours.parse("Mon-Fri 09:00-17:00"));
    static final Metric RESPONSE = Metric.of("first-response", "First response", EventType.AGENT_RESPONSE)
            .restartedBy(EventType.CUSTOMER_MESSAGE).pausedIn("waiting").stoppedIn("closed");

    static Instant utc(String t) {
        return At.utc(t);
    }

    static MetricClock clock(Metric m, Duration target) {
        return new MetricClock(m, Target.of(m.id(), "p", null, target, "office"), OFFICE);
    }

    static List<Event> timeline(Event... events) {
        return List.of(events);
    }

    /** A trace that keeps what the clock tells it. */
    static final class Recorder implements Trace {
        final List<String> moves = new ArrayList<>();
        final List<Interval> closed = new ArrayList<>();
        Interval open;

        @Override
        public void clock(String metric, String what, Event event) {
            moves.add(what + " " + event.at());
        }

        @Override
        public void stretch(String metric, Instant start, Instant end) {
            closed.add(Interval.of(start, end));
        }

        @Override
        public void reading(WorkCalendar calendar, Instant runningSince, Instant now, boolean stopped,
                MetricResult result) {
            open = runningSince == null ? null : Interval.of(runningSince, now);
        }
    }

    @Test
    void runsOnWorkingHoursOnly() {
        // Friday 16:00 + 4 working hours: 1 h on Friday, 3 h on Monday
        List<Event> events = timeline(Event.of(utc("2025-11-07T16:00"), EventType.RECEIVED));
        MetricResult r = clock(RESPONSE, Duration.ofHours(4)).run(events, utc("2025-11-10T10:00"), Trace.NONE);
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.due()).isEqualTo(utc("2025-11-10T12:00"));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(r.remaining()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void pausesAndResumesWithTheStatusAndKeepsItsStretchesAsIntervals() {
        List<Event> events = timeline(Event.of(utc("2025-11-10T09:00"), EventType.RECEIVED),
                Event.status(utc("2025-11-10T10:00"), "waiting"),
                Event.status(utc("2025-11-10T12:00"), "open"));
        Recorder trace = new Recorder();
        MetricResult r = clock(RESPONSE, Duration.ofHours(3)).run(events, utc("2025-11-10T13:00"), trace);
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.paused()).isEqualTo(Duration.ofHours(2));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(r.due()).isEqualTo(utc("2025-11-10T14:00"));
        assertThat(trace.moves).containsExactly("started 2025-11-10T09:00:00Z", "paused 2025-11-10T10:00:00Z",
                "resumed 2025-11-10T12:00:00Z");
        assertThat(trace.closed).containsExactly(Interval.of(utc("2025-11-10T09:00"), utc("2025-11-10T10:00")));
        assertThat(trace.open).isEqualTo(Interval.of(utc("2025-11-10T12:00"), utc("2025-11-10T13:00")));
    }

    @Test
    void aRestartOpensANewCycleEvenAfterAStop() {
        List<Event> events = timeline(Event.of(utc("2025-11-10T09:00"), EventType.RECEIVED),
                Event.of(utc("2025-11-10T09:30"), EventType.AGENT_RESPONSE),
                Event.of(utc("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE));
        MetricResult r = clock(RESPONSE, Duration.ofHours(1)).run(events, utc("2025-11-10T11:30"), Trace.NONE);
        assertThat(r.start()).isEqualTo(utc("2025-11-10T11:00"));
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.due()).isEqualTo(utc("2025-11-10T12:00"));
    }

    @Test
    void aStopStatusStopsAndBlocksRestarts() {
        List<Event> events = timeline(Event.of(utc("2025-11-10T09:00"), EventType.RECEIVED),
                Event.status(utc("2025-11-10T11:00"), "closed"),
                Event.of(utc("2025-11-10T12:00"), EventType.CUSTOMER_MESSAGE));
        MetricResult r = clock(RESPONSE, Duration.ofHours(1)).run(events, utc("2025-11-10T13:00"), Trace.NONE);
        assertThat(r.state()).isEqualTo(MetricState.BREACHED);
        assertThat(r.due()).isEqualTo(utc("2025-11-10T10:00"));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(r.remaining()).isZero();
    }

    @Test
    void waitsForItsStartEvent() {
        Metric next = new Metric("next-response", "Next response", Set.of(EventType.CUSTOMER_MESSAGE),
                Set.of(), Set.of(EventType.AGENT_RESPONSE), Set.of(), Set.of());
        MetricResult r = clock(next, Duration.ofHours(1)).run(timeline(Event.of(utc("2025-11-10T09:00"),
                EventType.RECEIVED)), utc("2025-11-10T13:00"), Trace.NONE);
        assertThat(r.state()).isEqualTo(MetricState.NONE);
        assertThat(r.due()).isNull();
        assertThat(r.reason()).isEqualTo("not started: waits for customer-message");
    }

    @Test
    void aPausedClockIsDueAsIfResumedNowAndBreachedOnlyOnceReached() {
        List<Event> events = timeline(Event.of(utc("2025-11-10T09:00"), EventType.RECEIVED),
                Event.status(utc("2025-11-10T09:30"), "waiting"));
        MetricResult r = clock(RESPONSE, Duration.ofHours(1)).run(events, utc("2025-11-10T15:00"), Trace.NONE);
        assertThat(r.state()).isEqualTo(MetricState.PAUSED);
        assertThat(r.due()).isEqualTo(utc("2025-11-10T15:30"));
        assertThat(r.paused()).isEqualTo(Duration.ofMinutes(330));
    }

    // ----------------------------------------------------------------- against the reference
    record Case(Metric metric, Duration target, Map<Instant, Duration> retargets, List<Event> events, Instant now) {
    }

    static MetricResult run(Case c, Instant now) {
        List<MetricClock.Retarget> retargets = new ArrayList<>();
        new TreeMap<>(c.retargets()).forEach((at, d) -> retargets.add(new MetricClock.Retarget(at,
                Target.of("m", "p", null, d, "office"), OFFICE)));
        return new MetricClock(c.metric(), Target.of("m", "p", null, c.target(), "office"), OFFICE, retargets)
                .run(c.events(), now, Trace.NONE);
    }

    @Property(tries = 600)
    void agreesWithAMinuteByMinuteReference(@ForAll("cases") Case c) {
        MetricResult r = run(c, c.now());
        ReferenceClock.Reading ref = ReferenceClock.read(c.metric(), c.target(), c.retargets(), OFFICE, c.events(), c.now());
        assertThat(r.state()).as("state").isEqualTo(ref.state());
        assertThat(r.start()).as("start").isEqualTo(ref.start());
        assertThat(r.due()).as("due").isEqualTo(ref.due());
        assertThat(r.nextChange()).as("next change").isEqualTo(ref.nextChange());
        if (ref.state() != MetricState.NONE) {
            assertThat(r.elapsed()).as("elapsed").isEqualTo(ref.elapsed());
            assertThat(r.paused()).as("paused").isEqualTo(ref.paused());
            assertThat(r.remaining()).as("remaining").isEqualTo(
                    r.target().compareTo(ref.elapsed()) > 0 ? r.target().minus(ref.elapsed()) : Duration.ZERO);
            assertThat(r.cycles()).as("cycles").extracting(cy -> new ReferenceClock.Cycle(cy.start(), cy.stop(), cy.due(),
                    cy.state(), cy.elapsed(), cy.paused())).containsExactlyElementsOf(ref.cycles());
            assertThat(r.warnings()).as("warnings").extracting(w -> new ReferenceClock.Warning(w.at(), w.reached()))
                    .containsExactlyElementsOf(ref.warnings());
        } else {
            assertThat(r.cycles()).isEmpty();
            assertThat(r.nextChange()).isNull();
        }
    }

    /** Evaluated anywhere in [now, next change) the answer is the same; at the next change it differs. */
    @Property(tries = 300)
    void nothingChangesBeforeTheNextChange(@ForAll("cases") Case c, @ForAll @net.jqwik.api.constraints.IntRange(min = 0,
            max = 1000) int permille) {
        MetricResult r = run(c, c.now());
        if (r.nextChange() == null) {
            // paused, stopped, breached or not started: the answer stays for days, except a paused due
            MetricResult later = run(c, c.now().plus(Duration.ofDays(3)));
            assertThat(later.state()).isEqualTo(r.state());
            assertThat(later.warnings()).extracting(MetricResult.Warning::reached)
                    .containsExactlyElementsOf(r.warnings().stream().map(MetricResult.Warning::reached).toList());
            return;
        }
        Duration span = Duration.between(c.now(), r.nextChange());
        Instant between = c.now().plus(span.multipliedBy(permille).dividedBy(1000));
        if (!between.isBefore(r.nextChange())) {
            between = r.nextChange().minusNanos(1);
        }
        for (Instant at : List.of(between, r.nextChange().minusNanos(1))) {
            MetricResult same = run(c, at);
            assertThat(same.state()).isEqualTo(r.state());
            assertThat(same.due()).isEqualTo(r.due());
            assertThat(same.warnings()).isEqualTo(r.warnings());
            assertThat(same.nextChange()).isEqualTo(r.nextChange());
        }
        MetricResult after = run(c, r.nextChange());
        assertThat(after.state() != r.state() || !after.warnings().equals(r.warnings())).isTrue();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Set<EventType>> starts = Arbitraries.of(EventType.RECEIVED, EventType.CUSTOMER_MESSAGE)
                .set().ofMinSize(1).ofMaxSize(2);
        Arbitrary<Set<EventType>> restarts = Arbitraries.of(EventType.CUSTOMER_MESSAGE, EventType.AGENT_RESPONSE)
                .set().ofMaxSize(1);
        Arbitrary<Set<EventType>> stops = Arbitraries.of(EventType.AGENT_RESPONSE, EventType.RESOLVED).set().ofMaxSize(2);
        Arbitrary<Set<String>> pauses = Arbitraries.of("waiting", "hold").set().ofMaxSize(2);
        Arbitrary<Set<String>> stopStatuses = Arbitraries.of("closed").set().ofMaxSize(1);
        Arbitrary<Set<String>> voidStatuses = Arbitraries.of("cancelled").set().ofMaxSize(1);
        Arbitrary<Boolean> resolvedVoids = Arbitraries.of(false, true);
        Arbitrary<Threshold> threshold = Arbitraries.oneOf(Arbitraries.of(25, 50, 75, 100).map(Threshold::ofShare),
                Arbitraries.integers().between(1, 40).map(q -> Threshold.before(Duration.ofMinutes(15L * q))));
        Arbitrary<List<Threshold>> thresholds = threshold.list().ofMaxSize(3);
        Arbitrary<Metric> clocks = Combinators.combine(starts, restarts, stops, pauses, stopStatuses, voidStatuses,
                resolvedVoids, thresholds).as((s, r, st, p, ss, vs, rv, th) -> {
                    Set<EventType> stop = EnumSet.noneOf(EventType.class);
                    stop.addAll(st);
                    stop.removeAll(s);
                    Set<EventType> voids = Set.of();
                    if (rv && !s.contains(EventType.RESOLVED)) {
                        stop.remove(EventType.RESOLVED);
                        voids = Set.of(EventType.RESOLVED);
                    }
                    return new Metric("m", "M", s, r, stop, p, ss, voids, vs, th);
                });
        Arbitrary<Metric> metrics = Combinators.combine(clocks, Arbitraries.of(MetricKind.class)).as((m, kind) -> {
            if (kind == MetricKind.ELAPSED) {
                return m;
            }
            Set<EventType> stop = EnumSet.of(EventType.AGENT_RESPONSE);
            stop.addAll(m.stopOn());
            Set<EventType> start = kind == MetricKind.NEXT_REPLY ? Set.of(EventType.CUSTOMER_MESSAGE) : m.startOn();
            stop.removeAll(start);
            if (stop.isEmpty()) {
                return m;
            }
            return new Metric("m", "M", start, kind == MetricKind.NEXT_REPLY ? Set.of(EventType.CUSTOMER_MESSAGE)
                    : m.restartOn(), stop, m.pauseStatuses(), m.stopStatuses(), m.voidOn(), m.voidStatuses(), m.warnings(),
                    kind);
        });
        Arbitrary<Event> step = Combinators.combine(Arbitraries.integers().between(0, 60 * 30),
                Arbitraries.of("customer-message", "agent-response", "resolved", "open", "waiting", "hold", "closed",
                        "cancelled", "change"))
                .as((minutes, what) -> {
                    Instant at = Instant.ofEpochSecond(minutes * 60L);
                    return what.equals("change") ? Event.change(at, "severity", "x")
                            : what.contains("-") || what.equals("resolved") ? Event.of(at, EventType.ofId(what))
                            : Event.status(at, what);
                });
        Arbitrary<Duration> targets = Arbitraries.integers().between(1, 24 * 3).map(q -> Duration.ofMinutes(20L * q));
        Arbitrary<Instant> received = Arbitraries.integers().between(0, 14 * 24 * 60)
                .map(m -> utc("2025-11-03T00:00").plus(Duration.ofMinutes(m)));
        return Combinators.combine(metrics, targets, received, step.list().ofMaxSize(10), targets.list().ofSize(10),
                Arbitraries.integers().between(0, 60 * 24 * 3))
                .as((m, target, start, steps, later, after) -> {
                    List<Event> events = new ArrayList<>();
                    Map<Instant, Duration> retargets = new HashMap<>();
                    events.add(Event.of(start, EventType.RECEIVED));
                    Instant t = start;
                    for (int i = 0; i < steps.size(); i++) {
                        Event s = steps.get(i);
                        t = t.plusSeconds(s.at().getEpochSecond());
                        events.add(new Event(t, s.type(), s.status(), s.attribute(), s.value()));
                        if (s.type() == EventType.CHANGE) {
                            retargets.put(t, later.get(i));
                        }
                    }
                    Ticket.Builder b = Ticket.builder("p");
                    events.forEach(b::event);
                    return new Case(m, target, retargets, b.build().events(), t.plus(Duration.ofMinutes(after)));
                });
    }
}
