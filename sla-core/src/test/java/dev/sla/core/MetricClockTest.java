package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * The SLA clock alone, on a Mon-Fri 09:00-17:00 UTC calendar. (Against a minute-by-minute reference on generated
 * metrics, calendars and tickets: sla-testkit's {@code ClockProperties}.)
 */
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
}
