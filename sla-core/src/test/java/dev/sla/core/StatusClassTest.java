package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.Problem;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** Time per status class: wall-clock and working time, the classes' checks, and a slow reference. */
class StatusClassTest {

    static final List<String> STATUSES = List.of("new", "waiting", "on-hold", "working", "testing", "resolved");
    static final WorkCalendar OFFICE = WorkCalendar.of(ZoneId.of("Europe/Berlin"),
            WeeklyHours.parse("Mon-Fri 09:00-12:30, 13:15-17:00"));

    static PolicyBuilder base() {
        return Policy.builder("classes").vendor("l1")
                .party(Party.of("l1", "First line", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .calendar("always", WorkCalendar.always(ZoneOffset.UTC))
                .calendar("office", OFFICE)
                .statuses(STATUSES.toArray(new String[0]))
                .metric(Metric.of("response", "Response", EventType.AGENT_RESPONSE).pausedIn("waiting"))
                .target(Target.of("response", "basic", null, Duration.ofHours(4), "always"));
    }

    static final Policy CLASSES = base()
            .statusClass(StatusClass.of("requester-wait", "waiting", "on-hold"))
            .statusClass(StatusClass.of("agent-work", "working", "testing").withCalendar("office"))
            .build();

    static Instant utc(String dateTime) {
        return Instant.parse(dateTime + ":00Z");
    }

    @Test
    void eachClassSumsTheWallClockTimeOfItsStatusesAndTheWorkingTimeOnItsCalendar() {
        // Monday 2025-11-03; Berlin is UTC+1: the office is open 08:00-11:30 and 12:15-16:00 UTC
        Ticket t = Ticket.builder("basic").received(utc("2025-11-03T07:00")).status(utc("2025-11-03T07:30"), "new")
                .status(utc("2025-11-03T10:00"), "working").status(utc("2025-11-03T12:00"), "waiting")
                .status(utc("2025-11-03T13:00"), "testing").status(utc("2025-11-03T15:00"), "on-hold")
                .status(utc("2025-11-03T15:30"), "working").status(utc("2025-11-04T09:00"), "resolved").build();
        Map<String, StatusClassTime> at = CLASSES.evaluate(t, utc("2025-11-04T12:00")).statusClassTimes();
        assertThat(at.keySet()).containsExactly("requester-wait", "agent-work");
        assertThat(at.get("requester-wait")).isEqualTo(new StatusClassTime("requester-wait", Duration.ofMinutes(90), null, null));
        assertThat(at.get("requester-wait").working()).isEmpty();
        // working 10:00-12:00, testing 13:00-15:00, working 15:30-09:00 next day: 2 + 2 + 17.5 hours
        StatusClassTime work = at.get("agent-work");
        assertThat(work.wallTime()).isEqualTo(Duration.ofMinutes(21 * 60 + 30));
        assertThat(work.calendar()).isEqualTo("office");
        // open: 10:00-11:30 (90), 13:00-15:00 (120), 15:30-16:00 (30), Tuesday 08:00-09:00 (60)
        assertThat(work.working()).contains(Duration.ofMinutes(300));
    }

    @Test
    void theTimeOfTheCurrentStatusRunsUpToTheInstantAndLaterEventsAreNotKnown() {
        Ticket t = Ticket.builder("basic").received(utc("2025-11-03T07:00")).status(utc("2025-11-03T08:00"), "working")
                .status(utc("2025-11-03T10:00"), "waiting").build();
        Map<String, StatusClassTime> at = CLASSES.evaluate(t, utc("2025-11-03T09:00")).statusClassTimes();
        assertThat(at.get("agent-work").wallTime()).isEqualTo(Duration.ofHours(1));
        assertThat(at.get("agent-work").working()).contains(Duration.ofHours(1));
        assertThat(at.get("requester-wait").wallTime()).isZero();
    }

    @Test
    void aClassNotEnteredHasZeroTimeAndAPolicyWithoutClassesGivesNone() {
        Ticket t = Ticket.builder("basic").received(utc("2025-11-03T07:00")).build();
        assertThat(CLASSES.evaluate(t, utc("2025-11-03T09:00")).statusClassTimes().values())
                .extracting(StatusClassTime::wallTime).containsExactly(Duration.ZERO, Duration.ZERO);
        assertThat(base().build().evaluate(t, utc("2025-11-03T09:00")).statusClassTimes()).isEmpty();
        assertThat(CLASSES.statusClasses().get("agent-work"))
                .isEqualTo(new StatusClass("agent-work", List.of("working", "testing"), "office"));
    }

    @Test
    void classesAreCheckedWithEveryProblemLocated() {
        InvalidPolicyException ex = (InvalidPolicyException) org.assertj.core.api.Assertions.catchThrowable(() -> base()
                .statusClass(StatusClass.of("requester-wait", "waitng", "on-hold"))
                .statusClass(StatusClass.of("agent-work", "working", "on-hold", "working").withCalendar("ofice"))
                .statusClass(StatusClass.of("nothing"), "/statusClasses/nothing/statuses")
                .build());
        assertThat(ex.problems()).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/statusClasses/requester-wait/0", "unknown status 'waitng'; did you mean "
                        + "'waiting'?; known: new, waiting, on-hold, working, testing, resolved"),
                org.assertj.core.groups.Tuple.tuple("/statusClasses/agent-work/1",
                        "status 'on-hold' is already in class 'requester-wait'; a status belongs to one class at most"),
                org.assertj.core.groups.Tuple.tuple("/statusClasses/agent-work/2", "status 'working' is listed twice in class 'agent-work'"),
                org.assertj.core.groups.Tuple.tuple("/statusClasses/agent-work/calendar",
                        "unknown calendar 'ofice'; did you mean 'office'?; known: always, office"),
                org.assertj.core.groups.Tuple.tuple("/statusClasses/nothing/statuses", "status class 'nothing' names no status"));
        assertThatThrownBy(() -> base().statusClass(StatusClass.of("agent-work", "working"))
                .statusClass(StatusClass.of("agent-work", "testing")).build()).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("status class 'agent-work' is declared twice");
        assertThatThrownBy(() -> StatusClass.of("Agent work", "working")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatusClassTime("x", Duration.ofMinutes(-1), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatusClassTime("x", Duration.ZERO, "office", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPolicyThatDeclaresNoStatusesTakesAnyStatusInAClass() {
        Policy p = Policy.builder("open").vendor("l1").party(Party.of("l1", "First line", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic")).statusClass(StatusClass.of("requester-wait", "pending")).build();
        Ticket t = Ticket.builder("basic").received(utc("2025-11-03T07:00")).status(utc("2025-11-03T08:00"), "pending")
                .status(utc("2025-11-03T08:20"), "open").build();
        assertThat(p.evaluate(t, utc("2025-11-03T09:00")).statusClassTimes().get("requester-wait").wallTime())
                .isEqualTo(Duration.ofMinutes(20));
    }

    // ----------------------------------------------------------------- against a slow reference
    /** A status event: minutes after the previous event, and the status. */
    record Step(int gap, String status) {
    }

    @Provide
    Arbitrary<List<Step>> timelines() {
        Arbitrary<Integer> gaps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(6, Arbitraries.integers().between(1, 2 * 24 * 60)));
        return Combinators.combine(gaps, Arbitraries.of(STATUSES)).as(Step::new).list().ofMaxSize(10);
    }

    /**
     * Walks the timeline minute by minute: in each minute the ticket is in the status of the
     * last status event at or before its start, and the office calendar is open or not; every
     * instant is a whole minute, and the calendar opens and closes on whole minutes.
     */
    static Map<String, Duration[]> reference(Ticket t, Instant now) {
        Map<String, Duration[]> times = new LinkedHashMap<>();
        times.put("requester-wait", new Duration[] {Duration.ZERO, null});
        times.put("agent-work", new Duration[] {Duration.ZERO, Duration.ZERO});
        for (Instant m = t.received(); m.isBefore(now); m = m.plusSeconds(60)) {
            String status = null;
            for (Event e : t.events()) {
                if (e.type() == EventType.STATUS && !e.at().isAfter(m)) {
                    status = e.status();
                }
            }
            String cls = status == null ? null : List.of("waiting", "on-hold").contains(status) ? "requester-wait"
                    : List.of("working", "testing").contains(status) ? "agent-work" : null;
            if (cls == null) {
                continue;
            }
            Duration[] d = times.get(cls);
            d[0] = d[0].plusMinutes(1);
            if (d[1] != null && OFFICE.isOpen(m)) {
                d[1] = d[1].plusMinutes(1);
            }
        }
        return times;
    }

    @Property(tries = 150)
    void classTimesAgreeWithAMinuteByMinuteReference(@ForAll("timelines") List<Step> steps,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3 * 24 * 60) int after) {
        Instant received = utc("2025-11-07T06:00");
        Ticket.Builder b = Ticket.builder("basic").received(received);
        Instant at = received;
        List<Instant> instants = new ArrayList<>();
        for (Step s : steps) {
            at = at.plusSeconds(60L * s.gap());
            b.status(at, s.status());
            instants.add(at);
        }
        Ticket t = b.build();
        Instant now = received.plusSeconds(60L * after);
        Map<String, StatusClassTime> got = CLASSES.evaluate(t, now).statusClassTimes();
        Map<String, Duration[]> want = reference(t, now);
        assertThat(got.get("requester-wait").wallTime()).isEqualTo(want.get("requester-wait")[0]);
        assertThat(got.get("requester-wait").working()).isEmpty();
        assertThat(got.get("agent-work").wallTime()).isEqualTo(want.get("agent-work")[0]);
        assertThat(got.get("agent-work").working()).contains(want.get("agent-work")[1]);
        // a class's wall-clock time is the sum of its statuses' times
        Map<String, Duration> perStatus = CLASSES.evaluate(t, now).statusTimes();
        assertThat(got.get("agent-work").wallTime()).isEqualTo(perStatus.getOrDefault("working", Duration.ZERO)
                .plus(perStatus.getOrDefault("testing", Duration.ZERO)));
    }
}
