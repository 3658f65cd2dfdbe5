package dev.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.sla.SlaException;
import dev.sla.calendar.WeeklyHours;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Ticket;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * A Jackson module for the library's types, so that an {@code ObjectMapper} writes and reads them
 * as the {@code sla} command line does:
 * <ul>
 * <li>{@link Decision}: the object {@code sla evaluate} prints ({@link DecisionJson#write(Decision)}),
 *     explanation included, its instants in the zone of each metric's calendar;</li>
 * <li>{@link MetricResult}: the same object as in a decision's {@code metrics}; alone it does not know
 *     its calendar's zone, so its instants are in UTC;</li>
 * <li>{@link Ticket}: written as {@link TicketJson#write(Ticket)} writes it, and read with the same
 *     checks as {@link TicketJson#read(String, String)}: every problem is found, each with the line
 *     and column in the input being read and its JSON path within the ticket, and the failure is a {@link JsonMappingException} whose cause is the
 *     {@link TicketLoadException} that lists them;</li>
 * <li>{@link Event}: {@code {"at": ..., "type": ..., "status": ...}} as in a ticket, both ways;</li>
 * <li>{@link Mode}, {@link MetricState} and {@link EventType}: their ids ({@code full},
 *     {@code running}, {@code agent-response}), both ways;</li>
 * <li>{@link WeeklyHours}: its text form ({@code Mon-Fri 08:00-16:00}), both ways.</li>
 * </ul>
 * Policies are not bound through databind: read them with {@link PolicyJson}, which reports every
 * problem of a policy with its place. The module is found by {@code ObjectMapper.findAndRegisterModules()}.
 *
 * <pre>
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SlaModule());
 * Ticket ticket = mapper.readValue(json, Ticket.class);
 * String decision = mapper.writeValueAsString(policy.evaluate(ticket, Instant.now()));
 * </pre>
 *
 * @since 0.1
 */
public final class SlaModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The origin named in the problems of a ticket read through databind. */
    static final String ORIGIN = "<json>";

    /**
     * Creates the module.
     */
    public SlaModule() {
        super("SlaModule", Version.unknownVersion());
        addSerializer(Decision.class, new StreamWriter<>(Decision.class,
                (d, g) -> DecisionWriter.of(d.policy()).write(g, null, d, true)));
        addSerializer(MetricResult.class, new StreamWriter<>(MetricResult.class,
                (m, g) -> DecisionWriter.create().writeMetric(g, m, ZoneOffset.UTC)));
        addSerializer(Ticket.class, new TreeWriter<>(Ticket.class, TicketJson::toJson));
        addSerializer(Event.class, new TreeWriter<>(Event.class, TicketJson::toJson));
        addSerializer(Mode.class, new TextWriter<>(Mode.class, Mode::id));
        addSerializer(MetricState.class, new TextWriter<>(MetricState.class, MetricState::id));
        addSerializer(EventType.class, new TextWriter<>(EventType.class, EventType::id));
        addSerializer(WeeklyHours.class, new TextWriter<>(WeeklyHours.class, WeeklyHours::toString));
        addDeserializer(Ticket.class, new TicketReader());
        addDeserializer(Event.class, new EventReader());
        addDeserializer(Mode.class, new TextReader<>(Mode.class, Mode::of));
        addDeserializer(MetricState.class, new TextReader<>(MetricState.class, SlaModule::state));
        addDeserializer(EventType.class, new TextReader<>(EventType.class, EventType::ofId));
        addDeserializer(WeeklyHours.class, new TextReader<>(WeeklyHours.class, WeeklyHours::parse));
    }

    private static MetricState state(String id) {
        for (MetricState s : MetricState.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        StringBuilder known = new StringBuilder();
        for (MetricState s : MetricState.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(s.id());
        }
        throw new IllegalArgumentException("unknown metric state '" + id + "'; the states are " + known);
    }

    /** Writes a value as the JSON tree the library makes of it. */
    private static final class TreeWriter<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Function<T, com.fasterxml.jackson.databind.JsonNode> tree;

        TreeWriter(Class<T> type, Function<T, com.fasterxml.jackson.databind.JsonNode> tree) {
            this.type = type;
            this.tree = tree;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            serializers.defaultSerializeValue(tree.apply(value), gen);
        }
    }

    /** Writes a value with the library's streaming writer of it. */
    private static final class StreamWriter<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Streaming<T> writer;

        StreamWriter(Class<T> type, Streaming<T> writer) {
            this.type = type;
            this.writer = writer;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            writer.write(value, gen);
        }
    }

    /** Writes a value to a generator. */
    private interface Streaming<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    /** Writes a value as a string. */
    private static final class TextWriter<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Function<T, String> text;

        TextWriter(Class<T> type, Function<T, String> text) {
            this.type = type;
            this.text = text;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(text.apply(value));
        }
    }

    /** Reads a value from a string with its own factory; the factory's message names what is wrong. */
    private static final class TextReader<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;

        TextReader(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException | DateTimeException | SlaException ex) {
                throw InvalidFormatException.from(p, ex.getMessage(), text, type);
            }
        }
    }

    /** Reads a ticket with the located checks of {@link TicketJson}. */
    private static final class TicketReader extends JsonDeserializer<Ticket> {
        @Override
        public Ticket deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return TicketJson.readAt(ORIGIN, p);
            } catch (TicketLoadException ex) {
                throw JsonMappingException.from(p, ex.getMessage(), ex);
            }
        }
    }

    /** Reads an event as a ticket's timeline holds it, with the same checks. */
    private static final class EventReader extends JsonDeserializer<Event> {
        @Override
        public Event deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return TicketJson.readEventAt(ORIGIN, p);
            } catch (TicketLoadException ex) {
                throw JsonMappingException.from(p, ex.getMessage(), ex);
            }
        }
    }

}
