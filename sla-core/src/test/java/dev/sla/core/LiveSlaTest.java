package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live SLA: cycles, not-applicable, changes, warnings, the next change, events at one instant. */
class LiveSlaTest {

    static final Policy RU = Regulations.navixyRu();
    static final Policy EXPRESS = Regulations.express();
    static final WorkCalendar NAVIXY_HOURS = RU.calendars().get("support-hours");

    static Instant utc(String time) {
        return Instant.parse("2025-11-03T" + time + ":00Z");
    }

    /** A policy with warnings at half the target and one hour before the due instant, on a 24/7 calendar. */
    static final Policy WARNED = Policy.builder("warned").vendor("l1")
            .party(Party.of("l1", "First line", Party.Kind.VENDOR))
            .party(Party.of("l2", "Second line", Party.Kind.THIRD_PARTY))
            .plan(Plan.of("basic", "Basic"))
            .calendar("always", WorkCalendar.always(ZoneOffset.UTC))
            .statuses("open", "waiting", "resolved")
            .metric(Metric.of("response", "Response", EventType.AGENT_RESPONSE).pausedIn("waiting").stoppedIn("resolved")
                    .warnedAt(Threshold.ofShare(50), Threshold.before(Duration.ofHours(1)).escalatingTo("l2")))
            .target(Target.of("response", "basic", null, Duration.ofHours(4), "always"))
            .build();

    // ----------------------------------------------------------------- cycles (Navixy)
    @Test
    void eachNewPartnerMessageRestartsTheResponseTimeAndEarlierCyclesStay() {
        Ticket t = Ticket.builder("paas").service("feature-consultation").attribute("impact", "all")
                .received(At.msk("2025-11-10T09:00"))
                .event(At.msk("2025-11-10T12:00"), EventType.AGENT_RESPONSE)
                .event(At.msk("2025-11-10T13:00"), EventType.CUSTOMER_MESSAGE)
                .event(At.msk("2025-11-10T13:30"), EventType.AGENT_RESPONSE)
                .event(At.msk("2025-11-10T15:30"), EventType.CUSTOMER_MESSAGE).build();
        Instant now = At.msk("2025-11-11T08:30");
        Decision d = RU.evaluate(t, now);
        MetricResult r = d.metric("first-response").orElseThrow();
        Duration target = r.target();
        assertThat(r.cycles()).hasSize(3);
        MetricResult.Cycle first = r.cycles().get(0);
        assertThat(first.start()).isEqualTo(At.msk("2025-11-10T09:00"));
        assertThat(first.stop()).isEqualTo(At.msk("2025-11-10T12:00"));
        assertThat(first.due()).isEqualTo(NAVIXY_HOURS.add(first.start(), target));
        assertThat(first.state()).as("the breach of the first cycle stays visible").isEqualTo(MetricState.BREACHED);
        assertThat(first.elapsed()).isEqualTo(Duration.ofHours(3));
        MetricResult.Cycle second = r.cycles().get(1);
        assertThat(second.start()).isEqualTo(At.msk("2025-11-10T13:00"));
        assertThat(second.stop()).isEqualTo(At.msk("2025-11-10T13:30"));
        assertThat(second.state()).isEqualTo(MetricState.MET);
        MetricResult.Cycle third = r.cycles().get(2);
        assertThat(third.stop()).isNull();
        assertThat(third.start()).isEqualTo(r.start()).isEqualTo(At.msk("2025-11-10T15:30"));
        assertThat(third.due()).isEqualTo(r.due()).isEqualTo(NAVIXY_HOURS.add(third.start(), target));
        assertThat(third.state()).isEqualTo(r.state()).isEqualTo(MetricState.RUNNING);
        // 15:30-16:00 on Monday, 08:00-08:30 on Tuesday
        assertThat(r.elapsed()).isEqualTo(third.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(r.nextChange()).isEqualTo(r.due().plusNanos(1));
        assertThat(d.nextChange()).contains(r.due().plusNanos(1));
    }

    @Test
    void aMessageBeforeTheAnswerSupersedesTheCycleItRestarts() {
        Ticket t = Ticket.builder("paas").service("feature-consultation").attribute("impact", "all")
                .received(At.msk("2025-11-10T09:00"))
                .event(At.msk("2025-11-10T09:30"), EventType.CUSTOMER_MESSAGE).build();
        MetricResult r = RU.evaluate(t, At.msk("2025-11-10T10:00")).metric("first-response").orElseThrow();
        assertThat(r.cycles()).extracting(MetricResult.Cycle::state)
                .containsExactly(MetricState.NOT_APPLICABLE, MetricState.RUNNING);
        assertThat(r.cycles().get(0).stop()).isEqualTo(At.msk("2025-11-10T09:30"));
    }

    // ----------------------------------------------------------------- not applicable (eXpress)
    @Test
    void aRequestCancelledBeforeAnyAnswerIsNotApplicable() {
        Ticket t = Ticket.builder("technical-support").severity("medium").received(At.msk("2025-11-10T10:00"))
                .status(At.msk("2025-11-10T11:00"), "cancelled").build();
        Decision d = EXPRESS.evaluate(t, At.msk("2025-11-20T10:00"));
        assertThat(d.metrics()).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MetricState.NOT_APPLICABLE);
            assertThat(m.cycles()).singleElement().satisfies(c -> {
                assertThat(c.stop()).isEqualTo(At.msk("2025-11-10T11:00"));
                assertThat(c.state()).isEqualTo(MetricState.NOT_APPLICABLE);
                assertThat(c.elapsed()).isEqualTo(Duration.ofHours(1));
            });
            assertThat(m.nextChange()).isNull();
        });
        assertThat(d.nextChange()).isEmpty();
        assertThat(d.explanation()).contains("first-response: voided at 2025-11-10T11:00:00+03:00 by status 'cancelled'");
    }

    @Test
    void aRequestAnsweredThenCancelledKeepsItsAnswer() {
        Ticket t = Ticket.builder("technical-support").severity("medium").received(At.msk("2025-11-10T10:00"))
                .event(At.msk("2025-11-10T10:30"), EventType.AGENT_RESPONSE)
                .status(At.msk("2025-11-10T11:00"), "cancelled").build();
        Decision d = EXPRESS.evaluate(t, At.msk("2025-11-20T10:00"));
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.MET);
        assertThat(d.metric("resolution").orElseThrow().state()).isEqualTo(MetricState.NOT_APPLICABLE);
    }

    // ----------------------------------------------------------------- changes
    @Test
    void aRaisedSeverityKeepsTheElapsedTimeAndTakesTheNewTarget() {
        Ticket t = Ticket.builder("technical-support").severity("medium").received(At.msk("2025-11-10T10:00"))
                .event(Event.change(At.msk("2025-11-10T10:30"), "severity", "highest")).build();
        Decision before = EXPRESS.evaluate(t, At.msk("2025-11-10T10:15"));
        assertThat(before.severity()).contains("medium");
        assertThat(before.metric("first-response").orElseThrow().target()).isEqualTo(Duration.ofHours(8));
        Decision d = EXPRESS.evaluate(t, At.msk("2025-11-10T10:45"));
        assertThat(d.severity()).contains("highest");
        MetricResult r = d.metric("first-response").orElseThrow();
        assertThat(r.target()).isEqualTo(Duration.ofHours(1));
        assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(45));
        assertThat(r.due()).isEqualTo(At.msk("2025-11-10T11:00"));
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.cycles()).hasSize(1);
        assertThat(d.explanation()).contains("first-response: from 2025-11-10T10:30:00+03:00 the severity is 'highest', so the"
                + " target is PT1H on calendar 'technical-support' (severity 'highest'); the clock keeps the PT30M it ran"
                + " and counts against the new target");
        assertThat(EXPRESS.evaluate(t, At.msk("2025-11-10T11:01")).metric("first-response").orElseThrow().state())
                .isEqualTo(MetricState.BREACHED);
    }

    @Test
    void aLoweredSeverityGivesTheDueInstantOfTheNewTargetFromTheStart() {
        Ticket changed = Ticket.builder("technical-support").severity("highest").received(At.msk("2025-11-10T10:00"))
                .event(Event.change(At.msk("2025-11-10T11:30"), "severity", "medium")).build();
        Ticket medium = Ticket.builder("technical-support").severity("medium").received(At.msk("2025-11-10T10:00")).build();
        Instant now = At.msk("2025-11-10T12:00");
        for (String metric : List.of("first-response", "resolution")) {
            MetricResult a = EXPRESS.evaluate(changed, now).metric(metric).orElseThrow();
            MetricResult b = EXPRESS.evaluate(medium, now).metric(metric).orElseThrow();
            assertThat(a.due()).isEqualTo(b.due());
            assertThat(a.state()).isEqualTo(b.state()).isEqualTo(MetricState.RUNNING);
            assertThat(a.elapsed()).isEqualTo(b.elapsed());
        }
    }

    @Test
    void aChangeToAnUnknownValueIsRefusedWithItsInstant() {
        Ticket t = Ticket.builder("technical-support").severity("medium").received(At.msk("2025-11-10T10:00"))
                .event(Event.change(At.msk("2025-11-10T10:30"), "severity", "urgent")).build();
        assertThatThrownBy(() -> EXPRESS.evaluate(t, At.msk("2025-11-10T11:00"))).isInstanceOf(TicketException.class)
                .hasMessageStartingWith("change at 2025-11-10T07:30:00Z: ").hasMessageContaining("'urgent'");
        assertThatThrownBy(() -> Event.change(utc("08:00"), "plan", "other")).isInstanceOf(IllegalArgumentException.class);
    }

    // ----------------------------------------------------------------- warnings and the next change
    @Test
    void warningsAreReachedInTurnAndTheNextChangeSaysWhen() {
        Ticket t = Ticket.builder("basic").received(utc("08:00")).build();
        MetricResult early = WARNED.evaluate(t, utc("09:00")).metric("response").orElseThrow();
        assertThat(early.state()).isEqualTo(MetricState.RUNNING);
        assertThat(early.warnings()).containsExactly(
                new MetricResult.Warning(Threshold.ofShare(50), utc("10:00"), false, null),
                new MetricResult.Warning(Threshold.before(Duration.ofHours(1)).escalatingTo("l2"), utc("11:00"), false, "l2"));
        assertThat(early.nextChange()).isEqualTo(utc("10:00"));

        MetricResult half = WARNED.evaluate(t, utc("10:00")).metric("response").orElseThrow();
        assertThat(half.state()).isEqualTo(MetricState.AT_RISK);
        assertThat(half.warnings()).extracting(MetricResult.Warning::reached).containsExactly(true, false);
        assertThat(half.nextChange()).isEqualTo(utc("11:00"));

        MetricResult late = WARNED.evaluate(t, utc("12:00")).metric("response").orElseThrow();
        assertThat(late.state()).isEqualTo(MetricState.AT_RISK);
        assertThat(late.nextChange()).isEqualTo(utc("12:00").plusNanos(1));
        Decision breached = WARNED.evaluate(t, utc("12:00").plusNanos(1));
        assertThat(breached.metric("response").orElseThrow().state()).isEqualTo(MetricState.BREACHED);
        assertThat(breached.nextChange()).isEmpty();
        assertThat(WARNED.evaluate(t, utc("10:00")).explanation()).contains(
                "response: warning at 50% of the target: reached at 2025-11-03T10:00:00Z",
                "response: warning at PT1H before the due instant: ahead, at 2025-11-03T11:00:00Z; escalate to 'l2'",
                "next change: 2025-11-03T11:00:00Z if no new event arrives before");
    }

    @Test
    void aPauseMovesTheWarningsAndStopsTheNextChange() {
        Ticket t = Ticket.builder("basic").received(utc("08:00")).status(utc("09:00"), "waiting")
                .status(utc("10:00"), "open").build();
        MetricResult paused = WARNED.evaluate(t, utc("09:30")).metric("response").orElseThrow();
        assertThat(paused.state()).isEqualTo(MetricState.PAUSED);
        assertThat(paused.nextChange()).isNull();
        MetricResult r = WARNED.evaluate(t, utc("10:30")).metric("response").orElseThrow();
        assertThat(r.warnings()).extracting(MetricResult.Warning::at).containsExactly(utc("11:00"), utc("12:00"));
        assertThat(r.due()).isEqualTo(utc("13:00"));
        assertThat(r.nextChange()).isEqualTo(utc("11:00"));
    }

    @Test
    void anAnswerStopsTheWarningsThatWereNotReached() {
        Ticket t = Ticket.builder("basic").received(utc("08:00")).event(utc("10:30"), EventType.AGENT_RESPONSE).build();
        MetricResult r = WARNED.evaluate(t, utc("15:00")).metric("response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.MET);
        assertThat(r.warnings()).containsExactly(
                new MetricResult.Warning(Threshold.ofShare(50), utc("10:00"), true, null),
                new MetricResult.Warning(Threshold.before(Duration.ofHours(1)).escalatingTo("l2"), null, false, "l2"));
    }

    @Test
    void aWarningEscalatesToADeclaredParty() {
        PolicyBuilder b = Policy.builder("warned").vendor("l1")
                .party(Party.of("l1", "First line", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .calendar("always", WorkCalendar.always(ZoneOffset.UTC))
                .metric(Metric.of("response", "Response", EventType.AGENT_RESPONSE)
                        .warnedAt(Threshold.ofShare(75).escalatingTo("l3")))
                .target(Target.of("response", "basic", null, Duration.ofHours(4), "always"));
        assertThatThrownBy(b::build).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("unknown party 'l3'");
    }

    @Test
    void thresholdsReadBackTheirText() {
        assertThat(Threshold.parse("75%")).isEqualTo(Threshold.ofShare(75)).hasToString("75%");
        assertThat(Threshold.parse("PT1H")).isEqualTo(Threshold.before(Duration.ofHours(1))).hasToString("PT1H");
        assertThat(Threshold.parse("100%").reachedAfter(Duration.ofHours(3))).isEqualTo(Duration.ofHours(3));
        assertThat(Threshold.parse("75%").reachedAfter(Duration.ofHours(3))).isEqualTo(Duration.ofMinutes(135));
        assertThat(Threshold.parse("PT5H").reachedAfter(Duration.ofHours(3))).isZero();
        for (String bad : List.of("0%", "101%", "075%", "75", "-PT1H", "PT0S", "%")) {
            assertThatThrownBy(() -> Threshold.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ----------------------------------------------------------------- one instant, one rule for starts
    @Test
    void eventsAtOneInstantAreTakenByTypeWhateverTheirOrder() {
        Ticket answerFirst = Ticket.builder("paas").service("feature-consultation").attribute("impact", "all")
                .received(At.msk("2025-11-10T09:00"))
                .event(At.msk("2025-11-10T10:00"), EventType.AGENT_RESPONSE)
                .event(At.msk("2025-11-10T10:00"), EventType.CUSTOMER_MESSAGE).build();
        Ticket messageFirst = Ticket.builder("paas").service("feature-consultation").attribute("impact", "all")
                .received(At.msk("2025-11-10T09:00"))
                .event(At.msk("2025-11-10T10:00"), EventType.CUSTOMER_MESSAGE)
                .event(At.msk("2025-11-10T10:00"), EventType.AGENT_RESPONSE).build();
        assertThat(messageFirst).isEqualTo(answerFirst);
        assertThat(messageFirst.events()).extracting(Event::type).containsExactly(EventType.RECEIVED,
                EventType.AGENT_RESPONSE, EventType.CUSTOMER_MESSAGE);
        MetricResult r = RU.evaluate(messageFirst, At.msk("2025-11-10T10:30")).metric("first-response").orElseThrow();
        // the message at the instant of the answer is not answered by it: its clock runs
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.start()).isEqualTo(At.msk("2025-11-10T10:00"));
        assertThat(r.cycles()).extracting(MetricResult.Cycle::state).containsExactly(MetricState.MET, MetricState.RUNNING);
    }

    @Test
    void aStopStatusHoldsBackTheFirstStartAsItHoldsBackARestart() {
        Metric next = new Metric("next-response", "Next response", java.util.Set.of(EventType.CUSTOMER_MESSAGE),
                java.util.Set.of(EventType.CUSTOMER_MESSAGE), java.util.Set.of(EventType.AGENT_RESPONSE), java.util.Set.of(),
                java.util.Set.of("resolved"));
        Policy p = Policy.builder("next").vendor("l1").party(Party.of("l1", "First line", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic")).calendar("always", WorkCalendar.always(ZoneOffset.UTC))
                .statuses("open", "resolved").metric(next)
                .target(Target.of("next-response", "basic", null, Duration.ofHours(2), "always")).build();
        Ticket t = Ticket.builder("basic").received(utc("08:00")).status(utc("08:30"), "resolved")
                .event(utc("09:00"), EventType.CUSTOMER_MESSAGE).build();
        assertThat(p.evaluate(t, utc("10:00")).metric("next-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
        Ticket reopened = Ticket.builder("basic").received(utc("08:00")).status(utc("08:30"), "resolved")
                .status(utc("08:45"), "open").event(utc("09:00"), EventType.CUSTOMER_MESSAGE).build();
        assertThat(p.evaluate(reopened, utc("10:00")).metric("next-response").orElseThrow().start()).isEqualTo(utc("09:00"));
    }

    // ----------------------------------------------------------------- metric kinds
    static Policy kinds(Metric metric, Duration target) {
        return Policy.builder("kinds").vendor("l1").party(Party.of("l1", "First line", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic")).calendar("always", WorkCalendar.always(ZoneOffset.UTC))
                .statuses("open", "waiting", "resolved").metric(metric)
                .target(Target.of(metric.id(), "basic", null, target, "always")).build();
    }

    @Test
    void nextReplyOpensACycleAtTheFirstMessageAfterEachReply() {
        Policy p = kinds(Metric.nextReply("next-reply", "Next reply"), Duration.ofHours(1));
        Ticket t = Ticket.builder("basic").received(utc("08:00"))
                .event(utc("08:10"), EventType.CUSTOMER_MESSAGE)          // before any reply: first response's
                .event(utc("08:30"), EventType.AGENT_RESPONSE)
                .event(utc("09:00"), EventType.CUSTOMER_MESSAGE)          // opens cycle 1
                .event(utc("09:20"), EventType.CUSTOMER_MESSAGE)          // still waiting: does not move it
                .event(utc("10:30"), EventType.AGENT_RESPONSE)            // late
                .event(utc("11:00"), EventType.CUSTOMER_MESSAGE).build(); // opens cycle 2
        MetricResult r = p.evaluate(t, utc("11:30")).metric("next-reply").orElseThrow();
        assertThat(r.cycles()).extracting(MetricResult.Cycle::start, MetricResult.Cycle::stop, MetricResult.Cycle::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(utc("09:00"), utc("10:30"), MetricState.BREACHED),
                        org.assertj.core.groups.Tuple.tuple(utc("11:00"), null, MetricState.RUNNING));
        assertThat(r.due()).isEqualTo(utc("12:00"));
        Ticket noReply = Ticket.builder("basic").received(utc("08:00")).event(utc("08:10"), EventType.CUSTOMER_MESSAGE).build();
        MetricResult waiting = p.evaluate(noReply, utc("09:00")).metric("next-reply").orElseThrow();
        assertThat(waiting.state()).isEqualTo(MetricState.NONE);
        assertThat(waiting.reason()).isEqualTo("not started: waits for customer-message after a reply");
    }

    @Test
    void aPeriodicUpdateIsDueEveryTargetWhileTheTicketIsNotWaiting() {
        Policy p = kinds(Metric.periodicUpdate("update", "Update").pausedIn("waiting").stoppedIn("resolved"),
                Duration.ofHours(4));
        Ticket t = Ticket.builder("basic").received(utc("08:00"))
                .event(utc("11:00"), EventType.AGENT_RESPONSE)            // update in time: cycle 2 from 11:00
                .status(utc("12:00"), "waiting")                          // paused
                .status(utc("14:00"), "open")
                .event(utc("18:30"), EventType.AGENT_RESPONSE).build();   // 4 h 30 min of running time: late
        MetricResult r = p.evaluate(t, utc("19:00")).metric("update").orElseThrow();
        assertThat(r.cycles()).extracting(MetricResult.Cycle::state)
                .containsExactly(MetricState.MET, MetricState.BREACHED, MetricState.RUNNING);
        assertThat(r.cycles().get(1).due()).isEqualTo(utc("17:00"));
        assertThat(r.cycles().get(1).paused()).isEqualTo(Duration.ofHours(2));
        assertThat(r.due()).isEqualTo(utc("22:30"));
        assertThat(r.nextChange()).isEqualTo(utc("22:30").plusNanos(1));
        Ticket resolved = Ticket.builder("basic").received(utc("08:00")).status(utc("09:00"), "resolved").build();
        assertThat(p.evaluate(resolved, utc("19:00")).metric("update").orElseThrow().cycles()).singleElement()
                .extracting(MetricResult.Cycle::state).isEqualTo(MetricState.MET);
    }

    // ----------------------------------------------------------------- relative deadlines
    static Policy relative(WorkCalendar calendar, RelativeDeadline deadline) {
        return Policy.builder("relative").vendor("l1").party(Party.of("l1", "First line", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic")).calendar("hours", calendar).statuses("open", "waiting")
                .metric(Metric.of("resolution", "Resolution", EventType.RESOLVED).pausedIn("waiting")
                        .warnedAt(Threshold.ofShare(50)))
                .target(Target.relative("resolution", "basic", null, deadline, "hours")).build();
    }

    @Test
    void theEndOfTheNextBusinessDayFollowsTheProductionCalendar() {
        // Friday 31 October 2025: Saturday 1 November works in Russia, until 16:00 Moscow time
        Policy p = relative(NAVIXY_HOURS, RelativeDeadline.parse("end of business day 1"));
        Ticket t = Ticket.builder("basic").received(At.msk("2025-10-31T15:00")).build();
        MetricResult r = p.evaluate(t, At.msk("2025-10-31T15:00")).metric("resolution").orElseThrow();
        assertThat(r.due()).isEqualTo(At.msk("2025-11-01T16:00"));
        assertThat(r.target()).isEqualTo(Duration.ofHours(9));
        assertThat(r.warnings()).singleElement().extracting(MetricResult.Warning::at).isEqualTo(At.msk("2025-11-01T11:30"));
        assertThat(p.evaluate(t, At.msk("2025-10-31T15:00")).explanation())
                .contains("resolution: target end of business day 1 on calendar 'hours' (plan 'basic')");
    }

    @Test
    void noonOfTheSecondBusinessDaySkipsTheHolidays() {
        // 3 and 4 November 2025 are days off in Russia: the second business day after Friday is Wednesday
        Policy p = relative(NAVIXY_HOURS, RelativeDeadline.at(2, java.time.LocalTime.NOON));
        Ticket t = Ticket.builder("basic").received(At.msk("2025-10-31T15:00")).build();
        assertThat(p.evaluate(t, At.msk("2025-10-31T15:00")).metric("resolution").orElseThrow().due())
                .isEqualTo(At.msk("2025-11-05T12:00"));
        // a pause moves the deadline by the working time it took: Friday 15:30-16:00
        Ticket paused = Ticket.builder("basic").received(At.msk("2025-10-31T15:00")).status(At.msk("2025-10-31T15:30"),
                "waiting").status(At.msk("2025-11-01T08:00"), "open").build();
        assertThat(p.evaluate(paused, At.msk("2025-11-01T09:00")).metric("resolution").orElseThrow().due())
                .isEqualTo(At.msk("2025-11-05T12:30"));
    }

    @Test
    void aTimeInTheDaylightSavingGapMovesLaterByTheGap() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        WorkCalendar always = WorkCalendar.always(berlin);
        Policy p = relative(always, RelativeDeadline.parse("02:30 of business day 1"));
        // Saturday 28 March 2026 10:00 in Berlin; on Sunday 29 March 02:00 becomes 03:00
        Instant received = java.time.ZonedDateTime.of(2026, 3, 28, 10, 0, 0, 0, berlin).toInstant();
        Ticket t = Ticket.builder("basic").received(received).build();
        MetricResult r = p.evaluate(t, received).metric("resolution").orElseThrow();
        assertThat(r.due()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));   // 03:30 summer time
        assertThat(r.target()).isEqualTo(Duration.ofMinutes(16 * 60 + 30));
        // the end of a business day of a calendar open around the clock is the next midnight
        Policy end = relative(always, RelativeDeadline.endOfBusinessDay(1));
        assertThat(end.evaluate(t, received).metric("resolution").orElseThrow().due())
                .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void relativeDeadlinesReadBackTheirText() {
        assertThat(RelativeDeadline.parse("end of business day 1")).isEqualTo(RelativeDeadline.endOfBusinessDay(1))
                .hasToString("end of business day 1");
        assertThat(RelativeDeadline.parse("12:00 of business day 2")).hasToString("12:00 of business day 2");
        for (String bad : List.of("end of business day 0", "end of business day 367", "25:00 of business day 1",
                "noon of business day 1", "end of day 1")) {
            assertThatThrownBy(() -> RelativeDeadline.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> RelativeDeadline.at(1, java.time.LocalTime.of(12, 0, 30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ----------------------------------------------------------------- time in status
    @Test
    void timeInEachStatusIsWallClockTimeUpToTheInstant() {
        Ticket t = Ticket.builder("basic").received(utc("08:00")).status(utc("08:30"), "open")
                .status(utc("09:00"), "waiting").status(utc("11:00"), "open").status(utc("12:00"), "resolved").build();
        Decision d = WARNED.evaluate(t, utc("11:30"));
        assertThat(d.statusTimes()).containsExactly(java.util.Map.entry("open", Duration.ofMinutes(60)),
                java.util.Map.entry("waiting", Duration.ofHours(2)));
        assertThat(WARNED.evaluate(t, utc("13:00")).statusTimes()).containsEntry("open", Duration.ofMinutes(90))
                .containsEntry("resolved", Duration.ofHours(1));
        assertThat(WARNED.evaluate(Ticket.builder("basic").received(utc("08:00")).build(), utc("09:00")).statusTimes())
                .isEmpty();
    }
}
