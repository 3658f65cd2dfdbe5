package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The constructs of intake and of the clock that a regulation states beside its tables:
 * targets that hold only for tickets received in working hours, authors of events,
 * automatic acknowledgements, enforced channels and languages, and requirements.
 */
class IntakeStageTest {

    static final Instant MONDAY_9 = Instant.parse("2025-11-10T09:00:00Z");
    static final Instant MONDAY_20 = Instant.parse("2025-11-10T20:00:00Z");
    static final Instant SATURDAY_10 = Instant.parse("2025-11-15T10:00:00Z");

    static WorkCalendar office() {
        return WorkCalendar.builder().name("office").zone(ZoneOffset.UTC)
                .weeklyHours(WeeklyHours.parse("Mon-Fri 08:00-16:00")).build();
    }

    static Plan basic() {
        return new Plan("basic", "Basic", null, List.of("ru"), List.of("email"), List.of("en"), true, true,
                List.of(Requirement.content("steps", "The steps that lead to the problem"),
                        Requirement.attribute("one-question", "One question per request", "questions", "one"),
                        Requirement.attribute("subscription", "An active subscription", "subscription", "active")
                                .refusing()));
    }

    static Policy policy() {
        return Policy.builder("acme").vendor("acme")
                .calendar("office", office())
                .party(Party.of("acme", "Acme support", Party.Kind.VENDOR))
                .party(Party.of("partner", "Partner", Party.Kind.CUSTOMER))
                .plan(basic())
                .plan(Plan.of("open", "Open"))
                .attribute("requester", "partner", "end-user")
                .attribute("questions", "one", "several")
                .attribute("subscription", "active", "inactive")
                .intake(new IntakeRule(Condition.when("requester", "end-user"), "end users ask their partner", "partner"))
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE)
                        .restartedBy(EventType.CUSTOMER_MESSAGE).by(EventAuthors.restartBy("partner"))
                        .warnedAt(Threshold.parse("50%")))
                .target(Target.of("first-response", "basic", null, Duration.ofHours(4), "office")
                        .onlyIf(TargetCondition.receivedWithin("office", "in all other cases it may vary")))
                .target(Target.of("first-response", "open", null, Duration.ofHours(4), "office"))
                .build();
    }

    static final Policy P = policy();

    // ------------------------------------------------------------------ conditional targets
    @Nested
    class ConditionalTargets {

        @Test
        void aTicketReceivedInWorkingHoursHasItsTarget() {
            Ticket t = Ticket.builder("basic").received(MONDAY_9).build();
            MetricResult r = P.evaluate(t, MONDAY_9.plusSeconds(3600)).metric("first-response").orElseThrow();
            assertThat(r.state()).isEqualTo(MetricState.RUNNING);
            assertThat(r.due()).isEqualTo(Instant.parse("2025-11-10T13:00:00Z"));
        }

        @Test
        void aTicketReceivedOutsideWorkingHoursIsBestEffortAndStillMeasured() {
            Ticket t = Ticket.builder("basic").received(MONDAY_20).build();
            Instant now = Instant.parse("2025-11-11T10:00:00Z");
            Decision d = P.evaluate(t, now);
            MetricResult r = d.metric("first-response").orElseThrow();
            assertThat(r.state()).isEqualTo(MetricState.BEST_EFFORT);
            assertThat(r.due()).isNull();
            assertThat(r.target()).isNull();
            assertThat(r.remaining()).isEqualTo(Duration.ZERO);
            assertThat(r.elapsed()).isEqualTo(Duration.ofHours(2));
            assertThat(r.warnings()).isEmpty();
            assertThat(r.nextChange()).isNull();
            assertThat(r.reason()).contains("calendar 'office'").contains("in all other cases it may vary");
            assertThat(r.cycles()).singleElement().satisfies(c -> {
                assertThat(c.state()).isEqualTo(MetricState.BEST_EFFORT);
                assertThat(c.due()).isNull();
            });
            assertThat(d.nextChange()).isEmpty();
            assertThat(d.explanation()).anyMatch(l -> l.startsWith("first-response: best effort"))
                    .anyMatch(l -> l.startsWith("first-response: best-effort, no due instant; elapsed PT2H"))
                    .noneMatch(l -> l.startsWith("first-response: due"));
        }

        @Test
        void aBestEffortMetricChangesOnlyWhenStopped() {
            Ticket t = Ticket.builder("basic").received(SATURDAY_10)
                    .event(Instant.parse("2025-11-17T09:00:00Z"), EventType.AGENT_RESPONSE).build();
            MetricResult before = P.evaluate(t, Instant.parse("2025-11-17T08:30:00Z")).metric("first-response").orElseThrow();
            MetricResult after = P.evaluate(t, Instant.parse("2025-11-18T08:30:00Z")).metric("first-response").orElseThrow();
            assertThat(before.state()).isEqualTo(MetricState.BEST_EFFORT);
            assertThat(before.elapsed()).isEqualTo(Duration.ofMinutes(30));
            assertThat(after.state()).isEqualTo(MetricState.BEST_EFFORT);
            assertThat(after.elapsed()).isEqualTo(Duration.ofHours(1));
            assertThat(after.cycles().get(0).stop()).isEqualTo(Instant.parse("2025-11-17T09:00:00Z"));
        }

        @Test
        void aTargetWithoutConditionHoldsAtAnyHour() {
            Ticket t = Ticket.builder("open").received(MONDAY_20).build();
            assertThat(P.evaluate(t, MONDAY_20).metric("first-response").orElseThrow().state())
                    .isEqualTo(MetricState.RUNNING);
        }

        @Test
        void aTargetOfNoTimeTakesNoCondition() {
            Target none = Target.none("m", "p", null, "no time");
            assertThatThrownBy(() -> none.onlyIf(TargetCondition.receivedWithin("office", null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no condition");
        }

        @Test
        void anUnknownCalendarOfAConditionIsAProblem() {
            assertThatThrownBy(() -> Policy.builder("x").vendor("x").calendar("office", office())
                    .party(Party.of("x", "X", Party.Kind.VENDOR)).plan(Plan.of("p", "P"))
                    .metric(Metric.of("m", "M", EventType.AGENT_RESPONSE))
                    .target(Target.of("m", "p", null, Duration.ofHours(1), "office")
                            .onlyIf(TargetCondition.receivedWithin("ofice", null)))
                    .build())
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining("unknown calendar 'ofice'; did you mean 'office'?");
        }
    }

    // ------------------------------------------------------------------ authors and acknowledgements
    @Nested
    class Authors {

        @Test
        void onlyThePartnersMessageRestartsTheClock() {
            Ticket t = Ticket.builder("open").received(MONDAY_9)
                    .event(Event.of(Instant.parse("2025-11-10T10:00:00Z"), EventType.CUSTOMER_MESSAGE).by("end-user"))
                    .event(Event.of(Instant.parse("2025-11-10T11:00:00Z"), EventType.CUSTOMER_MESSAGE).by("partner"))
                    .build();
            MetricResult r = P.evaluate(t, Instant.parse("2025-11-10T11:30:00Z")).metric("first-response").orElseThrow();
            assertThat(r.cycles()).hasSize(2);
            assertThat(r.start()).isEqualTo(Instant.parse("2025-11-10T11:00:00Z"));
            assertThat(r.due()).isEqualTo(Instant.parse("2025-11-10T15:00:00Z"));
        }

        @Test
        void aMessageThatNamesNoAuthorRestartsTheClock() {
            Ticket t = Ticket.builder("open").received(MONDAY_9)
                    .event(Instant.parse("2025-11-10T10:00:00Z"), EventType.CUSTOMER_MESSAGE).build();
            MetricResult r = P.evaluate(t, Instant.parse("2025-11-10T10:30:00Z")).metric("first-response").orElseThrow();
            assertThat(r.start()).isEqualTo(Instant.parse("2025-11-10T10:00:00Z"));
        }

        @Test
        void anAutomaticAcknowledgementIsNoResponse() {
            Ticket t = Ticket.builder("open").received(MONDAY_9)
                    .event(Instant.parse("2025-11-10T09:01:00Z"), EventType.AUTO_ACKNOWLEDGEMENT).build();
            MetricResult r = P.evaluate(t, Instant.parse("2025-11-10T10:00:00Z")).metric("first-response").orElseThrow();
            assertThat(r.state()).isEqualTo(MetricState.RUNNING);
            assertThat(r.cycles().get(0).stop()).isNull();
            assertThat(EventType.ofId("auto-acknowledgement")).isEqualTo(EventType.AUTO_ACKNOWLEDGEMENT);
            assertThat(EventType.AUTO_ACKNOWLEDGEMENT.orderAtOneInstant()).isEqualTo(6);
        }

        @Test
        void anEventKeepsItsAuthor() {
            Event e = Event.of(MONDAY_9, EventType.CUSTOMER_MESSAGE).by("partner");
            assertThat(e.author()).isEqualTo("partner");
            assertThat(e).hasToString("2025-11-10T09:00:00Z customer-message by partner")
                    .isNotEqualTo(Event.of(MONDAY_9, EventType.CUSTOMER_MESSAGE));
            assertThatThrownBy(() -> e.by("Partner")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anUnknownAuthorOfATicketIsAProblem() {
            Ticket t = Ticket.builder("open").received(MONDAY_9)
                    .event(Event.of(MONDAY_9.plusSeconds(60), EventType.CUSTOMER_MESSAGE).by("partnr")).build();
            assertThat(TicketCheck.problems(P, t)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("/events/1/author");
                assertThat(p.message()).contains("unknown author role 'partnr'").contains("did you mean 'partner'?");
            });
        }

        @Test
        void anUnknownAuthorOfAMetricIsAProblem() {
            assertThatThrownBy(() -> Policy.builder("x").vendor("x").party(Party.of("x", "X", Party.Kind.VENDOR))
                    .calendar("office", office()).plan(Plan.of("p", "P"))
                    .metric(Metric.of("m", "M", EventType.AGENT_RESPONSE).by(new EventAuthors(Set.of("y"), Set.of(),
                            Set.of())))
                    .target(Target.of("m", "p", null, Duration.ofHours(1), "office")).build())
                    .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("unknown author role 'y'");
        }
    }

    // ------------------------------------------------------------------ channels and languages
    @Nested
    class ChannelsAndLanguages {

        @Test
        void anotherChannelIsRefusedWithTheReason() {
            Decision d = P.evaluate(Ticket.builder("basic").attribute("channel", "phone").received(MONDAY_9).build(), MONDAY_9);
            assertThat(d.accepted()).isFalse();
            assertThat(d.reason()).contains("channel 'phone' is not accepted on plan 'basic'; support is reached through email");
            assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
        }

        @Test
        void anotherLanguageIsRefusedAndTheExceptionIsServed() {
            Decision de = P.evaluate(Ticket.builder("basic").attribute("language", "de").received(MONDAY_9).build(), MONDAY_9);
            assertThat(de.accepted()).isFalse();
            assertThat(de.reason()).contains("language 'de' is not served on plan 'basic'; support is given in ru, en (by exception)");
            Decision en = P.evaluate(Ticket.builder("basic").attribute("language", "en").received(MONDAY_9).build(), MONDAY_9);
            assertThat(en.accepted()).isTrue();
            assertThat(en.explanation()).contains("language: 'en' is served on plan 'basic' only by exception");
        }

        @Test
        void aRequestThatStatesNeitherIsNotRefusedForThem() {
            Decision d = P.evaluate(Ticket.builder("basic").received(MONDAY_9).build(), MONDAY_9);
            assertThat(d.accepted()).isTrue();
            assertThat(d.missing()).isEmpty();
        }

        @Test
        void aPlanThatDoesNotEnforceAcceptsAnyChannel() {
            Decision d = P.evaluate(Ticket.builder("open").attribute("channel", "phone").attribute("language", "de")
                    .received(MONDAY_9).build(), MONDAY_9);
            assertThat(d.accepted()).isTrue();
        }

        @Test
        void theIntakeRulesComeFirst() {
            Decision d = P.evaluate(Ticket.builder("basic").attribute("requester", "end-user").attribute("channel", "phone")
                    .received(MONDAY_9).build(), MONDAY_9);
            assertThat(d.accepted()).isFalse();
            assertThat(d.redirect()).contains("partner");
        }
    }

    // ------------------------------------------------------------------ requirements
    @Nested
    class Requirements {

        @Test
        void whatIsMissingIsListedAndOnlyNoted() {
            Ticket t = Ticket.builder("basic").attribute("questions", "several").carries().received(MONDAY_9).build();
            Decision d = P.evaluate(t, MONDAY_9);
            assertThat(d.accepted()).isTrue();
            assertThat(d.missing()).extracting(Requirement::id).containsExactly("steps", "one-question");
            assertThat(d.explanation()).anyMatch(l -> l.startsWith("requirements of plan 'basic': missing steps"));
            assertThat(d.toString()).contains("missing steps missing one-question");
        }

        @Test
        void aRequirementThatRefusesRefuses() {
            Ticket t = Ticket.builder("basic").attribute("subscription", "inactive").carries("steps").received(MONDAY_9).build();
            Decision d = P.evaluate(t, MONDAY_9);
            assertThat(d.accepted()).isFalse();
            assertThat(d.reason()).contains("the request lacks what plan 'basic' requires: An active subscription");
            assertThat(d.missing()).extracting(Requirement::id).containsExactly("subscription");
            assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
        }

        @Test
        void whatATicketDoesNotStateIsNotJudged() {
            Ticket t = Ticket.builder("basic").received(MONDAY_9).build();
            assertThat(t.carries()).isEmpty();
            assertThat(P.evaluate(t, MONDAY_9).missing()).isEmpty();
            Ticket all = Ticket.builder("basic").carries("steps").attribute("questions", "one")
                    .attribute("subscription", "active").received(MONDAY_9).build();
            assertThat(P.evaluate(all, MONDAY_9).missing()).isEmpty();
            assertThat(all.carries()).contains(Set.of("steps"));
            assertThat(all).isNotEqualTo(Ticket.builder("basic").attribute("questions", "one")
                    .attribute("subscription", "active").received(MONDAY_9).build());
        }

        @Test
        void unknownContentIsAProblem() {
            Ticket t = Ticket.builder("basic").carries("step").received(MONDAY_9).build();
            assertThat(TicketCheck.problems(P, t)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("/carries/0");
                assertThat(p.message()).contains("unknown content 'step'").contains("did you mean 'steps'?");
            });
        }

        @Test
        void aRequirementNamesAnAttributeAndItsValueOrNeither() {
            assertThatThrownBy(() -> new Requirement("x", "X", "impact", null, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Requirement("x", "X", "plan", "basic", false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(Requirement.content("steps", "Steps")).hasToString("steps (Steps)");
            assertThat(Requirement.attribute("sub", "Active", "subscription", "active").refusing())
                    .hasToString("subscription=active (Active), refuses");
        }

        @Test
        void aLanguageInBothListsIsAProblem() {
            assertThatThrownBy(() -> Policy.builder("x").vendor("x").party(Party.of("x", "X", Party.Kind.VENDOR))
                    .plan(Plan.of("p", "P").withLanguages("en").withLanguagesByException("en")).build())
                    .isInstanceOf(InvalidPolicyException.class)
                    .hasMessageContaining("language 'en' is listed both as a language of plan 'p'");
        }
    }
}
