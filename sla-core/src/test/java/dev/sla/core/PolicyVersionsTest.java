package dev.sla.core;

import dev.sla.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ticket is judged by the version in force when it was received. */
class PolicyVersionsTest {

    /** A small policy: 24/7 in Moscow, first response within the given hours. */
    static Policy version(String id, String effectiveFrom, int hours) {
        PolicyBuilder b = Policy.builder(id)
                .zone(Regulations.MOSCOW)
                .vendor("us").party(Party.of("us", "Us", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .calendar("always", WorkCalendar.builder().name("always").zone(Regulations.MOSCOW)
                        .weeklyHours(WeeklyHours.ALWAYS).build())
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE))
                .target(Target.of("first-response", "basic", null, Duration.ofHours(hours), "always"));
        if (effectiveFrom != null) {
            b.effectiveFrom(LocalDate.parse(effectiveFrom));
        }
        return b.build();
    }

    static final Policy V0 = version("regs", null, 24);
    static final Policy V1 = version("regs", "2025-01-01", 8);
    static final Policy V2 = version("regs", "2025-06-01", 4);

    @Test
    void versionsAreSortedByEffectiveDate() {
        PolicyVersions versions = PolicyVersions.of(List.of(V2, V0, V1));
        assertThat(versions.versions()).containsExactly(V0, V1, V2);
        assertThat(V1.toString()).isEqualTo("regs@2025-01-01");
        assertThat(V0.toString()).isEqualTo("regs");
    }

    @Test
    void effectiveDateIsReadInThePolicyZone() {
        assertThat(V2.effectiveFrom()).contains(LocalDate.parse("2025-06-01"));
        assertThat(V2.effectiveInstant()).contains(Instant.parse("2025-05-31T21:00:00Z"));
        assertThat(V0.effectiveInstant()).isEmpty();
        assertThat(V0.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void aVersionRefusesATicketReceivedBeforeItTakesEffect() {
        Ticket early = Ticket.builder("basic").received(At.msk("2025-05-31T23:59")).build();
        assertThatThrownBy(() -> V2.evaluate(early, early.received()))
                .isInstanceOf(TicketException.class)
                .hasMessage("the ticket was received at 2025-05-31T20:59:00Z, before policy 'regs' takes effect on"
                        + " 2025-06-01 (Europe/Moscow); judge it by the version then in force");
        Ticket onTime = Ticket.builder("basic").received(At.msk("2025-06-01T00:00")).build();
        assertThat(V2.evaluate(onTime, onTime.received()).accepted()).isTrue();
        assertThat(PolicyVersions.of(List.of(V1, V2)).evaluate(early, early.received()).policy()).isSameAs(V1);
    }

    @Test
    void versionInForceAtAnInstant() {
        PolicyVersions versions = PolicyVersions.of(List.of(V1, V2, V0));
        assertThat(versions.inForceAt(At.msk("2000-01-01T00:00"))).isSameAs(V0);
        assertThat(versions.inForceAt(At.msk("2024-12-31T23:59:59"))).isSameAs(V0);
        assertThat(versions.inForceAt(At.msk("2025-01-01T00:00"))).isSameAs(V1);
        assertThat(versions.inForceAt(At.msk("2025-05-31T23:59:59"))).isSameAs(V1);
        assertThat(versions.inForceAt(At.msk("2025-06-01T00:00"))).isSameAs(V2);
        assertThat(versions.inForceAt(At.msk("2030-01-01T00:00"))).isSameAs(V2);
    }

    @Test
    void ticketIsJudgedByTheVersionInForceWhenReceived() {
        PolicyVersions versions = PolicyVersions.of(List.of(V1, V2));
        // received under V1 (8 hours), evaluated long after V2 took effect
        Ticket old = Ticket.builder("basic").received(At.msk("2025-05-31T22:00")).build();
        Decision d = versions.evaluate(old, At.msk("2025-06-01T03:00"));
        assertThat(d.policy()).isSameAs(V1);
        assertThat(d.metric("first-response").orElseThrow().due()).isEqualTo(At.msk("2025-06-01T06:00"));
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
        Ticket fresh = Ticket.builder("basic").received(At.msk("2025-06-01T00:00")).build();
        Decision e = versions.evaluate(fresh, At.msk("2025-06-01T03:00"));
        assertThat(e.policy()).isSameAs(V2);
        assertThat(e.metric("first-response").orElseThrow().due()).isEqualTo(At.msk("2025-06-01T04:00"));
        assertThat(e.explanation().get(0)).isEqualTo("policy 'regs' (regs), version in force from 2025-06-01");
    }

    @Test
    void noVersionInForceYet() {
        PolicyVersions versions = PolicyVersions.of(List.of(V2, V1));
        Ticket t = Ticket.builder("basic").received(At.msk("2024-12-31T23:00")).build();
        assertThatThrownBy(() -> versions.evaluate(t, t.received()))
                .isInstanceOf(TicketException.class)
                .hasMessage("no version of policy 'regs' was in force at 2024-12-31T20:00:00Z; the first takes effect 2025-01-01");
    }

    @Test
    void singleVersion() {
        PolicyVersions versions = PolicyVersions.of(V0);
        assertThat(versions.versions()).containsExactly(V0);
        assertThat(versions.inForceAt(Instant.parse("1970-01-01T00:00:00Z"))).isSameAs(V0);
    }

    @Test
    void versionsMustShareTheIdAndTakeEffectAtDifferentTimes() {
        Policy other = version("other", "2025-03-01", 8);
        Policy twin = version("regs", "2025-06-01", 2);
        assertThatThrownBy(() -> PolicyVersions.of(List.of(V1, other, V2, twin)))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("/id", "version other@2025-03-01 has id 'other', not 'regs'"),
                        new Problem("/effectiveFrom", "versions regs@2025-06-01 and regs@2025-06-01 take effect at the same time")));
        assertThatThrownBy(() -> PolicyVersions.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyVersions.of(List.of(V0, version("regs", null, 1))))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("policy 'regs' has 1 problem:\n  /effectiveFrom: versions regs and regs take effect at the same time");
    }
}
