package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every instant that deadline, evaluate and explain print is in the zone of the calendar concerned. */
class OutputZoneTest {

    static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");

    /** A ticket given in UTC, judged by a policy whose calendars are all Moscow time. */
    static final String TICKET = """
            {"plan": "technical-support", "severity": "high", "events": [
              {"at": "2025-11-10T07:00:00Z", "type": "received"},
              {"at": "2025-11-10T07:30:00Z", "type": "status", "status": "waiting-for-customer"},
              {"at": "2025-11-10T11:00:00Z", "type": "status", "status": "in-progress"},
              {"at": "2025-11-10T11:10:00Z", "type": "customer-message"}]}
            """;

    static List<String> instants(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = INSTANT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void explainWritesEveryInstantOfItsAnswerAndItsLinesInTheCalendarsZone() {
        SlaCommandTest.Run r = SlaCommandTest.runWithInput(TICKET, "explain", "--policy", "express", "--contract", "express-example", "--ticket", "-",
                "--at", "2025-11-10T11:30:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(instants(r.out())).hasSizeGreaterThan(10).allMatch(i -> i.endsWith("+03:00"));
        assertThat(r.out()).contains("first-response: started at 2025-11-10T10:00:00+03:00 by received")
                .contains("2025-11-10T10:00:00+03:00/2025-11-10T10:30:00+03:00")
                .contains("Next change: 2025-11-10T15:30:00.000000001+03:00")
                .contains("Time in status class: requester-wait PT3H30M, support-queue PT0S, agent-work PT30M, "
                        + "development PT0S");
    }

    @Test
    void evaluateWritesEveryInstantInTheCalendarsZone() {
        SlaCommandTest.Run r = SlaCommandTest.runWithInput(TICKET, "evaluate", "--policy", "express", "--contract", "express-example", "--ticket", "-",
                "--at", "2025-11-10T11:30:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(instants(r.out())).hasSizeGreaterThan(10).allMatch(i -> i.endsWith("+03:00"));
        assertThat(r.json().get("statusClassTimes").get("requester-wait").get("wallTime").asText()).isEqualTo("PT3H30M");
    }

    @Test
    void aTicketWithoutTargetsIsWrittenInThePolicysCalendarZoneToo() {
        String ticket = TICKET.replace("technical-support", "client-support");
        SlaCommandTest.Run r = SlaCommandTest.runWithInput(ticket, "explain", "--policy", "express", "--contract", "express-example", "--ticket", "-",
                "--at", "2025-11-10T11:30:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(instants(r.out())).allMatch(i -> i.endsWith("+03:00"));
    }

    @Test
    void deadlineWritesTheReceivedAndDueInstantsInTheZoneOfTheMetricsCalendar() {
        SlaCommandTest.Run r = SlaCommandTest.run("deadline", "--policy", "express", "--contract", "express-example", "--plan", "technical-support",
                "--severity", "high", "--received", "2025-11-10T07:00:00Z", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("received").asText()).isEqualTo("2025-11-10T10:00:00+03:00");
        assertThat(r.json().get("due").asText()).isEqualTo("2025-11-10T12:00:00+03:00");
        SlaCommandTest.Run trackunit = SlaCommandTest.run("deadline", "--policy", "trackunit", "--contract", "trackunit-example", "--plan", "standard",
                "--severity", "non-critical", "--received", "2025-10-31T15:00:00Z");
        assertThat(instants(trackunit.out())).allMatch(i -> i.endsWith("+01:00"));
    }
}
