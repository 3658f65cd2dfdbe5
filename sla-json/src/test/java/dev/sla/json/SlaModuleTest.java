package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.sla.calendar.WeeklyHours;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jackson module: the library's types written as the command line prints them, tickets read with located checks. */
class SlaModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SlaModule());
    private static final Policy NAVIXY = PolicyJson.bundled("navixy-ru");
    private static final Instant RECEIVED = Instant.parse("2025-10-31T12:00:00Z");

    private static Ticket ticket() {
        return Ticket.builder("paas").severity("level-1").service("api-consultation").attribute("impact", "all")
                .received(RECEIVED)
                .status(Instant.parse("2025-10-31T12:10:00Z"), "in-progress")
                .event(Instant.parse("2025-10-31T12:30:00Z"), EventType.AGENT_RESPONSE)
                .build();
    }

    @Test
    void writesADecisionAsTheEvaluateCommandPrintsIt() throws Exception {
        Decision d = NAVIXY.evaluate(ticket(), Instant.parse("2025-11-03T09:00:00Z"));

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(d));

        assertThat(written).isEqualTo(MAPPER.readTree(DecisionJson.write(d)));
        assertThat(written.get("metrics").get(0).get("due").asText()).endsWith("+03:00");
    }

    @Test
    void writesAMetricResultAloneWithItsInstantsInUtc() throws Exception {
        MetricResult m = NAVIXY.evaluate(ticket(), RECEIVED).metric("first-response").orElseThrow();

        JsonNode n = MAPPER.readTree(MAPPER.writeValueAsString(m));

        assertThat(n.get("metric").asText()).isEqualTo("first-response");
        assertThat(n.get("state").asText()).isEqualTo(m.state().id());
        assertThat(n.get("target").asText()).isEqualTo(m.target().toString());
        assertThat(n.get("due").asText()).isEqualTo(m.due().toString().replace("Z", "Z"));
        assertThat(Instant.parse(n.get("due").asText())).isEqualTo(m.due());
        assertThat(n.get("elapsed").asText()).isEqualTo(m.elapsed().toString());
    }

    @Test
    void writesAndReadsATicketAsTicketJsonDoes() throws Exception {
        Ticket t = Ticket.builder("paas").attribute("region", "eu").received(RECEIVED)
                .status(Instant.parse("2025-10-31T12:10:00Z"), "in-progress").build();

        String json = MAPPER.writeValueAsString(t);
        Ticket back = MAPPER.readValue(json, Ticket.class);

        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(TicketJson.write(t)));
        assertThat(back.attributes()).isEqualTo(t.attributes());
        assertThat(back.events()).isEqualTo(t.events());
    }

    @Test
    void readsTicketsInsideALargerDocumentWithEveryProblemLocatedInIt() {
        String json = "{\"open\": [],\n"
                + " \"tickets\": [\n"
                + "  {\"plan\": \"paas\", \"events\": [{\"at\": \"2025-10-31T12:00:00Z\", \"type\": \"received\"}]},\n"
                + "  {\"plan\": \"paas\", \"sevrity\": \"level-1\",\n"
                + "   \"events\": [{\"at\": \"2025-10-31T12:00\", \"type\": \"received\"}]}]}";

        JsonMappingException ex = catchThrowableOfType(JsonMappingException.class, 
                () -> MAPPER.readValue(json, new TypeReference<java.util.Map<String, List<Ticket>>>() { }));

        assertThat(ex).isNotNull();
        assertThat(ex.getCause()).isInstanceOf(TicketLoadException.class);
        assertThat(((TicketLoadException) ex.getCause()).problems()).extracting(JsonProblem::toString).containsExactly(
                "<json>:4:31: unknown field 'sevrity'; did you mean 'severity'? (at /sevrity)",
                "<json>:5:22: '2025-10-31T12:00' is not an ISO-8601 instant with an offset, such as 2026-11-20T15:30:00+03:00"
                        + " (at /events/0/at)");
        assertThat(ex.getPath()).extracting(JsonMappingException.Reference::getFieldName).containsExactly("tickets", null);
    }

    @Test
    void readsAListOfTicketsAndLeavesTheParserAfterEach() throws Exception {
        String one = TicketJson.write(ticket());

        List<Ticket> tickets = MAPPER.readValue("[" + one + ", " + one + "]", new TypeReference<List<Ticket>>() { });

        assertThat(tickets).hasSize(2);
        assertThat(tickets.get(1).events()).isEqualTo(ticket().events());
    }

    @Test
    void writesAndReadsEventsAndIds() throws Exception {
        Event status = Event.status(Instant.parse("2025-10-31T12:10:00Z"), "in-progress");

        assertThat(MAPPER.writeValueAsString(status))
                .isEqualTo("{\"at\":\"2025-10-31T12:10:00Z\",\"type\":\"status\",\"status\":\"in-progress\"}");
        assertThat(MAPPER.readValue("{\"at\": \"2025-10-31T15:10:00+03:00\", \"type\": \"status\", \"status\": \"in-progress\"}",
                Event.class)).isEqualTo(status);
        assertThat(MAPPER.writeValueAsString(Mode.LOG_ANALYSIS)).isEqualTo("\"log-analysis\"");
        assertThat(MAPPER.readValue("\"log-analysis\"", Mode.class)).isEqualTo(Mode.LOG_ANALYSIS);
        assertThat(MAPPER.writeValueAsString(MetricState.BREACHED)).isEqualTo("\"breached\"");
        assertThat(MAPPER.readValue("\"breached\"", MetricState.class)).isEqualTo(MetricState.BREACHED);
        assertThat(MAPPER.writeValueAsString(EventType.AGENT_RESPONSE)).isEqualTo("\"agent-response\"");
        assertThat(MAPPER.readValue("\"agent-response\"", EventType.class)).isEqualTo(EventType.AGENT_RESPONSE);
        WeeklyHours hours = WeeklyHours.parse("Mon-Fri 08:00-16:00");
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(hours), WeeklyHours.class)).isEqualTo(hours);
    }

    @Test
    void anUnknownIdIsAnInvalidFormatNamingTheKnownOnes() {
        InvalidFormatException ex = catchThrowableOfType(InvalidFormatException.class,
                () -> MAPPER.readValue("\"runing\"", MetricState.class));

        assertThat(ex.getOriginalMessage()).isEqualTo(
                "unknown metric state 'runing'; the states are running, at-risk, paused, met, breached, not-applicable, best-effort, none");
        assertThat(ex.getValue()).isEqualTo("runing");
    }

    @Test
    void isFoundByFindAndRegisterModules() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();

        assertThat(found.getRegisteredModuleIds()).contains(new SlaModule().getTypeId());
        assertThat(found.writeValueAsString(MetricState.MET)).isEqualTo("\"met\"");
    }

    @Test
    void readsATicketFromATreeWithProblemsLocatedByPath() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"plan\": \"paas\", \"region\": \"eu\", \"events\": []}");

        TicketLoadException ex = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read("ticket", tree));

        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactly(
                "ticket: unknown field 'region'; put custom attributes under 'attributes' (at /region)");
        assertThat(TicketJson.read("ticket", MAPPER.readTree(TicketJson.write(ticket()))).events())
                .isEqualTo(ticket().events());
    }

    @Test
    void readsATicketFromAReaderAndAFile(@TempDir Path dir) throws Exception {
        String json = "{\"plan\": \"paas\",\n \"events\": [{\"at\": \"2025-10-31T12:00:00Z\", \"type\": \"opened\"}]}";
        Path file = dir.resolve("ticket.json");
        Files.writeString(file, json);

        TicketLoadException fromReader = catchThrowableOfType(TicketLoadException.class,
                () -> TicketJson.read("ticket.json", new StringReader(json)));
        TicketLoadException fromFile = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read(file));
        TicketLoadException missing = catchThrowableOfType(TicketLoadException.class,
                () -> TicketJson.read(dir.resolve("none.json")));

        assertThat(fromReader.getMessage()).startsWith("ticket.json:2:52: ");
        assertThat(fromFile.getMessage()).isEqualTo(fromReader.getMessage().replace("ticket.json", file.toString()));
        assertThat(missing.getMessage()).isEqualTo(dir.resolve("none.json") + ": no such file");
        Files.writeString(file, TicketJson.write(ticket()));
        assertThat(TicketJson.read(file).events()).isEqualTo(ticket().events());
    }
}
