package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricKind;
import dev.sla.core.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The kit's inputs of the SLA clock: {@link SlaArbitraries#metrics()} and {@link SlaArbitraries#calendarsOnWholeMinutes()}. */
class ClockInputsProperties {

    static final WorkCalendar OFFICE = WorkCalendar.of(ZoneOffset.UTC, WeeklyHours.parse("Mon-Fri 09:00-17:00"));

    @Provide
    Arbitrary<Metric> metrics() {
        return SlaArbitraries.metrics();
    }

    @Property(tries = 300)
    void metricsAreValidInAPolicyThatDeclaresTheirStatuses(@ForAll("metrics") Metric m) {
        Policy p = ClockProperties.policy(m, OFFICE, List.of(Duration.ofHours(4)));

        assertThat(p.metrics()).containsOnlyKeys("metric");
        assertThat(Collections.disjoint(m.startOn(), m.stopOn())).as("start and stop").isTrue();
        assertThat(Collections.disjoint(m.startOn(), m.voidOn())).as("start and void").isTrue();
        assertThat(Collections.disjoint(m.stopOn(), m.voidOn())).as("stop and void").isTrue();
        assertThat(Collections.disjoint(m.pauseStatuses(), m.stopStatuses())).as("pause and stop").isTrue();
        assertThat(Collections.disjoint(m.pauseStatuses(), m.voidStatuses())).as("pause and void").isTrue();
        assertThat(Collections.disjoint(m.stopStatuses(), m.voidStatuses())).as("stop and void").isTrue();
        assertThat(p.statuses()).containsAll(MetricRecipe.STATUSES.stream()
                .filter(s -> m.pauseStatuses().contains(s) || m.stopsIn(s)).toList());
        if (m.kind() != MetricKind.ELAPSED) {
            assertThat(m.stopOn()).contains(EventType.AGENT_RESPONSE);
        }
    }

    /** Every rule of a metric turns up in a sample of a thousand. */
    @Test
    void metricsHoldEveryRule() {
        List<Metric> sample = SlaArbitraries.metrics().sampleStream().limit(1000).toList();

        assertThat(sample).extracting(Metric::kind).contains(MetricKind.values());
        assertThat(sample).extracting(Metric::startOn).contains(Set.of(EventType.RECEIVED),
                Set.of(EventType.CUSTOMER_MESSAGE), Set.of(EventType.RECEIVED, EventType.CUSTOMER_MESSAGE));
        assertThat(sample).extracting(Metric::restartOn).contains(Set.of(), Set.of(EventType.CUSTOMER_MESSAGE),
                Set.of(EventType.AGENT_RESPONSE));
        assertThat(sample).extracting(Metric::stopOn).contains(Set.of(), Set.of(EventType.RESOLVED),
                Set.of(EventType.AGENT_RESPONSE), Set.of(EventType.AGENT_RESPONSE, EventType.RESOLVED));
        assertThat(sample).anyMatch(m -> m.voidOn().contains(EventType.RESOLVED));
        for (String status : MetricRecipe.STATUSES) {
            assertThat(sample).anyMatch(m -> m.pauseStatuses().contains(status));
            assertThat(sample).anyMatch(m -> m.stopStatuses().contains(status));
            assertThat(sample).anyMatch(m -> m.voidStatuses().contains(status));
        }
        assertThat(sample).anyMatch(m -> m.warnings().size() == 3);
        assertThat(sample).anyMatch(m -> m.warnings().stream().anyMatch(w -> w.before() != null));
        assertThat(sample).anyMatch(m -> m.warnings().stream().anyMatch(w -> w.before() == null && w.percent() < 100));
        assertThat(sample).anyMatch(m -> m.warnings().stream().anyMatch(w -> w.before() == null && w.percent() == 100));
    }

    @Test
    void theSimplestMetricIsElapsedFromReceiptToAnAgentResponse() {
        Metric simplest = MetricRecipe.metric(new Choices(List.of()), "metric", "Metric", MetricRecipe.STATUSES);

        assertThat(simplest).isEqualTo(Metric.of("metric", "Metric", EventType.AGENT_RESPONSE));
        assertThat(simplest.kind()).isEqualTo(MetricKind.ELAPSED);
        assertThat(EnumSet.copyOf(simplest.startOn())).containsExactly(EventType.RECEIVED);
    }

    @Provide
    Arbitrary<WorkCalendar> onWholeMinutes() {
        return SlaArbitraries.calendarsOnWholeMinutes();
    }

    /** Thirty openings and closings in a row from an instant of 2025 or 2026 are on whole minutes. */
    @Property(tries = 200)
    void calendarsOnWholeMinutesOpenAndCloseOnWholeMinutes(@ForAll("onWholeMinutes") WorkCalendar calendar,
            @ForAll("instants") Instant from) {
        Instant t = from;
        for (int i = 0; i < 30; i++) {
            if (calendar.isOpen(t)) {
                Optional<Instant> close = calendar.nextClose(t);
                if (close.isEmpty()) {
                    return;     // open to the end of the supported years
                }
                t = close.get();
            } else {
                t = calendar.nextOpen(t);
            }
            assertThat(t.getEpochSecond() % 60).as("%s after %s", t, from).isZero();
            assertThat(t.getNano()).isZero();
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2027-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }
}
