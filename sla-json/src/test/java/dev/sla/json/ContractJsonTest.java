package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sla.core.Contract;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contracts in JSON: the bundled ones, the schema, round trips, and every mistake located. */
class ContractJsonTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ContractJson.schema());

    static Stream<String> bundled() {
        return ContractJson.bundledNames().stream();
    }

    static Stream<String> broken() throws IOException {
        try (Stream<Path> files = Files.list(BrokenPoliciesTest.dir("broken-contracts"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void theBundledContractsAreTheExamplesOfTheirPolicies() {
        assertThat(ContractJson.bundledNames()).containsExactly("express-example", "trackunit-example");
        assertThat(ContractJson.bundled("express-example").policy()).isEqualTo("express");
        assertThat(ContractJson.bundled("trackunit-example").policy()).isEqualTo("trackunit");
        assertThatThrownBy(() -> ContractJson.bundledText("acme")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no bundled contract 'acme'; bundled contracts: express-example, trackunit-example");
        assertThatThrownBy(() -> ContractJson.bundledText("trackunit-exampl")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no bundled contract 'trackunit-exampl'; did you mean 'trackunit-example'?; bundled contracts: "
                        + "express-example, trackunit-example");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void eachBundledContractFitsTheSchemaBindsAndRoundTrips(String name) {
        Contract c = ContractJson.bundled(name);

        assertThat(SCHEMA.validate(ContractJson.bundledText(name), InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA.validate(ContractJson.write(c), InputFormat.JSON)).isEmpty();
        assertThat(ContractJson.read("again.json", ContractJson.write(c))).isEqualTo(c);
        Policy bound = ContractJson.bind(PolicyJson.bundled(c.policy()), name + ".json", ContractJson.bundledText(name));
        assertThat(bound.contract()).contains(c);
        assertThat(bound.calendars().keySet()).containsAll(bound.calendarTemplates().keySet());
    }

    @Test
    void theSchemaDescribesEveryField() throws IOException {
        List<String> undescribed = new java.util.ArrayList<>();
        undescribed(new ObjectMapper().readTree(ContractJson.schema()), "", undescribed);

        assertThat(undescribed).isEmpty();
        assertThat(new ObjectMapper().readTree(ContractJson.schema()).at("/properties/values/description").asText())
                .contains("duration", "hours", "zone", "holidays", "none");
    }

    private static void undescribed(JsonNode node, String path, List<String> out) {
        JsonNode properties = node.get("properties");
        if (properties != null) {
            properties.fields().forEachRemaining(e -> {
                if (!e.getValue().has("description")) {
                    out.add(path + "/" + e.getKey());
                }
                undescribed(e.getValue(), path + "/" + e.getKey(), out);
            });
        }
    }

    /**
     * The policy stated with a contract's values written in, as a policy without parameters: the reference
     * the bound policy is checked against.
     */
    private static Policy statedWith(String policy, Contract c) throws IOException {
        JsonNode root = new ObjectMapper().readTree(PolicyJson.bundledText(policy));
        com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) root;
        o.remove("parameters");
        for (JsonNode cal : o.get("calendars")) {
            com.fasterxml.jackson.databind.node.ObjectNode co = (com.fasterxml.jackson.databind.node.ObjectNode) cal;
            for (String part : List.of("zone", "hours", "holidays")) {
                JsonNode v = co.get(part);
                if (v != null && v.has("parameter")) {
                    String value = c.values().get(v.get("parameter").asText());
                    if (part.equals("holidays")) {
                        co.putArray(part).add(value);
                    } else {
                        co.put(part, value);
                    }
                }
            }
        }
        for (JsonNode t : o.get("targets")) {
            com.fasterxml.jackson.databind.node.ObjectNode to = (com.fasterxml.jackson.databind.node.ObjectNode) t;
            JsonNode time = to.get("time");
            if (time.has("parameter")) {
                String value = c.values().get(time.get("parameter").asText());
                to.put("time", value);
                if (value.equals("none")) {
                    to.remove("calendar");
                    to.put("note", "none");
                }
            }
        }
        return PolicyJson.read("stated.json", new ObjectMapper().writeValueAsString(root));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void aBoundPolicyAnswersAsThePolicyStatedWithTheContractsNumbers(String name) throws IOException {
        Contract c = ContractJson.bundled(name);
        Policy bound = PolicyJson.bundled(c.policy()).withContract(c);
        Policy stated = statedWith(c.policy(), c);
        dev.sla.core.TicketGenerator g = dev.sla.core.TicketGenerator.of(bound, 7,
                java.time.Instant.parse("2025-01-01T00:00:00Z"), java.time.Instant.parse("2026-01-01T00:00:00Z"));
        int timed = 0;
        for (int i = 0; i < 500; i++) {
            Ticket t = g.next();
            java.time.Instant at = t.received().plus(Duration.ofHours(i % 50));
            List<MetricResult> want = stated.evaluate(t, at).metrics();
            List<MetricResult> got = bound.evaluate(t, at).metrics();
            for (int m = 0; m < want.size(); m++) {
                MetricResult w = want.get(m);
                MetricResult b = got.get(m);
                assertThat(b.state()).as(t.toString()).isEqualTo(w.state());
                assertThat(b.due()).as(t.toString()).isEqualTo(w.due());
                assertThat(b.cycles()).as(t.toString()).isEqualTo(w.cycles());
                assertThat(b.nextChange()).as(t.toString()).isEqualTo(w.nextChange());
                timed += b.due() == null ? 0 : 1;
            }
        }
        assertThat(timed).isGreaterThan(100);
    }

    @Test
    void aCustomerCalendarCountsInTheCustomersZone() throws IOException {
        String base = Files.readString(BrokenPoliciesTest.dir("valid").resolve("base.json"), StandardCharsets.UTF_8)
                .replace("\"office\": { \"zone\": \"Europe/Berlin\", \"hours\": \"Mon-Fri 09:00-17:00\", \"holidays\":"
                        + " [\"company\"] }", "\"office\": { \"zone\": \"Europe/Berlin\", \"hours\": \"Mon-Fri 09:00-17:00\","
                        + " \"holidays\": [\"company\"], \"customer\": true }");
        Policy p = PolicyJson.read("customer.json", base);
        assertThat(p.calendarTemplates().get("office").customer()).isTrue();
        assertThat(PolicyJson.read("again.json", PolicyJson.write(p))).isEqualTo(p);
        Contract tokyo = new Contract("acme", "ACME", "acme", "basic", LocalDate.of(2025, 1, 1), null, Map.of(),
                ZoneId.of("Asia/Tokyo"), List.of(), null);
        Ticket t = Ticket.builder("basic").severity("high").received(java.time.Instant.parse("2025-11-10T00:00:00Z"))
                .build();

        assertThat(p.evaluate(t, t.received()).metric("first-response").orElseThrow().reason())
                .isEqualTo("set by the contract");
        // Monday 09:00 in Tokyo is 00:00 UTC: four working hours end at 13:00 Tokyo time
        assertThat(p.withContract(tokyo).evaluate(t, t.received()).metric("first-response").orElseThrow().due())
                .isEqualTo(java.time.Instant.parse("2025-11-10T04:00:00Z"));
    }

    @Test
    void everyFieldRoundTrips() {
        Contract c = new Contract("acme-2026", "ACME GmbH", "express", "technical-support", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Map.of("first-response-high", "PT3H"), ZoneId.of("Europe/Berlin"),
                List.of("de", "ru"), "Renewed yearly");

        String json = ContractJson.write(c);
        assertThat(ContractJson.read("c.json", json)).isEqualTo(c);
        assertThat(json).contains("\"zone\" : \"Europe/Berlin\"", "\"effectiveTo\" : \"2026-12-31\"");
    }

    @Test
    void holidaySetsMayBeAnArrayOrOneStringOfNames() {
        String json = ContractJson.bundledText("express-example")
                .replace("\"technical-support-holidays\": [\"ru\"]", "\"technical-support-holidays\": \"ru\"");

        assertThat(ContractJson.read("c.json", json)).isEqualTo(ContractJson.bundled("express-example"));
    }

    @Test
    void thePolicyWritesItsParametersBack() {
        for (String name : List.of("express", "trackunit")) {
            Policy p = PolicyJson.bundled(name);
            String written = PolicyJson.write(p);
            assertThat(PolicyJson.read("again.json", written)).isEqualTo(p);
            assertThat(written).contains("\"parameter\" : ");
            assertThat(Schema.errors(written)).isEmpty();
            // bound to its contract, the policy is written as stated, without the contract's numbers
            Policy bound = p.withContract(ContractJson.bundled(name + "-example"));
            assertThat(PolicyJson.write(bound)).isEqualTo(written);
        }
    }

    @Test
    void aContractFileIsBoundAndATicketNamesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("acme.json");
        Files.writeString(file, ContractJson.bundledText("trackunit-example").replace("trackunit-example", "acme")
                .replace("\"PT2H\"", "\"PT1H\""));
        Policy bound = ContractJson.bind(PolicyJson.bundled("trackunit"), file);
        Ticket t = TicketJson.read("t.json", "{\"plan\": \"standard\", \"category\": \"outage\", \"contract\": \"acme\","
                + " \"events\": [{\"at\": \"2025-11-10T08:00:00+01:00\", \"type\": \"received\"}]}", bound);

        assertThat(t.attribute(Ticket.CONTRACT)).contains("acme");
        MetricResult m = bound.evaluate(t, t.received()).metric("first-response").orElseThrow();
        assertThat(m.state()).isEqualTo(MetricState.RUNNING);
        assertThat(m.target()).isEqualTo(Duration.ofHours(1));
        assertThat(TicketJson.write(t)).contains("\"contract\" : \"acme\"");
        assertThat(catchThrowableOfType(ContractLoadException.class, () -> ContractJson.read(dir.resolve("none.json")))
                .getMessage()).endsWith("none.json:1:1: cannot read the file: no such file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachBrokenContractReportsExactlyTheExpectedProblems(String name) throws IOException {
        Path file = BrokenPoliciesTest.dir("broken-contracts").resolve(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(file.resolveSibling(name.replace(".json", ".expected")));

        ContractLoadException ex = catchThrowableOfType(ContractLoadException.class,
                () -> ContractJson.bind(PolicyJson.bundled("express"), name, text));

        assertThat(ex).as("%s bound", name).isNotNull();
        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactlyElementsOf(expected);
        List<String> lines = text.lines().toList();
        for (JsonProblem p : ex.problems()) {
            char c = lines.get(p.line() - 1).charAt(p.column() - 1);
            assertThat(String.valueOf(c)).as("%s", p).matches("[\"{\\[0-9]");
        }
    }
}
