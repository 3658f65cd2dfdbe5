package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tickets: their timeline rules, and how a policy rejects tickets it cannot judge. */
class TicketTest {

    static final Instant T0 = At.utc("2025-11-10T10:00");
    static final Instant T1 = At.utc("2025-11-10T11:00");
    static final Instant T2 = At.utc("2025-11-10T12:00");

    // ----------------------------------------------------------------- timeline
    @Test
    void accessors() {
        Ticket t = Ticket.builder("paas").service("api-consultation").severity("level-2").attribute("impact", "all")
                .received(T0).event(T1, EventType.CUSTOMER_MESSAGE).status(T2, "in-progress").build();
        assertThat(t.plan()).isEqualTo("paas");
        assertThat(t.service()).contains("api-consultation");
        assertThat(t.severity()).contains("level-2");
        assertThat(t.attribute("impact")).contains("all");
        assertThat(t.attribute("cause")).isEmpty();
        assertThat(t.received()).isEqualTo(T0);
        assertThat(t.events()).containsExactly(Event.of(T0, EventType.RECEIVED), Event.of(T1, EventType.CUSTOMER_MESSAGE),
                Event.status(T2, "in-progress"));
        assertThat(t.attributes()).containsExactly(
                java.util.Map.entry("plan", "paas"), java.util.Map.entry("service", "api-consultation"),
                java.util.Map.entry("severity", "level-2"), java.util.Map.entry("impact", "all"));
        assertThatThrownBy(() -> t.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.events().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullAttributeValueRemovesIt() {
        Ticket t = Ticket.builder("paas").service("x").service(null).received(T0).build();
        assertThat(t.service()).isEmpty();
        assertThat(t.attributes()).containsOnlyKeys("plan");
    }

    @Test
    void eventsAtTheSameInstantAreInOrder() {
        Ticket t = Ticket.builder("paas").received(T0).event(T0, EventType.AGENT_RESPONSE).event(T0, EventType.CUSTOMER_MESSAGE)
                .build();
        assertThat(t.events()).hasSize(3);
    }

    @Test
    void emptyTimeline() {
        assertThatThrownBy(() -> Ticket.builder("paas").build())
                .isInstanceOf(TicketException.class)
                .hasMessage("ticket has no events; its timeline must start with a 'received' event");
    }

    @Test
    void timelineMustStartWithReceived() {
        assertThatThrownBy(() -> Ticket.builder("paas").event(T0, EventType.CUSTOMER_MESSAGE).received(T1).build())
                .isInstanceOf(TicketException.class)
                .hasMessage("ticket timeline must start with a 'received' event, not customer-message at 2025-11-10T10:00:00Z");
    }

    @Test
    void eventBeforeReceived() {
        assertThatThrownBy(() -> Ticket.builder("paas").received(T1).event(T0, EventType.AGENT_RESPONSE).build())
                .isInstanceOf(TicketException.class)
                .hasMessage("event 2 (2025-11-10T10:00:00Z agent-response) is before the ticket was received at 2025-11-10T11:00:00Z");
    }

    @Test
    void eventsOutOfOrder() {
        assertThatThrownBy(() -> Ticket.builder("paas").received(T0).event(T2, EventType.AGENT_RESPONSE)
                .status(T1, "paused").build())
                .isInstanceOf(TicketException.class)
                .hasMessage("event 3 (2025-11-10T11:00:00Z status paused) is out of order: it is before event 2 "
                        + "(2025-11-10T12:00:00Z agent-response)");
    }

    @Test
    void secondReceived() {
        assertThatThrownBy(() -> Ticket.builder("paas").received(T0).received(T1).build())
                .isInstanceOf(TicketException.class)
                .hasMessage("event 2 (2025-11-10T11:00:00Z received) receives the ticket a second time");
    }

    @Test
    void statusEventsNameAStatusAndOnlyThey() {
        assertThatThrownBy(() -> new Event(T0, EventType.STATUS, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A status event at 2025-11-10T10:00:00Z must name the status");
        assertThatThrownBy(() -> new Event(T0, EventType.AGENT_RESPONSE, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only a status event names a status, not agent-response at 2025-11-10T10:00:00Z");
        assertThatThrownBy(() -> Ticket.builder("paas").received(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ticket.builder(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eventTypeIds() {
        for (EventType t : EventType.values()) {
            assertThat(EventType.ofId(t.id())).isEqualTo(t);
        }
        assertThat(EventType.CUSTOMER_MESSAGE.id()).isEqualTo("customer-message");
        assertThatThrownBy(() -> EventType.ofId("closed")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown event type 'closed'; known: received, customer-message, agent-response, status, resolved, change, auto-acknowledgement");
    }

    // ----------------------------------------------------------------- what a policy cannot judge
    @Test
    void evaluationBeforeReceived() {
        Ticket t = Ticket.builder("paas").received(T1).build();
        assertThatThrownBy(() -> Regulations.navixyEn().evaluate(t, T0))
                .isInstanceOf(TicketException.class)
                .hasMessage("evaluation instant 2025-11-10T10:00:00Z is before the ticket was received at 2025-11-10T11:00:00Z");
    }

    @Test
    void unknownPlan() {
        Ticket t = Ticket.builder("gold").received(T0).build();
        String message = "unknown plan 'gold' in policy 'navixy-en'; known: paas, on-premise, cloud";
        assertThatThrownBy(() -> Regulations.navixyEn().evaluate(t, T0)).isInstanceOf(TicketException.class).hasMessage(message);
        assertThatThrownBy(() -> Regulations.navixyEn().who("gold", "api-consultation")).isInstanceOf(TicketException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> Regulations.navixyEn().who("gold", null)).isInstanceOf(TicketException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> Regulations.navixyEn().target("first-response", "gold", null, null))
                .isInstanceOf(TicketException.class).hasMessage(message);
    }

    @Test
    void unknownService() {
        Ticket t = Ticket.builder("standard").service("seo").received(T0).build();
        String message = "unknown service 'seo' in policy 'insales'; known: " + String.join(", ", Regulations.INSALES_SERVICES);
        assertThatThrownBy(() -> Regulations.insales().evaluate(t, T0)).isInstanceOf(TicketException.class).hasMessage(message);
        assertThatThrownBy(() -> Regulations.insales().who("standard", "seo")).isInstanceOf(TicketException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> Regulations.insales().target("first-response", "standard", null, "seo"))
                .isInstanceOf(TicketException.class).hasMessage(message);
    }

    @Test
    void unknownSeverity() {
        Ticket t = Ticket.builder("technical-support").severity("urgent").received(T0).build();
        String message = "unknown severity 'urgent' in policy 'express'; known: highest, high, medium, low, lowest";
        assertThatThrownBy(() -> Regulations.express().evaluate(t, T0)).isInstanceOf(TicketException.class).hasMessage(message);
        assertThatThrownBy(() -> Regulations.express().target("resolution", "technical-support", "urgent", null))
                .isInstanceOf(TicketException.class).hasMessage(message);
    }

    @Test
    void unknownMetric() {
        assertThatThrownBy(() -> Regulations.express().target("next-response", "technical-support", "high", null))
                .isInstanceOf(TicketException.class)
                .hasMessage("unknown metric 'next-response' in policy 'express'; known: first-response, resolution");
    }

    @Test
    void unknownStatus() {
        Ticket t = Ticket.builder("technical-support").severity("high").received(T0).status(T1, "closed").build();
        assertThatThrownBy(() -> Regulations.express().evaluate(t, T2))
                .isInstanceOf(TicketException.class)
                .hasMessage("unknown status 'closed' at 2025-11-10T11:00:00Z in policy 'express'; known: "
                        + String.join(", ", Regulations.EXPRESS_STATUSES));
        // the timeline is checked whole, even past the evaluation instant
        assertThatThrownBy(() -> Regulations.express().evaluate(t, T0)).isInstanceOf(TicketException.class);
    }

    @Test
    void unknownStatusSaysWhichWasMeant() {
        Ticket t = Ticket.builder("technical-support").severity("high").received(T0).status(T1, "in-progres").build();
        assertThatThrownBy(() -> Regulations.express().evaluate(t, T2))
                .isInstanceOf(TicketException.class)
                .hasMessageStartingWith("unknown status 'in-progres' at 2025-11-10T11:00:00Z in policy 'express';"
                        + " did you mean 'in-progress'?; known: waiting-for-support");
    }

    @Test
    void anAttributeThePolicyDoesNotKnowIsRefusedAsTheLoaderRefusesIt() {
        Ticket t = Ticket.builder("standard").attribute("categroy", "incident").received(T0).build();
        assertThatThrownBy(() -> Regulations.trackunit().evaluate(t, T0))
                .isInstanceOf(TicketException.class)
                .hasMessage("unknown attribute 'categroy' in policy 'trackunit'; did you mean 'category'?;"
                        + " the policy declares no such attribute; known: category, cause, channel, impact, language, plan,"
                        + " requester, service, severity");
    }

    @Test
    void unknownAttributeValue() {
        Ticket t = Ticket.builder("standard").attribute("category", "printer-on-fire").received(T0).build();
        assertThatThrownBy(() -> Regulations.trackunit().evaluate(t, T0))
                .isInstanceOf(TicketException.class)
                .hasMessageStartingWith("unknown category value 'printer-on-fire' in policy 'trackunit'; known: incident, "
                        + "platform-unreachable, outage");
        Ticket channel = Ticket.builder("standard").attribute("channel", "telegram").received(T0).build();
        assertThatThrownBy(() -> Regulations.insales().evaluate(channel, T0))
                .isInstanceOf(TicketException.class)
                .hasMessage("unknown channel value 'telegram' in policy 'insales'; known: knowledge-base, back-office, "
                        + "email, forum, icq, skype, phone");
    }

    @Test
    void undeclaredAttributesAreIgnored() {
        Ticket t = Ticket.builder("standard").attribute("category", "other").attribute("language", "fr").received(T0).build();
        assertThat(Regulations.trackunit().evaluate(t, T0).accepted()).isTrue();
    }

    @Test
    void nullArguments() {
        Ticket t = Ticket.builder("standard").received(T0).build();
        assertThatThrownBy(() -> Regulations.trackunit().evaluate(null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Regulations.trackunit().evaluate(t, null)).isInstanceOf(NullPointerException.class);
    }
}
