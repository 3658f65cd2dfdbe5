package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Decision#explanation()}: the rules that fired, the targets chosen, the events and the periods counted. */
class ExplanationTest {

    @Test
    void inheritedCellClassificationModeRuleRestartAndStop() {
        Ticket t = Ticket.builder("cloud").service("performance-questions").attribute("impact", "all")
                .attribute("cause", "third-party-software").received(At.msk("2025-10-31T15:00"))
                .event(At.msk("2025-10-31T15:30"), EventType.CUSTOMER_MESSAGE)
                .event(At.msk("2025-11-01T09:00"), EventType.AGENT_RESPONSE).build();
        Decision d = Regulations.navixyRu().evaluate(t, At.msk("2025-11-05T10:00"));
        assertThat(d.explanation()).containsExactly(
                "policy 'navixy-ru' (Регламент оказания технической поддержки Navixy)",
                "intake: accepted, no intake rule applies",
                "coverage: service 'performance-questions' on plan 'cloud' (inherited from plan 'on-premise'): navixy "
                        + "(log-analysis)",
                // level 1 does not relate to third-party software
                "severity: 'level-2' by rule 1 (impact=all|several)",
                "mode: 'consultative' by rule 0 (cause=third-party-software): неисправность вызвана сторонним программным "
                        + "обеспечением: только консультационная поддержка",
                "first-response: target PT6H on calendar 'support-hours' (plan 'on-premise', severity 'level-2')",
                "first-response: started at 2025-10-31T15:00:00+03:00 by received",
                // the first cycle is kept: superseded by the customer's message before its due instant
                "first-response: cycle 1 from 2025-10-31T15:00:00+03:00 to 2025-10-31T15:30:00+03:00: not-applicable (superseded"
                        + " by the restart, before its due instant), due 2025-11-01T13:00:00+03:00; elapsed PT30M, paused PT0S",
                "first-response: restarted at 2025-10-31T15:30:00+03:00 by customer-message",
                "first-response: stopped at 2025-11-01T09:00:00+03:00 by agent-response",
                // Friday 15:30-16:00 and the working Saturday 08:00-09:00, Moscow time
                "first-response: periods counted on calendar 'support-hours' from the start to the stop: "
                        + "2025-10-31T15:30:00+03:00/2025-10-31T16:00:00+03:00, 2025-11-01T08:00:00+03:00/2025-11-01T09:00:00+03:00",
                "first-response: due 2025-11-01T13:30:00+03:00; met; elapsed PT1H30M, remaining PT4H30M, paused PT0S");
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.MET);
    }

    @Test
    void rejectedRequest() {
        Ticket t = Ticket.builder("paas").service("api-consultation").attribute("requester", "end-user")
                .received(At.msk("2025-10-31T15:00")).build();
        assertThat(Regulations.navixyRu().evaluate(t, At.msk("2025-11-05T10:00")).explanation()).containsExactly(
                "policy 'navixy-ru' (Регламент оказания технической поддержки Navixy)",
                "intake: not accepted by rule 0 (requester=end-user): запросы от конечных пользователей Партнера не "
                        + "принимаются; их следует направить Партнеру; go to 'partner'",
                "first-response: not timed: the request is not accepted");
    }

    @Test
    void notProvidedService() {
        Ticket t = Ticket.builder("standard").service("layout").received(At.msk("2025-11-10T10:00")).build();
        assertThat(Regulations.insales().evaluate(t, t.received()).explanation()).containsExactly(
                "policy 'insales' (Регламент работы технической поддержки InSales)",
                "intake: no intake rule applies",
                "coverage: service 'layout' on plan 'standard': none (not-provided): no consultations on layout not "
                        + "directly related to InSales features",
                "not accepted: service 'layout' is not provided on plan 'standard': no consultations on layout "
                        + "not directly related to InSales features",
                "first-response: not timed: the request is not accepted");
    }

    @Test
    void pausedTimeIsNotAmongThePeriodsCounted() {
        Ticket t = Ticket.builder("technical-support").severity("high").received(At.msk("2025-11-10T10:00"))
                .status(At.msk("2025-11-10T10:30"), "waiting-for-customer").status(At.msk("2025-11-10T14:00"), "in-progress")
                .build();
        Decision d = Regulations.express().evaluate(t, At.msk("2025-11-10T14:30"));
        assertThat(d.explanation()).containsExactly(
                "policy 'express' (Поддержка eXpress), bound to contract 'express-example' of Example customer"
                        + " (plan 'technical-support', in force from 2024-01-01)",
                "intake: accepted",
                "coverage: no service named; default express (full)",
                "severity: 'high' as stated by the ticket",
                "first-response: target PT2H on calendar 'technical-support' (plan 'technical-support', severity 'high')",
                "first-response: started at 2025-11-10T10:00:00+03:00 by received",
                "first-response: paused at 2025-11-10T10:30:00+03:00 by status 'waiting-for-customer'",
                "first-response: resumed at 2025-11-10T14:00:00+03:00 by status 'in-progress'",
                "first-response: periods counted on calendar 'technical-support' from the start to now: "
                        + "2025-11-10T10:00:00+03:00/2025-11-10T10:30:00+03:00, 2025-11-10T14:00:00+03:00/2025-11-10T14:30:00+03:00",
                "first-response: due 2025-11-10T15:30:00+03:00; running; elapsed PT1H, remaining PT1H, paused PT3H30M",
                "resolution: target PT16H on calendar 'technical-support' (plan 'technical-support', severity 'high')",
                "resolution: started at 2025-11-10T10:00:00+03:00 by received",
                "resolution: paused at 2025-11-10T10:30:00+03:00 by status 'waiting-for-customer'",
                "resolution: resumed at 2025-11-10T14:00:00+03:00 by status 'in-progress'",
                "resolution: periods counted on calendar 'technical-support' from the start to now: "
                        + "2025-11-10T10:00:00+03:00/2025-11-10T10:30:00+03:00, 2025-11-10T14:00:00+03:00/2025-11-10T14:30:00+03:00",
                "resolution: due 2025-11-12T11:30:00+03:00; running; elapsed PT1H, remaining PT15H, paused PT3H30M",
                // first response is breached the first instant after its due instant
                "next change: 2025-11-10T15:30:00.000000001+03:00 if no new event arrives before");
        assertThat(d.toString()).isEqualTo("accepted express (full) high [first-response running due 2025-11-10T12:30:00Z]"
                + " [resolution running due 2025-11-12T08:30:00Z]");
    }

    @Test
    void pausedNowSaysTheDeadlineIsIfResumedNow() {
        Ticket t = Ticket.builder("technical-support").severity("high").received(At.msk("2025-11-10T10:00"))
                .status(At.msk("2025-11-10T10:30"), "paused").build();
        assertThat(Regulations.express().evaluate(t, At.msk("2025-11-10T12:00")).explanation())
                .contains("first-response: periods counted on calendar 'technical-support' from the start to now: "
                        + "2025-11-10T10:00:00+03:00/2025-11-10T10:30:00+03:00")
                .contains("first-response: due 2025-11-10T13:30:00+03:00 if resumed now; paused; elapsed PT30M, "
                        + "remaining PT1H30M, paused PT1H30M");
    }

    @Test
    void holidayDataThatRunsOutIsWarnedAbout() {
        Ticket t = Ticket.builder("paas").received(At.msk("2028-03-01T10:00")).build();
        assertThat(Regulations.navixyRu().evaluate(t, t.received()).explanation())
                .contains("first-response: periods counted on calendar 'support-hours' from the start to now: none")
                .contains("first-response: warning: calendar 'support-hours': holiday set 'ru' data for 2028 is provisional: "
                        + "it follows the statutory rules of Labour Code of the Russian Federation, articles 95 and 112; "
                        + "transfers of days off of that year are not yet decreed");
    }

    @Test
    void clockNotStarted() {
        Policy p = Policy.builder("next")
                .vendor("us").party(Party.of("us", "Us", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .calendar("always", dev.sla.calendar.WorkCalendar.always(Regulations.UTC))
                .metric(new Metric("next-response", "Next response", Set.of(EventType.RESOLVED, EventType.CUSTOMER_MESSAGE),
                        Set.of(), Set.of(EventType.AGENT_RESPONSE), Set.of(), Set.of()))
                .target(Target.of("next-response", "basic", null, Duration.ofHours(4), "always"))
                .build();
        Ticket t = Ticket.builder("basic").received(At.utc("2025-11-10T10:00")).build();
        Decision d = p.evaluate(t, t.received());
        assertThat(d.metric("next-response").orElseThrow().reason())
                .isEqualTo("not started: waits for customer-message or resolved");
        assertThat(d.explanation()).endsWith("next-response: not started: waits for customer-message or resolved");
    }

    @Test
    void explanationsAreRepeatable() {
        Ticket t = Ticket.builder("technical-support").severity("medium").received(At.msk("2025-11-10T10:00"))
                .status(At.msk("2025-11-10T11:00"), "paused").status(At.msk("2025-11-11T11:00"), "in-progress").build();
        Decision d = Regulations.express().evaluate(t, At.msk("2025-11-12T10:00"));
        assertThat(d.explanation()).isEqualTo(d.explanation())
                .isEqualTo(Regulations.express().evaluate(t, At.msk("2025-11-12T10:00")).explanation());
    }
}
