package dev.sla.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.sla.json.PolicyJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The sla engine on Apache Spark: evaluates a {@link Dataset} of tickets with a policy into
 * a Dataset of decisions, registers the same as a SQL function, and computes the summary
 * of {@code sla report} as an aggregation.
 *
 * <p>Tickets have the schema {@link #TICKET_SCHEMA}:
 * <pre>
 * id          string                 the ticket's id, carried to its decision
 * plan        string, required       the plan id
 * severity    string                 the stated severity level, or null to classify
 * attributes  map&lt;string,string&gt;    the other attributes: service, impact, requester, ...
 * events      array&lt;struct&lt;at: timestamp, type: string, status: string, author: string,
 *                    attribute: string, value: string&gt;&gt;
 *                                    the timeline, in time order, starting with received;
 *                                    type is received, customer-message, agent-response,
 *                                    auto-acknowledgement, status, change or resolved; status
 *                                    only for a status event; author (optional, may be null)
 *                                    the role of who wrote it, such as partner, which metrics
 *                                    with author limits look at; attribute and value
 *                                    (optional) only for a change: the attribute that changed,
 *                                    such as severity or service, and its new value
 * carries     array&lt;string&gt;          optional: the content the request carries, by the ids
 *                                    of its plan's requirements; null: not stated
 * </pre>
 * The attribute {@code contract} names the customer's contract: with no contract given to
 * {@link #evaluate(Dataset, String, Instant)}, a ticket that names a bundled contract is
 * judged by the policy bound to it. Datasets without the {@code author}, {@code attribute}
 * and {@code value} fields of events or without the {@code carries} column are read as before.
 *
 * <p>Decisions have the schema {@link #DECISION_SCHEMA}: {@code id}, {@code plan}, then
 * {@code accepted}, {@code reason}, {@code redirect}, {@code performer} (null when nobody),
 * {@code mode}, {@code severity}, {@code metrics} (an array, in the policy's order, of
 * {@code metric}, {@code state}, {@code target_seconds}, {@code calendar}, {@code start},
 * {@code due}, {@code elapsed_seconds}, {@code remaining_seconds}, {@code paused_seconds},
 * {@code reason}), {@code error} (why a ticket could not be judged, the other columns
 * then null), {@code redirect_plan} (the plan, or support line, a rejected request goes
 * to; {@code redirect} is the party) and {@code status_classes} (an array, in the order of the policy's status
 * classes, of {@code status_class}, {@code wall_seconds}, {@code calendar},
 * {@code working_seconds}; the last two null for a class that names no calendar; empty when
 * the policy declares no class), {@code contract} (the id of the contract that judged the ticket, null
 * when none) and {@code missing} (the ids of the requirements of the plan the ticket lacks, in the plan's order). Durations are in whole seconds of working time, except {@code wall_seconds}.
 *
 * <p>The policy travels as its JSON text and is read once per executor. This class is
 * stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SlaSpark {

    /** The schema of one event of a ticket. */
    public static final StructType EVENT_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("at", DataTypes.TimestampType, false),
        DataTypes.createStructField("type", DataTypes.StringType, false),
        DataTypes.createStructField("status", DataTypes.StringType, true),
        DataTypes.createStructField("author", DataTypes.StringType, true),
        DataTypes.createStructField("attribute", DataTypes.StringType, true),
        DataTypes.createStructField("value", DataTypes.StringType, true)});

    /** The schema of a ticket. */
    public static final StructType TICKET_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("plan", DataTypes.StringType, false),
        DataTypes.createStructField("severity", DataTypes.StringType, true),
        DataTypes.createStructField("attributes",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), true),
        DataTypes.createStructField("events", DataTypes.createArrayType(EVENT_SCHEMA, false), false),
        DataTypes.createStructField("carries", DataTypes.createArrayType(DataTypes.StringType, false), true)});

    /** The schema of one metric of a decision. */
    public static final StructType METRIC_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("metric", DataTypes.StringType, false),
        DataTypes.createStructField("state", DataTypes.StringType, false),
        DataTypes.createStructField("target_seconds", DataTypes.LongType, true),
        DataTypes.createStructField("calendar", DataTypes.StringType, true),
        DataTypes.createStructField("start", DataTypes.TimestampType, true),
        DataTypes.createStructField("due", DataTypes.TimestampType, true),
        DataTypes.createStructField("elapsed_seconds", DataTypes.LongType, false),
        DataTypes.createStructField("remaining_seconds", DataTypes.LongType, false),
        DataTypes.createStructField("paused_seconds", DataTypes.LongType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, true)});

    /** The schema of what the SQL function returns for one ticket. */
    public static final StructType RESULT_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("accepted", DataTypes.BooleanType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true),
        DataTypes.createStructField("redirect", DataTypes.StringType, true),
        DataTypes.createStructField("performer", DataTypes.StringType, true),
        DataTypes.createStructField("mode", DataTypes.StringType, true),
        DataTypes.createStructField("severity", DataTypes.StringType, true),
        DataTypes.createStructField("metrics", DataTypes.createArrayType(METRIC_SCHEMA, false), true),
        DataTypes.createStructField("error", DataTypes.StringType, true),
        DataTypes.createStructField("redirect_plan", DataTypes.StringType, true),
        DataTypes.createStructField("status_classes", DataTypes.createArrayType(StatusClassColumns.SCHEMA, false), true),
        DataTypes.createStructField("contract", DataTypes.StringType, true),
        DataTypes.createStructField("missing", DataTypes.createArrayType(DataTypes.StringType, false), true)});

    /** The schema of a decision: the ticket's id and plan, then the fields of {@link #RESULT_SCHEMA}. */
    public static final StructType DECISION_SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("id", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("plan", DataTypes.StringType, true));
        fields.addAll(List.of(RESULT_SCHEMA.fields()));
        DECISION_SCHEMA = new StructType(fields.toArray(new StructField[0]));
    }

    private SlaSpark() {
    }

    /**
     * Evaluates every ticket with a policy at an instant.
     *
     * @param tickets  the tickets, with the columns of {@link #TICKET_SCHEMA}, not null
     * @param policyJson  the policy's JSON text (see {@link PolicyJson#bundledText(String)}
     *     for a bundled one), not null
     * @param at  the instant of evaluation, not null
     * @return the decisions, one per ticket, with the columns of {@link #DECISION_SCHEMA}, not null
     * @throws dev.sla.json.PolicyLoadException if the policy has problems (checked on the driver)
     */
    public static Dataset<Row> evaluate(Dataset<Row> tickets, String policyJson, Instant at) {
        Objects.requireNonNull(tickets, "tickets");
        String name = register(tickets.sparkSession(), "sla_evaluate_" + Integer.toHexString(policyJson.hashCode())
                + "_" + at.getEpochSecond(), policyJson, at);
        return tickets.select(col("id"), col("plan"),
                callUDF(name, ticket(tickets)).as("d"))
                .select(col("id"), col("plan"), col("d.*"));
    }

    /** The struct the SQL function takes: plan, severity, attributes, events, and carries when the tickets have it. */
    private static Column ticket(Dataset<Row> tickets) {
        return java.util.Arrays.asList(tickets.columns()).contains("carries")
                ? struct(col("plan"), col("severity"), col("attributes"), col("events"), col("carries"))
                : struct(col("plan"), col("severity"), col("attributes"), col("events"));
    }

    /**
     * Evaluates every ticket with a policy bound to a customer's contract at an instant
     * ({@link dev.sla.core.Policy#withContract(dev.sla.core.Contract)}); a ticket may name
     * the contract in its attributes ({@code contract}).
     *
     * @param tickets  the tickets, with the columns of {@link #TICKET_SCHEMA}, not null
     * @param policyJson  the policy's JSON text, not null
     * @param contractJson  the contract's JSON text (see {@link dev.sla.json.ContractJson#bundledText(String)}
     *     for a bundled one), not null
     * @param at  the instant of evaluation, not null
     * @return the decisions, one per ticket, with the columns of {@link #DECISION_SCHEMA}, not null
     * @throws dev.sla.json.JsonLoadException if the policy or the contract has problems (checked on the driver)
     */
    public static Dataset<Row> evaluate(Dataset<Row> tickets, String policyJson, String contractJson, Instant at) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(contractJson, "contractJson");
        String name = register(tickets.sparkSession(), "sla_evaluate_" + Integer.toHexString(policyJson.hashCode())
                + "_" + Integer.toHexString(contractJson.hashCode()) + "_" + at.getEpochSecond(), policyJson,
                contractJson, at);
        return tickets.select(col("id"), col("plan"),
                callUDF(name, ticket(tickets)).as("d"))
                .select(col("id"), col("plan"), col("d.*"));
    }

    /**
     * Registers a SQL function that evaluates a ticket with a policy bound to a customer's
     * contract at an instant, as {@link #register(SparkSession, String, String, Instant)} does
     * without one.
     *
     * @param spark  the session, not null
     * @param name  the function's name, not null
     * @param policyJson  the policy's JSON text, not null
     * @param contractJson  the contract's JSON text, not null
     * @param at  the instant of evaluation, not null
     * @return the name, not null
     * @throws dev.sla.json.JsonLoadException if the policy or the contract has problems (checked on the driver)
     */
    public static String register(SparkSession spark, String name, String policyJson, String contractJson, Instant at) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policyJson, "policyJson");
        Objects.requireNonNull(contractJson, "contractJson");
        Objects.requireNonNull(at, "at");
        Policies.of(policyJson, contractJson);
        spark.udf().register(name, new EvaluateTicket(policyJson, contractJson, at), RESULT_SCHEMA);
        return name;
    }

    /**
     * Registers a SQL function that evaluates a ticket with a policy at an instant. It takes
     * one argument, the struct of a ticket's plan, severity, attributes and events (and
     * optionally carries, fifth), and returns a struct with the columns of {@link #RESULT_SCHEMA}:
     * <pre>
     * SELECT id, sla(struct(plan, severity, attributes, events)) AS decision FROM tickets
     * </pre>
     * A ticket whose attributes name a bundled contract ({@code contract}) is judged by the
     * policy bound to it.
     *
     * @param spark  the session, not null
     * @param name  the function's name, not null
     * @param policyJson  the policy's JSON text, not null
     * @param at  the instant of evaluation, not null
     * @return the name, not null
     * @throws dev.sla.json.PolicyLoadException if the policy has problems (checked on the driver)
     */
    public static String register(SparkSession spark, String name, String policyJson, Instant at) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policyJson, "policyJson");
        Objects.requireNonNull(at, "at");
        Policies.of(policyJson);
        spark.udf().register(name, new EvaluateTicket(policyJson, at), RESULT_SCHEMA);
        return name;
    }

    /**
     * Summarises decisions as {@code sla report} does: per plan, severity and metric, the
     * count, the count in each state ({@code met}, {@code breached}, {@code running},
     * {@code paused}, {@code not_applicable}, {@code best_effort}, {@code none}), {@code share_met} = met / (met +
     * breached) (null when none is decided), and the median and 90th percentile of the
     * elapsed seconds of the metrics with a target ({@code median_elapsed_seconds},
     * {@code p90_elapsed_seconds}, by Spark's {@code percentile_approx} with accuracy
     * 10,000). Decisions with an error are left out.
     *
     * @param decisions  decisions with the columns of {@link #DECISION_SCHEMA}, not null
     * @return one row per plan, severity and metric, ordered by them, not null
     */
    public static Dataset<Row> summary(Dataset<Row> decisions) {
        Objects.requireNonNull(decisions, "decisions");
        Dataset<Row> metrics = decisions.where(col("error").isNull())
                .select(col("plan"), col("severity"), explode(col("metrics")).as("m"))
                .select(col("plan"), col("severity"), col("m.metric").as("metric"), col("m.state").as("state"),
                        col("m.elapsed_seconds").as("elapsed"));
        Column timed = not(col("state").isin("none", "not-applicable"));
        return metrics.groupBy("plan", "severity", "metric").agg(count(lit(1)).as("count"),
                        state("met"), state("breached"), state("running"), state("paused"),
                        state("not-applicable"), state("best-effort"), state("none"),
                        avg(when(col("state").isin("met", "breached"), when(col("state").equalTo("met"), 1.0)
                                .otherwise(0.0))).as("share_met"),
                        percentile(timed, 0.5).as("median_elapsed_seconds"),
                        percentile(timed, 0.9).as("p90_elapsed_seconds"))
                .orderBy("plan", "severity", "metric");
    }

    private static Column state(String state) {
        return sum(when(col("state").equalTo(state), 1L).otherwise(0L)).as(state.replace('-', '_'));
    }

    /** The percentile of the elapsed seconds of the rows that are timed. */
    private static Column percentile(Column timed, double p) {
        return percentile_approx(when(timed, col("elapsed")), lit(p), lit(10_000));
    }
}
