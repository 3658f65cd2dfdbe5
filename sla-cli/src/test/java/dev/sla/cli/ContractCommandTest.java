package dev.sla.cli;

import static dev.sla.cli.SlaCommandTest.run;
import static dev.sla.cli.SlaCommandTest.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.json.ContractJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --contract} on the commands that answer, {@code sla validate} of contracts, and the listings. */
class ContractCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String[] DEADLINE = {"deadline", "--policy", "express", "--plan", "technical-support",
        "--severity", "high", "--received", "2025-10-31T15:00:00+03:00", "--json"};

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    private Path contract(String name, String from, String to) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, ContractJson.bundledText("express-example").replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutAContractTheDeadlineIsSetByTheContract() {
        SlaCommandTest.Run r = run(DEADLINE);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("reason").asText()).isEqualTo("set by the contract");
        assertThat(r.json().get("due").isNull()).isTrue();
        assertThat(run(with(DEADLINE, "--contract", "express-example")).json().get("due").asText())
                .isEqualTo("2025-10-31T17:00:00+03:00");
    }

    @Test
    void aContractFileSetsItsOwnNumbers() throws IOException {
        Path file = contract("acme.json", "\"first-response-high\": \"PT2H\"", "\"first-response-high\": \"PT1H\"");

        SlaCommandTest.Run r = run(with(DEADLINE, "--contract", file.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("target").asText()).isEqualTo("PT1H");
        assertThat(r.json().get("due").asText()).isEqualTo("2025-10-31T16:00:00+03:00");
    }

    @Test
    void aBadContractIsLocatedAndExitsOne() throws IOException {
        Path file = contract("bad.json", "\"first-response-high\": \"PT2H\"", "\"first-response-high\": \"2 hours\"");

        SlaCommandTest.Run r = run(with(DEADLINE, "--contract", file.toString()));
        assertThat(r.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(r.err()).contains(file + ":14:28: parameter 'first-response-high' (duration): '2 hours' is not a"
                + " working time such as PT8H, or none").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        SlaCommandTest.Run unknown = run(with(DEADLINE, "--contract", "acme"));
        assertThat(unknown.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(unknown.err()).contains("no contract file 'acme' and no bundled contract 'acme'; bundled contracts: "
                + "express-example, trackunit-example");
        SlaCommandTest.Run other = run("deadline", "--policy", "navixy-ru", "--plan", "paas", "--received",
                "2025-10-31T15:00:00+03:00", "--contract", "express-example");
        assertThat(other.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(other.err()).contains("express-example.json:6:13: contract 'express-example' is made under policy"
                + " 'express', not 'navixy-ru' (at /policy)");
    }

    @Test
    void aTicketThatNamesItsContractIsJudgedByIt() {
        String ticket = "{\"plan\": \"technical-support\", \"severity\": \"high\", \"contract\": \"express-example\","
                + " \"events\": [{\"at\": \"2025-10-31T15:00:00+03:00\", \"type\": \"received\"}]}";

        // without --contract the command binds the policy to the bundled contract the ticket names
        SlaCommandTest.Run named = runWithInput(ticket, "evaluate", "--policy", "express", "--ticket", "-", "--at",
                "2025-10-31T16:00:00+03:00");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.json().get("contract").asText()).isEqualTo("express-example");
        assertThat(named.json().get("metrics").get(0).get("due").asText()).isEqualTo("2025-10-31T17:00:00+03:00");
        SlaCommandTest.Run namedExplain = runWithInput(ticket, "explain", "--policy", "express", "--ticket", "-",
                "--at", "2025-10-31T16:00:00+03:00");
        assertThat(namedExplain.code()).as(namedExplain.err()).isZero();
        assertThat(namedExplain.out()).contains("first-response: running, due 2025-10-31T17:00:00+03:00, target PT2H")
                .contains("bound to contract 'express-example'");
        SlaCommandTest.Run bound = runWithInput(ticket, "evaluate", "--policy", "express", "--contract",
                "express-example", "--ticket", "-", "--at", "2025-10-31T16:00:00+03:00");
        assertThat(bound.code()).as(bound.err()).isZero();
        JsonNode m = bound.json().get("metrics").get(0);
        assertThat(m.get("state").asText()).isEqualTo("running");
        assertThat(m.get("due").asText()).isEqualTo("2025-10-31T17:00:00+03:00");
        SlaCommandTest.Run explain = runWithInput(ticket, "explain", "--policy", "express", "--contract",
                "express-example", "--ticket", "-", "--at", "2025-10-31T16:00:00+03:00");
        assertThat(explain.out()).contains("first-response: running, due 2025-10-31T17:00:00+03:00, target PT2H");
        assertThat(bound.json().get("contract").asText()).isEqualTo("express-example");
    }

    @Test
    void aTicketThatNamesAnUnknownContractGetsALocatedMessage() {
        String ticket = "{\"plan\": \"technical-support\", \"severity\": \"high\",\n \"contract\": \"express-exampel\","
                + " \"events\": [{\"at\": \"2025-10-31T15:00:00+03:00\", \"type\": \"received\"}]}";

        SlaCommandTest.Run evaluate = runWithInput(ticket, "evaluate", "--policy", "express", "--ticket", "-");
        assertThat(evaluate.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(evaluate.err()).contains("<stdin>:2:14: the ticket names contract 'express-exampel': no bundled "
                + "contract 'express-exampel'; did you mean 'express-example'?; bundled contracts: express-example, "
                + "trackunit-example").doesNotContain("Exception").doesNotContain("\tat ");
        SlaCommandTest.Run explain = runWithInput(ticket, "explain", "--policy", "express", "--ticket", "-");
        assertThat(explain.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(explain.err()).contains("<stdin>:2:14: the ticket names contract 'express-exampel'");
        // a bundled contract made under another policy
        SlaCommandTest.Run other = runWithInput(ticket.replace("express-exampel", "trackunit-example"), "evaluate",
                "--policy", "express", "--ticket", "-");
        assertThat(other.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(other.err()).contains("<stdin>:2:14: the ticket names contract 'trackunit-example', which does not "
                + "fit policy 'express'");
        // a ticket without a contract is judged by the policy as it is: its decision names none
        SlaCommandTest.Run none = runWithInput(ticket.replace("\"contract\": \"express-exampel\",", ""), "evaluate",
                "--policy", "express", "--ticket", "-", "--at", "2025-10-31T16:00:00+03:00");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.json().get("contract").isNull()).isTrue();
    }

    @Test
    void reportBindsEachLineToTheContractItNames() throws IOException {
        String received = "\"events\":[{\"at\":\"2025-10-31T15:00:00+03:00\",\"type\":\"received\"}]}";
        Path tickets = dir.resolve("named.jsonl");
        Files.writeString(tickets, String.join("\n",
                "{\"id\":\"a\",\"plan\":\"technical-support\",\"severity\":\"high\",\"contract\":\"express-example\","
                        + received,
                "{\"id\":\"b\",\"plan\":\"technical-support\",\"severity\":\"high\",\"contract\":\"nope\"," + received,
                "{\"id\":\"c\",\"plan\":\"technical-support\",\"severity\":\"high\"," + received) + "\n",
                StandardCharsets.UTF_8);

        SlaCommandTest.Run r = run("report", "--policy", "express", "--tickets", tickets.toString(), "--at",
                "2025-10-31T16:00:00+03:00", "--summary", dir.resolve("s.json").toString());

        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode a = MAPPER.readTree(lines.get(0));
        assertThat(a.get("contract").asText()).isEqualTo("express-example");
        assertThat(a.get("metrics").get(0).get("due").asText()).isEqualTo("2025-10-31T17:00:00+03:00");
        JsonNode b = MAPPER.readTree(lines.get(1));
        assertThat(b.get("line").asInt()).isEqualTo(2);
        assertThat(b.get("error").asText()).startsWith("the ticket names contract 'nope': no bundled contract 'nope'; bundled contracts: ");
        JsonNode c = MAPPER.readTree(lines.get(2));
        assertThat(c.get("contract").isNull()).isTrue();
        assertThat(c.get("metrics").get(0).get("reason").asText()).isEqualTo("set by the contract");
    }

    @Test
    void validateChecksAContractAgainstItsPolicy() throws IOException {
        Path good = contract("good.json", "\"PT2H\"", "\"PT3H\"");
        Path bad = contract("bad.json", "\"policy\": \"express\"", "\"policy\": \"expres\"");

        SlaCommandTest.Run ok = run("validate", good.toString(), "trackunit-example");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains(good + ": ok (contract 'express-example' of policy 'express', plan"
                + " 'technical-support')").contains("trackunit-example: ok (contract 'trackunit-example' of policy"
                + " 'trackunit', plan 'standard')");
        SlaCommandTest.Run option = run("validate", "express", "--contract", good.toString());
        assertThat(option.code()).as(option.err()).isZero();
        assertThat(option.out()).contains("express: ok").contains(good + ": ok");
        SlaCommandTest.Run wrong = run("validate", "--policy", "express", bad.toString());
        assertThat(wrong.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(wrong.err()).contains(bad + ":6:13: contract 'express-example' is made under policy 'expres', not"
                + " 'express' (at /policy)").contains("sla: 1 of 1 file is invalid");
        SlaCommandTest.Run unnamed = run("validate", bad.toString());
        assertThat(unnamed.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(unnamed.err()).contains("contract 'express-example' names policy 'expres', which is neither a"
                + " bundled policy nor a file expres.json beside it; give --policy");
        assertThat(run("validate").code()).isEqualTo(Sla.USAGE);
    }

    @Test
    void aCalendarTheContractSetsIsShownWithIt() {
        SlaCommandTest.Run without = run("calendar", "--policy", "trackunit", "--calendar", "business-hours", "--from",
                "2025-11-03", "--to", "2025-11-04");
        assertThat(without.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(without.err()).contains("calendar 'business-hours' of policy 'trackunit' is set by the contract;"
                + " give --contract");
        SlaCommandTest.Run with = run("calendar", "--policy", "trackunit", "--contract", "trackunit-example",
                "--calendar", "business-hours", "--from", "2025-11-03", "--to", "2025-11-04");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("08:00").contains("17:00");
    }

    @Test
    void theBundledContractsAreListedAndPrinted() {
        assertThat(run("--help").out().replaceAll("\\s+", " ")).contains("A CONTRACT (--contract) is a customer's"
                + " contract file or a bundled contract: express-example, trackunit-example.");
        assertThat(run("deadline", "--help").out().replaceAll("\\s+", " "))
                .contains("A customer's contract file, or a bundled contract: express-example, trackunit-example");
        assertThat(run("example", "trackunit-example").out()).isEqualTo(ContractJson.bundledText("trackunit-example"));
    }

    @Test
    void reportTakesTheContract() throws IOException {
        SlaCommandTest.Run generated = run("report", "--generate", "200", "--policy", "express", "--seed", "3");
        assertThat(generated.code()).as(generated.err()).isZero();
        Path tickets = dir.resolve("t.jsonl");
        Files.writeString(tickets, generated.out(), StandardCharsets.UTF_8);
        Path with = dir.resolve("with.json");
        Path without = dir.resolve("without.json");

        SlaCommandTest.Run bound = run("report", "--policy", "express", "--contract", "express-example", "--tickets",
                tickets.toString(), "--summary", with.toString(), "--at", "2026-01-01T00:00:00Z");
        SlaCommandTest.Run unbound = run("report", "--policy", "express", "--tickets", tickets.toString(),
                "--summary", without.toString(), "--at", "2026-01-01T00:00:00Z");

        assertThat(bound.code()).as(bound.err()).isZero();
        assertThat(unbound.code()).as(unbound.err()).isZero();
        assertThat(bound.out().lines()).hasSize(200);
        long decidedWith = decided(MAPPER.readTree(with.toFile()));
        long decidedWithout = decided(MAPPER.readTree(without.toFile()));
        assertThat(decidedWith).isPositive();
        assertThat(decidedWithout).isZero();
        assertThat(unbound.out()).contains("\"reason\":\"set by the contract\"");
    }

    /** The met and breached metrics of technical support in a summary. */
    private static long decided(JsonNode summary) {
        long n = 0;
        for (JsonNode g : summary.get("groups")) {
            if (g.get("plan").asText().equals("technical-support")) {
                n += g.path("met").asLong() + g.path("breached").asLong();
            }
        }
        return n;
    }
}
