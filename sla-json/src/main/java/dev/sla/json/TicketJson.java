package dev.sla.json;

import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Ticket;
import dev.sla.core.TicketException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads tickets from JSON:
 * <pre>
 * {"plan": "paas", "severity": "level-1", "impact": "all", "cause": "...", "category": "...",
 *  "service": "api-consultation", "requester": "partner", "channel": "email", "language": "en",
 *  "attributes": {"custom": "value"},
 *  "events": [{"at": "2025-11-20T15:30:00+03:00", "type": "received"},
 *             {"at": "2025-11-20T16:00:00+03:00", "type": "status", "status": "in-progress"}]}
 * </pre>
 * Only {@code plan} and {@code events} are required; instants are ISO-8601 with an offset
 * or {@code Z}; event types are {@code received}, {@code customer-message},
 * {@code agent-response}, {@code status} and {@code resolved}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TicketJson {

    private static final List<String> FIELDS = List.of("plan", "severity", "impact", "cause", "category", "service",
            "requester", "channel", "language", "attributes", "events");

    private TicketJson() {
    }

    /**
     * Reads a ticket from JSON text.
     *
     * @param origin  the file name or other origin, used in problems, not null
     * @param json  the JSON text, not null
     * @return the ticket, not null
     * @throws TicketLoadException listing every problem with its place, including a timeline
     *     out of order
     */
    public static Ticket read(String origin, String json) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        List<JsonProblem> problems = new ArrayList<>();
        Node root = new TreeReader(origin, problems).read(json);
        Ticket ticket = null;
        if (root != null) {
            ticket = bind(origin, root, problems);
        }
        if (!problems.isEmpty() || ticket == null) {
            if (problems.isEmpty()) {
                problems.add(new JsonProblem(origin, 1, 1, "", "the ticket could not be read"));
            }
            Collections.sort(problems);
            throw new TicketLoadException(problems);
        }
        return ticket;
    }

    private static Ticket bind(String origin, Node root, List<JsonProblem> problems) {
        if (!root.isObject()) {
            problems.add(at(origin, root, "a ticket must be a JSON object, not " + root.describe()));
            return null;
        }
        for (Map.Entry<String, Node> e : root.members.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                String near = Names.closest(e.getKey(), FIELDS.toArray(new String[0]));
                problems.add(at(origin, e.getValue(), "unknown field '" + e.getKey() + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "; put custom attributes under 'attributes'")));
            }
        }
        Node plan = root.get("plan");
        if (plan == null) {
            problems.add(at(origin, root, "missing required field 'plan'"));
        }
        Ticket.Builder b = Ticket.builder(plan != null && plan.isString() ? plan.text : "");
        for (String field : FIELDS) {
            Node n = root.get(field);
            if (n == null || field.equals("attributes") || field.equals("events")) {
                continue;
            }
            if (!n.isString()) {
                problems.add(at(origin, n, "'" + field + "' must be a string, not " + n.describe()));
            } else {
                b.attribute(field, n.text);
            }
        }
        Node attributes = root.get("attributes");
        if (attributes != null) {
            if (!attributes.isObject()) {
                problems.add(at(origin, attributes, "'attributes' must be an object of strings"));
            } else {
                for (Map.Entry<String, Node> e : attributes.members.entrySet()) {
                    if (FIELDS.contains(e.getKey())) {
                        problems.add(at(origin, e.getValue(), "'" + e.getKey() + "' is a field of its own; move it out of 'attributes'"));
                    } else if (!e.getValue().isString()) {
                        problems.add(at(origin, e.getValue(), "attribute '" + e.getKey() + "' must be a string"));
                    } else {
                        b.attribute(e.getKey(), e.getValue().text);
                    }
                }
            }
        }
        Node events = root.get("events");
        if (events == null) {
            problems.add(at(origin, root, "missing required field 'events': the timeline, starting with a 'received' event"));
            return null;
        }
        if (!events.isArray()) {
            problems.add(at(origin, events, "'events' must be an array"));
            return null;
        }
        for (Node e : events.elements) {
            Event event = event(origin, e, problems);
            if (event != null) {
                b.event(event);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return b.build();
        } catch (TicketException ex) {
            problems.add(at(origin, events, ex.getMessage()));
            return null;
        }
    }

    private static Event event(String origin, Node e, List<JsonProblem> problems) {
        if (!e.isObject()) {
            problems.add(at(origin, e, "an event must be an object with 'at' and 'type'"));
            return null;
        }
        for (String key : e.members.keySet()) {
            if (!Set.of("at", "type", "status").contains(key)) {
                problems.add(at(origin, e.get(key), "unknown field '" + key + "' of an event; events have at, type and status"));
            }
        }
        Node at = e.get("at");
        Node type = e.get("type");
        Node status = e.get("status");
        Instant instant = null;
        EventType t = null;
        if (at == null || !at.isString()) {
            problems.add(at(origin, at == null ? e : at, "an event needs 'at', an ISO-8601 instant such as 2026-11-20T15:30:00+03:00"));
        } else {
            try {
                instant = OffsetDateTime.parse(at.text).toInstant();
            } catch (DateTimeException ex) {
                problems.add(at(origin, at, "'" + at.text + "' is not an ISO-8601 instant with an offset, such as 2026-11-20T15:30:00+03:00"));
            }
        }
        if (type == null || !type.isString()) {
            problems.add(at(origin, type == null ? e : type, "an event needs 'type': received, customer-message, agent-response, status or resolved"));
        } else {
            try {
                t = EventType.ofId(type.text);
            } catch (IllegalArgumentException ex) {
                problems.add(at(origin, type, ex.getMessage()));
            }
        }
        if (t == EventType.STATUS && (status == null || !status.isString())) {
            problems.add(at(origin, status == null ? e : status, "a status event needs 'status', the new status"));
            return null;
        }
        if (t != null && t != EventType.STATUS && status != null) {
            problems.add(at(origin, status, "only a status event has 'status'"));
            return null;
        }
        if (instant == null || t == null) {
            return null;
        }
        return new Event(instant, t, t == EventType.STATUS ? status.text : null);
    }

    private static JsonProblem at(String origin, Node n, String message) {
        return new JsonProblem(origin, n.line, n.column, n.pointer, message);
    }
}
