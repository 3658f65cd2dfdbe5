package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sla.core.Policy;
import dev.sla.json.PolicyJson;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Any valid policy of {@link PolicyRecipe} survives a write and a read unchanged, writes the
 * same text again, and the text follows the shipped JSON Schema.
 */
class PolicyRoundTripProperties {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(PolicyJson.schema());

    @Provide
    Arbitrary<Map.Entry<Policy, Set<PolicyRecipe.Form>>> policies() {
        return PolicyRecipe.policiesWithForms();
    }

    @Property(tries = 400)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aWrittenPolicyReadsBackEqual(@ForAll("policies") Map.Entry<Policy, Set<PolicyRecipe.Form>> generated) {
        Policy p = generated.getKey();
        for (PolicyRecipe.Form form : PolicyRecipe.Form.values()) {
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
        assertThat(SCHEMA.validate(written, InputFormat.JSON)).isEmpty();
        for (PolicyRecipe.Form form : PolicyRecipe.Form.values()) {
            Statistics.label(form.name()).coverage(c -> c.check(true).percentage(pc -> pc > 5));
        }
        Statistics.label("own days").coverage(c -> c.check(true).percentage(pc -> pc > 5));
        Statistics.label("statutory").coverage(c -> c.check(true).percentage(pc -> pc > 5));
    }
}
