package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Decision;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decisions as JSON: every member, instants in the zone of the metric's calendar. */
class DecisionJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant RECEIVED = Instant.parse("2025-11-17T09:00:00Z");   // 10:00 in Berlin, a Monday
    private static Policy policy;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DecisionJsonTest.class.getResourceAsStream("/valid/base.json")) {
            policy = PolicyJson.read("base.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static Decision decide(Ticket.Builder ticket) {
        return policy.evaluate(ticket.received(RECEIVED).build(), Instant.parse("2025-11-17T10:00:00Z"));
    }

    private static List<String> names(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesEveryMemberOfAnAcceptedDecision() {
        Decision d = decide(Ticket.builder("basic").service("setup").attribute("impact", "all")
                .attribute("requester", "partner"));

        ObjectNode n = DecisionJson.toJson(d, false);

        assertThat(names(n)).containsExactly("policy", "version", "contract", "accepted", "reason", "redirect", "redirectPlan",
                "missing", "performer", "performers", "mode", "note", "severity", "nextChangeAt", "metrics", "statusTimes",
                "statusClassTimes");
        assertThat(n.get("policy").asText()).isEqualTo("acme");
        assertThat(n.get("version").isNull()).isTrue();
        assertThat(n.get("contract").isNull()).isTrue();
        assertThat(n.get("accepted").asBoolean()).isTrue();
        assertThat(n.get("reason").isNull()).isTrue();
        assertThat(n.get("redirect").isNull()).isTrue();
        assertThat(n.get("performer").asText()).isEqualTo("acme");
        assertThat(n.get("mode").asText()).isEqualTo("full");
        assertThat(n.get("note").isNull()).isTrue();
        assertThat(n.get("severity").asText()).isEqualTo("high");
        assertThat(n.get("metrics")).hasSize(1);
        JsonNode m = n.get("metrics").get(0);
        assertThat(names(m)).containsExactly("metric", "target", "calendar", "start", "due", "state", "elapsed",
                "remaining", "paused", "reason", "cycles", "warnings", "nextChangeAt");
        assertThat(m.get("metric").asText()).isEqualTo("first-response");
        assertThat(m.get("target").asText()).isEqualTo("PT4H");
        assertThat(m.get("calendar").asText()).isEqualTo("office");
        assertThat(m.get("start").asText()).isEqualTo("2025-11-17T10:00:00+01:00");
        assertThat(m.get("due").asText()).isEqualTo("2025-11-17T14:00:00+01:00");
        assertThat(m.get("state").asText()).isEqualTo(d.metrics().get(0).state().id());
        assertThat(m.get("elapsed").asText()).isEqualTo("PT1H");
        assertThat(m.get("remaining").asText()).isEqualTo("PT3H");
        assertThat(m.get("paused").asText()).isEqualTo("PT0S");
        assertThat(m.get("reason").isNull()).isEqualTo(d.metrics().get(0).reason() == null);
        assertThat(m.get("cycles")).hasSize(1);
        JsonNode c = m.get("cycles").get(0);
        assertThat(names(c)).containsExactly("start", "stop", "due", "state", "elapsed", "paused");
        assertThat(c.get("start").asText()).isEqualTo("2025-11-17T10:00:00+01:00");
        assertThat(c.get("stop").isNull()).isTrue();
        assertThat(c.get("due").asText()).isEqualTo("2025-11-17T14:00:00+01:00");
        assertThat(c.get("elapsed").asText()).isEqualTo("PT1H");
        assertThat(m.get("warnings")).isEmpty();
        // a running clock is breached the first instant after its due instant
        assertThat(m.get("nextChangeAt").asText()).isEqualTo("2025-11-17T14:00:00.000000001+01:00");
        assertThat(n.get("nextChangeAt").asText()).isEqualTo("2025-11-17T14:00:00.000000001+01:00");
    }

    @Test
    void writesTheReasonAndTheRedirectOfARefusal() {
        Decision d = decide(Ticket.builder("basic").attribute("requester", "end-user").attribute("impact", "some"));

        ObjectNode n = DecisionJson.toJson(d, false);

        assertThat(n.get("accepted").asBoolean()).isFalse();
        assertThat(n.get("reason").asText()).isEqualTo("End users ask their partner");
        assertThat(n.get("redirect").asText()).isEqualTo("partner");
    }

    @Test
    void writesNoneForACellNobodyPerforms() {
        Decision d = decide(Ticket.builder("basic").service("backups").attribute("impact", "some"));

        ObjectNode n = DecisionJson.toJson(d, false);

        assertThat(n.get("performer").asText()).isEqualTo("none");
        assertThat(n.get("mode").asText()).isEqualTo("not-provided");
    }

    @Test
    void writesTheNoteOfACell() {
        Decision d = decide(Ticket.builder("basic").service("hardware").attribute("impact", "some"));

        ObjectNode n = DecisionJson.toJson(d, false);

        assertThat(n.get("performer").asText()).isEqualTo("maker");
        assertThat(n.get("note").asText()).isEqualTo("Ask the maker");
        assertThat(n.get("severity").asText()).isEqualTo("low");
        // the vendor's clock does not run for a task another party performs
        JsonNode m = n.get("metrics").get(0);
        assertThat(m.get("target").isNull()).isTrue();
        assertThat(m.get("due").isNull()).isTrue();
        assertThat(m.get("state").asText()).isEqualTo(d.metrics().get(0).state().id());
        assertThat(m.get("reason").asText()).isNotBlank().isEqualTo(d.metrics().get(0).reason());
    }

    @Test
    void writesTheExplanationOnlyWhenAsked() {
        Decision d = decide(Ticket.builder("gold").attribute("impact", "all"));

        assertThat(DecisionJson.toJson(d, false).has("explanation")).isFalse();
        JsonNode explained = DecisionJson.toJson(d, true).get("explanation");
        assertThat(explained).hasSize(d.explanation().size());
        for (int i = 0; i < d.explanation().size(); i++) {
            assertThat(explained.get(i).asText()).isEqualTo(d.explanation().get(i));
        }
        assertThat(DecisionJson.toJson(d, false).get("metrics").get(0).get("due").asText())
                .isEqualTo("2025-11-17T10:00:00Z");
    }

    @Test
    void writesTheDecisionWithItsExplanationAsIndentedText() throws IOException {
        Decision d = decide(Ticket.builder("basic").attribute("impact", "all"));

        String text = DecisionJson.write(d);

        assertThat(MAPPER.readTree(text)).isEqualTo(DecisionJson.toJson(d, true));
        assertThat(text).startsWith("{\n  \"policy\" : \"acme\",\n");
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> DecisionJson.toJson(null, true)).isInstanceOf(NullPointerException.class)
                .hasMessage("decision");
        assertThatThrownBy(() -> DecisionJson.write(null)).isInstanceOf(NullPointerException.class).hasMessage("decision");
    }
}
