package dev.sla.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.Problem;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.core.TicketCheck;
import dev.sla.core.TicketException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes tickets as JSON:
 * <pre>
 * {"plan": "paas", "severity": "level-1", "impact": "all", "cause": "...", "category": "...",
 *  "service": "api-consultation", "requester": "partner", "channel": "email", "language": "en",
 *  "attributes": {"custom": "value"}, "carries": ["steps", "screenshot"],
 *  "events": [{"at": "2025-11-20T15:30:00+03:00", "type": "received", "author": "partner"},
 *             {"at": "2025-11-20T16:00:00+03:00", "type": "status", "status": "in-progress"},
 *             {"at": "2025-11-20T17:00:00+03:00", "type": "change", "attribute": "severity", "value": "level-1"}]}
 * </pre>
 * Only {@code plan} and {@code events} are required; instants are ISO-8601 with an offset
 * or {@code Z}; event types are {@code received}, {@code customer-message},
 * {@code agent-response}, {@code status}, {@code resolved}, {@code change} and
 * {@code auto-acknowledgement}. A status event names the new {@code status}; a change event
 * the {@code attribute} that changed (any but {@code plan}) and its new {@code value}; any
 * event may name the role of its {@code author}, such as {@code partner}. {@code carries}
 * lists the content the request carries, by the ids of its plan's requirements. Events at one instant may be listed in
 * any order: they are taken in the order of {@link EventType#orderAtOneInstant()}. A ticket
 * may name its customer's contract, {@code "contract": "express-example"}: the policy that
 * judges it must be bound to that contract ({@link dev.sla.core.Policy#withContract}).
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TicketJson {

    /** The attributes that have a field of their own. */
    private static final List<String> FIELDS = fields();
    /** The built-in attributes, then the contract the ticket names. */
    private static List<String> fields() {
        List<String> fields = new java.util.ArrayList<>(Ticket.BUILT_IN_ATTRIBUTES);
        fields.add(Ticket.CONTRACT);
        return List.copyOf(fields);
    }

    /** The member that holds the other attributes. */
    private static final String ATTRIBUTES = "attributes";
    /** The member that holds the timeline. */
    private static final String EVENTS = "events";
    /** The member that lists the content the ticket carries. */
    private static final String CARRIES = "carries";
    /** Every member of a ticket. */
    private static final String[] MEMBERS = members();

    private TicketJson() {
    }

    private static String[] members() {
        List<String> all = new java.util.ArrayList<>(FIELDS);
        all.add(ATTRIBUTES);
        all.add(CARRIES);
        all.add(EVENTS);
        return all.toArray(new String[0]);
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
        return BindContext.load(origin, json, "ticket", "the ticket could not be read", TicketJson::bind, TicketLoadException::new);
    }

    /**
     * Reads a ticket from JSON text and checks it against a policy, each problem located in the
     * text: besides the checks of {@link #read(String, String)}, those of
     * {@link TicketCheck#problems(Policy, Ticket)} (an unknown plan, service, severity,
     * attribute, attribute value or status, each with "did you mean"; a ticket received before
     * the policy takes effect).
     *
     * @param origin  the file name or other origin, used in problems, not null
     * @param json  the JSON text, not null
     * @param policy  the policy that will judge the ticket, not null
     * @return the ticket, not null
     * @throws TicketLoadException listing every problem with its place
     * @since 0.1
     */
    public static Ticket read(String origin, String json, Policy policy) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(policy, "policy");
        return BindContext.load(origin, json, "ticket", "the ticket could not be read", cx -> {
            Ticket t = bind(cx);
            if (t != null) {
                for (Problem p : TicketCheck.problems(policy, t)) {
                    String name = p.path().substring(1);
                    boolean attribute = !p.path().startsWith("/events/") && !p.path().startsWith("/" + CARRIES + "/")
                            && !FIELDS.contains(name);
                    cx.problemAt(attribute ? Node.child("/" + ATTRIBUTES, name) : p.path(), p.message());
                }
            }
            return cx.problemCount() == 0 ? t : null;
        }, TicketLoadException::new);
    }

    /**
     * Reads a ticket from a JSON file in UTF-8, with the same checks as {@link #read(String, String)}.
     *
     * @param file  the file, not null
     * @return the ticket, not null
     * @throws TicketLoadException listing every problem with its place, or saying that the file
     *     cannot be read
     * @since 0.1
     */
    public static Ticket read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException ex) {
            throw new TicketLoadException(List.of(new JsonProblem(file.toString(), 0, 0, "", "no such file")));
        } catch (IOException ex) {
            throw new TicketLoadException(List.of(new JsonProblem(file.toString(), 0, 0, "",
                    "cannot read the file: " + ex.getClass().getSimpleName()
                            .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                            .replace(" exception", ""))));
        }
        return read(file.toString(), text);
    }

    /**
     * Reads a ticket from a stream of JSON characters, with the same checks as
     * {@link #read(String, String)}. The reader is read to the end of the ticket and closed.
     *
     * @param origin  the file name or other origin, used in problems, not null
     * @param reader  the JSON text, not null
     * @return the ticket, not null
     * @throws TicketLoadException listing every problem with its place
     * @since 0.1
     */
    public static Ticket read(String origin, Reader reader) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reader, "reader");
        return BindContext.load(origin, null, r -> r.read(reader), "ticket", "the ticket could not be read",
                TicketJson::bind, TicketLoadException::new);
    }

    /**
     * Reads a ticket from a JSON tree, with the same checks as {@link #read(String, String)}. A
     * tree has no lines: each problem is located by its JSON path only.
     *
     * @param origin  the file name or other origin, used in problems, not null
     * @param json  the JSON tree, not null
     * @return the ticket, not null
     * @throws TicketLoadException listing every problem with its path
     * @since 0.1
     */
    public static Ticket read(String origin, JsonNode json) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        return BindContext.load(origin, null, r -> r.read(json.traverse(), true), "ticket",
                "the ticket could not be read", TicketJson::bind, TicketLoadException::new);
    }

    /**
     * Reads the ticket at a parser's current token, located in the parser's input; the parser
     * is left on the ticket's last token.
     */
    static Ticket readAt(String origin, JsonParser parser) {
        return BindContext.load(origin, null, r -> r.read(parser, false), "ticket",
                "the ticket could not be read", TicketJson::bind, TicketLoadException::new);
    }

    /** Reads the event at a parser's current token, with the checks of an event in a ticket. */
    static Event readEventAt(String origin, JsonParser parser) {
        return BindContext.load(origin, null, r -> r.read(parser, false), "event", "the event could not be read",
                cx -> event(cx, cx.root()), TicketLoadException::new);
    }

    /**
     * Writes a ticket as JSON text that {@link #read(String, String)} reads back into a ticket
     * with the same attributes and events: the plan, service, severity and the other
     * attributes that have a field of their own as fields, every other attribute under
     * {@code attributes}, and the events with their instants in UTC.
     *
     * @param ticket  the ticket, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if an attribute is named {@code attributes},
     *     {@code carries} or {@code events}, which the format keeps for its own members
     */
    public static String write(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return JsonText.print(toJson(ticket));
    }

    /** A ticket as the JSON object {@link #write(Ticket)} prints. */
    static ObjectNode toJson(Ticket ticket) {
        ObjectNode root = JsonText.object();
        ObjectNode others = JsonText.object();
        for (String field : FIELDS) {
            ticket.attribute(field).ifPresent(v -> root.put(field, v));
        }
        ticket.attributes().forEach((name, value) -> {
            if (name.equals(ATTRIBUTES) || name.equals(EVENTS) || name.equals(CARRIES)) {
                throw new IllegalArgumentException("a ticket attribute cannot be named '" + name
                        + "': the ticket format keeps that name for its own member");
            }
            if (!FIELDS.contains(name)) {
                others.put(name, value);
            }
        });
        JsonText.putIfAny(root, ATTRIBUTES, others);
        ticket.carries().ifPresent(c -> c.forEach(root.putArray(CARRIES)::add));
        ArrayNode events = root.putArray(EVENTS);
        for (Event e : ticket.events()) {
            events.add(toJson(e));
        }
        return root;
    }

    /**
     * An event as in a ticket: {@code at} in UTC, {@code type}, {@code status} for a status event, and
     * {@code attribute} and {@code value} for a change.
     */
    static ObjectNode toJson(Event e) {
        ObjectNode n = JsonText.object();
        n.put("at", e.at().toString());
        n.put("type", e.type().id());
        if (e.status() != null) {
            n.put("status", e.status());
        }
        if (e.attribute() != null) {
            n.put("attribute", e.attribute());
            n.put("value", e.value());
        }
        if (e.author() != null) {
            n.put("author", e.author());
        }
        return n;
    }

    static Ticket bind(BindContext cx) {
        Node root = cx.root();
        if (!root.isObject()) {
            cx.problem(root, "a ticket must be a JSON object, not " + root.describe());
            return null;
        }
        for (Map.Entry<String, Node> e : root.members.entrySet()) {
            if (!FIELDS.contains(e.getKey()) && !e.getKey().equals(ATTRIBUTES) && !e.getKey().equals(EVENTS)
                    && !e.getKey().equals(CARRIES)) {
                String near = Names.closest(e.getKey(), MEMBERS);
                cx.problem(e.getValue(), "unknown field '" + e.getKey() + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "; put custom attributes under 'attributes'"));
            }
        }
        Node plan = root.get("plan");
        if (plan == null) {
            cx.problem(root, "missing required field 'plan'");
        }
        Ticket.Builder b = Ticket.builder(plan != null && plan.isString() ? plan.text : "");
        for (String field : FIELDS) {
            Node n = root.get(field);
            if (n == null) {
                continue;
            }
            if (!n.isString()) {
                cx.problem(n, "'" + field + "' must be a string, not " + n.describe());
            } else {
                b.attribute(field, n.text);
            }
        }
        Node attributes = root.get(ATTRIBUTES);
        if (attributes != null) {
            if (!attributes.isObject()) {
                cx.problem(attributes, "'attributes' must be an object of strings");
            } else {
                for (Map.Entry<String, Node> e : attributes.members.entrySet()) {
                    if (FIELDS.contains(e.getKey()) || e.getKey().equals(ATTRIBUTES) || e.getKey().equals(EVENTS)
                            || e.getKey().equals(CARRIES)) {
                        cx.problem(e.getValue(), "'" + e.getKey() + "' is a field of its own; move it out of 'attributes'");
                    } else if (!e.getValue().isString()) {
                        cx.problem(e.getValue(), "attribute '" + e.getKey() + "' must be a string");
                    } else {
                        b.attribute(e.getKey(), e.getValue().text);
                    }
                }
            }
        }
        if (root.get(CARRIES) != null) {
            Node carries = cx.array(root, CARRIES);
            if (carries != null) {
                List<String> ids = new java.util.ArrayList<>();
                for (Node c : carries.elements) {
                    String id = cx.id(c, cx.text(c, "each element of 'carries'"), "content id");
                    if (id != null) {
                        ids.add(id);
                    }
                }
                b.carries(ids.toArray(new String[0]));
            }
        }
        Node events = root.get(EVENTS);
        if (events == null) {
            cx.problem(root, "missing required field 'events': the timeline, starting with a 'received' event");
            return null;
        }
        if (!events.isArray()) {
            cx.problem(events, "'events' must be an array");
            return null;
        }
        for (Node e : events.elements) {
            Event event = event(cx, e);
            if (event != null) {
                b.event(event);
            }
        }
        if (cx.problemCount() > 0) {
            return null;
        }
        try {
            return b.build();
        } catch (TicketException ex) {
            cx.problem(events, ex.getMessage());
            return null;
        }
    }

    private static Event event(BindContext cx, Node e) {
        if (!e.isObject()) {
            cx.problem(e, "an event must be an object with 'at' and 'type'");
            return null;
        }
        for (String key : e.members.keySet()) {
            if (!Set.of("at", "type", "status", "attribute", "value", "author").contains(key)) {
                cx.problem(e.get(key), "unknown field '" + key + "' of an event; events have at, type, status,"
                        + " attribute, value and author");
            }
        }
        Node at = e.get("at");
        Node type = e.get("type");
        Node status = e.get("status");
        Instant instant = null;
        EventType t = null;
        if (at == null || !at.isString()) {
            cx.problem(at == null ? e : at, "an event needs 'at', an ISO-8601 instant such as 2026-11-20T15:30:00+03:00");
        } else {
            try {
                instant = OffsetDateTime.parse(at.text).toInstant();
            } catch (DateTimeException ex) {
                cx.problem(at, "'" + at.text + "' is not an ISO-8601 instant with an offset, such as 2026-11-20T15:30:00+03:00");
            }
        }
        if (type == null || !type.isString()) {
            cx.problem(type == null ? e : type, "an event needs 'type': received, customer-message, agent-response, status, resolved,"
                    + " change or auto-acknowledgement");
        } else {
            try {
                t = EventType.ofId(type.text);
            } catch (IllegalArgumentException ex) {
                cx.problem(type, ex.getMessage());
            }
        }
        if (t == EventType.STATUS && (status == null || !status.isString())) {
            cx.problem(status == null ? e : status, "a status event needs 'status', the new status");
            return null;
        }
        if (t != null && t != EventType.STATUS && status != null) {
            cx.problem(status, "only a status event has 'status'");
            return null;
        }
        Node attribute = e.get("attribute");
        Node value = e.get("value");
        if (t == EventType.CHANGE) {
            boolean ok = true;
            for (String key : new String[] {"attribute", "value"}) {
                Node n = e.get(key);
                if (n == null || !n.isString()) {
                    cx.problem(n == null ? e : n, "a change event needs '" + key + "', " + (key.equals("attribute")
                            ? "the attribute that changed, such as severity" : "the attribute's new value"));
                    ok = false;
                }
            }
            if (ok && attribute.text.equals(Ticket.PLAN)) {
                cx.problem(attribute, "a change event cannot change the plan; the plan is the contract the ticket is judged by");
                ok = false;
            }
            if (!ok) {
                return null;
            }
        } else if (t != null && (attribute != null || value != null)) {
            cx.problem(attribute != null ? attribute : value, "only a change event has 'attribute' and 'value'");
            return null;
        }
        Node authorNode = e.get("author");
        String author = null;
        if (authorNode != null) {
            author = cx.id(authorNode, cx.text(authorNode, "'author'"), "author role");
            if (author == null) {
                return null;
            }
        }
        if (instant == null || t == null) {
            return null;
        }
        return t == EventType.CHANGE ? new Event(instant, t, null, attribute.text, value.text, author)
                : new Event(instant, t, t == EventType.STATUS ? status.text : null, null, null, author);
    }
}
