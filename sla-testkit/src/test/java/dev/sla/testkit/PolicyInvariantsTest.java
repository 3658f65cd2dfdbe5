package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import dev.sla.json.TicketJson;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How the invariants report a failure: the invariant, the policy, and the ticket, shrunk to a simple one. */
class PolicyInvariantsTest {

    private static final Policy EXPRESS = PolicyJson.bundled("express");

    @Test
    void aBrokenCheckNamesTheInvariantAndTheTicketShrunkToTheSimplestThatBreaksIt() {
        PolicyInvariants invariants = PolicyInvariants.of(EXPRESS);

        assertThatThrownBy(() -> invariants.overTickets("at most six events",
                (t, r) -> t.events().size() > 6 ? t.events().size() + " events" : null))
                .isInstanceOf(AssertionError.class)
                .satisfies(ex -> {
                    String message = ex.getMessage();
                    assertThat(message).startsWith("invariant 'at most six events' of policy 'express' is broken (try ");
                    String json = message.substring(message.indexOf("ticket ") + 7, message.lastIndexOf('\n'));
                    Ticket shrunk = TicketJson.read("shrunk.json", json);
                    // the first plan and severity, no other attribute, received at the start of 2025, seven events
                    // a minute apart: agent responses, then resolved
                    assertThat(shrunk.plan()).isEqualTo("client-support");
                    assertThat(shrunk.attributes()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("plan", "client-support",
                            "severity", "highest"));
                    assertThat(shrunk.events()).hasSize(7);
                    assertThat(shrunk.received()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
                    assertThat(shrunk.events().get(6).at()).isEqualTo(Instant.parse("2025-01-01T00:06:00Z"));
                    assertThat(shrunk.events().get(5).type()).isEqualTo(dev.sla.core.EventType.AGENT_RESPONSE);
                    assertThat(shrunk.events().get(6).type()).isEqualTo(dev.sla.core.EventType.RESOLVED);
                    assertThat(message).endsWith("\n7 events");
                });
    }

    @Test
    void theSameSeedFindsTheSameFailureAndAnotherSeedDrawsOtherTickets() {
        List<String> seen = new java.util.ArrayList<>();
        java.util.function.BiFunction<Ticket, Random, String> record = (t, r) -> {
            seen.add(TicketJson.write(t));
            return null;
        };
        PolicyInvariants.of(EXPRESS).withTries(5).withSeed(1).overTickets("records", record);
        List<String> first = List.copyOf(seen);
        seen.clear();
        PolicyInvariants.of(EXPRESS).withTries(5).withSeed(1).overTickets("records", record);
        List<String> again = List.copyOf(seen);
        seen.clear();
        PolicyInvariants.of(EXPRESS).withTries(5).withSeed(2).overTickets("records", record);

        assertThat(first).hasSize(5).isEqualTo(again).isNotEqualTo(seen);
    }

    @Test
    void anExceptionOfTheEngineIsAFailureToo() {
        assertThatThrownBy(() -> PolicyInvariants.of(EXPRESS).overTickets("never throws", (t, r) -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("throws java.lang.IllegalStateException: boom");
    }

    @Test
    void aTicketOfTheUsersOwnPropertyIsCheckedInOneLine() {
        Ticket t = Ticket.builder("technical-support").service("client-app").severity("high")
                .received(Instant.parse("2025-12-30T14:00:00Z")).status(Instant.parse("2025-12-30T15:00:00Z"), "waiting-for-customer")
                .status(Instant.parse("2025-12-31T09:00:00Z"), "in-progress").build();

        PolicyInvariants.of(EXPRESS).check(t);
    }

    @Test
    void misuseIsRefused() {
        assertThatThrownBy(() -> PolicyInvariants.of(EXPRESS).withTries(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyInvariants.of(null)).isInstanceOf(NullPointerException.class);
    }
}
