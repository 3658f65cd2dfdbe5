package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TicketGeneratorTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

    private static List<Ticket> tickets(Policy policy, long seed, int n) {
        TicketGenerator g = TicketGenerator.of(policy, seed, FROM, TO);
        List<Ticket> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(g.next());
        }
        return list;
    }

    @Test
    void theSameSeedGivesTheSameTickets() {
        Policy p = Regulations.express();
        assertThat(tickets(p, 7, 200)).isEqualTo(tickets(p, 7, 200));
        assertThat(tickets(p, 7, 200)).isNotEqualTo(tickets(p, 8, 200));
    }

    @Test
    void ticketsUseThePolicysIdsWithFiveToTwelveEventsInTheWindow() {
        for (Map.Entry<String, Supplier<Policy>> e : Regulations.ALL.entrySet()) {
            Policy p = e.getValue().get();
            Set<Integer> sizes = new HashSet<>();
            Set<String> plans = new HashSet<>();
            for (Ticket t : tickets(p, 1, 2000)) {
                assertThat(p.plans()).as(e.getKey()).containsKey(t.plan());
                plans.add(t.plan());
                t.service().ifPresent(s -> assertThat(p.services()).containsKey(s));
                t.severity().ifPresent(s -> assertThat(p.severities()).extracting(SeverityLevel::id).contains(s));
                assertThat(t.events().size()).isBetween(TicketGenerator.MIN_EVENTS, TicketGenerator.MAX_EVENTS);
                sizes.add(t.events().size());
                assertThat(t.received()).isBetween(FROM, TO);
                for (Event ev : t.events()) {
                    if (ev.status() != null) {
                        assertThat(p.statuses()).contains(ev.status());
                    }
                }
                // every generated ticket is one the policy can judge
                assertThat(p.evaluate(t, TO.plusSeconds(86_400 * 30)).metrics()).hasSize(p.metrics().size());
            }
            assertThat(sizes).as(e.getKey()).hasSize(8);
            assertThat(plans).as(e.getKey()).hasSameSizeAs(p.plans().keySet());
        }
    }

    @Test
    void mostTicketsOfAPolicyWithTargetsGetOne() {
        Policy p = Regulations.express();
        long withTarget = tickets(p, 3, 1000).stream()
                .filter(t -> p.evaluate(t, TO).metrics().stream().anyMatch(m -> m.state() != MetricState.NONE))
                .count();
        assertThat(withTarget).isGreaterThan(200);
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatThrownBy(() -> TicketGenerator.of(Regulations.express(), 1, TO, FROM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
