package com.example.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import dev.sla.testkit.PolicyCaseTests;
import dev.sla.testkit.PolicyInvariants;
import dev.sla.testkit.SlaArbitraries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tests a support team writes for its own policy, here the Navixy regulation: the ready-made
 * invariants, a property of its own regulation, and its example cases.
 */
class OurPolicyTest {

    /** Our policy: a team reads its own file, PolicyJson.read(Path.of("our-policy.json")). */
    static final Policy POLICY = PolicyJson.bundled("navixy-en");

    @Test
    void keepsEveryInvariant() {
        PolicyInvariants.of(POLICY).checkAll();
    }

    @Provide
    Arbitrary<Ticket> tickets() {
        return SlaArbitraries.tickets(POLICY);
    }

    /**
     * Our regulation: a more severe ticket is never answered later than a less severe one received with it;
     * outside working hours neither has a due instant.
     */
    @Property(tries = 200)
    void aMoreSevereTicketIsNeverDueLater(@ForAll("tickets") Ticket ticket) {
        Instant level1 = due(ticket.plan(), "level-1", ticket.received());
        Instant level3 = due(ticket.plan(), "level-3", ticket.received());

        if (level1 == null || level3 == null) {
            // received outside working hours: both levels are answered best effort, with no due instant
            assertThat(level1).isNull();
            assertThat(level3).isNull();
        } else {
            assertThat(level1).isBeforeOrEqualTo(level3);
        }
        PolicyInvariants.of(POLICY).check(ticket);
    }

    @TestFactory
    Stream<DynamicTest> ourExampleCases() {
        return PolicyCaseTests.of(POLICY, Path.of("src/test/resources/com/example/support/our-policy.cases.json"));
    }

    private static Instant due(String plan, String level, Instant received) {
        Ticket t = Ticket.builder(plan).severity(level).received(received).build();
        return POLICY.evaluate(t, received).metric("first-response").orElseThrow().due();
    }
}
