package dev.sla.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Ticket;
import dev.sla.core.TicketException;
import dev.sla.json.JsonLoadException;
import dev.sla.json.JsonProblem;
import dev.sla.json.TicketJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one line of JSON Lines input: a ticket in the format of {@link TicketJson} with an
 * optional {@code id} (a string or a number). A line the fast reader takes is read with
 * Jackson's streaming parser straight into the ticket; anything it does not take (an
 * unknown field, a value of an unexpected type, an event out of order, text that is not
 * JSON) goes to {@link TicketJson#read(String, String)}, whose problems become the error.
 *
 * <p>This class is stateless and thread-safe.
 */
final class JsonTicketLines {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Refuses a member given twice, as the strict loader does, rather than keeping the last. */
    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    /** The ticket fields that are attributes, in the order {@link TicketJson} reads them. */
    private static final String[] FIELDS = {"plan", "severity", "impact", "cause", "category", "service",
        "requester", "channel", "language", "contract"};
    private static final String ID = "id";

    private JsonTicketLines() {
    }

    /** Reads the ticket on one line of input, UTF-8 bytes. */
    static TicketLine read(long line, byte[] utf8) {
        try {
            TicketLine fast = fast(line, FACTORY.createParser(utf8));
            if (fast != null) {
                return fast;
            }
        } catch (IOException | RuntimeException ex) {
            // the careful reader says what is wrong
        }
        return careful(line, new String(utf8, StandardCharsets.UTF_8));
    }

    /** Reads the ticket on one line of input. */
    static TicketLine read(long line, String text) {
        try {
            TicketLine fast = fast(line, FACTORY.createParser(text));
            if (fast != null) {
                return fast;
            }
        } catch (IOException | RuntimeException ex) {
            // the careful reader says what is wrong
        }
        return careful(line, text);
    }

    /** The ticket of a plain, valid line; null when the line needs the careful reader. */
    private static TicketLine fast(long line, JsonParser parser) throws IOException {
        try (JsonParser p = parser) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            String[] fields = new String[FIELDS.length];
            List<String> custom = null;
            List<Event> events = null;
            boolean seenId = false;
            boolean seenAttributes = false;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals(ID)) {
                    if (seenId || v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NUMBER_INT) {
                        return null;
                    }
                    seenId = true;
                    id = p.getText();
                } else if (name.equals("events")) {
                    if (events != null || v != JsonToken.START_ARRAY) {
                        return null;
                    }
                    events = events(p);
                    if (events == null) {
                        return null;
                    }
                } else if (name.equals("attributes")) {
                    if (seenAttributes || v != JsonToken.START_OBJECT) {
                        return null;
                    }
                    seenAttributes = true;
                    custom = new ArrayList<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        if (p.nextToken() != JsonToken.VALUE_STRING || field(key) >= 0 || key.equals("attributes")
                                || key.equals("events") || custom.contains(key)) {
                            return null;
                        }
                        custom.add(key);
                        custom.add(p.getText());
                    }
                } else {
                    int f = field(name);
                    if (f < 0 || fields[f] != null || v != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    fields[f] = p.getText();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null || fields[0] == null || events == null) {
                return null;
            }
            Ticket.Builder b = Ticket.builder(fields[0]);
            for (int i = 1; i < FIELDS.length; i++) {
                if (fields[i] != null) {
                    b.attribute(FIELDS[i], fields[i]);
                }
            }
            if (custom != null) {
                for (int i = 0; i < custom.size(); i += 2) {
                    b.attribute(custom.get(i), custom.get(i + 1));
                }
            }
            events.forEach(b::event);
            return TicketLine.ok(line, id, b.build());
        } catch (TicketException | DateTimeException | IllegalArgumentException ex) {
            return null;
        }
    }

    /** The events of the array the parser is at; null when one needs the careful reader. */
    private static List<Event> events(JsonParser p) throws IOException {
        List<Event> events = new ArrayList<>(12);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            String at = null;
            String type = null;
            String status = null;
            String author = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    return null;
                }
                switch (name) {
                    case "at":
                        if (at != null) {
                            return null;
                        }
                        at = p.getText();
                        break;
                    case "type":
                        if (type != null) {
                            return null;
                        }
                        type = p.getText();
                        break;
                    case "status":
                        if (status != null) {
                            return null;
                        }
                        status = p.getText();
                        break;
                    case "author":
                        if (author != null) {
                            return null;
                        }
                        author = p.getText();
                        break;
                    default:
                        return null;
                }
            }
            if (at == null || type == null) {
                return null;
            }
            Instant instant = Instants.parse(at);
            EventType eventType = EventType.ofId(type);
            events.add(new Event(instant, eventType, status, null, null, author));
        }
        return t == JsonToken.END_ARRAY ? events : null;
    }

    private static int field(String name) {
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads a line with the strict loader, to say exactly what is wrong. */
    private static TicketLine careful(long line, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            return TicketLine.bad(line, null, "not JSON: " + ex.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return TicketLine.bad(line, null, "a ticket must be a JSON object");
        }
        ObjectNode object = (ObjectNode) root;
        JsonNode idNode = object.remove(ID);
        String id = null;
        if (idNode != null) {
            if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
                return TicketLine.bad(line, null, "'id' must be a string or a whole number, not " + idNode);
            }
            id = idNode.asText();
        }
        try {
            return TicketLine.ok(line, id, TicketJson.read("line " + line, object.toString()));
        } catch (JsonLoadException ex) {
            StringBuilder sb = new StringBuilder();
            for (JsonProblem problem : ex.problems()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(problem.message());
                if (!problem.path().isEmpty()) {
                    sb.append(" (at ").append(problem.path()).append(')');
                }
            }
            return TicketLine.bad(line, id, sb.toString());
        }
    }
}
