package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 003 (express), cell by cell. */
class ExpressRegulationTest {

    static final Policy P = Regulations.express();

    @Test
    void structure() {
        assertThat(P.id()).isEqualTo("express");
        assertThat(P.vendor()).isEqualTo("express");
        assertThat(P.plans().keySet()).containsExactly("client-support", "technical-support");
        assertThat(P.services()).isEmpty();
        assertThat(P.who("technical-support", null)).isEqualTo(Assignment.of("express", Mode.FULL));
        assertThat(P.severities()).extracting(SeverityLevel::id).containsExactly("highest", "high", "medium", "low", "lowest");
        assertThat(P.classification()).isEmpty();
        assertThat(P.defaultSeverity()).isEmpty();
        assertThat(P.statuses()).containsExactlyElementsOf(Regulations.EXPRESS_STATUSES);
        assertThat(P.statuses()).containsExactly("waiting-for-support", "waiting-for-customer", "checking", "in-progress",
                "passed-to-development", "analyzing", "filed", "in-active-development", "paused", "waiting-for-release",
                "resolved", "cancelled");
        assertThat(P.metrics().keySet()).containsExactly("first-response", "resolution");
        assertThat(P.calendars().keySet()).containsExactly("client-support", "technical-support");
        // the status classes, each status by what the regulation says of it; the two final ones in none
        assertThat(P.statusClasses().keySet()).containsExactly("requester-wait", "support-queue", "agent-work", "development");
        assertThat(P.statusClasses().get("requester-wait").statuses()).containsExactly("waiting-for-customer", "paused");
        assertThat(P.statusClasses().values()).allMatch(c -> c.calendar() == null)
                .noneMatch(c -> c.statuses().contains("resolved") || c.statuses().contains("cancelled"));
    }

    // ----------------------------------------------------------------- clock rules
    @ParameterizedTest
    @CsvSource({"first-response, AGENT_RESPONSE, RESOLVED", "resolution, RESOLVED, RESOLVED"})
    void clockRules(String metric, EventType stop, EventType alsoStop) {
        Metric m = P.metrics().get(metric);
        assertThat(m.startOn()).containsExactly(EventType.RECEIVED);
        assertThat(m.restartOn()).isEmpty();
        assertThat(m.stopOn()).containsExactlyInAnyOrder(java.util.stream.Stream.of(stop, alsoStop).distinct()
                .toArray(EventType[]::new));
        assertThat(m.pauseStatuses()).containsExactlyInAnyOrder("waiting-for-customer", "paused");
        assertThat(m.stopStatuses()).containsExactly("resolved");
        assertThat(m.voidStatuses()).containsExactly("cancelled");
        assertThat(m.voidOn()).isEmpty();
    }

    // ----------------------------------------------------------------- targets
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "technical-support, first-response, highest, PT1H",
        "technical-support, first-response, high, PT2H",
        "technical-support, first-response, medium, PT8H",
        "technical-support, first-response, low, PT16H",
        "technical-support, first-response, lowest, PT40H",
        "technical-support, resolution, highest, PT8H",
        "technical-support, resolution, high, PT16H",
        "technical-support, resolution, medium, PT40H",
        "technical-support, resolution, low, PT80H",
        "technical-support, resolution, lowest, ",
        "client-support, first-response, highest, ",
        "client-support, first-response, high, ",
        "client-support, first-response, medium, ",
        "client-support, first-response, low, ",
        "client-support, first-response, lowest, ",
        "client-support, resolution, highest, ",
        "client-support, resolution, high, ",
        "client-support, resolution, medium, ",
        "client-support, resolution, low, ",
        "client-support, resolution, lowest, ",
    })
    void target(String plan, String metric, String level, Duration expected) {
        Target t = P.target(metric, plan, level, null).orElseThrow();
        assertThat(t.duration()).isEqualTo(expected);
        if (plan.equals("technical-support")) {
            // a time the contract sets, or (resolution, lowest) leaves without one
            assertThat(t.parameter()).isEqualTo(metric + "-" + level);
            assertThat(t.calendar()).isEqualTo("technical-support");
            assertThat(t.isNone()).isEqualTo(expected == null);
        } else {
            assertThat(t.calendar()).isNull();
            assertThat(t.note()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"first-response", "resolution"})
    void clientSupportHasNoSlaAtAll(String metric) {
        assertThat(P.target(metric, "client-support", null, null).orElseThrow().isNone()).isTrue();
        Ticket t = Ticket.builder("client-support").severity("highest").received(At.msk("2025-11-10T10:00")).build();
        MetricResult r = P.evaluate(t, At.msk("2025-12-10T10:00")).metric(metric).orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.NONE);
        assertThat(r.reason()).isEqualTo("client support tickets have no SLA");
    }

    // ----------------------------------------------------------------- hours
    @Test
    void calendars() {
        WorkCalendar client = P.calendars().get("client-support");
        assertThat(client.zone()).isEqualTo(Regulations.MOSCOW);
        assertThat(client.weeklyHours()).isEqualTo(WeeklyHours.parse("Mon-Fri 08:00-21:00; Sat-Sun 10:00-18:00"));
        assertThat(client.holidayHours()).isEqualTo(DayHours.parse("10:00-18:00"));
        assertThat(client.holidaySets()).extracting(s -> s.name()).containsExactly("ru");
        WorkCalendar tech = P.calendars().get("technical-support");
        assertThat(tech.zone()).isEqualTo(Regulations.MOSCOW);
        assertThat(tech.weeklyHours()).isEqualTo(WeeklyHours.parse("Mon-Fri 09:00-18:00"));
        assertThat(tech.holidayHours()).isEqualTo(DayHours.CLOSED);
        assertThat(tech.holidaySets()).extracting(s -> s.name()).containsExactly("ru");
    }

    @ParameterizedTest(name = "{0}: client {1}, technical {2}")
    @CsvSource({
        "2025-11-07, 08:00-21:00, 09:00-18:00",  // Friday
        "2025-11-08, 10:00-18:00, closed",       // Saturday
        "2025-11-09, 10:00-18:00, closed",       // Sunday
        "2025-11-01, 08:00-21:00, 09:00-17:00",  // working Saturday with Monday's hours; client support not shortened
        "2025-11-03, 10:00-18:00, closed",       // day off transferred from 1 Nov
        "2025-11-04, 10:00-18:00, closed",       // National Unity Day
        "2026-01-01, 10:00-18:00, closed",       // New Year
        "2026-01-09, 10:00-18:00, closed",       // day off transferred from 3 Jan
        "2026-11-03, 08:00-21:00, 09:00-17:00",  // Tuesday before National Unity Day: client support not shortened
    })
    void hours(LocalDate date, String client, String technical) {
        assertThat(P.calendars().get("client-support").hoursOn(date)).isEqualTo(DayHours.parse(client));
        assertThat(P.calendars().get("technical-support").hoursOn(date)).isEqualTo(DayHours.parse(technical));
    }

    // ----------------------------------------------------------------- deadlines
    @ParameterizedTest(name = "{0} {1} received {2} -> {3}")
    @CsvSource({
        "first-response, highest, 2025-11-10T10:00, 2025-11-10T11:00",
        "first-response, high, 2025-11-10T17:00, 2025-11-11T10:00",
        "first-response, medium, 2025-11-10T10:00, 2025-11-10T18:00",
        "first-response, low, 2025-11-07T12:00, 2025-11-11T10:00",
        "first-response, lowest, 2025-11-10T09:00, 2025-11-14T13:00",
        // Friday 17:30: half an hour, then the short working Saturday 1 Nov
        "first-response, highest, 2025-10-31T17:30, 2025-11-01T09:30",
        "resolution, highest, 2025-11-10T09:00, 2025-11-10T17:00",
        "resolution, high, 2025-10-31T10:00, 2025-11-01T17:00",
        // Sat 1 Nov 8h (short), 3-4 Nov off, 5-7 Nov 27h, Mon 10 Nov 5h
        "resolution, medium, 2025-11-01T09:00, 2025-11-10T14:00",
        "resolution, low, 2025-11-10T09:00, 2025-11-20T17:00",
        "resolution, lowest, 2025-11-10T09:00, ",
    })
    void deadlines(String metric, String level, String received, String due) {
        Ticket t = Ticket.builder("technical-support").severity(level).received(At.msk(received)).build();
        MetricResult r = P.evaluate(t, t.received()).metric(metric).orElseThrow();
        assertThat(r.due()).isEqualTo(due == null ? null : At.msk(due));
        assertThat(r.state()).isEqualTo(due == null ? MetricState.NONE : MetricState.RUNNING);
        if (due == null) {
            assertThat(r.reason()).isEqualTo("contract 'express-example' sets no time");
        }
    }

    @Test
    void ticketWithoutPriorityHasNoTargetOnTechnicalSupport() {
        Ticket t = Ticket.builder("technical-support").received(At.msk("2025-11-10T10:00")).build();
        Decision d = P.evaluate(t, t.received());
        assertThat(d.severity()).isEmpty();
        assertThat(d.metrics()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(MetricState.NONE);
            assertThat(r.reason()).isEqualTo("no target for plan 'technical-support'");
        });
    }
}
