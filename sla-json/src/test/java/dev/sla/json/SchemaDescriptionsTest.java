package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.core.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema a policy author's editor shows: every field described, the built-in attributes named. */
class SchemaDescriptionsTest {

    private static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(PolicyJson.schema());
        } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
    }

    /** The paths of the properties with neither a description nor a reference to a described definition. */
    static void undescribed(JsonNode node, String path, List<String> out) {
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            properties.fields().forEachRemaining(e -> {
                if (!e.getValue().has("description") && !e.getValue().has("$ref")) {
                    out.add(path + "/" + e.getKey());
                }
                undescribed(e.getValue(), path + "/" + e.getKey(), out);
            });
        }
        for (String key : new String[] {"items", "additionalProperties"}) {
            if (node.has(key)) {
                undescribed(node.get(key), path + "/" + key, out);
            }
        }
        if (node.has("$defs")) {
            node.get("$defs").fields().forEachRemaining(e -> undescribed(e.getValue(), path + "/$defs/" + e.getKey(), out));
        }
        for (String key : new String[] {"oneOf", "anyOf", "allOf"}) {
            if (node.has(key)) {
                for (int i = 0; i < node.get(key).size(); i++) {
                    undescribed(node.get(key).get(i), path + "/" + key + "/" + i, out);
                }
            }
        }
    }

    @Test
    void everyFieldIsDescribed() {
        List<String> missing = new ArrayList<>();
        undescribed(SCHEMA, "", missing);

        assertThat(missing).isEmpty();
    }

    @Test
    void conditionsNameEveryBuiltInAttribute() {
        String condition = SCHEMA.at("/$defs/condition/description").asText();

        assertThat(Ticket.BUILT_IN_ATTRIBUTES).allSatisfy(a -> assertThat(condition).contains(a + " ("));
    }

    @Test
    void targetsStateTheRuleOfCompletenessAndTheUnitOfTime() {
        assertThat(SCHEMA.at("/properties/targets/description").asText())
                .contains("every plan and every severity level").contains("explicit 'none'");
        assertThat(SCHEMA.at("/properties/targets/items/properties/time/description").asText()).contains("P5D is refused");
    }
}
