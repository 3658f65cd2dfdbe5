package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Decision;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DecisionWriter}: the one writer of the decision format, streaming. */
class DecisionWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void instantsAreFormattedAsTheIsoFormatterDoes() {
        java.util.Random random = new java.util.Random(3);
        char[] buffer = new char[32];
        for (String zone : List.of("Europe/Moscow", "UTC", "America/St_Johns", "Asia/Kolkata", "Europe/Paris")) {
            java.time.ZoneId z = java.time.ZoneId.of(zone);
            for (int i = 0; i < 2000; i++) {
                Instant t = Instant.ofEpochSecond(1_600_000_000L + random.nextInt(300_000_000));
                int n = DecisionWriter.format(t, z, buffer);
                assertThat(new String(buffer, 0, n))
                        .isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(z)));
            }
        }
        assertThat(DecisionWriter.format(Instant.parse("2025-01-01T00:00:00.5Z"), java.time.ZoneOffset.UTC, buffer))
                .isEqualTo(-1);
    }

    @Test
    void writesTheIdFirstTheExplanationLastAndTheSameMembersAsTheTree() throws IOException {
        Policy policy = PolicyJson.bundled("navixy-ru");
        Ticket t = Ticket.builder("paas").severity("level-1").received(Instant.parse("2025-10-31T12:00:00Z")).build();
        Decision d = policy.evaluate(t, Instant.parse("2025-10-31T13:00:00Z"));
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            DecisionWriter.create().write(g, "t-1", d, true);
        }

        ObjectNode written = (ObjectNode) MAPPER.readTree(w.toString());
        assertThat(written.fieldNames().next()).isEqualTo("id");
        assertThat(written.get("explanation").size()).isEqualTo(d.explanation().size());
        written.remove("id");
        assertThat(written).isEqualTo(DecisionJson.toJson(d, true));
        List<String> names = new java.util.ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertThat(names.get(names.size() - 1)).isEqualTo("explanation");
        assertThatThrownBy(() -> DecisionWriter.of(null)).isInstanceOf(NullPointerException.class);
    }
}
