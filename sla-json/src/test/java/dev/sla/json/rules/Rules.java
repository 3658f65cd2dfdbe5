package dev.sla.json.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.ContractJson;
import dev.sla.json.DecisionJson;
import dev.sla.json.TicketJson;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What the rule tests share: instants written as local date-times of the regulations' zones, and short ways to
 * judge a ticket on a bundled policy.
 */
final class Rules {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId UTC = ZoneId.of("UTC");

    private Rules() {
    }

    /** An instant from a local date-time in Moscow, such as {@code 2025-10-31T15:00}. */
    static Instant msk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    /** An instant from a local date-time in UTC. */
    static Instant utc(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UTC).toInstant();
    }

    /** An instant from a local date-time in Paris. */
    static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    /** The decision for a ticket at the instant it was received. */
    static Decision decide(Policy policy, Ticket ticket) {
        return policy.evaluate(ticket, ticket.received());
    }

    /** The first-response metric of a ticket at an instant. */
    static MetricResult response(Policy policy, Ticket ticket, Instant at) {
        return policy.evaluate(ticket, at).metric("first-response").orElseThrow();
    }

    /** The first-response metric of a ticket at the instant it was received. */
    static MetricResult response(Policy policy, Ticket ticket) {
        return response(policy, ticket, ticket.received());
    }

    /** A ticket read from its JSON text, checked against the policy as {@code sla evaluate} reads it. */
    static Ticket ticket(Policy policy, String json) {
        return TicketJson.read("ticket.json", json, policy);
    }

    /**
     * The bundled policy bound to one of the bundled example contracts, for the tests of rules that leave their
     * numbers to the customer's contract.
     */
    static Policy withContract(Policy policy, String contract) {
        return policy.withContract(ContractJson.bundled(contract));
    }

    /** The decision as {@code sla evaluate} prints it. */
    static JsonNode json(Decision decision) {
        return DecisionJson.toJson(decision, false);
    }
}
