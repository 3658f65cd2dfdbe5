package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tickets as JSON: every field read, every problem reported where it is, and a write that reads back. */
class TicketJsonTest {

    private static final String RECEIVED = "{\"at\": \"2025-11-20T15:30:00+03:00\", \"type\": \"received\"}";

    @Test
    void readsEveryField() {
        Ticket t = TicketJson.read("t.json", "{\"plan\": \"paas\", \"severity\": \"level-1\", \"impact\": \"all\","
                + " \"cause\": \"third-party\", \"category\": \"outage\", \"service\": \"api\", \"requester\": \"partner\","
                + " \"channel\": \"email\", \"language\": \"en\", \"attributes\": {\"region\": \"eu\", \"tier\": \"2\"},"
                + " \"events\": [" + RECEIVED + ","
                + " {\"at\": \"2025-11-20T13:00:00Z\", \"type\": \"agent-response\"},"
                + " {\"at\": \"2025-11-20T14:00:00Z\", \"type\": \"status\", \"status\": \"waiting\"},"
                + " {\"at\": \"2025-11-20T15:00:00.250Z\", \"type\": \"customer-message\"},"
                + " {\"at\": \"2025-11-21T09:00:00+01:00\", \"type\": \"resolved\"}]}");

        assertThat(t.plan()).isEqualTo("paas");
        assertThat(t.severity()).hasValue("level-1");
        assertThat(t.service()).hasValue("api");
        assertThat(t.attributes()).containsOnly(
                java.util.Map.entry("plan", "paas"), java.util.Map.entry("severity", "level-1"),
                java.util.Map.entry("impact", "all"), java.util.Map.entry("cause", "third-party"),
                java.util.Map.entry("category", "outage"), java.util.Map.entry("service", "api"),
                java.util.Map.entry("requester", "partner"), java.util.Map.entry("channel", "email"),
                java.util.Map.entry("language", "en"), java.util.Map.entry("region", "eu"), java.util.Map.entry("tier", "2"));
        assertThat(t.events()).containsExactly(
                Event.of(Instant.parse("2025-11-20T12:30:00Z"), EventType.RECEIVED),
                Event.of(Instant.parse("2025-11-20T13:00:00Z"), EventType.AGENT_RESPONSE),
                Event.status(Instant.parse("2025-11-20T14:00:00Z"), "waiting"),
                Event.of(Instant.parse("2025-11-20T15:00:00.250Z"), EventType.CUSTOMER_MESSAGE),
                Event.of(Instant.parse("2025-11-21T08:00:00Z"), EventType.RESOLVED));
        assertThat(t.received()).isEqualTo(Instant.parse("2025-11-20T12:30:00Z"));
    }

    @Test
    void onlyThePlanAndTheEventsAreRequired() {
        Ticket t = TicketJson.read("t.json", "{\"plan\": \"paas\", \"events\": [" + RECEIVED + "]}");

        assertThat(t.attributes()).containsOnlyKeys("plan");
        assertThat(t.events()).hasSize(1);
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("[]", List.of("t.json:1:1: a ticket must be a JSON object, not an array")),
                Arguments.of("", List.of("t.json:1:1: the file is empty; a ticket is a JSON object")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [" + RECEIVED + "]", List.of(
                        "t.json:1:85: malformed JSON: the text ends before the object that starts at line 1, column 1 is closed;"
                                + " add the missing '}'")),
                Arguments.of("{\"plan\": \"paas\", \"sevrity\": \"x\", \"events\": [" + RECEIVED + "]}", List.of(
                        "t.json:1:29: unknown field 'sevrity'; did you mean 'severity'? (at /sevrity)")),
                Arguments.of("{\"plan\": \"paas\", \"region\": \"eu\", \"events\": [" + RECEIVED + "]}", List.of(
                        "t.json:1:28: unknown field 'region'; put custom attributes under 'attributes' (at /region)")),
                Arguments.of("{\"events\": [" + RECEIVED + "]}", List.of(
                        "t.json:1:1: missing required field 'plan'")),
                Arguments.of("{\"plan\": \"paas\", \"impact\": 3, \"events\": [" + RECEIVED + "]}", List.of(
                        "t.json:1:28: 'impact' must be a string, not a number (at /impact)")),
                Arguments.of("{\"plan\": \"paas\", \"attributes\": [], \"events\": [" + RECEIVED + "]}", List.of(
                        "t.json:1:32: 'attributes' must be an object of strings (at /attributes)")),
                Arguments.of("{\"plan\": \"paas\", \"attributes\": {\"service\": \"api\", \"tier\": 2}, \"events\": [" + RECEIVED + "]}",
                        List.of("t.json:1:44: 'service' is a field of its own; move it out of 'attributes' (at /attributes/service)",
                                "t.json:1:59: attribute 'tier' must be a string (at /attributes/tier)")),
                Arguments.of("{\"plan\": \"paas\"}", List.of(
                        "t.json:1:1: missing required field 'events': the timeline, starting with a 'received' event")),
                Arguments.of("{\"plan\": \"paas\", \"events\": {}}", List.of(
                        "t.json:1:28: 'events' must be an array (at /events)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [" + RECEIVED + ", 7]}", List.of(
                        "t.json:1:86: an event must be an object with 'at' and 'type' (at /events/1)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-20T12:30:00Z\", \"type\": \"received\", \"when\": 1}]}",
                        List.of("t.json:1:88: unknown field 'when' of an event; events have at, type, status, attribute"
                                + ", value and author (at /events/0/when)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [{\"type\": \"received\"}]}", List.of(
                        "t.json:1:29: an event needs 'at', an ISO-8601 instant such as 2026-11-20T15:30:00+03:00 (at /events/0)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-20T12:30\", \"type\": \"received\"}]}", List.of(
                        "t.json:1:36: '2025-11-20T12:30' is not an ISO-8601 instant with an offset, such as 2026-11-20T15:30:00+03:00"
                                + " (at /events/0/at)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-20T12:30:00Z\"}]}", List.of(
                        "t.json:1:29: an event needs 'type': received, customer-message, agent-response, status, resolved, change or auto-acknowledgement"
                                + " (at /events/0)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-20T12:30:00Z\", \"type\": \"opened\"}]}", List.of(
                        "t.json:1:68: unknown event type 'opened'; known: received, customer-message, agent-response,"
                                + " status, resolved, change, auto-acknowledgement (at /events/0/type)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [" + RECEIVED + ", {\"at\": \"2025-11-20T13:00:00Z\", \"type\": \"status\"}]}",
                        List.of("t.json:1:86: a status event needs 'status', the new status (at /events/1)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-20T12:30:00Z\", \"type\": \"received\", \"status\": \"new\"}]}",
                        List.of("t.json:1:90: only a status event has 'status' (at /events/0/status)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [" + RECEIVED + ", {\"at\": \"2025-11-20T12:00:00Z\", \"type\": \"resolved\"}]}",
                        List.of("t.json:1:28: event 2 (2025-11-20T12:00:00Z resolved) is before the ticket was received at"
                                + " 2025-11-20T12:30:00Z (at /events)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-20T12:30:00Z\", \"type\": \"agent-response\"}]}",
                        List.of("t.json:1:28: ticket timeline must start with a 'received' event, not agent-response at"
                                + " 2025-11-20T12:30:00Z (at /events)")),
                Arguments.of("{\"plan\": \"paas\", \"events\": []}", List.of(
                        "t.json:1:28: ticket has no events; its timeline must start with a 'received' event (at /events)")));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void reportsEveryProblemWhereItIs(String json, List<String> expected) {
        TicketLoadException ex = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read("t.json", json));

        assertThat(ex).as(json).isNotNull();
        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactlyElementsOf(expected);
        assertThat(ex.getMessage()).isEqualTo(String.join("\n", expected));
    }

    @Test
    void reportsEveryProblemOfAFileInOnePass() {
        TicketLoadException ex = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read("t.json",
                "{\"impact\": 1, \"events\": [{\"type\": \"opened\"}, 2]}"));

        assertThat(ex.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
                "1:1: missing required field 'plan'",
                "1:12: 'impact' must be a string, not a number",
                "1:26: an event needs 'at', an ISO-8601 instant such as 2026-11-20T15:30:00+03:00",
                "1:35: unknown event type 'opened'; known: received, customer-message, agent-response, status, resolved, change, auto-acknowledgement",
                "1:46: an event must be an object with 'at' and 'type'");
    }

    @Test
    void writesWhatItReads() {
        Ticket t = Ticket.builder("paas").service("api").severity("level-1").attribute("impact", "all")
                .attribute("region", "eu").received(Instant.parse("2025-11-20T12:30:00.123456789Z"))
                .status(Instant.parse("2025-11-20T13:00:00Z"), "waiting")
                .event(Instant.parse("2025-11-20T14:00:00Z"), EventType.RESOLVED).build();

        String written = TicketJson.write(t);

        assertThat(written).contains("\"attributes\" : {\n    \"region\" : \"eu\"\n  }")
                .contains("\"at\" : \"2025-11-20T12:30:00.123456789Z\"");
        Ticket again = TicketJson.read("written.json", written);
        assertThat(again.attributes()).isEqualTo(t.attributes());
        assertThat(again.events()).isEqualTo(t.events());
    }

    @Test
    void refusesAnAttributeNamedLikeAMemberOfTheFormat() {
        Ticket t = Ticket.builder("paas").attribute("events", "3").received(Instant.parse("2025-11-20T12:30:00Z")).build();

        assertThatThrownBy(() -> TicketJson.write(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a ticket attribute cannot be named 'events': the ticket format keeps that name for its own member");
    }

    @Test
    void readAgainstAPolicyLocatesWhatThePolicyDoesNotKnow() {
        String json = "{\"plan\": \"technical-support\", \"severity\": \"hig\",\n"
                + " \"attributes\": {\"regoin\": \"eu\"},\n"
                + " \"events\": [{\"at\": \"2025-11-10T10:00:00Z\", \"type\": \"received\"},\n"
                + "  {\"at\": \"2025-11-10T11:00:00Z\", \"type\": \"status\", \"status\": \"in-progres\"}]}";

        TicketLoadException ex = catchThrowableOfType(TicketLoadException.class,
                () -> TicketJson.read("t.json", json, PolicyJson.bundled("express")));

        assertThat(ex.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.path()).containsExactly(
                "1:43 /severity", "2:27 /attributes/regoin", "4:62 /events/1/status");
        assertThat(ex.problems().get(0).message()).startsWith("unknown severity 'hig' in policy 'express'; did you mean 'high'?");
        assertThat(ex.problems().get(2).message()).contains("did you mean 'in-progress'?");
        assertThat(TicketJson.read("t.json", json.replace("hig", "high").replace("in-progres", "in-progress")
                .replace("{\"regoin\": \"eu\"}", "{}"), PolicyJson.bundled("express")).severity()).hasValue("high");
    }

    @Test
    void checksItsArguments() {
        assertThatThrownBy(() -> TicketJson.read(null, "{}")).isInstanceOf(NullPointerException.class).hasMessage("origin");
        assertThatThrownBy(() -> TicketJson.read("t.json", (String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> TicketJson.read("t.json", (java.io.Reader) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reader");
        assertThatThrownBy(() -> TicketJson.read("t.json", (com.fasterxml.jackson.databind.JsonNode) null))
                .isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> TicketJson.read((java.nio.file.Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> TicketJson.write(null)).isInstanceOf(NullPointerException.class).hasMessage("ticket");
    }

    // ------------------------------------------------------------------ generated tickets
    private static final List<String> NAMES = List.of("severity", "impact", "cause", "category", "service", "requester",
            "channel", "language", "region", "tier", "x-custom", "Поле");

    @Provide
    Arbitrary<Ticket> tickets() {
        Arbitrary<String> values = Arbitraries.strings().ofMinLength(0).ofMaxLength(12)
                .withChars("abc-_ \"\\/\n\tЖ€𝄞".toCharArray());
        Arbitrary<List<String>> names = Arbitraries.of(NAMES).list().uniqueElements().ofMaxSize(NAMES.size());
        Arbitrary<List<Long>> gaps = Arbitraries.longs().between(0, 10_000_000_000_000L).list().ofMaxSize(6);
        Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 3).list().ofSize(6);
        Arbitrary<Long> start = Arbitraries.longs().between(0, 4_000_000_000L);
        return net.jqwik.api.Combinators.combine(values, names, values.list().ofSize(NAMES.size()), gaps, kinds, start)
                .as((plan, chosen, attributeValues, gapList, kindList, startSecond) -> {
                    Ticket.Builder b = Ticket.builder(plan);
                    for (int i = 0; i < chosen.size(); i++) {
                        b.attribute(chosen.get(i), attributeValues.get(i));
                    }
                    Instant at = Instant.ofEpochSecond(startSecond);
                    b.received(at);
                    List<Event> events = new ArrayList<>();
                    for (int i = 0; i < gapList.size(); i++) {
                        at = at.plusNanos(gapList.get(i));
                        switch (kindList.get(i)) {
                            case 0:
                                events.add(Event.of(at, EventType.CUSTOMER_MESSAGE));
                                break;
                            case 1:
                                events.add(Event.of(at, EventType.AGENT_RESPONSE));
                                break;
                            case 2:
                                events.add(Event.status(at, attributeValues.get(i)));
                                break;
                            default:
                                events.add(Event.of(at, EventType.RESOLVED));
                        }
                    }
                    events.forEach(b::event);
                    return b.build();
                });
    }

    @Property(tries = 300)
    void aWrittenTicketReadsBackWithTheSameAttributesAndEvents(@ForAll("tickets") Ticket t) {
        Ticket again = TicketJson.read("written.json", TicketJson.write(t));

        assertThat(again.attributes()).isEqualTo(t.attributes());
        assertThat(again.events()).isEqualTo(t.events());
    }
}
