package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.DecisionJson;
import dev.sla.json.PolicyJson;
import dev.sla.json.TicketJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String AT = "2026-01-15T00:00:00Z";

    @TempDir
    Path dir;

    private static SlaCommandTest.Run run(String... args) {
        return SlaCommandTest.run(args);
    }

    private Path generate(String policy, int n, long seed) {
        Path file = dir.resolve(policy + "-" + n + "-" + seed + ".jsonl");
        SlaCommandTest.Run r = run("report", "--generate", Integer.toString(n), "--policy", policy, "--seed",
                Long.toString(seed), "--out", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return file;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The ticket of a generated line, read by the strict reader, and its id. */
    private static Map.Entry<String, Ticket> ticket(String line) throws IOException {
        ObjectNode n = (ObjectNode) MAPPER.readTree(line);
        String id = n.remove("id").asText();
        return Map.entry(id, TicketJson.read("test", n.toString()));
    }

    /** The decision line the engine gives in process: the evaluate JSON without explanation, with the id. */
    private static JsonNode expected(Policy policy, String id, Ticket ticket, Instant at) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        n.setAll(DecisionJson.toJson(policy.evaluate(ticket, at), false));
        return n;
    }

    @Test
    void generateIsReproducibleWithASeed() throws IOException {
        List<String> a = lines(generate("express", 300, 5));
        assertThat(a).hasSize(300).isEqualTo(lines(generate("express", 300, 5)));
        assertThat(a).isNotEqualTo(lines(generate("express", 300, 6)));
        // to standard output as well
        SlaCommandTest.Run r = run("report", "--generate", "300", "--policy", "express", "--seed", "5");
        assertThat(r.out().lines()).containsExactlyElementsOf(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en", "insales", "express", "trackunit"})
    void generatedTicketsAreValidWithFiveToTwelveEvents(String policy) throws IOException {
        int i = 0;
        for (String line : lines(generate(policy, 400, 1))) {
            Map.Entry<String, Ticket> t = ticket(line);
            assertThat(t.getKey()).isEqualTo(Integer.toString(++i));
            assertThat(t.getValue().events().size()).isBetween(5, 12);
            // the fast reader of the report reads the same ticket as the strict reader
            TicketLine fast = JsonTicketLines.read(i, line);
            assertThat(fast.error()).isNull();
            assertThat(fast.id()).isEqualTo(t.getKey());
            assertThat(fast.ticket()).isEqualTo(t.getValue());
        }
    }

    @Test
    void theFastReaderKeepsAuthorsAndLeavesContentToTheStrictReader() {
        String authored = "{\"id\": \"a\", \"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-10T06:00:00Z\","
                + " \"type\": \"received\", \"author\": \"partner\"}, {\"at\": \"2025-11-10T07:00:00Z\","
                + " \"type\": \"auto-acknowledgement\"}]}";
        TicketLine a = JsonTicketLines.read(1, authored.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.error()).isNull();
        assertThat(a.ticket()).isEqualTo(TicketJson.read("t", authored.replace("\"id\": \"a\", ", "")));
        assertThat(a.ticket().events().get(0).author()).isEqualTo("partner");
        String carrying = "{\"plan\": \"paas\", \"carries\": [\"steps\"], \"events\": [{\"at\": \"2025-11-10T06:00:00Z\","
                + " \"type\": \"received\"}]}";
        TicketLine c = JsonTicketLines.read(2, carrying.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(c.error()).isNull();
        assertThat(c.ticket().carries()).contains(java.util.Set.of("steps"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "express", "trackunit"})
    void everyDecisionIsTheEnginesInInputOrder(String policyId) throws IOException {
        // more tickets than a few batches, on two threads: the order must hold
        Path tickets = generate(policyId, 3 * ReportRun.BATCH + 17, 11);
        Path out = dir.resolve("d.jsonl");
        Path summary = dir.resolve("s.json");
        SlaCommandTest.Run r = run("report", "--policy", policyId, "--tickets", tickets.toString(), "--out",
                out.toString(), "--summary", summary.toString(), "--at", AT, "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        Policy policy = PolicyJson.bundled(policyId);
        List<String> in = lines(tickets);
        List<String> decisions = lines(out);
        assertThat(decisions).hasSameSizeAs(in);
        for (int i = 0; i < in.size(); i++) {
            Map.Entry<String, Ticket> t = ticket(in.get(i));
            assertThat(MAPPER.readTree(decisions.get(i))).as("line %d", i + 1)
                    .isEqualTo(expected(policy, t.getKey(), t.getValue(), Instant.parse(AT)));
        }
        JsonNode s = MAPPER.readTree(summary.toFile());
        assertThat(s.get("tickets").asLong()).isEqualTo(in.size());
        assertThat(s.get("errors").asLong()).isZero();
        // each metric's groups count every ticket once, and each group's states add up to its count
        Map<String, Long> perMetric = new HashMap<>();
        for (JsonNode g : s.get("groups")) {
            long states = 0;
            for (String state : ReportSummary.STATES) {
                states += g.get(state).asLong();
            }
            assertThat(states).isEqualTo(g.get("count").asLong());
            perMetric.merge(g.get("metric").asText(), g.get("count").asLong(), Long::sum);
        }
        assertThat(perMetric.keySet()).containsExactlyInAnyOrderElementsOf(policy.metrics().keySet());
        assertThat(perMetric.values()).allMatch(n -> n == in.size());
    }

    @Test
    void summaryCountsStatesShareAndPercentilesPerGroup() throws IOException {
        // express with its example contract, technical support, high: first response within 2 business hours
        // (Mon-Fri 09:00-18:00 Moscow)
        List<String> in = List.of(
                ticket("a", "2025-11-06T09:00:00+03:00", "2025-11-06T09:10:00+03:00"),  // met, 10 min
                ticket("b", "2025-11-06T09:00:00+03:00", "2025-11-06T09:30:00+03:00"),  // met, 30 min
                ticket("c", "2025-11-05T09:00:00+03:00", "2025-11-05T12:00:00+03:00"),  // breached, 3 h
                ticket("d", "2025-11-06T09:00:00+03:00", null));                         // running, 1 h
        Path tickets = dir.resolve("t.jsonl");
        Files.write(tickets, in, StandardCharsets.UTF_8);
        Path summary = dir.resolve("s.json");
        SlaCommandTest.Run r = run("report", "--policy", "express", "--contract", "express-example", "--tickets",
                tickets.toString(), "--summary", summary.toString(), "--at", "2025-11-06T10:00:00+03:00");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode g = group(MAPPER.readTree(summary.toFile()), "technical-support", "high", "first-response");
        assertThat(g.get("count").asLong()).isEqualTo(4);
        assertThat(g.get("met").asLong()).isEqualTo(2);
        assertThat(g.get("breached").asLong()).isEqualTo(1);
        assertThat(g.get("running").asLong()).isEqualTo(1);
        assertThat(g.get("share-met").asDouble()).isEqualTo(0.6667);
        // elapsed 10 min, 30 min, 1 h, 3 h: median 30 min, p90 3 h (nearest rank)
        assertThat(g.get("median-elapsed").asText()).isEqualTo("PT30M");
        assertThat(g.get("p90-elapsed").asText()).isEqualTo("PT3H");
    }

    private static String ticket(String id, String received, String answered) {
        return "{\"id\": \"" + id + "\", \"plan\": \"technical-support\", \"severity\": \"high\", "
                + "\"service\": \"server-side\", \"requester\": \"partner\", \"events\": [{\"at\": \"" + received
                + "\", \"type\": \"received\"}" + (answered == null ? ""
                        : ", {\"at\": \"" + answered + "\", \"type\": \"agent-response\"}") + "]}";
    }

    private static JsonNode group(JsonNode summary, String plan, String severity, String metric) {
        for (JsonNode g : summary.get("groups")) {
            if (g.get("plan").asText().equals(plan) && g.get("severity").asText().equals(severity)
                    && g.get("metric").asText().equals(metric)) {
                return g;
            }
        }
        throw new AssertionError("no group " + plan + " " + severity + " " + metric + " in " + summary);
    }

    @Test
    void badLinesGetErrorRecordsAreCountedAndTheRunGoesOn() throws IOException {
        List<String> good = lines(generate("navixy-ru", 3, 2));
        List<String> in = List.of(good.get(0), "not json at all", "{\"id\": 7, \"plan\": \"paas\"}", good.get(1),
                "", "{\"id\": \"x\", \"plan\": \"paas\", \"colour\": \"red\", \"events\": "
                        + "[{\"at\": \"2025-11-05T09:00:00+03:00\", \"type\": \"received\"}]}", good.get(2),
                "[1, 2]", "{\"id\": \"d\", \"plan\": \"paas\", \"plan\": \"cloud\", \"events\": []}");
        Path tickets = dir.resolve("t.jsonl");
        Files.write(tickets, in, StandardCharsets.UTF_8);
        Path summary = dir.resolve("s.json");
        SlaCommandTest.Run r = SlaCommandTest.runWithInput(String.join("\n", in), "report", "--policy",
                "navixy-ru", "--tickets", "-", "--summary", summary.toString(), "--at", AT);
        assertThat(r.code()).isEqualTo(Sla.INVALID_INPUT);
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            out.add(MAPPER.readTree(line));
        }
        assertThat(out).hasSize(8);
        assertThat(out.get(0).get("accepted")).isNotNull();
        assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(out.get(1).get("error").asText()).startsWith("not JSON");
        assertThat(out.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(out.get(2).get("id").asText()).isEqualTo("7");
        assertThat(out.get(2).get("error").asText()).contains("events");
        assertThat(out.get(3).get("id").asText()).isEqualTo("2");
        assertThat(out.get(3).get("accepted")).isNotNull();
        // the blank line 5 is skipped, and counts as a line
        assertThat(out.get(4).get("line").asInt()).isEqualTo(6);
        assertThat(out.get(4).get("id").asText()).isEqualTo("x");
        assertThat(out.get(4).get("error").asText()).contains("unknown field 'colour'");
        assertThat(out.get(5).get("id").asText()).isEqualTo("3");
        assertThat(out.get(6).get("line").asInt()).isEqualTo(8);
        assertThat(out.get(6).get("error").asText()).contains("JSON object");
        // a member given twice is refused, as sla evaluate refuses it
        assertThat(out.get(7).get("line").asInt()).isEqualTo(9);
        assertThat(out.get(7).get("error").asText()).contains("plan");
        JsonNode s = MAPPER.readTree(summary.toFile());
        assertThat(s.get("tickets").asLong()).isEqualTo(8);
        assertThat(s.get("errors").asLong()).isEqualTo(5);
    }

    @Test
    void csvRowsPerEventGiveTheSameDecisionsAsJsonLines() throws IOException {
        String csv = String.join("\n",
                "id,plan,severity,service,requester,at,type,status",
                "T1,technical-support,high,server-side,partner,2025-11-05T09:00:00+03:00,received,",
                "T1,,,,,2025-11-05T09:10:00+03:00,agent-response,",
                "T1,,,,,2025-11-05T10:00:00+03:00,status,waiting-for-customer",
                "\"T2\",technical-support,low,server-side,partner,2025-11-05T17:00:00+03:00,received,",
                "T3,technical-support,low,server-side,partner,2025-11-05T17:00:00+03:00,received,",
                "T3,technical-support,high,,,2025-11-05T17:30:00+03:00,agent-response,",
                "T4,technical-support,low,server-side,partner,yesterday,received,");
        Path file = dir.resolve("events.csv");
        Files.writeString(file, csv + "\n", StandardCharsets.UTF_8);
        SlaCommandTest.Run r = run("report", "--policy", "express", "--tickets", file.toString(), "--at", AT);
        assertThat(r.code()).as(r.err()).isEqualTo(Sla.INVALID_INPUT);
        String[] out = r.out().split("\n");
        assertThat(out).hasSize(4);
        Policy policy = PolicyJson.bundled("express");
        Ticket t1 = TicketJson.read("t1", "{\"plan\": \"technical-support\", \"severity\": \"high\", "
                + "\"service\": \"server-side\", \"requester\": \"partner\", \"events\": ["
                + "{\"at\": \"2025-11-05T09:00:00+03:00\", \"type\": \"received\"},"
                + "{\"at\": \"2025-11-05T09:10:00+03:00\", \"type\": \"agent-response\"},"
                + "{\"at\": \"2025-11-05T10:00:00+03:00\", \"type\": \"status\", \"status\": \"waiting-for-customer\"}]}");
        assertThat(MAPPER.readTree(out[0])).isEqualTo(expected(policy, "T1", t1, Instant.parse(AT)));
        assertThat(MAPPER.readTree(out[1]).get("id").asText()).isEqualTo("T2");
        assertThat(MAPPER.readTree(out[1]).get("severity").asText()).isEqualTo("low");
        JsonNode t3 = MAPPER.readTree(out[2]);
        assertThat(t3.get("line").asInt()).isEqualTo(6);
        assertThat(t3.get("error").asText()).contains("'severity' is 'low' on one row and 'high' on line 7");
        JsonNode t4 = MAPPER.readTree(out[3]);
        assertThat(t4.get("line").asInt()).isEqualTo(8);
        assertThat(t4.get("error").asText()).contains("'yesterday' is not an ISO-8601 instant");
        // no --summary: the table goes to standard error
        assertThat(r.err()).contains("plan").contains("technical-support").contains("4 tickets, 0 not accepted, 2 bad lines");
    }

    @Test
    void csvRowsMayNameTheirAuthors() throws IOException {
        String csv = String.join("\n",
                "id,plan,impact,at,type,author",
                "N1,paas,several,2025-11-10T06:00:00Z,received,partner",
                "N1,,,2025-11-10T07:00:00Z,customer-message,end-user",
                "N1,,,2025-11-10T08:00:00Z,customer-message,partner");
        Path file = dir.resolve("authors.csv");
        Files.writeString(file, csv + "\n", StandardCharsets.UTF_8);
        SlaCommandTest.Run r = run("report", "--policy", "navixy-en", "--tickets", file.toString(), "--at",
                "2025-11-10T08:30:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode m = MAPPER.readTree(r.out().split("\n")[0]).get("metrics").get(0);
        // the end user's message does not restart the response time; the partner's does
        assertThat(m.get("cycles")).hasSize(2);
        assertThat(m.get("start").asText()).isEqualTo("2025-11-10T08:00:00Z");
    }

    @Test
    void csvWithoutTheRequiredColumnsIsRefused() throws IOException {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, "id,plan,when,type\n", StandardCharsets.UTF_8);
        SlaCommandTest.Run r = run("report", "--policy", "express", "--tickets", file.toString());
        assertThat(r.code()).isEqualTo(Sla.INVALID_INPUT);
        assertThat(r.err()).contains("no 'at' column");
    }

    @Test
    void usageErrorsAreNamed() {
        assertThat(run("report", "--policy", "express").err()).contains("--tickets");
        assertThat(run("report", "--policy", "express", "--tickets", "x", "--threads", "0").code()).isEqualTo(Sla.USAGE);
        assertThat(run("report", "--policy", "express", "--tickets", "x.jsonl", "--format", "xml").err())
                .contains("jsonl or csv");
        assertThat(run("report", "--policy", "express", "--tickets", dir.resolve("none.jsonl").toString()).err())
                .contains("no such file");
        assertThat(run("report", "--help").out()).contains("Examples:").contains("sla report");
        Path same = dir.resolve("t.jsonl");
        SlaCommandTest.Run r = run("report", "--policy", "express", "--tickets", same.toString(), "--out",
                same.toString());
        assertThat(r.code()).isEqualTo(Sla.USAGE);
        assertThat(r.err()).contains("overwrite");
    }

    @Test
    void instantsParseAsOffsetDateTime() {
        for (String s : List.of("2025-11-20T15:30:00+03:00", "2025-11-20T15:30:00Z", "2025-11-20T15:30:00.123Z",
                "2025-11-20T15:30:00.123456789-05:30", "2025-11-20T15:30+03:00", "2024-02-29T00:00:00Z",
                "2025-11-20t15:30:00z", "2025-11-20T15:30:00+03:00:30", "2025-11-20T23:59:59-18:00")) {
            assertThat(Instants.parse(s)).as(s).isEqualTo(java.time.OffsetDateTime.parse(s).toInstant());
        }
        for (String s : List.of("2025-02-29T00:00:00Z", "2025-11-20T24:00:00Z", "2025-11-20 15:30:00Z",
                "2025-13-01T00:00:00Z", "2025-11-20T15:30:00+19:00", "2025-11-20T15:30:00")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Instants.parse(s)).as(s)
                    .isInstanceOf(java.time.DateTimeException.class);
        }
    }

    @Test
    void histogramPercentilesAreExactBelowTwoThousandSecondsAndWithinATenthOfAPercentAbove() {
        ElapsedHistogram h = new ElapsedHistogram();
        for (int s = 1; s <= 100; s++) {
            h.add(Duration.ofSeconds(s));
        }
        assertThat(h.percentile(0.5)).isEqualTo(Duration.ofSeconds(50));
        assertThat(h.percentile(0.9)).isEqualTo(Duration.ofSeconds(90));
        assertThat(new ElapsedHistogram().percentile(0.5)).isNull();
        for (long s = 2040; s < 50_000_000L; s = s * 3 / 2 + 7) {
            long low = ElapsedHistogram.lowest(ElapsedHistogram.index(s));
            assertThat(low).as("%d", s).isLessThanOrEqualTo(s).isGreaterThanOrEqualTo(s - s / 1024);
            assertThat(ElapsedHistogram.index(low)).isEqualTo(ElapsedHistogram.index(s));
        }
    }

    @Test
    void reportLinesMatchDecisionJsonForEveryState() {
        // the generated tickets of the bundled policies cover met, breached, running, paused, best-effort and none,
        // and requests that lack what their plan requires
        java.util.Set<String> states = new java.util.HashSet<>();
        int lacking = 0;
        for (String policyId : PolicyJson.bundledNames()) {
            Policy policy = PolicyJson.bundled(policyId);
            if (dev.sla.json.ContractJson.bundledNames().contains(policyId + "-example")) {
                policy = policy.withContract(dev.sla.json.ContractJson.bundled(policyId + "-example"));
            }
            dev.sla.core.TicketGenerator g = dev.sla.core.TicketGenerator.of(policy, 4,
                    Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
            dev.sla.json.DecisionWriter lines = dev.sla.json.DecisionWriter.of(policy);
            for (int i = 0; i < 300; i++) {
                Ticket t = g.next();
                // half at a day after the last event, half a few hours after the first
                Instant at = i % 2 == 0 ? t.events().get(t.events().size() - 1).at().plus(Duration.ofDays(1))
                        : t.received().plus(Duration.ofHours(3));
                Decision d = policy.evaluate(t, at);
                d.metrics().stream().map(MetricResult::state).forEach(s -> states.add(s.id()));
                lacking += d.missing().isEmpty() ? 0 : 1;
                java.io.StringWriter w = new java.io.StringWriter();
                try (com.fasterxml.jackson.core.JsonGenerator json = new com.fasterxml.jackson.core.JsonFactory()
                        .createGenerator(w)) {
                    lines.write(json, "i" + i, d, false);
                } catch (IOException ex) {
                    throw new AssertionError(ex);
                }
                ObjectNode want = MAPPER.createObjectNode();
                want.put("id", "i" + i);
                want.setAll(DecisionJson.toJson(d, false));
                try {
                    assertThat(MAPPER.readTree(w.toString())).isEqualTo(want);
                } catch (IOException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        assertThat(states).contains("met", "breached", "running", "paused", "best-effort", "none");
        assertThat(lacking).isPositive();
    }

    @Test
    void jsonLinesAreCutAtEveryLineEndWhateverTheirLength() {
        String big = "x".repeat(200_000);
        String input = "{\"id\": \"a\"}\r\n\n  \n{\"id\": \"" + big + "\"}\n{\"id\": \"ü\"}";
        TicketSource source = TicketSource.jsonLines(new java.io.ByteArrayInputStream(
                input.getBytes(StandardCharsets.UTF_8)));
        List<TicketLine> read = new ArrayList<>();
        List<java.util.function.Supplier<TicketLine>> batch;
        while (!(batch = source.next(2)).isEmpty()) {
            batch.forEach(item -> read.add(item.get()));
        }
        assertThat(read).extracting(TicketLine::line).containsExactly(1L, 4L, 5L);
        assertThat(read).extracting(TicketLine::id).containsExactly("a", big, "ü");
        assertThat(read).allMatch(t -> t.error().contains("plan"));
        assertThat(source.lines).isEqualTo(5);
        assertThat(source.chars).isEqualTo(input.getBytes(StandardCharsets.UTF_8).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "express", "insales"})
    void generatedCsvGivesTheDecisionsOfTheSameTicketsAsJsonLines(String policy) throws IOException {
        Path csv = dir.resolve("t.csv");
        SlaCommandTest.Run g = run("report", "--generate", "700", "--policy", policy, "--seed", "9", "--format", "csv",
                "--out", csv.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(lines(csv).get(0)).startsWith("id,plan,severity,").endsWith(",at,type,status");
        Path fromCsv = dir.resolve("csv.jsonl");
        Path fromJson = dir.resolve("json.jsonl");
        SlaCommandTest.Run a = run("report", "--policy", policy, "--tickets", csv.toString(), "--out", fromCsv.toString(),
                "--at", AT, "--summary", dir.resolve("a.json").toString());
        SlaCommandTest.Run b = run("report", "--policy", policy, "--tickets", generate(policy, 700, 9).toString(),
                "--out", fromJson.toString(), "--at", AT, "--summary", dir.resolve("b.json").toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(lines(fromCsv)).hasSize(700).containsExactlyElementsOf(lines(fromJson));
    }

    @Test
    void aTicketTheEngineCannotJudgeIsAnErrorRecordToo() {
        // received after the instant of evaluation: valid JSON, a valid ticket, no decision
        String in = ticket("late", "2025-11-06T09:00:00+03:00", null) + "\n"
                + ticket("early", "2025-11-03T09:00:00+03:00", null) + "\n";
        SlaCommandTest.Run r = SlaCommandTest.runWithInput(in, "report", "--policy", "express", "--tickets", "-",
                "--at", "2025-11-05T09:00:00+03:00");
        assertThat(r.code()).isEqualTo(Sla.INVALID_INPUT);
        String[] out = r.out().split("\n");
        assertThat(out[0]).contains("\"line\":1").contains("\"id\":\"late\"").contains("before the ticket was received");
        assertThat(out[1]).contains("\"id\":\"early\"").contains("\"accepted\":true");
        assertThat(r.err()).contains("2 tickets, 0 not accepted, 1 bad line");
    }

    @Test
    void theProgressLineTellsLinesRateAndTimeLeftOnlyOnATerminal() {
        TicketSource source = TicketSource.jsonLines(new java.io.ByteArrayInputStream(new byte[0]));
        source.lines = 1_000_000;
        source.chars = 250_000_000;
        java.io.StringWriter err = new java.io.StringWriter();
        ReportProgress on = new ReportProgress(new java.io.PrintWriter(err), true, 1_000_000_000L, source);
        assertThat(on.line(4_000_000_000L)).isEqualTo("1000000 lines read, 250000/s, about 12 s left");
        assertThat(new ReportProgress(new java.io.PrintWriter(err), true, -1, source).line(2_000_000_000L))
                .isEqualTo("1000000 lines read, 500000/s");
        ReportProgress off = new ReportProgress(new java.io.PrintWriter(err), false, 1_000_000_000L, source);
        off.update();
        off.done();
        assertThat(err.toString()).isEmpty();
    }
}
