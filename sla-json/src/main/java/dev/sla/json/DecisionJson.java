package dev.sla.json;

import dev.sla.core.Assignment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Contract;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Requirement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Writes decisions as JSON: {@code policy}, {@code version} (the policy's effective date, or
 * null), {@code contract} (the id of the contract the policy is bound to, the one that judged
 * the ticket, or null when none), {@code accepted}, {@code reason}, {@code redirect} (the party a
 * rejected request goes to, or null), {@code redirectPlan} (the plan, or support line, it
 * goes to, or null), {@code missing} (the requirements of the plan the ticket lacks, each
 * with {@code id}, {@code name} and {@code refuses}), {@code performer} (a party id or
 * {@code none}), {@code performers} (every performing party, in order), {@code mode}, {@code note},
 * {@code severity}, {@code nextChangeAt}, {@code metrics} (each with {@code metric},
 * {@code target}, {@code calendar}, {@code start}, {@code due}, {@code state},
 * {@code elapsed}, {@code remaining}, {@code paused}, {@code reason}, {@code cycles} (each
 * with {@code start}, {@code stop}, {@code due}, {@code state}, {@code elapsed},
 * {@code paused}), {@code warnings} (each with {@code threshold}, {@code at},
 * {@code reached}, {@code escalateTo}) and {@code nextChangeAt}), {@code statusTimes} (the
 * wall-clock time spent in each status, by status), {@code statusClassTimes} (by status class
 * of the policy: {@code wallTime}, {@code calendar} and {@code workingTime} on it, both null
 * when the class names no calendar) and {@code explanation}.
 * Instants are ISO-8601 offset date-times in the zone the decision picks for each metric
 * ({@link Decision#zone(MetricResult)}: the zone of its calendar) and for the decision's
 * {@code nextChangeAt} ({@link Decision#nextChangeZone()}), durations ISO-8601;
 * {@code nextChangeAt} is null when nothing changes until a new event arrives.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DecisionJson() {
    }

    /**
     * Converts a decision to a JSON object.
     *
     * @param decision  the decision, not null
     * @param explain  true to include the explanation lines
     * @return the JSON object, not null
     */
    public static ObjectNode toJson(Decision decision, boolean explain) {
        Objects.requireNonNull(decision, "decision");
        Policy p = decision.policy();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("policy", p.id());
        n.put("version", p.effectiveFrom().map(Object::toString).orElse(null));
        n.put("contract", p.contract().map(Contract::id).orElse(null));
        n.put("accepted", decision.accepted());
        n.put("reason", decision.reason().orElse(null));
        n.put("redirect", decision.redirect().orElse(null));
        n.put("redirectPlan", decision.redirectPlan().orElse(null));
        ArrayNode missing = n.putArray("missing");
        for (Requirement r : decision.missing()) {
            ObjectNode m = missing.addObject();
            m.put("id", r.id());
            m.put("name", r.name());
            m.put("refuses", r.refuses());
        }
        n.put("performer", decision.performer().orElse(Assignment.NOBODY));
        decision.assignment().performers().forEach(n.putArray("performers")::add);
        n.put("mode", decision.mode().id());
        n.put("note", decision.assignment().note());
        n.put("severity", decision.severity().orElse(null));
        n.put("nextChangeAt", instant(decision.nextChange().orElse(null), decision.nextChangeZone()));
        ArrayNode metrics = n.putArray("metrics");
        for (MetricResult m : decision.metrics()) {
            metrics.add(metric(m, decision.zone(m)));
        }
        ObjectNode times = n.putObject("statusTimes");
        decision.statusTimes().forEach((status, time) -> times.put(status, duration(time)));
        ObjectNode classTimes = n.putObject("statusClassTimes");
        decision.statusClassTimes().forEach((id, time) -> {
            ObjectNode c = classTimes.putObject(id);
            c.put("wallTime", duration(time.wallTime()));
            c.put("calendar", time.calendar());
            c.put("workingTime", time.workingTime() == null ? null : duration(time.workingTime()));
        });
        if (explain) {
            decision.explanation().forEach(n.putArray("explanation")::add);
        }
        return n;
    }

    /** One metric result, its instants in a zone. */
    static ObjectNode metric(MetricResult m, ZoneId zone) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("metric", m.metric());
        o.put("target", m.target() == null ? null : m.target().toString());
        o.put("calendar", m.calendar());
        o.put("start", instant(m.start(), zone));
        o.put("due", instant(m.due(), zone));
        o.put("state", m.state().id());
        o.put("elapsed", duration(m.elapsed()));
        o.put("remaining", duration(m.remaining()));
        o.put("paused", duration(m.paused()));
        o.put("reason", m.reason());
        ArrayNode cycles = o.putArray("cycles");
        for (MetricResult.Cycle c : m.cycles()) {
            ObjectNode cn = cycles.addObject();
            cn.put("start", instant(c.start(), zone));
            cn.put("stop", instant(c.stop(), zone));
            cn.put("due", instant(c.due(), zone));
            cn.put("state", c.state().id());
            cn.put("elapsed", duration(c.elapsed()));
            cn.put("paused", duration(c.paused()));
        }
        ArrayNode warnings = o.putArray("warnings");
        for (MetricResult.Warning w : m.warnings()) {
            ObjectNode wn = warnings.addObject();
            wn.put("threshold", w.threshold().toString());
            wn.put("at", instant(w.at(), zone));
            wn.put("reached", w.reached());
            wn.put("escalateTo", w.escalateTo());
        }
        o.put("nextChangeAt", instant(m.nextChange(), zone));
        return o;
    }

    /**
     * Writes a decision as indented JSON text, with its explanation.
     *
     * @param decision  the decision, not null
     * @return the JSON text, not null
     */
    public static String write(Decision decision) {
        try {
            return MAPPER.writeValueAsString(toJson(decision, true));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Returns the zone of the metric whose answer changes first, the zone a decision's next
     * change is written in.
     *
     * @param decision  the decision, not null
     * @return the zone, not null
     */
    public static ZoneId nextChangeZone(Decision decision) {
        return Objects.requireNonNull(decision, "decision").nextChangeZone();
    }

    /** An instant as an ISO-8601 offset date-time in a zone; null for null. */
    private static String instant(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static String duration(Duration d) {
        return d.toString();
    }

}
