package dev.sla.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.core.TicketGenerator;
import dev.sla.json.ContractJson;
import dev.sla.json.PolicyJson;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SlaSparkTest {

    private static final Instant AT = Instant.parse("2026-01-15T00:00:00Z");
    private static final int TICKETS = 1500;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("sla-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Generated tickets by id, in order. */
    private static Map<String, Ticket> tickets(Policy policy, long seed) {
        TicketGenerator g = TicketGenerator.of(policy, seed, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        for (int i = 1; i <= TICKETS; i++) {
            tickets.put("t" + i, g.next());
        }
        return tickets;
    }

    private static Row row(String id, Ticket t) {
        Map<String, String> attributes = new HashMap<>(t.attributes());
        attributes.remove(Ticket.PLAN);
        attributes.remove(Ticket.SEVERITY);
        List<Row> events = new ArrayList<>();
        for (Event e : t.events()) {
            events.add(RowFactory.create(Timestamp.from(e.at()), e.type().id(), e.status(), e.author(), e.attribute(),
                    e.value()));
        }
        return RowFactory.create(id, t.plan(), t.severity().orElse(null), attributes, events,
                t.carries().map(List::copyOf).orElse(null));
    }

    private static Dataset<Row> dataset(Map<String, Ticket> tickets, Row... extra) {
        List<Row> rows = new ArrayList<>();
        tickets.forEach((id, t) -> rows.add(row(id, t)));
        rows.addAll(List.of(extra));
        return spark.createDataFrame(rows, SlaSpark.TICKET_SCHEMA).repartition(3);
    }

    /** Checks a decision row (or the struct of the SQL function, from {@code offset}) against the engine's decision. */
    private static void assertSame(Row r, int offset, Decision d, String id) {
        assertThat(r.<Boolean>getAs(offset)).as(id).isEqualTo(d.accepted());
        assertThat(r.<String>getAs(offset + 1)).as(id).isEqualTo(d.reason().orElse(null));
        assertThat(r.<String>getAs(offset + 2)).as(id).isEqualTo(d.redirect().orElse(null));
        assertThat(r.<String>getAs(offset + 3)).as(id).isEqualTo(d.performer().orElse(null));
        assertThat(r.<String>getAs(offset + 4)).as(id).isEqualTo(d.mode().id());
        assertThat(r.<String>getAs(offset + 5)).as(id).isEqualTo(d.severity().orElse(null));
        assertThat(r.<String>getAs(offset + 8)).as(id).isEqualTo(d.redirectPlan().orElse(null));
        List<Row> metrics = r.getList(offset + 6);
        assertThat(metrics).as(id).hasSameSizeAs(d.metrics());
        for (int i = 0; i < metrics.size(); i++) {
            Row m = metrics.get(i);
            MetricResult want = d.metrics().get(i);
            assertThat(m.getString(0)).isEqualTo(want.metric());
            assertThat(m.getString(1)).as(id).isEqualTo(want.state().id());
            assertThat(m.get(2)).isEqualTo(want.target() == null ? null : want.target().getSeconds());
            assertThat(m.getString(3)).isEqualTo(want.calendar());
            assertThat(m.get(4) == null ? null : ((Timestamp) m.get(4)).toInstant()).isEqualTo(want.start());
            assertThat(m.get(5) == null ? null : ((Timestamp) m.get(5)).toInstant()).as(id).isEqualTo(want.due());
            assertThat(m.getLong(6)).as(id).isEqualTo(want.elapsed().getSeconds());
            assertThat(m.getLong(7)).isEqualTo(want.remaining().getSeconds());
            assertThat(m.getLong(8)).isEqualTo(want.paused().getSeconds());
            assertThat(m.getString(9)).isEqualTo(want.reason());
        }
        assertThat(r.<String>getAs(offset + 7)).isNull();
        assertThat(r.<String>getAs(offset + 10)).as(id).isEqualTo(d.policy().contract().map(c -> c.id()).orElse(null));
        assertThat(r.getList(offset + 11)).as(id).isEqualTo(d.missing().stream().map(q -> q.id()).toList());
        // the time per status class: express declares classes, navixy none
        List<Row> classes = r.getList(offset + 9);
        assertThat(classes).as(id).hasSameSizeAs(d.statusClassTimes().values());
        int k = 0;
        for (dev.sla.core.StatusClassTime want : d.statusClassTimes().values()) {
            Row c = classes.get(k++);
            assertThat(c.getString(0)).isEqualTo(want.statusClass());
            assertThat(c.getLong(1)).as(id).isEqualTo(want.wallTime().getSeconds());
            assertThat(c.getString(2)).isEqualTo(want.calendar());
            assertThat(c.get(3)).isEqualTo(want.workingTime() == null ? null : want.workingTime().getSeconds());
        }
    }

    @Test
    void everyDecisionIsTheEngines() {
        for (String policyId : List.of("navixy-ru", "express")) {
            Policy policy = PolicyJson.bundled(policyId);
            Map<String, Ticket> tickets = tickets(policy, 1);
            Row bad = RowFactory.create("bad", "paas", null, Map.of(),
                    List.of(RowFactory.create(Timestamp.from(AT), "teleported", null, null, null, null)), null);
            List<Row> out = SlaSpark.evaluate(dataset(tickets, bad), PolicyJson.bundledText(policyId), AT)
                    .collectAsList();
            assertThat(out).hasSize(TICKETS + 1);
            for (Row r : out) {
                String id = r.getString(0);
                if (id.equals("bad")) {
                    assertThat(r.<String>getAs("error")).contains("teleported");
                    assertThat(r.<Object>getAs("accepted")).isNull();
                    continue;
                }
                Ticket t = tickets.get(id);
                assertThat(r.getString(1)).isEqualTo(t.plan());
                assertSame(r, 2, policy.evaluate(t, AT), id);
            }
        }
        // each policy read once in this JVM, the driver's and the executors' (local mode)
        assertThat(Policies.loaded()).isLessThanOrEqualTo(3);
    }

    @Test
    void aContractBindsThePolicyOnTheExecutors() {
        Policy policy = PolicyJson.bundled("express").withContract(ContractJson.bundled("express-example"));
        Map<String, Ticket> tickets = tickets(policy, 4);
        List<Row> out = SlaSpark.evaluate(dataset(tickets), PolicyJson.bundledText("express"),
                ContractJson.bundledText("express-example"), AT).collectAsList();
        assertThat(out).hasSize(TICKETS);
        long timed = 0;
        for (Row r : out) {
            Decision want = policy.evaluate(tickets.get(r.getString(0)), AT);
            assertSame(r, 2, want, r.getString(0));
            timed += want.metrics().stream().filter(m -> m.due() != null).count();
        }
        assertThat(timed).isPositive();
    }

    @Test
    void theSqlFunctionGivesTheSameDecisions() {
        Policy policy = PolicyJson.bundled("express");
        Map<String, Ticket> tickets = tickets(policy, 2);
        dataset(tickets).createOrReplaceTempView("tickets");
        SlaSpark.register(spark, "sla", PolicyJson.bundledText("express"), AT);
        List<Row> out = spark.sql("SELECT id, sla(struct(plan, severity, attributes, events)) AS d FROM tickets "
                + "ORDER BY id").collectAsList();
        assertThat(out).hasSize(TICKETS);
        for (Row r : out) {
            assertSame(r.getStruct(1), 0, policy.evaluate(tickets.get(r.getString(0)), AT), r.getString(0));
        }
        // typed columns: the due instants of the running first responses, in SQL
        long running = spark.sql("SELECT count(*) FROM (SELECT explode(sla(struct(plan, severity, attributes, "
                + "events)).metrics) AS m FROM tickets) WHERE m.state = 'running' AND m.due > timestamp'2025-01-01'")
                .first().getLong(0);
        long expected = tickets.values().stream().flatMap(t -> policy.evaluate(t, AT).metrics().stream())
                .filter(m -> m.state().id().equals("running")).count();
        assertThat(running).isEqualTo(expected);
    }

    @Test
    void theSummaryCountsAsTheEngine() {
        theSummaryCountsAsTheEngine("express");
        // navixy-ru's first response on PaaS holds only for tickets received on working days: best effort otherwise
        long bestEffort = theSummaryCountsAsTheEngine("navixy-ru");
        assertThat(bestEffort).isPositive();
    }

    /** Checks the summary of a bundled policy against the engine; the number of best-effort metrics. */
    private static long theSummaryCountsAsTheEngine(String policyId) {
        Policy policy = PolicyJson.bundled(policyId);
        Map<String, Ticket> tickets = tickets(policy, 3);
        Dataset<Row> result = SlaSpark.summary(SlaSpark.evaluate(dataset(tickets), PolicyJson.bundledText(policyId),
                AT));
        assertThat(result.columns()).containsExactly("plan", "severity", "metric", "count", "met", "breached",
                "running", "paused", "not_applicable", "best_effort", "none", "share_met", "median_elapsed_seconds",
                "p90_elapsed_seconds");
        List<Row> summary = result.collectAsList();
        // the same counts and nearest-rank percentiles, computed here from the engine's decisions
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, List<Long>> elapsed = new HashMap<>();
        List<String> states = List.of("met", "breached", "running", "paused", "not-applicable", "best-effort", "none");
        for (Ticket t : tickets.values()) {
            Decision d = policy.evaluate(t, AT);
            for (MetricResult m : d.metrics()) {
                String key = t.plan() + "|" + d.severity().orElse(null) + "|" + m.metric();
                long[] c = counts.computeIfAbsent(key, k -> new long[8]);
                c[0]++;
                c[1 + states.indexOf(m.state().id())]++;
                if (!m.state().id().equals("none") && !m.state().id().equals("not-applicable")) {
                    elapsed.computeIfAbsent(key, k -> new ArrayList<>()).add(m.elapsed().getSeconds());
                }
            }
        }
        assertThat(summary).hasSize(counts.size());
        for (Row r : summary) {
            String key = r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2);
            long[] c = counts.get(key);
            assertThat(c).as(key).isNotNull();
            for (int i = 0; i < 8; i++) {
                assertThat(r.getLong(3 + i)).as(key + " column " + (3 + i)).isEqualTo(c[i]);
            }
            List<Long> values = new ArrayList<>(elapsed.getOrDefault(key, List.of()));
            values.sort(null);
            assertThat(r.get(12)).as(key).isEqualTo(values.isEmpty() ? null : values.get(rank(0.5, values.size())));
            assertThat(r.get(13)).as(key).isEqualTo(values.isEmpty() ? null : values.get(rank(0.9, values.size())));
            long decided = c[1] + c[2];
            assertThat(r.get(11)).as(key).isEqualTo(decided == 0 ? null : (double) c[1] / decided);
        }
        return counts.values().stream().mapToLong(c -> c[6]).sum();
    }

    @Test
    void authorsOfEventsAndTheContentCarriedReachTheEngine() {
        Policy policy = PolicyJson.bundled("navixy-ru");
        // received Monday 10:00 Moscow, answered at 11:00, then a message of an end user or of the partner at 12:00:
        // only the partner's message restarts the response clock
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        for (String author : new String[] {"end-user", "partner"}) {
            tickets.put(author, Ticket.builder("paas").severity("level-2").carries("description")
                    .event(new Event(Instant.parse("2025-11-10T07:00:00Z"), dev.sla.core.EventType.RECEIVED, null))
                    .event(new Event(Instant.parse("2025-11-10T08:00:00Z"), dev.sla.core.EventType.AGENT_RESPONSE, null))
                    .event(new Event(Instant.parse("2025-11-10T09:00:00Z"), dev.sla.core.EventType.CUSTOMER_MESSAGE,
                            null, null, null, author)).build());
        }
        Instant at = Instant.parse("2025-11-10T10:00:00Z");
        Decision endUser = policy.evaluate(tickets.get("end-user"), at);
        Decision partner = policy.evaluate(tickets.get("partner"), at);
        assertThat(endUser.metric("first-response").orElseThrow().state().id())
                .isNotEqualTo(partner.metric("first-response").orElseThrow().state().id());
        assertThat(endUser.missing()).isNotEmpty();

        List<Row> out = SlaSpark.evaluate(dataset(tickets), PolicyJson.bundledText("navixy-ru"), at).collectAsList();

        assertThat(out).hasSize(2);
        for (Row r : out) {
            assertSame(r, 2, policy.evaluate(tickets.get(r.getString(0)), at), r.getString(0));
        }
    }

    @Test
    void changesOfSeverityAndServiceReachTheEngine() {
        Policy policy = PolicyJson.bundled("navixy-ru");
        List<String> levels = policy.severities().stream().map(dev.sla.core.SeverityLevel::id).toList();
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        tickets(policy, 11).forEach((id, t) -> {
            // half a minute after receipt the severity moves to the next level
            Ticket.Builder b = Ticket.builder(t.plan());
            t.attributes().forEach(b::attribute);
            String now = t.severity().orElse(levels.get(0));
            String next = levels.get((levels.indexOf(now) + 1) % levels.size());
            for (int i = 0; i < t.events().size(); i++) {
                b.event(t.events().get(i));
                if (i == 0) {
                    b.event(Event.change(t.received().plusSeconds(30), Ticket.SEVERITY, next));
                }
            }
            tickets.put(id, b.build());
        });
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        long moved = tickets.values().stream().filter(t -> !policy.evaluate(t, at).metrics().equals(
                policy.evaluate(withoutChanges(t), at).metrics())).count();
        assertThat(moved).as("tickets whose change moves a metric").isPositive();

        Row halfChange = RowFactory.create("half", "paas", "level-2", Map.of(), List.of(
                RowFactory.create(Timestamp.from(at.minusSeconds(60)), "received", null, null, null, null),
                RowFactory.create(Timestamp.from(at.minusSeconds(30)), "change", null, null, "severity", null)), null);

        List<Row> out = SlaSpark.evaluate(dataset(tickets, halfChange), PolicyJson.bundledText("navixy-ru"), at)
                .collectAsList();

        assertThat(out).hasSize(tickets.size() + 1);
        for (Row r : out) {
            if (r.getString(0).equals("half")) {
                assertThat(r.<String>getAs("error")).contains("change").contains("value");
                continue;
            }
            assertThat(r.<String>getAs("error")).as(r.getString(0)).isNull();
            assertSame(r, 2, policy.evaluate(tickets.get(r.getString(0)), at), r.getString(0));
        }
    }

    private static Ticket withoutChanges(Ticket t) {
        Ticket.Builder b = Ticket.builder(t.plan());
        t.attributes().forEach(b::attribute);
        t.events().stream().filter(e -> e.type() != dev.sla.core.EventType.CHANGE).forEach(b::event);
        return b.build();
    }

    @Test
    void eventsOfTheFirstSchemaWithoutAuthorOrChangesAreReadAsBefore() {
        Policy policy = PolicyJson.bundled("navixy-ru");
        Map<String, Ticket> tickets = tickets(policy, 12);
        org.apache.spark.sql.types.StructType events = new org.apache.spark.sql.types.StructType(
                java.util.Arrays.copyOf(SlaSpark.EVENT_SCHEMA.fields(), 3));
        org.apache.spark.sql.types.StructField[] fields = java.util.Arrays.copyOf(SlaSpark.TICKET_SCHEMA.fields(), 5);
        fields[4] = org.apache.spark.sql.types.DataTypes.createStructField("events",
                org.apache.spark.sql.types.DataTypes.createArrayType(events, false), false);
        List<Row> rows = new ArrayList<>();
        tickets.forEach((id, t) -> {
            Map<String, String> attributes = new HashMap<>(t.attributes());
            attributes.remove(Ticket.PLAN);
            attributes.remove(Ticket.SEVERITY);
            List<Row> timeline = t.events().stream().map(e -> RowFactory.create(Timestamp.from(e.at()), e.type().id(),
                    e.status())).toList();
            rows.add(RowFactory.create(id, t.plan(), t.severity().orElse(null), attributes, timeline));
        });
        Instant at = Instant.parse("2026-01-01T00:00:00Z");

        List<Row> out = SlaSpark.evaluate(spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType(fields)),
                PolicyJson.bundledText("navixy-ru"), at).collectAsList();

        assertThat(out).hasSize(tickets.size());
        for (Row r : out) {
            assertSame(r, 2, policy.evaluate(tickets.get(r.getString(0)), at), r.getString(0));
        }
    }

    @Test
    void aTicketThatNamesABundledContractIsJudgedByIt() {
        Policy bound = PolicyJson.bundled("express").withContract(ContractJson.bundled("express-example"));
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        tickets(bound, 5).forEach((id, t) -> {
            if (t.plan().equals("technical-support")) {
                Map<String, String> attributes = new HashMap<>(t.attributes());
                attributes.put(Ticket.CONTRACT, "express-example");
                Ticket.Builder b = Ticket.builder(t.plan());
                attributes.forEach(b::attribute);
                t.events().forEach(b::event);
                tickets.put(id, b.build());
            }
        });
        assertThat(tickets).isNotEmpty();
        Row unknown = RowFactory.create("unknown", "technical-support", "high", Map.of(Ticket.CONTRACT, "express-exampel"),
                List.of(RowFactory.create(Timestamp.from(AT), "received", null, null, null, null)), null);

        List<Row> out = SlaSpark.evaluate(dataset(tickets, unknown), PolicyJson.bundledText("express"), AT)
                .collectAsList();

        assertThat(out).hasSize(tickets.size() + 1);
        for (Row r : out) {
            if (r.getString(0).equals("unknown")) {
                assertThat(r.<String>getAs("error")).contains("no bundled contract 'express-exampel'; did you mean 'express-example'?");
                continue;
            }
            Decision want = bound.evaluate(tickets.get(r.getString(0)), AT);
            assertSame(r, 2, want, r.getString(0));
            assertThat(r.<String>getAs("contract")).isEqualTo("express-example");
        }
    }

    private static int rank(double p, int n) {
        return (int) Math.max(1, Math.ceil(p * n)) - 1;
    }

    @Test
    void theJobReadsJsonLinesAndWritesDecisionsAndSummary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Policy policy = PolicyJson.bundled("navixy-ru");
        Map<String, Ticket> tickets = tickets(policy, 4);
        List<String> lines = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        tickets.forEach((id, t) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            Map<String, String> attributes = new HashMap<>(t.attributes());
            json.put("id", id);
            json.put("plan", attributes.remove(Ticket.PLAN));
            json.put("severity", attributes.remove(Ticket.SEVERITY));
            json.put("attributes", attributes);
            List<Map<String, String>> events = new ArrayList<>();
            for (Event e : t.events()) {
                Map<String, String> ev = new LinkedHashMap<>();
                ev.put("at", e.at().toString());
                ev.put("type", e.type().id());
                ev.put("status", e.status());
                events.add(ev);
            }
            json.put("events", events);
            try {
                lines.add(mapper.writeValueAsString(json));
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                throw new AssertionError(ex);
            }
        });
        java.nio.file.Path in = dir.resolve("tickets.jsonl");
        java.nio.file.Files.write(in, lines);
        long n = ReportJob.run(spark, in.toString(), "navixy-ru", AT, dir.resolve("out").toString());
        assertThat(n).isEqualTo(TICKETS);
        List<Row> decisions = spark.read().schema(SlaSpark.DECISION_SCHEMA).json(dir.resolve("out/decisions").toString())
                .collectAsList();
        assertThat(decisions).hasSize(TICKETS);
        for (Row r : decisions) {
            assertSame(r, 2, policy.evaluate(tickets.get(r.getString(0)), AT), r.getString(0));
        }
        assertThat(spark.read().json(dir.resolve("out/summary").toString()).count()).isPositive();
        // Parquet in, Parquet out
        String parquet = dir.resolve("tickets.parquet").toString();
        dataset(tickets).write().parquet(parquet);
        assertThat(ReportJob.run(spark, parquet, "navixy-ru", AT, dir.resolve("pq").toString())).isEqualTo(TICKETS);
        Row first = spark.read().parquet(dir.resolve("pq/decisions").toString()).where("id = 't1'").first();
        assertSame(first, 2, policy.evaluate(tickets.get("t1"), AT), "t1");
    }
}
