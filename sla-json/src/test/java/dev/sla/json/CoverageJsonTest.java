package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Assignment;
import dev.sla.core.Condition;
import dev.sla.core.Decision;
import dev.sla.core.Mode;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage constructs in JSON: present and absent clauses, mode rule scopes, redirects
 * to a plan, several performers, per-plan defaults; read, judged, written and read again.
 */
class CoverageJsonTest {

    private static final Instant MONDAY = Instant.parse("2025-11-17T10:00:00Z");
    private static String json;
    private static Policy policy;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CoverageJsonTest.class.getResourceAsStream("/valid/base.json")) {
            String base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            json = base
                    .replace("\"gold\": { \"name\": \"Gold\", \"inherits\": \"basic\" }",
                            "\"gold\": { \"name\": \"Gold\", \"inherits\": \"basic\", \"defaultMode\": \"consultative\","
                            + " \"defaultAssignment\": { \"performer\": \"none\", \"mode\": \"not-provided\","
                            + " \"note\": \"Name a service\" } }")
                    .replace("\"gold\": \"acme\" }", "\"gold\": { \"performer\": [\"partner\", \"acme\"] } }")
                    .replace("\"impact\": { \"not\": \"all\" } }, \"mode\": \"consultative\", \"note\": \"Advice only\" }",
                            "\"impact\": { \"not\": \"all\", \"present\": true } }, \"mode\": \"log-analysis\","
                            + " \"note\": \"Logs only\", \"scope\": { \"performer\": [\"acme\", \"partner\"], \"mode\": \"full\" } },\n"
                            + "    { \"when\": { \"impact\": { \"absent\": true }, \"plan\": \"basic\" }, \"mode\": \"consultative\","
                            + " \"note\": \"Say how much is affected\" }")
                    .replace("\"redirect\": \"partner\" }", "\"redirect\": { \"plan\": \"gold\" } }");
            policy = PolicyJson.read("coverage.json", json);
        }
    }

    private static Decision judge(String plan, String service, String... attributes) {
        Ticket.Builder b = Ticket.builder(plan).received(MONDAY);
        if (service != null) {
            b.service(service);
        }
        for (int i = 0; i < attributes.length; i += 2) {
            b.attribute(attributes[i], attributes[i + 1]);
        }
        return policy.evaluate(b.build(), MONDAY);
    }

    @Test
    void theJsonFormsAreRead() {
        assertThat(policy.planDefaultModes()).containsEntry("gold", Mode.CONSULTATIVE);
        assertThat(policy.planDefaultAssignments().get("gold"))
                .isEqualTo(Assignment.nobody(Mode.NOT_PROVIDED).withNote("Name a service"));
        assertThat(policy.coverage().get("hosting").get("gold").performers()).containsExactly("partner", "acme");
        assertThat(policy.modeRules().get(0).when())
                .isEqualTo(Condition.when("requester", "partner").andNot("impact", "all").andPresent("impact"));
        assertThat(policy.modeRules().get(0).performers()).containsExactly("acme", "partner");
        assertThat(policy.modeRules().get(0).modes()).containsExactly(Mode.FULL);
        assertThat(policy.modeRules().get(1).when()).isEqualTo(Condition.when("plan", "basic").andAbsent("impact"));
        assertThat(policy.intakeRules().get(0).redirectPlan()).isEqualTo("gold");
        assertThat(policy.intakeRules().get(0).redirect()).isNull();
    }

    @Test
    void theyAreJudged() {
        // "not all, and present": a ticket stating no impact is no match, one stating "some" is
        assertThat(judge("basic", "setup", "requester", "partner", "impact", "some").mode()).isEqualTo(Mode.LOG_ANALYSIS);
        // the second rule: no impact stated, on basic or a plan inheriting it
        assertThat(judge("basic", "setup", "requester", "partner").mode()).isEqualTo(Mode.CONSULTATIVE);
        assertThat(judge("gold", "setup", "requester", "partner").mode()).isEqualTo(Mode.CONSULTATIVE);
        // the plan's default mode makes the vendor's full cell consultative; the first rule's scope is full cells only
        assertThat(judge("gold", "setup", "requester", "partner", "impact", "some").mode()).isEqualTo(Mode.CONSULTATIVE);
        // several performers: the partner first, the vendor second, so the task is timed
        Decision hosting = judge("gold", "hosting", "impact", "all");
        assertThat(hosting.assignment().performers()).containsExactly("partner", "acme");
        assertThat(hosting.metric("first-response").orElseThrow().due()).isNotNull();
        // a ticket naming no service on gold is not provided
        Decision none = judge("gold", null);
        assertThat(none.accepted()).isFalse();
        assertThat(none.reason()).contains("a ticket that names no service is not provided on plan 'gold': Name a service");
        // end users go to the gold plan
        Decision user = judge("basic", "setup", "requester", "end-user");
        assertThat(user.redirectPlan()).contains("gold");
        ObjectNode n = DecisionJson.toJson(user, false);
        assertThat(n.get("redirect").isNull()).isTrue();
        assertThat(n.get("redirectPlan").asText()).isEqualTo("gold");
        assertThat(n.get("performer").asText()).isEqualTo("none");
        assertThat(n.get("performers")).isEmpty();
        assertThat(n.get("mode").asText()).isEqualTo("not-accepted");
        assertThat(n.get("severity").isNull()).isTrue();
        ObjectNode h = DecisionJson.toJson(hosting, false);
        assertThat(h.get("performers")).extracting(x -> x.asText()).containsExactly("partner", "acme");
    }

    @Test
    void theyRoundTripThroughTheWriter() {
        String written = PolicyJson.write(policy);
        assertThat(PolicyJson.read("written.json", written)).isEqualTo(policy);
        assertThat(Schema.errors(written)).isEmpty();
        assertThat(Schema.errors(json)).isEmpty();
        assertThat(written).contains("\"defaultMode\" : \"consultative\"", "\"absent\" : true", "\"present\" : true",
                "\"plan\" : \"gold\"");
        Policy again = PolicyJson.read("written.json", written);
        assertThat(again.modeRules().get(0).performers()).isEqualTo(Set.of("acme", "partner"));
        assertThat(again.coverage().get("hosting").get("gold").performers()).isEqualTo(List.of("partner", "acme"));
    }
}
