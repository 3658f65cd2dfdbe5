package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A customer message restarts a restartable clock, but not while the ticket is resolved. */
class RestartAfterStopTest {

    private static final Policy POLICY = Policy.builder("restart").vendor("vendor")
            .party(Party.of("vendor", "Vendor", Party.Kind.VENDOR))
            .plan(Plan.of("basic", "Basic"))
            .calendar("always", WorkCalendar.always(ZoneOffset.UTC))
            .statuses("open", "resolved")
            .metric(Metric.of("response", "Response", EventType.AGENT_RESPONSE)
                    .restartedBy(EventType.CUSTOMER_MESSAGE).stoppedIn("resolved"))
            .target(Target.of("response", "basic", null, Duration.ofHours(4), "always"))
            .build();

    private static Instant at(String time) {
        return Instant.parse("2025-11-03T" + time + ":00Z");
    }

    @Test
    void aMessageAfterAnAnswerRestartsTheClock() {
        Ticket t = Ticket.builder("basic").received(at("08:00")).event(at("09:00"), EventType.AGENT_RESPONSE)
                .event(at("10:00"), EventType.CUSTOMER_MESSAGE).build();
        MetricResult r = POLICY.evaluate(t, at("11:00")).metric("response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.start()).isEqualTo(at("10:00"));
        assertThat(r.due()).isEqualTo(at("14:00"));
    }

    @Test
    void aMessageOnAResolvedTicketDoesNotRestartTheClock() {
        Ticket t = Ticket.builder("basic").received(at("08:00")).status(at("09:00"), "resolved")
                .event(at("10:00"), EventType.CUSTOMER_MESSAGE).build();
        MetricResult r = POLICY.evaluate(t, at("11:00")).metric("response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.MET);
        assertThat(r.start()).isEqualTo(at("08:00"));
        assertThat(r.elapsed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void reopeningAndAMessageRestartIt() {
        Ticket t = Ticket.builder("basic").received(at("08:00")).status(at("09:00"), "resolved")
                .status(at("09:30"), "open").event(at("10:00"), EventType.CUSTOMER_MESSAGE).build();
        MetricResult r = POLICY.evaluate(t, at("11:00")).metric("response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.start()).isEqualTo(at("10:00"));
    }
}
