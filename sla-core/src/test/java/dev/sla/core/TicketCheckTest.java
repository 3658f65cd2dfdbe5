package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.Problem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every problem of a ticket under a policy at once, each with the part of the ticket it concerns. */
class TicketCheckTest {

    private static final Instant T0 = At.utc("2025-11-10T10:00");
    private static final Instant T1 = At.utc("2025-11-10T11:00");

    @Test
    void findsEveryProblemWithItsPath() {
        Ticket t = Ticket.builder("technical-support").severity("hig").service("hosting").attribute("categroy", "x")
                .received(T0).status(T1, "in-progres").build();

        assertThat(TicketCheck.problems(Regulations.express(), t)).extracting(Problem::path).containsExactly(
                "/service", "/severity", "/categroy", "/events/1/status");
        assertThat(TicketCheck.problems(Regulations.express(), t).get(1).message())
                .startsWith("unknown severity 'hig' in policy 'express'; did you mean 'high'?; known: highest");
        assertThat(TicketCheck.problems(Regulations.express(), t).get(3).message())
                .startsWith("unknown status 'in-progres' at 2025-11-10T11:00:00Z in policy 'express';"
                        + " did you mean 'in-progress'?");
    }

    @Test
    void aTicketThatFitsHasNone() {
        Ticket t = Ticket.builder("technical-support").severity("high").received(T0).status(T1, "in-progress").build();

        assertThat(TicketCheck.problems(Regulations.express(), t)).isEmpty();
    }

    @Test
    void evaluateRefusesWithTheFirstProblem() {
        Ticket t = Ticket.builder("technical-support").severity("hig").received(T0).status(T1, "in-progres").build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Regulations.express().evaluate(t, T1))
                .isInstanceOf(TicketException.class)
                .hasMessage(TicketCheck.problems(Regulations.express(), t).get(0).message());
    }
}
