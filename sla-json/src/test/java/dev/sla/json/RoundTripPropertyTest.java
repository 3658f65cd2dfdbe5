package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.core.Policy;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Any valid policy survives a write and a read unchanged, and writes the same text again. */
class RoundTripPropertyTest {

    @Provide
    Arbitrary<Map.Entry<Policy, Set<GeneratedPolicy.Form>>> policies() {
        return GeneratedPolicy.policiesWithForms();
    }

    @Property(tries = 400)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aWrittenPolicyReadsBackEqual(@ForAll("policies") Map.Entry<Policy, Set<GeneratedPolicy.Form>> generated) {
        Policy p = generated.getKey();
        for (GeneratedPolicy.Form form : GeneratedPolicy.Form.values()) {
            Statistics.label(form.name()).collect(generated.getValue().contains(form));
        }
        Statistics.label("own days").collect(p.calendars().values().stream().anyMatch(c -> !c.ownRules().rules().isEmpty()));
        Statistics.label("statutory").collect(p.calendars().values().stream().flatMap(c -> c.holidaySets().stream())
                .anyMatch(s -> !s.name().equals("ru") && s.yearRules().isPresent()));
        String written = PolicyJson.write(p);

        Policy again = PolicyJson.read("written.json", written);

        assertThat(again).isEqualTo(p);
        assertThat(again.calendars()).isEqualTo(p.calendars());
        assertThat(PolicyJson.write(again)).isEqualTo(written);
        assertThat(Schema.errors(written)).isEmpty();
        for (GeneratedPolicy.Form form : GeneratedPolicy.Form.values()) {
            Statistics.label(form.name()).coverage(c -> c.check(true).percentage(pc -> pc > 5));
        }
        Statistics.label("own days").coverage(c -> c.check(true).percentage(pc -> pc > 5));
        Statistics.label("statutory").coverage(c -> c.check(true).percentage(pc -> pc > 5));
    }
}
