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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time per status class: wall-clock and working time, and the classes' checks (the slow reference is in sla-testkit's StatusClassProperties). */
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
}
