package dev.sla.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Builds and writes the JSON output of the commands, and formats their instants. */
final class Json {

    private Json() {
    }

    /** The writer of other values than trees, made on first use: a tree is written without it. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The streaming writer of trees: an answer starts faster without the data binding of a mapper. */
    private static final class Generators {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Writes a JSON node as indented text, as a mapper with indented output writes it. */
    static String write(Object node) {
        try {
            if (node instanceof JsonNode) {
                StringWriter text = new StringWriter();
                try (JsonGenerator g = Generators.FACTORY.createGenerator(text)) {
                    g.setPrettyPrinter(new DefaultPrettyPrinter());
                    tree(g, (JsonNode) node);
                }
                return text.toString();
            }
            return Mapper.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void tree(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT:
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    g.writeFieldName(e.getKey());
                    tree(g, e.getValue());
                }
                g.writeEndObject();
                return;
            case ARRAY:
                g.writeStartArray();
                for (JsonNode element : n) {
                    tree(g, element);
                }
                g.writeEndArray();
                return;
            case STRING:
                g.writeString(n.textValue());
                return;
            case BOOLEAN:
                g.writeBoolean(n.booleanValue());
                return;
            case NULL:
                g.writeNull();
                return;
            case NUMBER:
                number(g, n);
                return;
            default:
                g.writeRawValue(Mapper.MAPPER.writeValueAsString(n));
        }
    }

    private static void number(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.numberType()) {
            case INT:
                g.writeNumber(n.intValue());
                return;
            case LONG:
                g.writeNumber(n.longValue());
                return;
            case BIG_INTEGER:
                g.writeNumber(n.bigIntegerValue());
                return;
            case FLOAT:
                g.writeNumber(n.floatValue());
                return;
            case DOUBLE:
                g.writeNumber(n.doubleValue());
                return;
            default:
                g.writeNumber(n.decimalValue());
        }
    }

    /** Formats an instant as an ISO-8601 offset date-time in a zone; null for null. */
    static String instant(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
