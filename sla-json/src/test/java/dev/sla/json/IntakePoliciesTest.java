package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.Requirement;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import dev.sla.regulations.RegulationTables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled policies answer the rules of intake and of the clock that the regulations
 * state beside their tables: channels and languages, what a request carries, a monthly
 * subscription, whose messages restart the clock, automatic acknowledgements, and response
 * times that hold only for tickets received in working hours.
 */
class IntakePoliciesTest {

    static final Policy RU = PolicyJson.bundled("navixy-ru");
    static final Policy EN = PolicyJson.bundled("navixy-en");
    static final Policy INSALES = PolicyJson.bundled("insales");
    static final List<String> NAVIXY_PLANS = List.of("paas", "on-premise", "cloud");

    static Policy navixy(String id) {
        return id.equals("navixy-ru") ? RU : EN;
    }

    // ------------------------------------------------------------------ channels and languages
    static Stream<Arguments> intakeByPlan() {
        List<Arguments> rows = new ArrayList<>();
        for (String[] r : RegulationTables.NAVIXY_INTAKE) {
            for (String plan : NAVIXY_PLANS) {
                rows.add(Arguments.of(r[0], plan, r[1], r[2], r[3]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}: languages {2}, by exception {3}, channels {4}, enforced")
    @MethodSource("intakeByPlan")
    void navixyEnforcesItsChannelAndLanguages(String id, String plan, String languages, String byException,
            String channels) {
        Plan p = navixy(id).plans().get(plan);
        assertThat(p.languages()).containsExactlyElementsOf(split(languages));
        assertThat(p.languagesByException()).containsExactlyElementsOf(split(byException));
        assertThat(p.channels()).containsExactlyElementsOf(split(channels));
        assertThat(p.enforcesChannels()).isTrue();
        assertThat(p.enforcesLanguages()).isTrue();
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    @ParameterizedTest(name = "{0}: a request by {1} is refused")
    @CsvSource({"navixy-ru, phone", "navixy-en, phone", "navixy-ru, chat", "navixy-en, chat"})
    void navixyRefusesAnyChannelButEmail(String id, String channel) {
        Decision d = navixy(id).evaluate(Ticket.builder("paas").attribute("channel", channel)
                .received(At.utc("2025-11-10T06:00")).build(), At.utc("2025-11-10T06:00"));
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason().orElseThrow()).contains("channel '" + channel + "' is not accepted on plan 'paas'; support is reached"
                + " through email");
        assertThat(d.metrics()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MetricState.NONE));
    }

    @ParameterizedTest(name = "{0}: a request in {1} is accepted: {2}")
    @CsvSource({"navixy-ru, ru, true", "navixy-ru, en, true", "navixy-ru, es, false", "navixy-en, en, true",
        "navixy-en, es, true", "navixy-en, ru, false"})
    void navixyServesItsLanguages(String id, String language, boolean accepted) {
        Decision d = navixy(id).evaluate(Ticket.builder("on-premise").attribute("channel", "email")
                .attribute("language", language).received(At.utc("2025-11-10T06:00")).build(), At.utc("2025-11-10T06:00"));
        assertThat(d.accepted()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(d.reason().orElseThrow()).contains("language '" + language + "' is not served on plan 'on-premise'");
        }
    }

    @Test
    void englishIsServedByExceptionInTheRussianRegulation() {
        Decision d = RU.evaluate(Ticket.builder("paas").attribute("language", "en").received(At.msk("2025-11-10T09:00"))
                .build(), At.msk("2025-11-10T09:00"));
        assertThat(d.explanation()).contains("language: 'en' is served on plan 'paas' only by exception");
    }

    @ParameterizedTest(name = "insales accepts {0} (phone is consultative, not refused by the plan)")
    @ValueSource(strings = {"knowledge-base", "back-office", "phone"})
    void insalesEnforcesNoChannelByPlan(String channel) {
        Decision d = INSALES.evaluate(Ticket.builder("standard").service("platform-consultation")
                .attribute("channel", channel).received(At.msk("2025-11-10T09:00")).build(), At.msk("2025-11-10T09:00"));
        assertThat(d.accepted()).isTrue();
        assertThat(INSALES.plans().values()).noneMatch(p -> p.enforcesChannels() || p.enforcesLanguages());
    }

    // ------------------------------------------------------------------ requirements and entitlement
    @ParameterizedTest(name = "{0} {1} requires what the regulation lists")
    @MethodSource("navixyPlans")
    void navixyRequirements(String id, String plan) {
        List<Requirement> rs = navixy(id).plans().get(plan).requirements();
        List<String[]> expected = new ArrayList<>(RegulationTables.NAVIXY_REQUIREMENTS);
        if (!plan.equals("paas")) {
            expected.add(RegulationTables.NAVIXY_SUBSCRIPTION);
        }
        assertThat(rs).extracting(Requirement::id).containsExactlyElementsOf(expected.stream().map(r -> r[0]).toList());
        for (int i = 0; i < rs.size(); i++) {
            String[] row = expected.get(i);
            assertThat(rs.get(i).attribute()).isEqualTo(row.length > 1 ? row[1] : null);
            assertThat(rs.get(i).value()).isEqualTo(row.length > 1 ? row[2] : null);
            assertThat(rs.get(i).refuses()).as(rs.get(i).id()).isEqualTo(rs.get(i).id().equals("subscription"));
        }
    }

    static Stream<Arguments> navixyPlans() {
        return Stream.of("navixy-ru", "navixy-en").flatMap(id -> NAVIXY_PLANS.stream().map(p -> Arguments.of(id, p)));
    }

    @ParameterizedTest(name = "{0}: On-premise without an active subscription is refused")
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void navixyOnPremiseNeedsAnActiveSubscription(String id) {
        Ticket t = Ticket.builder("cloud").attribute("subscription", "inactive").received(At.utc("2025-11-10T06:00")).build();
        Decision d = navixy(id).evaluate(t, At.utc("2025-11-10T06:00"));
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason().orElseThrow()).contains("the request lacks what plan 'cloud' requires");
        assertThat(d.missing()).extracting(Requirement::id).containsExactly("subscription");
        Ticket active = Ticket.builder("cloud").attribute("subscription", "active").received(At.utc("2025-11-10T06:00"))
                .build();
        assertThat(navixy(id).evaluate(active, At.utc("2025-11-10T06:00")).accepted()).isTrue();
        // PaaS is complimentary
        assertThat(navixy(id).evaluate(Ticket.builder("paas").attribute("subscription", "inactive")
                .received(At.utc("2025-11-10T06:00")).build(), At.utc("2025-11-10T06:00")).accepted()).isTrue();
    }

    @Test
    void navixyNotesWhatARequestLacksAndSeveralQuestions() {
        Ticket t = Ticket.builder("paas").attribute("questions", "several").carries("description", "screenshots")
                .received(At.utc("2025-11-10T06:00")).build();
        Decision d = EN.evaluate(t, At.utc("2025-11-10T06:00"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.missing()).extracting(Requirement::id)
                .containsExactly("identifiers", "elements", "actions", "one-question");
        ObjectNode json = DecisionJson.toJson(d, false);
        assertThat(json.get("missing")).hasSize(4);
        assertThat(json.get("missing").get(3).get("id").asText()).isEqualTo("one-question");
        assertThat(json.get("missing").get(3).get("refuses").asBoolean()).isFalse();
    }

    @Test
    void insalesNotesTheStepsTheAddressAndTheScreenshot() {
        for (Plan p : INSALES.plans().values()) {
            assertThat(p.requirements()).extracting(Requirement::id)
                    .containsExactlyElementsOf(RegulationTables.INSALES_REQUIREMENTS);
            assertThat(p.requirements()).noneMatch(Requirement::refuses);
        }
        Ticket t = Ticket.builder("premium").service("platform-consultation").attribute("channel", "back-office")
                .carries("site-address").received(At.msk("2025-11-10T09:00")).build();
        Decision d = INSALES.evaluate(t, At.msk("2025-11-10T09:00"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.missing()).extracting(Requirement::id).containsExactly("steps", "screenshot");
    }

    @Test
    void expressNotesTheDetailsOfAnError() {
        Policy express = PolicyJson.bundled("express");
        List<String> technical = new ArrayList<>(RegulationTables.EXPRESS_TECHNICAL_REQUIREMENTS);
        technical.addAll(RegulationTables.EXPRESS_FEATURE_REQUEST_REQUIREMENTS);
        assertThat(express.plans().get("technical-support").requirements()).extracting(Requirement::id)
                .containsExactlyElementsOf(technical);
        assertThat(express.plans().get("technical-support").requirements()).noneMatch(Requirement::refuses);
        assertThat(express.plans().get("client-support").requirements()).extracting(Requirement::id)
                .containsExactlyElementsOf(RegulationTables.EXPRESS_FEATURE_REQUEST_REQUIREMENTS);
        Ticket t = Ticket.builder("technical-support").service("server-side").severity("high").carries("description")
                .received(At.msk("2025-11-10T10:00")).build();
        Decision d = express.evaluate(t, At.msk("2025-11-10T10:00"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.missing()).extracting(Requirement::id).containsExactly("steps", "screenshots");
    }

    @Test
    void expressNotesWhatAFeatureRequestLacks() {
        Policy express = PolicyJson.bundled("express");
        for (String plan : List.of("client-support", "technical-support")) {
            Ticket t = Ticket.builder(plan).service("feature-request").carries("what-where-when", "priority")
                    .received(At.msk("2025-11-10T10:00")).build();
            Decision d = express.evaluate(t, At.msk("2025-11-10T10:00"));
            assertThat(d.accepted()).as(plan).isTrue();
            assertThat(d.missing()).as(plan).extracting(Requirement::id).containsExactly("platform", "frequency");
        }
        // a bug report is not asked what a feature request states, nor a feature request the steps of a bug
        Ticket bug = Ticket.builder("technical-support").service("client-app").severity("medium")
                .carries("description", "steps", "screenshots").received(At.msk("2025-11-10T10:00")).build();
        assertThat(express.evaluate(bug, bug.received()).missing()).isEmpty();
    }

    // ------------------------------------------------------------------ authors and acknowledgements
    @ParameterizedTest(name = "{0}: only the partner's message restarts the response time")
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void navixyRestartsOnlyOnThePartnersMessages(String id) {
        Policy p = navixy(id);
        assertThat(p.metrics().get("first-response").authors().restart())
                .containsExactly(RegulationTables.NAVIXY_RESTART_AUTHOR);
        String json = "{\"plan\": \"paas\", \"impact\": \"several\", \"events\": ["
                + "{\"at\": \"2025-11-10T06:00:00Z\", \"type\": \"received\", \"author\": \"partner\"},"
                + "{\"at\": \"2025-11-10T07:00:00Z\", \"type\": \"customer-message\", \"author\": \"end-user\"},"
                + "{\"at\": \"2025-11-10T08:00:00Z\", \"type\": \"customer-message\", \"author\": \"partner\"}]}";
        Ticket t = TicketJson.read("t.json", json, p);
        MetricResult r = p.evaluate(t, At.utc("2025-11-10T08:30")).metric("first-response").orElseThrow();
        assertThat(r.cycles()).hasSize(2);
        assertThat(r.start()).isEqualTo(At.utc("2025-11-10T08:00"));
        assertThat(r.due()).isEqualTo(At.utc("2025-11-10T12:00"));
    }

    @ParameterizedTest(name = "{0}: an automatic acknowledgement is no response")
    @ValueSource(strings = {"navixy-en", "insales"})
    void anAutomaticAcknowledgementIsNoResponse(String id) {
        Policy p = id.equals("insales") ? INSALES : EN;
        Ticket t = Ticket.builder(id.equals("insales") ? "premium" : "paas").attribute("channel",
                id.equals("insales") ? "back-office" : "email").received(At.utc("2025-11-10T06:00"))
                .event(At.utc("2025-11-10T06:01"), EventType.AUTO_ACKNOWLEDGEMENT).build();
        MetricResult r = p.evaluate(t, At.utc("2025-11-10T07:00")).metric("first-response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.cycles().get(0).stop()).isNull();
    }

    // ------------------------------------------------------------------ conditional targets
    @Test
    void exactlyTheTargetsTheRegulationsMakeConditionalAreConditional() {
        List<String> expected = RegulationTables.NAVIXY_CONDITIONAL_TARGETS.stream().map(r -> String.join("|", r)).toList();
        List<String> found = new ArrayList<>();
        for (Policy p : List.of(RU, EN)) {
            for (Target t : p.targets()) {
                if (t.condition() != null) {
                    found.add(p.id() + "|" + t.plan() + "|" + t.severity() + "|" + t.condition().receivedWithin());
                }
            }
        }
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} received {3}: {4}")
    @CsvSource({
        // English: the severity table's times hold for tickets received in working hours
        "navixy-en, paas, several, 2025-11-10T06:00, 2025-11-10T10:00",
        "navixy-en, paas, several, 2025-11-10T14:00, ",
        "navixy-en, on-premise, all, 2025-11-15T10:00, ",
        "navixy-en, on-premise, all, 2025-11-14T12:00, 2025-11-17T07:00",
        // both: the PaaS first reply holds on weekdays; on weekends and holidays it is best effort
        "navixy-en, paas, , 2025-11-10T14:00, 2025-11-11T13:00",
        "navixy-en, paas, , 2025-11-15T10:00, ",
        "navixy-ru, paas, , 2025-11-10T14:00, 2025-11-11T13:00",
        "navixy-ru, paas, , 2025-11-04T07:00, ",
        "navixy-ru, paas, , 2025-11-15T10:00, ",
        // Russian: the severity table has no condition
        "navixy-ru, paas, several, 2025-11-15T10:00, 2025-11-17T09:00",
    })
    void navixyResponseTimesHoldForTicketsReceivedInWorkingTime(String id, String plan, String impact, String received,
            String due) {
        Ticket.Builder b = Ticket.builder(plan);
        if (impact != null) {
            b.attribute("impact", impact);
        }
        Ticket t = b.received(At.utc(received)).build();
        Instant now = t.received().plus(Duration.ofDays(3));
        MetricResult r = navixy(id).evaluate(t, t.received()).metric("first-response").orElseThrow();
        if (due == null) {
            assertThat(r.state()).isEqualTo(MetricState.BEST_EFFORT);
            assertThat(r.due()).isNull();
            assertThat(r.reason()).startsWith("best effort");
            MetricResult later = navixy(id).evaluate(t, now).metric("first-response").orElseThrow();
            assertThat(later.state()).isEqualTo(MetricState.BEST_EFFORT);
            assertThat(later.elapsed()).isPositive();
        } else {
            assertThat(r.state()).isEqualTo(MetricState.RUNNING);
            assertThat(r.due()).isEqualTo(At.utc(due));
        }
    }

    @Test
    void aBestEffortDecisionIsWrittenWithNoDueInstant() {
        Ticket t = Ticket.builder("paas").attribute("impact", "single").received(At.utc("2025-11-15T10:00")).build();
        Decision d = EN.evaluate(t, At.utc("2025-11-17T06:00"));
        JsonNode m = DecisionJson.toJson(d, true).get("metrics").get(0);
        assertThat(m.get("state").asText()).isEqualTo("best-effort");
        assertThat(m.get("due").isNull()).isTrue();
        assertThat(m.get("target").isNull()).isTrue();
        assertThat(m.get("elapsed").asText()).isEqualTo("PT1H");
        assertThat(m.get("cycles").get(0).get("due").isNull()).isTrue();
        assertThat(m.get("warnings")).isEmpty();
        assertThat(DecisionJson.toJson(d, false).get("nextChangeAt").isNull()).isTrue();
    }

    // ------------------------------------------------------------------ the policy format
    @Test
    void everyNewMemberRoundTripsThroughTheWriter() {
        String json = """
                {"id": "acme", "vendor": "acme",
                 "calendars": {"office": {"zone": "UTC", "hours": "Mon-Fri 09:00-17:00"}},
                 "parties": {"acme": {"name": "Acme", "kind": "vendor"}, "partner": {"name": "Partner", "kind": "customer"}},
                 "plans": {"basic": {"name": "Basic", "languages": ["de"], "languagesByException": ["en", "fr"],
                   "channels": ["portal"], "enforce": ["languages"],
                   "requirements": [{"id": "logs", "name": "Log files", "refuses": true},
                                    {"id": "tier", "name": "A paid tier", "attribute": "tier", "value": "paid"}]}},
                 "attributes": {"tier": ["paid", "free"]},
                 "metrics": {"first-response": {"name": "First response", "stop": ["agent-response", "auto-acknowledgement"],
                   "authors": {"start": ["partner"], "restart": ["partner"], "stop": ["acme"]}}},
                 "targets": [{"metric": "first-response", "plan": "basic", "time": "PT4H", "calendar": "office",
                   "condition": {"receivedWithin": "office"}}]}
                """;
        Policy p = PolicyJson.read("acme.json", json);
        Plan basic = p.plans().get("basic");
        assertThat(basic.enforcesLanguages()).isTrue();
        assertThat(basic.enforcesChannels()).isFalse();
        assertThat(basic.requirements()).containsExactly(Requirement.content("logs", "Log files").refusing(),
                Requirement.attribute("tier", "A paid tier", "tier", "paid"));
        assertThat(p.metrics().get("first-response").authors().stop()).containsExactly("acme");
        assertThat(p.targets().get(0).condition().otherwise()).isNull();
        String written = PolicyJson.write(p);
        assertThat(PolicyJson.read("again.json", written)).isEqualTo(p);
        assertThat(Schema.errors(written)).isEmpty();
        assertThat(Schema.errors(json)).isEmpty();
    }

    // ------------------------------------------------------------------ the ticket format
    @Test
    void aTicketWritesAndReadsItsContentAndAuthors() {
        Ticket t = Ticket.builder("paas").carries("description", "screenshots").received(At.utc("2025-11-10T06:00"))
                .event(Event.of(At.utc("2025-11-10T07:00"), EventType.CUSTOMER_MESSAGE).by("partner"))
                .event(At.utc("2025-11-10T07:01"), EventType.AUTO_ACKNOWLEDGEMENT).build();
        String json = TicketJson.write(t);
        assertThat(json).contains("\"carries\"").contains("\"author\" : \"partner\"").contains("auto-acknowledgement");
        assertThat(TicketJson.read("t.json", json, EN)).isEqualTo(t);
        Ticket none = Ticket.builder("paas").carries().received(At.utc("2025-11-10T06:00")).build();
        assertThat(TicketJson.read("t.json", TicketJson.write(none)).carries()).contains(java.util.Set.of());
    }

    @Test
    void aTicketsUnknownContentAndAuthorAreLocated() {
        String json = "{\"plan\": \"paas\", \"carries\": [\"screenshot\"], \"events\": ["
                + "{\"at\": \"2025-11-10T06:00:00Z\", \"type\": \"received\", \"author\": \"partnr\"}]}";
        TicketLoadException ex = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read("t.json", json, EN));
        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactly(
                "t.json:1:30: unknown content 'screenshot' in policy 'navixy-en'; did you mean 'screenshots'?; content is"
                        + " named by the ids of the plans' requirements; known: actions, description, elements,"
                        + " identifiers, screenshots (at /carries/0)",
                "t.json:1:117: unknown author role 'partnr' at 2025-11-10T06:00:00Z in policy 'navixy-en'; did you mean"
                        + " 'partner'?; an author is a party or a value of the attribute requester; known: navixy, partner,"
                        + " device-manufacturer, end-user (at /events/0/author)");
        TicketLoadException shape = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read("t.json",
                "{\"plan\": \"paas\", \"carries\": \"steps\", \"events\": [{\"at\": \"2025-11-10T06:00:00Z\","
                        + " \"type\": \"received\", \"author\": \"Partner\"}]}"));
        assertThat(shape.problems()).extracting(JsonProblem::message).anyMatch(m -> m.contains("'carries' must be an array"))
                .anyMatch(m -> m.contains("author role 'Partner' must be lower-case"));
    }
}
