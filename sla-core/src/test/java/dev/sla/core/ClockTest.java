package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SLA clock: start, restart, pause, resume, stop; met and breached; no target and why. */
class ClockTest {

    static final Policy NAVIXY = Regulations.navixyRu();
    static final Policy EXPRESS = Regulations.express();

    static Instant msk(String t) {
        return At.msk(t);
    }

    static MetricResult first(Policy p, Ticket t, Instant now) {
        return p.evaluate(t, now).metric("first-response").orElseThrow();
    }

    static MetricResult resolution(Ticket t, Instant now) {
        return EXPRESS.evaluate(t, now).metric("resolution").orElseThrow();
    }

    static Ticket.Builder navixy(String received) {
        return Ticket.builder("paas").service("feature-consultation").attribute("impact", "all").received(msk(received));
    }

    static Ticket.Builder express(String level, String received) {
        return Ticket.builder("technical-support").severity(level).received(msk(received));
    }

    static void check(MetricResult r, MetricState state, String start, String due, Duration elapsed, Duration remaining,
            Duration paused) {
        assertThat(r.state()).as("state").isEqualTo(state);
        assertThat(r.start()).as("start").isEqualTo(msk(start));
        assertThat(r.due()).as("due").isEqualTo(msk(due));
        assertThat(r.elapsed()).as("elapsed").isEqualTo(elapsed);
        assertThat(r.remaining()).as("remaining").isEqualTo(remaining);
        assertThat(r.paused()).as("paused").isEqualTo(paused);
        assertThat(r.reason()).as("reason").isNull();
    }

    static Duration h(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    // =================================================================== restart (Navixy)
    @Nested
    class Restart {

        @Test
        void customerMessageRestartsTheClock() {
            Ticket t = navixy("2025-11-10T09:00").event(msk("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE).build();
            check(first(NAVIXY, t, msk("2025-11-10T12:00")), MetricState.RUNNING,
                    "2025-11-10T11:00", "2025-11-10T13:00", h(1), h(1), h(0));
            // before the message, the clock counted from the received instant
            check(first(NAVIXY, t, msk("2025-11-10T10:59")), MetricState.RUNNING,
                    "2025-11-10T09:00", "2025-11-10T11:00", Duration.ofMinutes(119), Duration.ofMinutes(1), h(0));
        }

        @Test
        void answerBeforeTheRestartedDeadlineIsMet() {
            Ticket t = navixy("2025-11-10T09:00").event(msk("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE)
                    .event(msk("2025-11-10T12:30"), EventType.AGENT_RESPONSE).build();
            check(first(NAVIXY, t, msk("2025-11-20T12:00")), MetricState.MET,
                    "2025-11-10T11:00", "2025-11-10T13:00", h(1.5), h(0.5), h(0));
        }

        @Test
        void answerAfterTheRestartedDeadlineIsBreached() {
            Ticket t = navixy("2025-11-10T09:00").event(msk("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE)
                    .event(msk("2025-11-10T13:30"), EventType.AGENT_RESPONSE).build();
            check(first(NAVIXY, t, msk("2025-11-20T12:00")), MetricState.BREACHED,
                    "2025-11-10T11:00", "2025-11-10T13:00", h(2.5), h(0), h(0));
        }

        @Test
        void customerMessageAfterTheAnswerStartsANewCycle() {
            Ticket t = navixy("2025-11-10T09:00").event(msk("2025-11-10T10:00"), EventType.AGENT_RESPONSE)
                    .event(msk("2025-11-10T14:00"), EventType.CUSTOMER_MESSAGE).build();
            check(first(NAVIXY, t, msk("2025-11-10T12:00")), MetricState.MET,
                    "2025-11-10T09:00", "2025-11-10T11:00", h(1), h(1), h(0));
            check(first(NAVIXY, t, msk("2025-11-10T15:00")), MetricState.RUNNING,
                    "2025-11-10T14:00", "2025-11-10T16:00", h(1), h(1), h(0));
            check(first(NAVIXY, t, msk("2025-11-10T17:00")), MetricState.BREACHED,
                    "2025-11-10T14:00", "2025-11-10T16:00", h(2), h(0), h(0));
        }

        @Test
        void messageOutsideWorkingHoursRestartsAtItsInstant() {
            Ticket t = navixy("2025-11-14T10:00").event(msk("2025-11-15T12:00"), EventType.CUSTOMER_MESSAGE).build();
            check(first(NAVIXY, t, msk("2025-11-15T13:00")), MetricState.RUNNING,
                    "2025-11-15T12:00", "2025-11-17T10:00", h(0), h(2), h(0));
        }

        @Test
        void expressMetricsAreNotRestartedByCustomerMessages() {
            Ticket t = express("high", "2025-11-10T10:00").event(msk("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE).build();
            check(first(EXPRESS, t, msk("2025-11-10T11:30")), MetricState.RUNNING,
                    "2025-11-10T10:00", "2025-11-10T12:00", h(1.5), h(0.5), h(0));
        }
    }

    // =================================================================== pause (eXpress)
    @Nested
    class Pause {

        @Test
        void waitingForCustomerPausesAndInProgressResumes() {
            Ticket t = express("high", "2025-11-10T10:00").status(msk("2025-11-10T10:30"), "waiting-for-customer")
                    .status(msk("2025-11-10T14:00"), "in-progress").build();
            check(first(EXPRESS, t, msk("2025-11-10T14:30")), MetricState.RUNNING,
                    "2025-11-10T10:00", "2025-11-10T15:30", h(1), h(1), h(3.5));
            // resolution, 16h: 3.5h paused push it from Tuesday 17:00 to Wednesday 11:30
            check(resolution(t, msk("2025-11-10T14:30")), MetricState.RUNNING,
                    "2025-11-10T10:00", "2025-11-12T11:30", h(1), h(15), h(3.5));
        }

        @Test
        void pausedTimeIsMeasuredOnTheMetricsCalendar() {
            // paused from Monday 17:00 to Tuesday 10:00: only 17-18 and 09-10 are working time
            Ticket t = express("high", "2025-11-10T16:00").status(msk("2025-11-10T17:00"), "waiting-for-customer")
                    .status(msk("2025-11-11T10:00"), "in-progress").build();
            check(first(EXPRESS, t, msk("2025-11-11T10:30")), MetricState.RUNNING,
                    "2025-11-10T16:00", "2025-11-11T11:00", h(1.5), h(0.5), h(2));
            check(resolution(t, msk("2025-11-11T10:30")), MetricState.RUNNING,
                    "2025-11-10T16:00", "2025-11-12T16:00", h(1.5), h(14.5), h(2));
        }

        @Test
        void pausedNowShowsTheDeadlineIfResumedNow() {
            Ticket t = express("high", "2025-11-10T10:00").status(msk("2025-11-10T10:30"), "waiting-for-customer").build();
            check(first(EXPRESS, t, msk("2025-11-10T12:00")), MetricState.PAUSED,
                    "2025-11-10T10:00", "2025-11-10T13:30", h(0.5), h(1.5), h(1.5));
            // paused over the night: resumed at Tuesday 09:00 it would be due 10:30
            check(first(EXPRESS, t, msk("2025-11-10T20:00")), MetricState.PAUSED,
                    "2025-11-10T10:00", "2025-11-11T10:30", h(0.5), h(1.5), h(7.5));
        }

        @Test
        void deadlineReachedBeforeThePauseIsBreachedWhilePaused() {
            Ticket t = express("highest", "2025-11-10T10:00").status(msk("2025-11-10T11:30"), "waiting-for-customer").build();
            check(first(EXPRESS, t, msk("2025-11-10T12:00")), MetricState.BREACHED,
                    "2025-11-10T10:00", "2025-11-10T11:00", h(1.5), h(0), h(0.5));
        }

        @Test
        void breachedBeforeThePauseStaysBreachedAfterResuming() {
            Ticket t = express("highest", "2025-11-10T10:00").status(msk("2025-11-10T11:30"), "paused")
                    .status(msk("2025-11-10T15:00"), "checking").build();
            check(first(EXPRESS, t, msk("2025-11-10T16:00")), MetricState.BREACHED,
                    "2025-11-10T10:00", "2025-11-10T11:00", h(2.5), h(0), h(3.5));
        }

        @Test
        void movingBetweenPausingStatusesKeepsThePause() {
            Ticket t = express("high", "2025-11-10T10:00").status(msk("2025-11-10T10:30"), "waiting-for-customer")
                    .status(msk("2025-11-10T11:00"), "paused").status(msk("2025-11-10T12:00"), "checking").build();
            check(first(EXPRESS, t, msk("2025-11-10T12:00")), MetricState.RUNNING,
                    "2025-11-10T10:00", "2025-11-10T13:30", h(0.5), h(1.5), h(1.5));
        }

        @Test
        void nonPausingStatusesDoNotPause() {
            Ticket.Builder b = express("medium", "2025-11-10T10:00");
            String[] running = {"waiting-for-support", "checking", "in-progress", "passed-to-development", "analyzing",
                "filed", "in-active-development", "waiting-for-release"};
            for (int i = 0; i < running.length; i++) {
                b.status(msk("2025-11-10T10:00").plus(Duration.ofMinutes(10 * (i + 1))), running[i]);
            }
            check(first(EXPRESS, b.build(), msk("2025-11-10T12:00")), MetricState.RUNNING,
                    "2025-11-10T10:00", "2025-11-10T18:00", h(2), h(6), h(0));
        }
    }

    // =================================================================== stop
    @Nested
    class Stop {

        @Test
        void resolvedStatusStopsBothMetrics() {
            Ticket t = express("high", "2025-11-10T10:00").status(msk("2025-11-10T11:00"), "resolved").build();
            Decision d = EXPRESS.evaluate(t, msk("2025-11-30T10:00"));
            check(d.metric("first-response").orElseThrow(), MetricState.MET,
                    "2025-11-10T10:00", "2025-11-10T12:00", h(1), h(1), h(0));
            check(d.metric("resolution").orElseThrow(), MetricState.MET,
                    "2025-11-10T10:00", "2025-11-11T17:00", h(1), h(15), h(0));
        }

        @Test
        void cancelledStatusStopsBothMetrics() {
            Ticket t = express("highest", "2025-11-10T10:00").status(msk("2025-11-10T12:00"), "cancelled").build();
            Decision d = EXPRESS.evaluate(t, msk("2025-11-30T10:00"));
            check(d.metric("first-response").orElseThrow(), MetricState.BREACHED,
                    "2025-11-10T10:00", "2025-11-10T11:00", h(2), h(0), h(0));
            // a cancellation voids the metric it stops in time; a breach before it stays a breach
            check(d.metric("resolution").orElseThrow(), MetricState.NOT_APPLICABLE,
                    "2025-11-10T10:00", "2025-11-10T18:00", h(2), h(6), h(0));
        }

        @Test
        void resolvedEventFulfilsResolutionAndFirstResponse() {
            // a request resolved without an earlier answer has been answered: the policy says so per metric
            Ticket t = express("high", "2025-11-10T10:00").event(msk("2025-11-10T12:00"), EventType.RESOLVED).build();
            Decision d = EXPRESS.evaluate(t, msk("2025-11-10T13:00"));
            check(d.metric("resolution").orElseThrow(), MetricState.MET,
                    "2025-11-10T10:00", "2025-11-11T17:00", h(2), h(14), h(0));
            check(d.metric("first-response").orElseThrow(), MetricState.MET,
                    "2025-11-10T10:00", "2025-11-10T12:00", h(2), h(0), h(0));
            Ticket late = express("high", "2025-11-10T10:00").event(msk("2025-11-10T12:30"), EventType.RESOLVED).build();
            check(EXPRESS.evaluate(late, msk("2025-11-10T13:00")).metric("first-response").orElseThrow(),
                    MetricState.BREACHED, "2025-11-10T10:00", "2025-11-10T12:00", h(2.5), h(0), h(0));
        }

        @Test
        void agentResponseStopsFirstResponseOnly() {
            Ticket t = express("high", "2025-11-10T10:00").event(msk("2025-11-10T11:00"), EventType.AGENT_RESPONSE).build();
            Decision d = EXPRESS.evaluate(t, msk("2025-11-10T13:00"));
            check(d.metric("first-response").orElseThrow(), MetricState.MET,
                    "2025-11-10T10:00", "2025-11-10T12:00", h(1), h(1), h(0));
            check(d.metric("resolution").orElseThrow(), MetricState.RUNNING,
                    "2025-11-10T10:00", "2025-11-11T17:00", h(3), h(13), h(0));
        }

        @Test
        void stopWhilePausedCountsThePauseUpToTheStop() {
            // cancelled while waiting for the customer: not applicable, not met
            Ticket t = express("high", "2025-11-10T10:00").status(msk("2025-11-10T10:30"), "waiting-for-customer")
                    .status(msk("2025-11-10T12:00"), "cancelled").build();
            check(first(EXPRESS, t, msk("2025-11-11T12:00")), MetricState.NOT_APPLICABLE,
                    "2025-11-10T10:00", "2025-11-10T13:30", h(0.5), h(1.5), h(1.5));
            // resolved while waiting: met, since the time it ran before the pause did not reach the target;
            // due as if it had resumed at the stop
            Ticket resolved = express("high", "2025-11-10T10:00").status(msk("2025-11-10T10:30"), "waiting-for-customer")
                    .status(msk("2025-11-10T12:00"), "resolved").build();
            check(first(EXPRESS, resolved, msk("2025-11-11T12:00")), MetricState.MET,
                    "2025-11-10T10:00", "2025-11-10T13:30", h(0.5), h(1.5), h(1.5));
        }

        @Test
        void eventsAfterAStopDoNotMoveTheClock() {
            Ticket t = express("high", "2025-11-10T10:00").status(msk("2025-11-10T11:00"), "resolved")
                    .status(msk("2025-11-10T12:00"), "in-progress").status(msk("2025-11-10T13:00"), "paused")
                    .event(msk("2025-11-10T14:00"), EventType.AGENT_RESPONSE).build();
            check(first(EXPRESS, t, msk("2025-11-12T12:00")), MetricState.MET,
                    "2025-11-10T10:00", "2025-11-10T12:00", h(1), h(1), h(0));
        }

        @ParameterizedTest(name = "answer at {0} -> {1}")
        @CsvSource({
            "2025-11-10T11:59:59, MET",
            "2025-11-10T12:00:00, MET",
            "2025-11-10T12:00:01, BREACHED",
        })
        void breachedIffTheStopIsAfterTheDueInstant(String answer, MetricState state) {
            Ticket t = express("high", "2025-11-10T10:00").event(msk(answer), EventType.AGENT_RESPONSE).build();
            MetricResult r = first(EXPRESS, t, msk("2025-11-11T10:00"));
            assertThat(r.state()).isEqualTo(state);
            assertThat(r.due()).isEqualTo(msk("2025-11-10T12:00"));
        }

        @ParameterizedTest(name = "now {0} -> {1}")
        @CsvSource({
            "2025-11-10T11:59:59, RUNNING",
            "2025-11-10T12:00:00, RUNNING",
            "2025-11-10T12:00:01, BREACHED",
        })
        void runningClockIsBreachedIffNowIsAfterTheDueInstant(String now, MetricState state) {
            Ticket t = express("high", "2025-11-10T10:00").build();
            assertThat(first(EXPRESS, t, msk(now)).state()).isEqualTo(state);
        }

        @Test
        void answerOutsideWorkingHoursAfterTheTargetWasUsedUpIsBreached() {
            // the 2 working hours end Monday 18:00; an answer at 19:00 adds no working time but comes after the due instant
            Ticket t = express("high", "2025-11-10T16:00").event(msk("2025-11-10T19:00"), EventType.AGENT_RESPONSE).build();
            MetricResult r = first(EXPRESS, t, msk("2025-11-11T10:00"));
            check(r, MetricState.BREACHED, "2025-11-10T16:00", "2025-11-10T18:00", h(2), h(0), h(0));
        }
    }

    // =================================================================== now
    @Nested
    class Now {

        @Test
        void eventsAfterNowAreIgnored() {
            Ticket t = express("high", "2025-11-10T10:00").status(msk("2025-11-10T10:15"), "waiting-for-customer")
                    .event(msk("2025-11-10T11:00"), EventType.AGENT_RESPONSE).build();
            assertThat(first(EXPRESS, t, msk("2025-11-10T10:10")).state()).isEqualTo(MetricState.RUNNING);
            assertThat(first(EXPRESS, t, msk("2025-11-10T10:30")).state()).isEqualTo(MetricState.PAUSED);
            assertThat(first(EXPRESS, t, msk("2025-11-10T11:00")).state()).isEqualTo(MetricState.MET);
        }

        @Test
        void evaluationAtTheReceivedInstant() {
            // 16 working hours from Monday 10:00: 8 on Monday, 8 on Tuesday from 09:00
            Ticket t = express("low", "2025-11-10T10:00").build();
            check(first(EXPRESS, t, t.received()), MetricState.RUNNING,
                    "2025-11-10T10:00", "2025-11-11T17:00", h(0), h(16), h(0));
        }
    }

    // =================================================================== no target, and why
    @Nested
    class NoTarget {

        @Test
        void clockNotStartedYet() {
            Policy p = Policy.builder("next")
                    .vendor("us").party(Party.of("us", "Us", Party.Kind.VENDOR))
                    .plan(Plan.of("basic", "Basic"))
                    .calendar("always", dev.sla.calendar.WorkCalendar.always(Regulations.UTC))
                    .metric(new Metric("next-response", "Next response", Set.of(EventType.CUSTOMER_MESSAGE),
                            Set.of(EventType.CUSTOMER_MESSAGE), Set.of(EventType.AGENT_RESPONSE), Set.of(), Set.of()))
                    .target(Target.of("next-response", "basic", null, Duration.ofHours(4), "always"))
                    .build();
            Ticket waiting = Ticket.builder("basic").received(At.utc("2025-11-10T10:00"))
                    .event(At.utc("2025-11-10T11:00"), EventType.AGENT_RESPONSE).build();
            MetricResult r = p.evaluate(waiting, At.utc("2025-11-10T12:00")).metric("next-response").orElseThrow();
            assertThat(r.state()).isEqualTo(MetricState.NONE);
            assertThat(r.reason()).isEqualTo("not started: waits for customer-message");
            assertThat(r.target()).isEqualTo(Duration.ofHours(4));
            assertThat(r.calendar()).isEqualTo("always");
            assertThat(r.start()).isNull();
            assertThat(r.due()).isNull();
            assertThat(r.due()).isNull();
            assertThat(r.remaining()).isEqualTo(Duration.ofHours(4));

            Ticket asked = Ticket.builder("basic").received(At.utc("2025-11-10T10:00"))
                    .event(At.utc("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE).build();
            MetricResult s = p.evaluate(asked, At.utc("2025-11-10T12:00")).metric("next-response").orElseThrow();
            assertThat(s.state()).isEqualTo(MetricState.RUNNING);
            assertThat(s.start()).isEqualTo(At.utc("2025-11-10T11:00"));
            assertThat(s.due()).isEqualTo(At.utc("2025-11-10T15:00"));
        }

        @Test
        void noTargetStated() {
            Ticket t = express("lowest", "2025-11-10T10:00").build();
            MetricResult r = resolution(t, msk("2025-12-10T10:00"));
            assertThat(r.state()).isEqualTo(MetricState.NONE);
            assertThat(r.reason()).isEqualTo("contract 'express-example' sets no time");
            assertThat(r.target()).isNull();
            assertThat(r.calendar()).isNull();
            assertThat(r.elapsed()).isZero();
            assertThat(r.remaining()).isZero();
            assertThat(r.paused()).isZero();
        }

        @Test
        void notAccepted() {
            Ticket t = navixy("2025-11-10T09:00").attribute("requester", "end-user").build();
            MetricResult r = first(NAVIXY, t, msk("2025-11-10T10:00"));
            assertThat(r.state()).isEqualTo(MetricState.NONE);
            assertThat(r.reason()).isEqualTo("the request is not accepted");
        }

        @Test
        void performedBySomeoneElse() {
            Ticket t = Ticket.builder("on-premise").service("custom-logos").received(msk("2025-11-10T09:00")).build();
            MetricResult r = first(NAVIXY, t, msk("2025-11-10T10:00"));
            assertThat(r.state()).isEqualTo(MetricState.NONE);
            assertThat(r.reason()).isEqualTo("the task is performed by 'partner', not by 'navixy'");
        }

        @Test
        void performedByNobody() {
            Ticket t = Ticket.builder("paas").service("server-administration").received(msk("2025-11-10T09:00")).build();
            Decision d = NAVIXY.evaluate(t, msk("2025-11-10T10:00"));
            assertThat(d.accepted()).isTrue();
            assertThat(d.metric("first-response").orElseThrow().reason()).isEqualTo("nobody performs the task (not-needed)");
        }
    }
}
