package dev.sla.spark;

import dev.sla.SlaException;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * The SQL function: a ticket struct in, a decision struct out. It carries the policy's JSON
 * text; each executor reads the policy once (see {@link Policies}). Without a contract of its
 * own, a ticket that names a bundled contract is judged by the policy bound to it.
 */
final class EvaluateTicket implements UDF1<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final String policyJson;
    /** The JSON text of the contract the policy is bound to, or null. */
    private final String contractJson;
    private final long atSecond;
    private final int atNano;

    EvaluateTicket(String policyJson, Instant at) {
        this(policyJson, null, at);
    }

    EvaluateTicket(String policyJson, String contractJson, Instant at) {
        this.policyJson = Objects.requireNonNull(policyJson, "policyJson");
        this.contractJson = contractJson;
        this.atSecond = at.getEpochSecond();
        this.atNano = at.getNano();
    }

    @Override
    public Row call(Row ticket) {
        if (ticket == null) {
            return Rows.error("no ticket");
        }
        try {
            Ticket t = Rows.ticket(ticket);
            String named = contractJson == null ? t.attributes().get(Ticket.CONTRACT) : null;
            Policy policy = named == null ? Policies.of(policyJson, contractJson) : Policies.named(policyJson, named);
            return Rows.decision(policy.evaluate(t, Instant.ofEpochSecond(atSecond, atNano)));
        } catch (SlaException | DateTimeException | IllegalArgumentException | ArithmeticException
                | ClassCastException ex) {
            return Rows.error(ex.getMessage());
        }
    }
}
