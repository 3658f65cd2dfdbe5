package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.SlaException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The engine's answers at its edges: a default cell not provided, instants at the end of time, equal tickets. */
class CoreFixesTest {

    static PolicyBuilder small() {
        return Policy.builder("small").vendor("us")
                .party(Party.of("us", "Us", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .service(Service.of("s", "S"))
                .cover("s", "basic", Assignment.of("us", Mode.FULL))
                .calendar("always", PolicyValidationTest.ALWAYS)
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE))
                .target(Target.of("first-response", "basic", null, Duration.ofHours(2), "always"));
    }

    @Test
    void aDefaultCellNotProvidedNamesNoService() {
        Policy p = small().defaultAssignment(Assignment.nobody(Mode.NOT_PROVIDED).withNote("name the service")).build();
        Ticket t = Ticket.builder("basic").received(Instant.parse("2025-11-10T09:00:00Z")).build();
        Decision d = p.evaluate(t, t.received());
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason()).contains("a ticket that names no service is not provided on plan 'basic': name the service");
        assertThat(d.explanation()).contains(
                "not accepted: a ticket that names no service is not provided on plan 'basic': name the service");
        // one verdict: intake does not also say that the ticket is accepted
        assertThat(d.explanation()).noneMatch(line -> line.startsWith("intake:"));
    }

    @Test
    void instantsBeyondTheRangeOfTimeAreATicketProblemWithTheirCause() {
        Policy p = small().build();
        Instant end = Instant.MAX.minus(Duration.ofMinutes(30));
        Ticket t = Ticket.builder("basic").service("s").received(end).build();
        assertThatThrownBy(() -> p.evaluate(t, end))
                .isInstanceOf(TicketException.class).isInstanceOf(SlaException.class)
                .hasCauseInstanceOf(DateTimeException.class)
                .hasMessageStartingWith("ticket received at " + end + " cannot be evaluated at " + end + " by policy 'small': ");
    }

    @Test
    void theExplainingPathWrapsThemToo() {
        Policy p = small().build();
        Instant end = Instant.MAX.minus(Duration.ofHours(1));
        Ticket t = Ticket.builder("basic").service("s").received(end).build();
        // the path Decision.explanation() takes
        assertThatThrownBy(() -> Evaluator.evaluate(p, t, end, new Explanation()))
                .isInstanceOf(TicketException.class).hasCauseInstanceOf(DateTimeException.class);
    }

    @Test
    void ticketsWithTheSameAttributesAndTimelineAreEqual() {
        Instant at = Instant.parse("2025-11-10T09:00:00Z");
        Ticket a = Ticket.builder("basic").service("s").attribute("impact", "all").received(at)
                .status(at.plusSeconds(60), "open").build();
        Ticket b = Ticket.builder("basic").attribute("impact", "all").service("s").received(at)
                .status(at.plusSeconds(60), "open").build();
        Ticket c = Ticket.builder("basic").service("s").attribute("impact", "all").received(at)
                .status(at.plusSeconds(61), "open").build();
        Ticket d = Ticket.builder("basic").service("t").attribute("impact", "all").received(at)
                .status(at.plusSeconds(60), "open").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(d).isNotEqualTo(null)
                .isNotEqualTo("ticket");
    }

    @Test
    void oneVocabulary() {
        assertThat(EventType.ids()).containsExactly("received", "customer-message", "agent-response", "status", "resolved",
                "change", "auto-acknowledgement");
        for (String id : EventType.ids()) {
            assertThat(EventType.ofId(id).id()).isEqualTo(id);
        }
        assertThatThrownBy(() -> EventType.ofId("opened")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown event type 'opened'; known: received, customer-message, agent-response, status, resolved, change, auto-acknowledgement");
        assertThat(Ticket.BUILT_IN_ATTRIBUTES).containsExactly("plan", "service", "severity", "requester", "channel",
                "language", "impact", "cause", "category");
        assertThat(Assignment.NOBODY).isEqualTo("none");
        assertThat(Assignment.nobody(Mode.NOT_NEEDED)).hasToString("none (not-needed)");
        assertThat(Policy.DEFAULT_ZONE).isEqualTo(ZoneOffset.UTC);
        assertThat(Metric.DEFAULT_START_ON).containsExactly(EventType.RECEIVED);
        Policy p = small().build();
        assertThat(p.defaultAssignment()).isEqualTo(Assignment.byDefault("us")).isEqualTo(Assignment.of("us", Mode.FULL));
        assertThat(p.zone()).isEqualTo(Policy.DEFAULT_ZONE);
        assertThat(Ids.isId("level-1")).isTrue();
        assertThat(Ids.isId("Level 1")).isFalse();
        assertThat(Ids.isId("-x")).isFalse();
        assertThat(Ids.check("on-premise", "plan id")).isEqualTo("on-premise");
        assertThatThrownBy(() -> Ids.check("On Premise", "plan id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plan id 'On Premise' must be lower-case letters, digits and hyphens");
    }

    @Test
    void publicEntriesNameTheirNullParameter() {
        Policy p = small().build();
        assertThatThrownBy(() -> p.who(null, "s")).isInstanceOf(NullPointerException.class).hasMessage("planId");
        assertThatThrownBy(() -> p.target(null, "basic", null, null)).hasMessage("metricId");
        assertThatThrownBy(() -> p.evaluate(null, Instant.EPOCH)).hasMessage("ticket");
        assertThatThrownBy(() -> small().cover(null, "basic", Assignment.of("us", Mode.FULL))).hasMessage("serviceId");
        assertThatThrownBy(() -> small().target(Target.of("first-response", "basic", null, Duration.ofHours(1), "always"),
                null)).hasMessage("path");
        assertThatThrownBy(() -> EventType.ofId(null)).hasMessage("id");
        assertThatThrownBy(() -> Ids.isId(null)).hasMessage("text");
    }

    @Test
    void everyValidationRuleHasItsOwnName() {
        assertThat(PolicyValidator.ruleNames()).doesNotHaveDuplicates().hasSizeGreaterThan(15)
                .contains("a target is stated once", "plan inheritance has no cycle");
    }
}
