package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sla.core.Decision;
import dev.sla.core.Policy;
import dev.sla.core.StatusClass;
import dev.sla.core.Ticket;
import dev.sla.regulations.RegulationTables;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Status classes in policies and decisions: both forms read and written, eXpress's classes, the decision's times. */
class StatusClassJsonTest {

    static final String POLICY = """
            {"id": "classes", "name": "Classes", "vendor": "l1",
             "parties": {"l1": {"name": "First line", "kind": "vendor"}},
             "plans": {"basic": {"name": "Basic"}},
             "calendars": {"office": {"zone": "Europe/Berlin", "hours": "Mon-Fri 09:00-17:00"}},
             "statuses": ["open", "waiting", "working", "resolved"],
             "statusClasses": {"requester-wait": ["waiting"], "agent-work": {"statuses": ["open", "working"], "calendar": "office"}}}
            """;

    @Test
    void bothFormsReadAndWriteBack() {
        Policy p = PolicyJson.read("classes.json", POLICY);
        assertThat(p.statusClasses().values()).containsExactly(StatusClass.of("requester-wait", "waiting"),
                StatusClass.of("agent-work", "open", "working").withCalendar("office"));
        String written = PolicyJson.write(p);
        JsonNode classes = tree(written).get("statusClasses");
        assertThat(classes.get("requester-wait").isArray()).isTrue();
        assertThat(classes.get("agent-work").get("calendar").asText()).isEqualTo("office");
        assertThat(PolicyJson.read("written.json", written)).isEqualTo(p);
        assertThat(Schema.errors(POLICY)).isEmpty();
        assertThat(Schema.errors(written)).isEmpty();
    }

    static JsonNode tree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void theDecisionGivesWallAndWorkingTimePerClass() {
        Policy p = PolicyJson.read("classes.json", POLICY);
        // Monday 2025-11-03, Berlin UTC+1: the office is open 08:00-16:00 UTC
        Ticket t = Ticket.builder("basic").received(Instant.parse("2025-11-03T06:00:00Z"))
                .status(Instant.parse("2025-11-03T06:00:00Z"), "open")
                .status(Instant.parse("2025-11-03T09:00:00Z"), "waiting")
                .status(Instant.parse("2025-11-03T10:30:00Z"), "working").build();
        Decision d = p.evaluate(t, Instant.parse("2025-11-03T18:00:00Z"));
        JsonNode times = DecisionJson.toJson(d, false).get("statusClassTimes");
        assertThat(times.get("requester-wait").get("wallTime").asText()).isEqualTo("PT1H30M");
        assertThat(times.get("requester-wait").get("calendar").isNull()).isTrue();
        assertThat(times.get("requester-wait").get("workingTime").isNull()).isTrue();
        // open 06:00-09:00 (one hour open), working 10:30-18:00 (5.5 hours open)
        assertThat(times.get("agent-work").get("wallTime").asText()).isEqualTo("PT10H30M");
        assertThat(times.get("agent-work").get("calendar").asText()).isEqualTo("office");
        assertThat(times.get("agent-work").get("workingTime").asText()).isEqualTo("PT6H30M");
    }

    @Test
    void expressClassesItsStatusesAsTheRegulationDescribesThem() {
        Policy p = PolicyJson.bundled("express");
        List<StatusClass> want = new ArrayList<>();
        for (String[] row : RegulationTables.EXPRESS_STATUS_CLASSES) {
            want.add(StatusClass.of(row[0], Arrays.copyOfRange(row, 1, row.length)));
        }
        assertThat(p.statusClasses().values()).containsExactlyElementsOf(want);
        // every status but the two that end a request is in a class
        assertThat(p.statusClasses().values().stream().flatMap(c -> c.statuses().stream()))
                .containsExactlyInAnyOrderElementsOf(p.statuses().stream()
                        .filter(s -> !s.equals("resolved") && !s.equals("cancelled")).toList());
        Ticket t = Ticket.builder("technical-support").severity("high").received(At.msk("2025-11-10T10:00"))
                .status(At.msk("2025-11-10T10:00"), "waiting-for-support")
                .status(At.msk("2025-11-10T10:20"), "in-progress")
                .status(At.msk("2025-11-10T11:00"), "waiting-for-customer")
                .status(At.msk("2025-11-10T15:00"), "checking")
                .status(At.msk("2025-11-10T16:00"), "passed-to-development")
                .status(At.msk("2025-11-11T12:00"), "resolved").build();
        Decision d = p.evaluate(t, At.msk("2025-11-12T10:00"));
        assertThat(d.statusClassTimes().get("support-queue").wallTime()).isEqualTo(Duration.ofMinutes(20));
        assertThat(d.statusClassTimes().get("agent-work").wallTime()).isEqualTo(Duration.ofMinutes(100));
        assertThat(d.statusClassTimes().get("requester-wait").wallTime()).isEqualTo(Duration.ofHours(4));
        assertThat(d.statusClassTimes().get("development").wallTime()).isEqualTo(Duration.ofHours(20));
        assertThat(d.statusClassTimes().values()).allMatch(c -> c.working().isEmpty());
    }
}
