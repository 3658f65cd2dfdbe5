package dev.sla.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Writes decisions as JSON: {@code accepted}, {@code reason}, {@code redirect},
 * {@code performer} (a party id or {@code none}), {@code mode}, {@code note},
 * {@code severity}, {@code metrics} (each with {@code metric}, {@code target},
 * {@code calendar}, {@code start}, {@code due}, {@code state}, {@code elapsed},
 * {@code remaining}, {@code paused}, {@code reason}) and {@code explanation}. Instants
 * are ISO-8601 offset date-times in the zone of the metric's calendar, durations ISO-8601.
 *
 * <p>This class is stateless and thread-safe.
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
        n.put("accepted", decision.accepted());
        n.put("reason", decision.reason().orElse(null));
        n.put("redirect", decision.redirect().orElse(null));
        n.put("performer", decision.performer().orElse(Binder.NOBODY));
        n.put("mode", decision.mode().id());
        n.put("note", decision.assignment().note());
        n.put("severity", decision.severity().orElse(null));
        ArrayNode metrics = n.putArray("metrics");
        for (MetricResult m : decision.metrics()) {
            metrics.add(metric(p, m));
        }
        if (explain) {
            decision.explanation().forEach(n.putArray("explanation")::add);
        }
        return n;
    }

    /**
     * Converts one metric result to a JSON object.
     *
     * @param policy  the policy that gave it, for the calendar's zone, not null
     * @param m  the result, not null
     * @return the JSON object, not null
     */
    public static ObjectNode metric(Policy policy, MetricResult m) {
        ZoneId zone = zoneOf(policy, m.calendar());
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
        return o;
    }

    /**
     * Writes a decision as indented JSON text.
     *
     * @param decision  the decision, not null
     * @return the JSON text, not null
     */
    public static String write(Decision decision) {
        return text(toJson(decision, true));
    }

    /**
     * Writes any JSON node as indented text.
     *
     * @param node  the node, not null
     * @return the JSON text, not null
     */
    public static String text(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Formats an instant as an ISO-8601 offset date-time in a zone.
     *
     * @param instant  the instant, or null
     * @param zone  the zone, not null
     * @return the text, or null for a null instant
     */
    public static String instant(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static String duration(Duration d) {
        return d.toString();
    }

    private static ZoneId zoneOf(Policy p, String calendar) {
        WorkCalendar c = calendar == null ? null : p.calendars().get(calendar);
        return c != null ? c.zone() : p.calendars().isEmpty() ? ZoneOffset.UTC : p.calendars().values().iterator().next().zone();
    }
}
