package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.MetricState;
import dev.sla.core.Policy;
import dev.sla.core.Threshold;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live SLA in JSON: change events, void rules, warnings, cycles and the next change. */
class LiveJsonTest {

    static final String POLICY = """
            {"id": "warned", "name": "Warned", "vendor": "l1",
             "parties": {"l1": {"name": "First line", "kind": "vendor"}, "l2": {"name": "Second line", "kind": "third-party"}},
             "plans": {"basic": {"name": "Basic"}},
             "calendars": {"always": {"zone": "UTC", "hours": "24/7"}},
             "statuses": ["open", "waiting", "resolved", "cancelled"],
             "metrics": {"response": {"name": "Response", "stop": ["agent-response"], "pause": ["waiting"],
               "stopStatuses": ["resolved"], "voidStatuses": ["cancelled"],
               "warnings": [{"threshold": "50%"}, {"threshold": "PT1H", "escalateTo": "l2"}]}},
             "targets": [{"metric": "response", "plan": "basic", "time": "PT4H", "calendar": "always"}]}
            """;

    static Instant utc(String time) {
        return Instant.parse("2025-11-03T" + time + ":00Z");
    }

    @Test
    void aPolicyStatesVoidsAndWarningsAndWritesThemBack() {
        Policy p = PolicyJson.read("warned.json", POLICY);
        assertThat(Schema.errors(POLICY)).isEmpty();
        assertThat(p.metrics().get("response").voidStatuses()).containsExactly("cancelled");
        assertThat(p.metrics().get("response").warnings()).containsExactly(Threshold.ofShare(50),
                Threshold.before(Duration.ofHours(1)).escalatingTo("l2"));
        Policy again = PolicyJson.read("again.json", PolicyJson.write(p));
        assertThat(again.metrics()).isEqualTo(p.metrics());
    }

    @Test
    void wrongWarningsAreLocated() {
        String json = POLICY.replace("{\"threshold\": \"50%\"}", "{\"threshold\": \"50\"}");
        PolicyLoadException ex = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read("w.json", json));
        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactly("w.json:8:31: 'threshold': A warning"
                + " threshold is a share of the target such as 75% or a time before the due instant such as PT1H, not '50'"
                + " (at /metrics/response/warnings/0/threshold)");
        String party = POLICY.replace("\"escalateTo\": \"l2\"", "\"escalateTo\": \"l3\"");
        PolicyLoadException unknown = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read("w.json", party));
        assertThat(unknown.problems()).extracting(JsonProblem::toString).singleElement().satisfies(s -> assertThat(s)
                .contains("unknown party 'l3'").endsWith("(at /metrics/response/warnings/1/escalateTo)"));
    }

    @Test
    void aTicketChangesItsValuesAndReadsBack() {
        String json = """
                {"plan": "basic", "events": [
                  {"at": "2025-11-03T08:00:00Z", "type": "received"},
                  {"at": "2025-11-03T09:00:00Z", "type": "customer-message"},
                  {"at": "2025-11-03T09:00:00Z", "type": "change", "attribute": "severity", "value": "high"}]}
                """;
        Ticket t = TicketJson.read("t.json", json);
        assertThat(t.events()).extracting(Event::type).containsExactly(EventType.RECEIVED, EventType.CHANGE,
                EventType.CUSTOMER_MESSAGE);
        assertThat(t.events().get(1)).isEqualTo(Event.change(utc("09:00"), "severity", "high"));
        assertThat(TicketJson.read("again.json", TicketJson.write(t))).isEqualTo(t);
        assertThat(t.attributesAt(utc("08:30"))).doesNotContainKey("severity");
        assertThat(t.attributesAt(utc("09:00"))).containsEntry("severity", "high");
    }

    @Test
    void wrongChangesAreLocated() {
        String json = """
                {"plan": "basic", "events": [
                  {"at": "2025-11-03T08:00:00Z", "type": "received"},
                  {"at": "2025-11-03T09:00:00Z", "type": "change", "attribute": "severity"},
                  {"at": "2025-11-03T09:00:00Z", "type": "change", "attribute": "plan", "value": "gold"},
                  {"at": "2025-11-03T09:00:00Z", "type": "agent-response", "value": "x"}]}
                """;
        TicketLoadException ex = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read("t.json", json));
        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactly(
                "t.json:3:3: a change event needs 'value', the attribute's new value (at /events/1)",
                "t.json:4:65: a change event cannot change the plan; the plan is the contract the ticket is judged by"
                        + " (at /events/2/attribute)",
                "t.json:5:69: only a change event has 'attribute' and 'value' (at /events/3/value)");
    }

    @Test
    void theDecisionListsCyclesWarningsAndTheNextChange() {
        Policy p = PolicyJson.read("warned.json", POLICY);
        Ticket t = Ticket.builder("basic").received(utc("08:00")).event(utc("08:30"), EventType.AGENT_RESPONSE)
                .status(utc("08:40"), "open").build();
        Decision met = p.evaluate(t, utc("10:00"));
        assertThat(met.metric("response").orElseThrow().state()).isEqualTo(MetricState.MET);
        Ticket running = Ticket.builder("basic").received(utc("08:00")).build();
        JsonNode n = DecisionJson.toJson(p.evaluate(running, utc("10:30")), false);
        assertThat(n.get("nextChangeAt").asText()).isEqualTo("2025-11-03T11:00:00Z");
        JsonNode m = n.get("metrics").get(0);
        assertThat(m.get("state").asText()).isEqualTo("at-risk");
        assertThat(m.get("nextChangeAt").asText()).isEqualTo("2025-11-03T11:00:00Z");
        assertThat(m.get("warnings").toString()).isEqualTo("[{\"threshold\":\"50%\",\"at\":\"2025-11-03T10:00:00Z\","
                + "\"reached\":true,\"escalateTo\":null},{\"threshold\":\"PT1H\",\"at\":\"2025-11-03T11:00:00Z\","
                + "\"reached\":false,\"escalateTo\":\"l2\"}]");
        assertThat(m.get("cycles").toString()).isEqualTo("[{\"start\":\"2025-11-03T08:00:00Z\",\"stop\":null,"
                + "\"due\":\"2025-11-03T12:00:00Z\",\"state\":\"at-risk\",\"elapsed\":\"PT2H30M\",\"paused\":\"PT0S\"}]");
        Ticket cancelled = Ticket.builder("basic").received(utc("08:00")).status(utc("09:00"), "cancelled").build();
        JsonNode c = DecisionJson.toJson(p.evaluate(cancelled, utc("10:00")), false);
        assertThat(c.get("metrics").get(0).get("state").asText()).isEqualTo("not-applicable");
        assertThat(c.get("nextChangeAt").isNull()).isTrue();
        assertThat(List.of(new ObjectMapper().valueToTree(c).get("metrics").get(0).get("cycles").get(0).get("stop")
                .asText())).containsExactly("2025-11-03T09:00:00Z");
    }

    @Test
    void aTargetMayBeADeadlineRelativeToItsCalendar() {
        String json = POLICY.replace("\"time\": \"PT4H\"", "\"deadline\": \"12:00 of business day 2\"");
        assertThat(Schema.errors(json)).isEmpty();
        Policy p = PolicyJson.read("relative.json", json);
        assertThat(p.targets().get(0).deadline()).hasToString("12:00 of business day 2");
        assertThat(PolicyJson.write(p)).contains("\"deadline\" : \"12:00 of business day 2\"");
        assertThat(PolicyJson.read("again.json", PolicyJson.write(p)).targets()).isEqualTo(p.targets());
        Ticket t = Ticket.builder("basic").received(utc("08:00")).build();
        assertThat(p.evaluate(t, utc("08:00")).metric("response").orElseThrow().due())
                .isEqualTo(Instant.parse("2025-11-05T12:00:00Z"));

        String bad = POLICY.replace("\"time\": \"PT4H\"", "\"deadline\": \"noon of business day 2\"");
        assertThat(Schema.errors(bad)).isNotEmpty();
        PolicyLoadException ex = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read("bad.json", bad));
        assertThat(ex.problems()).extracting(JsonProblem::toString).singleElement().satisfies(s -> assertThat(s)
                .contains("'deadline': A relative deadline is 'end of business day N' or 'HH:MM of business day N'")
                .endsWith("(at /targets/0/deadline)"));
        String both = POLICY.replace("\"time\": \"PT4H\"", "\"time\": \"PT4H\", \"deadline\": \"end of business day 1\"");
        assertThat(Schema.errors(both)).isNotEmpty();
        PolicyLoadException twice = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read("b.json", both));
        assertThat(twice.problems()).extracting(JsonProblem::toString).singleElement().satisfies(s -> assertThat(s)
                .contains("a target has a 'time' or a 'deadline', not both"));
    }
}
