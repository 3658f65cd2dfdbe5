package dev.sla.spark;

import dev.sla.json.ContractJson;
import dev.sla.json.PolicyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A ready Spark job: {@code sla report} on a cluster. Arguments: the tickets (a JSON Lines
 * file or directory in the schema of {@link SlaSpark#TICKET_SCHEMA}, with ISO-8601
 * instants, when the path ends in {@code .json} or {@code .jsonl}; Parquet otherwise), the
 * policy (a bundled name or a policy file on the driver), the instant of evaluation, and
 * the output directory, which receives {@code decisions} and {@code summary} in the same
 * format as the tickets.
 * <pre>
 * spark-submit --class dev.sla.spark.ReportJob sla-spark-0.1.0-SNAPSHOT-all.jar \
 *     tickets.parquet navixy-ru 2026-01-01T00:00:00Z out/
 * </pre>
 *
 * @since 0.1
 */
public final class ReportJob {

    private ReportJob() {
    }

    /**
     * Runs the job in the session {@code spark-submit} gives.
     *
     * @param args  tickets, policy, instant, output directory, and optionally a contract (a
     *     bundled name or a file on the driver); not null
     */
    public static void main(String[] args) {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: ReportJob TICKETS POLICY INSTANT OUTPUT-DIRECTORY [CONTRACT]");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("sla report").getOrCreate();
        try {
            run(spark, args[0], args[1], args.length == 5 ? args[4] : null, Instant.parse(args[2]), args[3]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Evaluates the tickets of a path and writes the decisions and the summary.
     *
     * @param spark  the session, not null
     * @param tickets  the path of the tickets, not null
     * @param policy  a bundled policy name or the path of a policy file, not null
     * @param at  the instant of evaluation, not null
     * @param out  the output directory, not null
     * @return the number of decisions written
     * @throws dev.sla.json.PolicyLoadException if the policy has problems
     * @throws UncheckedIOException if the policy file cannot be read
     */
    public static long run(SparkSession spark, String tickets, String policy, Instant at, String out) {
        return run(spark, tickets, policy, null, at, out);
    }

    /**
     * Evaluates the tickets of a path with a policy bound to a customer's contract, and writes
     * the decisions and the summary.
     *
     * @param spark  the session, not null
     * @param tickets  the path of the tickets, not null
     * @param policy  a bundled policy name or the path of a policy file, not null
     * @param contract  a bundled contract name or the path of a contract file, or null for none
     * @param at  the instant of evaluation, not null
     * @param out  the output directory, not null
     * @return the number of decisions written
     * @throws dev.sla.json.JsonLoadException if the policy or the contract has problems
     * @throws UncheckedIOException if a file cannot be read
     */
    public static long run(SparkSession spark, String tickets, String policy, String contract, Instant at,
            String out) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(out, "out");
        boolean json = tickets.endsWith(".json") || tickets.endsWith(".jsonl");
        String format = json ? "json" : "parquet";
        Dataset<Row> in = spark.read().format(format).schema(SlaSpark.TICKET_SCHEMA).load(tickets);
        Dataset<Row> decisions = (contract == null ? SlaSpark.evaluate(in, policyText(policy), at)
                : SlaSpark.evaluate(in, policyText(policy), contractText(contract), at)).cache();
        try {
            decisions.write().mode(SaveMode.Overwrite).format(format).save(out + "/decisions");
            SlaSpark.summary(decisions).coalesce(1).write().mode(SaveMode.Overwrite).format(format)
                    .save(out + "/summary");
            return decisions.count();
        } finally {
            decisions.unpersist();
        }
    }

    private static String contractText(String contract) {
        return text(contract, ContractJson.bundledNames(), ContractJson::bundledText, "contract");
    }

    private static String policyText(String policy) {
        return text(policy, PolicyJson.bundledNames(), PolicyJson::bundledText, "policy");
    }

    /** The text of a file, or of a bundled policy or contract of that name when no such file exists. */
    private static String text(String arg, Set<String> bundled, UnaryOperator<String> bundledText, String what) {
        if (bundled.contains(arg) && !Files.exists(Path.of(arg))) {
            return bundledText.apply(arg);
        }
        try {
            return Files.readString(Path.of(arg), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + what + " " + arg, ex);
        }
    }
}
