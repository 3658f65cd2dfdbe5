package dev.sla.spark;

import dev.sla.core.Contract;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.Ticket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Converts ticket rows to tickets, and decisions to rows, in the schemas of {@link SlaSpark}. */
final class Rows {

    private Rows() {
    }

    /**
     * The ticket of a row of the ticket struct: plan, severity, attributes, events, and carries when the struct has a
     * fifth field. An event's author is its fourth field, and a change's attribute and value its fifth and sixth,
     * when it has them.
     *
     * @throws RuntimeException if the row is not a valid ticket
     */
    static Ticket ticket(Row row) {
        String plan = row.getString(0);
        if (plan == null) {
            throw new IllegalArgumentException("the ticket has no plan");
        }
        Ticket.Builder b = Ticket.builder(plan);
        if (!row.isNullAt(2)) {
            Map<String, String> attributes = row.getJavaMap(2);
            attributes.forEach(b::attribute);
            b.attribute(Ticket.PLAN, plan);
        }
        if (!row.isNullAt(1)) {
            b.severity(row.getString(1));
        }
        if (row.isNullAt(3)) {
            throw new IllegalArgumentException("the ticket has no events");
        }
        List<Row> events = row.getList(3);
        for (Row e : events) {
            if (e == null || e.isNullAt(0) || e.isNullAt(1)) {
                throw new IllegalArgumentException("an event needs 'at' and 'type'");
            }
            b.event(new Event(instant(e.get(0)), EventType.ofId(e.getString(1)), e.isNullAt(2) ? null : e.getString(2),
                    optional(e, 4), optional(e, 5), optional(e, 3)));
        }
        if (row.length() > 4 && !row.isNullAt(4)) {
            List<String> carries = row.getList(4);
            b.carries(carries.toArray(new String[0]));
        }
        return b.build();
    }

    /** The text of an optional field of an event, null when the event's struct lacks it or it is null. */
    private static String optional(Row event, int field) {
        return event.length() > field && !event.isNullAt(field) ? event.getString(field) : null;
    }

    private static Instant instant(Object value) {
        return value instanceof Instant ? (Instant) value : ((Timestamp) value).toInstant();
    }

    /** The decision row of a decision. */
    static Row decision(Decision d) {
        List<Row> metrics = new ArrayList<>(d.metrics().size());
        for (MetricResult m : d.metrics()) {
            metrics.add(RowFactory.create(m.metric(), m.state().id(), seconds(m.target()), m.calendar(),
                    timestamp(m.start()), timestamp(m.due()), seconds(m.elapsed()), seconds(m.remaining()),
                    seconds(m.paused()), m.reason()));
        }
        return RowFactory.create(d.accepted(), d.reason().orElse(null), d.redirect().orElse(null),
                d.performer().orElse(null), d.mode().id(), d.severity().orElse(null), metrics, null,
                d.redirectPlan().orElse(null),
                StatusClassColumns.rows(d), d.policy().contract().map(Contract::id).orElse(null), missing(d));
    }

    /** The decision row of a ticket that could not be judged. */
    static Row error(String message) {
        return RowFactory.create(null, null, null, null, null, null, null, message, null, null, null, null);
    }

    /** The ids of the requirements a decision says the ticket lacks. */
    private static List<String> missing(Decision d) {
        List<String> ids = new ArrayList<>(d.missing().size());
        d.missing().forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.getSeconds();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
