package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Seed 004 (trackunit), cell by cell. */
class TrackunitRegulationTest {

    static final Policy P = Regulations.trackunit();

    @Test
    void structure() {
        assertThat(P.id()).isEqualTo("trackunit");
        assertThat(P.vendor()).isEqualTo("trackunit");
        assertThat(P.plans().keySet()).containsExactly("standard");
        assertThat(P.services()).isEmpty();
        assertThat(P.severities()).extracting(SeverityLevel::id).containsExactly("critical", "non-critical");
        assertThat(P.defaultSeverity()).isEmpty();
        assertThat(P.attributes()).containsOnlyKeys("category");
        assertThat(P.attributes().get("category")).hasSize(18);
        assertThat(P.metrics().keySet()).containsExactly("first-response");
        Metric m = P.metrics().get("first-response");
        assertThat(m.startOn()).containsExactly(EventType.RECEIVED);
        assertThat(m.stopOn()).containsExactly(EventType.AGENT_RESPONSE);
        assertThat(m.restartOn()).isEmpty();
        assertThat(m.pauseStatuses()).isEmpty();
        assertThat(P.intakeRules()).isEmpty();
        assertThat(P.modeRules()).isEmpty();
    }

    static Stream<Arguments> categories() {
        List<Arguments> rows = new ArrayList<>();
        Regulations.TRACKUNIT_CRITICAL.forEach(c -> rows.add(Arguments.of(c, "critical")));
        Regulations.TRACKUNIT_NON_CRITICAL.forEach(c -> rows.add(Arguments.of(c, "non-critical")));
        return rows.stream();
    }

    @Test
    void categoriesAsStated() {
        assertThat(Regulations.TRACKUNIT_CRITICAL).containsExactly("incident", "platform-unreachable", "outage",
                "machine-down", "machine-unreachable", "stolen-equipment-recovery", "data-loss", "outbound-api-interrupted");
        assertThat(Regulations.TRACKUNIT_NON_CRITICAL).containsExactly("equipment-activation", "ownership-transfer",
                "equipment-cancellation", "metadata-change", "single-equipment-issue", "account-settings",
                "feature-request", "minor-bug", "inbound-api-data-missing", "other");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("categories")
    void classification(String category, String level) {
        Instant received = At.paris("2025-11-14T16:00");
        Ticket t = Ticket.builder("standard").attribute("category", category).received(received).build();
        Decision d = P.evaluate(t, received);
        assertThat(d.severity()).contains(level);
        MetricResult r = d.metric("first-response").orElseThrow();
        assertThat(r.calendar()).isEqualTo(level.equals("critical") ? "critical-hours" : "business-hours");
        assertThat(r.due()).isEqualTo(level.equals("critical") ? At.paris("2025-11-14T18:00") : At.paris("2025-11-17T15:00"));
    }

    @ParameterizedTest
    @CsvSource({"critical, PT2H, critical-hours", "non-critical, PT8H, business-hours"})
    void targets(String level, Duration duration, String calendar) {
        Target t = P.target("first-response", "standard", level, null).orElseThrow();
        assertThat(t.duration()).isEqualTo(duration);
        assertThat(t.calendar()).isEqualTo(calendar);
    }

    @Test
    void calendars() {
        WorkCalendar always = P.calendars().get("critical-hours");
        assertThat(always.zone()).isEqualTo(Regulations.PARIS);
        assertThat(always.weeklyHours()).isEqualTo(WeeklyHours.ALWAYS);
        WorkCalendar business = P.calendars().get("business-hours");
        assertThat(business.zone()).isEqualTo(Regulations.PARIS);
        assertThat(business.weeklyHours()).isEqualTo(WeeklyHours.parse("Mon-Fri 08:00-17:00"));
        assertThat(business.holidaySets()).isEmpty();
    }

    @ParameterizedTest(name = "{0} received {1}Z -> {2}Z")
    @CsvSource({
        "machine-down, 2025-11-15T09:00, 2025-11-15T11:00",          // Saturday, around the clock
        "feature-request, 2025-11-14T15:00, 2025-11-17T14:00",       // Friday 16:00 Paris: 1h, then Monday 08:00-15:00
        "feature-request, 2025-10-24T14:00, 2025-10-27T14:00",       // Friday 16:00 CEST -> Monday 15:00 CET
        "data-loss, 2025-10-25T23:30, 2025-10-26T01:30",             // across the end of summer time: real hours
        "other, 2025-12-25T10:00, 2025-12-26T09:00",                 // no holidays on this example calendar: Christmas counts
    })
    void deadlines(String category, String received, String due) {
        Ticket t = Ticket.builder("standard").attribute("category", category).received(At.utc(received)).build();
        assertThat(P.evaluate(t, t.received()).metric("first-response").orElseThrow().due()).isEqualTo(At.utc(due));
    }

    @Test
    void ticketWithoutCategoryHasNoSeverityAndNoTarget() {
        Ticket t = Ticket.builder("standard").received(At.paris("2025-11-14T16:00")).build();
        Decision d = P.evaluate(t, t.received());
        assertThat(d.severity()).isEmpty();
        assertThat(d.metric("first-response").orElseThrow().reason()).isEqualTo("no target for plan 'standard'");
    }
}
