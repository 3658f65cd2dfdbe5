package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlaCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** The outcome of one in-process run. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (IOException ex) {
                throw new AssertionError("not JSON: " + out, ex);
            }
        }
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Sla.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpOfEveryCommandHasAnExample() {
        for (String command : new String[] {"validate", "example", "deadline", "who", "evaluate", "explain", "calendar", "holidays",
            "completion"}) {
            Run r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Examples:").contains("sla " + command);
        }
        assertThat(run("--help").out()).contains("deadline").contains("validate").contains("Exit codes");
    }

    @Test
    void completionScriptOffersTheCommandsAndTheBundledPolicies() {
        Run r = run("completion");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("complete -F _complete_sla").contains("deadline").contains("--policy")
                .contains("navixy-ru").contains("trackunit").contains("bashcompinit");
    }

    @Test
    void deadlineCountsWorkingHoursFromFridayEvening() {
        // navixy-en: Mon-Fri 05:00-13:00 UTC; received Friday 12:00 UTC; level-1 on PaaS is PT2H:
        // one hour on Friday, one on Monday from 05:00.
        Run r = run("deadline", "--policy", "navixy-en", "--plan", "paas", "--severity", "level-1",
                "--received", "2025-10-31T12:00:00Z", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("metric").asText()).isEqualTo("first-response");
        assertThat(n.get("target").asText()).isEqualTo("PT2H");
        assertThat(n.get("calendar").asText()).isEqualTo("support-hours");
        assertThat(n.get("due").asText()).isEqualTo("2025-11-03T06:00:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Saturday 1 November 2025 is a working day in Russia: one hour on Friday, one on Saturday
        "navixy-ru | paas | level-1 | first-response | 2025-10-31T15:00:00+03:00 | PT2H | support-hours | 2025-11-01T09:00:00+03:00",
        // around the clock
        "insales | premium | | first-response | 2025-11-01T23:00:00+03:00 | PT3H | always | 2025-11-02T02:00:00+03:00",
        "insales | standard | | first-response | 2025-11-01T23:00:00+03:00 | PT24H | always | 2025-11-02T23:00:00+03:00",
        "trackunit | standard | critical | first-response | 2025-11-01T10:00:00+01:00 | PT2H | critical-hours | 2025-11-01T12:00:00+01:00",
        // one hour on Friday, seven on Monday from 08:00, Paris
        "trackunit | standard | non-critical | first-response | 2025-10-31T16:00:00+01:00 | PT8H | business-hours | 2025-11-03T15:00:00+01:00",
        // 1 h on 30 December; 31 December and 1-9 January are off; 9 h on 12 January; 6 h on 13 January
        "express | technical-support | high | resolution | 2025-12-30T17:00:00+03:00 | PT16H | technical-support | 2026-01-13T15:00:00+03:00",
        // 1 h on Wednesday 30 December 2026; 31 December (from 4 January), 1-8 January 2027 and the weekend are off
        "navixy-ru | paas | | first-response | 2026-12-30T15:00:00+03:00 | PT8H | support-hours | 2027-01-11T15:00:00+03:00"
    })
    void deadlineAnswersEveryBundledPolicy(String policy, String plan, String severity, String metric, String received,
            String target, String calendar, String due) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("deadline", "--policy", policy,
                "--plan", plan, "--metric", metric, "--received", received, "--json"));
        if (policy.equals("express") || policy.equals("trackunit")) {
            // their numbers are the example contracts'
            args.add("--contract");
            args.add(policy + "-example");
        }
        if (severity != null) {
            args.add("--severity");
            args.add(severity);
        }
        Run r = run(args.toArray(new String[0]));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("target").asText()).isEqualTo(target);
        assertThat(r.json().get("calendar").asText()).isEqualTo(calendar);
        assertThat(r.json().get("due").asText()).isEqualTo(due);
    }

    @Test
    void clientSupportOfExpressHasNoDeadline() {
        Run r = run("deadline", "--policy", "express", "--plan", "client-support", "--severity", "highest",
                "--received", "2025-11-04T12:00:00+03:00", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("due").isNull()).isTrue();
        assertThat(r.json().get("reason").asText()).isNotBlank();
    }

    @Test
    void validateOfEveryBundledPolicyByName() {
        Run r = run("validate", "navixy-ru", "navixy-en", "insales", "express", "trackunit");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(5).allMatch(l -> l.endsWith(": ok"));
    }

    @Test
    void deadlineOfAQuestionOnOnPremiseIsNullWithAReason() {
        Run r = run("deadline", "--policy", "navixy-en", "--plan", "cloud", "--received", "2025-10-31T12:00:00+03:00", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("due").isNull()).isTrue();
        assertThat(r.json().get("severity").asText()).isEqualTo("question");
        assertThat(r.json().get("reason").asText()).contains("no reply time");
    }

    @Test
    void deadlineInTextNamesTheDueInstant() {
        Run r = run("deadline", "--policy", "navixy-en", "--plan", "on-premise", "--severity", "level-3",
                "--received", "2025-11-03T08:00:00+03:00");
        assertThat(r.code()).isZero();
        // 05:00 UTC Monday + 8 working hours = Monday 13:00 UTC
        assertThat(r.out()).contains("first-response due 2025-11-03T13:00:00Z").contains("PT8H");
    }

    @Test
    void whoAnswersPartyModeAndNote() {
        Run r = run("who", "--policy", "navixy-en", "--plan", "cloud", "--service", "server-administration", "--json");
        assertThat(r.code()).isZero();
        // not provided by Navixy: "handled only by the Partner's technician team"
        assertThat(r.json().get("performer").asText()).isEqualTo("partner");
        assertThat(r.json().get("performers")).extracting(n -> n.asText()).containsExactly("partner");
        assertThat(r.json().get("mode").asText()).isEqualTo("not-provided");
        assertThat(r.json().get("note").asText()).contains("Partner's technician team");
        Run logos = run("who", "--policy", "navixy-en", "--plan", "cloud", "--service", "custom-logos");
        assertThat(logos.out()).startsWith("custom-logos on cloud: partner (full)");
        Run update = run("who", "--policy", "express", "--plan", "technical-support", "--service", "server-update");
        assertThat(update.out()).startsWith("server-update on technical-support: customer|express (full) - ")
                .contains(" or Служба поддержки eXpress");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "who --policy navixy-en --plan clod --service custom-logos | unknown plan 'clod' | paas, on-premise, cloud",
        "who --policy navixy-en --plan paas --service logos | unknown service 'logos' | custom-logos",
        "deadline --policy navixy-en --plan paas --severity urgent --received 2025-10-31T12:00:00Z | unknown severity 'urgent' | level-1",
        "deadline --policy navixy-en --plan paas --metric resolution --received 2025-10-31T12:00:00Z | unknown metric 'resolution' | first-response",
        "deadline --policy nowhere --plan paas --received 2025-10-31T12:00:00Z | no policy file 'nowhere' and no bundled policy 'nowhere' | navixy-en",
        "example nowhere | no bundled policy 'nowhere' | trackunit",
        "calendar --policy navixy-en --calendar office --at 2025-10-31T12:00:00Z | unknown calendar 'office' | support-hours",
        "holidays xx 2025 | Unknown holiday set 'xx' | ru"
    })
    void invalidInputExitsOneAndNamesTheProblem(String args, String message, String known) {
        Run r = run(args.trim().split(" "));
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(message).contains(known).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "deadline --policy navixy-en --plan paas --received yesterday",
        "deadline --policy navixy-en --plan paas --received 2025-10-31T12:00:00",
        "who --policy navixy-en --plan paas",
        "calendar --policy navixy-en --calendar support-hours --from 2025-13-01 --to 2025-12-01",
        "calendar --policy navixy-en --calendar support-hours",
        "frobnicate",
        "deadline --policy navixy-en --plan paas --received 2025-10-31T12:00:00Z --colour"
    })
    void badUsageExitsTwo(String args) {
        Run r = run(args.split(" "));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("sla: ").doesNotContain("\tat ");
    }

    @Test
    void anInstantThatDoesNotParseIsQuoted() {
        Run r = run("deadline", "--policy", "navixy-en", "--plan", "paas", "--received", "next tuesday");
        assertThat(r.err()).contains("'next tuesday'").contains("ISO-8601");
    }

    @Test
    void validateReportsEveryProblemWithItsPlace() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"id\": \"bad\",\n  \"vendr\": \"x\",\n  \"parties\": {},\n  \"plans\": {\"p\": {\"name\": \"P\", \"inherits\": \"q\"}}\n}\n");
        Path good = dir.resolve("good.json");
        Files.writeString(good, run("example", "navixy-en").out());
        Run r = run("validate", good.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(good + ": ok");
        assertThat(r.err()).contains(bad + ":3:12: unknown field 'vendr'; did you mean 'vendor'?")
                .contains(bad + ":1:1: missing required field 'vendor'")
                .doesNotContain("no vendor party")
                .contains(bad + ":5:44: unknown plan 'q'")
                .contains("1 of 2 policies are invalid");
    }

    @Test
    void validateOfMalformedJsonPointsAtTheError() throws IOException {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"id\": \"x\",\n  \"vendor\": \"v\",,\n}\n");
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":3:17: malformed JSON");
    }

    @Test
    void validateOfEveryBundledPolicyPasses() {
        Run r = run("validate", "navixy-en");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void exampleRoundTripsThroughValidate() throws IOException {
        Run r = run("example", "navixy-en");
        assertThat(r.code()).isZero();
        assertThat(MAPPER.readTree(r.out()).get("id").asText()).isEqualTo("navixy-en");
    }

    @Test
    void evaluateReadsATicketAndWritesTheDecision() throws IOException {
        Path ticket = dir.resolve("ticket.json");
        Files.writeString(ticket, "{\"plan\": \"paas\", \"impact\": \"several\", \"service\": \"api-consultation\",\n"
                + " \"events\": [{\"at\": \"2025-11-03T06:00:00Z\", \"type\": \"received\"},\n"
                + "            {\"at\": \"2025-11-03T07:00:00Z\", \"type\": \"agent-response\"},\n"
                + "            {\"at\": \"2025-11-03T12:00:00Z\", \"type\": \"customer-message\"}]}");
        Run r = run("evaluate", "--policy", "navixy-en", "--ticket", ticket.toString(), "--at", "2025-11-04T09:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("accepted").asBoolean()).isTrue();
        assertThat(n.get("performer").asText()).isEqualTo("navixy");
        assertThat(n.get("severity").asText()).isEqualTo("level-2");
        JsonNode m = n.get("metrics").get(0);
        // restarted by the customer's message at 12:00 UTC: 1 h on Monday, 3 h on Tuesday from 05:00
        assertThat(m.get("start").asText()).isEqualTo("2025-11-03T12:00:00Z");
        assertThat(m.get("due").asText()).isEqualTo("2025-11-04T08:00:00Z");
        assertThat(m.get("state").asText()).isEqualTo("breached");
        assertThat(m.get("elapsed").asText()).isEqualTo("PT5H");
        assertThat(n.get("explanation").toString()).contains("restarted at 2025-11-03T12:00:00Z by customer-message");
        // the answered first cycle is kept beside the breached second one; nothing changes until a new event
        assertThat(m.get("cycles")).hasSize(2);
        assertThat(m.get("cycles").get(0).get("state").asText()).isEqualTo("met");
        assertThat(m.get("cycles").get(0).get("stop").asText()).isEqualTo("2025-11-03T07:00:00Z");
        assertThat(m.get("cycles").get(1).get("stop").isNull()).isTrue();
        assertThat(m.get("nextChangeAt").isNull()).isTrue();
        assertThat(n.get("nextChangeAt").isNull()).isTrue();
    }

    @Test
    void explainTellsCyclesChangesAndTheNextChange() {
        String ticket = "{\"plan\": \"technical-support\", \"severity\": \"medium\", \"events\": ["
                + "{\"at\": \"2025-11-10T10:00:00+03:00\", \"type\": \"received\"},"
                + "{\"at\": \"2025-11-10T10:30:00+03:00\", \"type\": \"change\", \"attribute\": \"severity\","
                + " \"value\": \"highest\"}]}";
        Run r = runWithInput(ticket, "explain", "--policy", "express", "--contract", "express-example", "--ticket", "-",
                "--at", "2025-11-10T10:45:00+03:00");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Severity: highest")
                .contains("first-response: running, due 2025-11-10T11:00:00+03:00, target PT1H, elapsed PT45M")
                .contains("the severity is 'highest', so the target is PT1H")
                .contains("Next change: 2025-11-10T11:00:00.000000001+03:00, unless a new event comes first.");
    }

    @Test
    void explainTellsWhatIsMissingAndABestEffortMetric() {
        String ticket = "{\"plan\": \"on-premise\", \"impact\": \"several\", \"carries\": [\"description\"],"
                + " \"attributes\": {\"subscription\": \"active\"}, \"events\": ["
                + "{\"at\": \"2025-11-15T10:00:00Z\", \"type\": \"received\", \"author\": \"partner\"},"
                + "{\"at\": \"2025-11-15T10:01:00Z\", \"type\": \"auto-acknowledgement\"}]}";
        Run r = runWithInput(ticket, "explain", "--policy", "navixy-en", "--ticket", "-", "--at", "2025-11-17T07:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Accepted.")
                .contains("Missing: Account and asset identificators; Particular elements/items")
                .contains("first-response: best-effort - best effort: the target holds only for tickets received while"
                        + " calendar 'support-hours' is open. In all other cases response time may vary depending on"
                        + " weekends and public holidays; elapsed PT2H, paused PT0S")
                .contains("Next change: none until a new event arrives.");
        Run json = runWithInput(ticket, "evaluate", "--policy", "navixy-en", "--ticket", "-", "--at", "2025-11-17T07:00:00Z");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.json().get("missing")).hasSize(4);
        assertThat(json.json().get("metrics").get(0).get("state").asText()).isEqualTo("best-effort");
        assertThat(json.json().get("metrics").get(0).get("due").isNull()).isTrue();
    }

    @Test
    void aRequestInAnotherChannelIsRefusedWithTheReason() {
        String ticket = "{\"plan\": \"paas\", \"channel\": \"phone\", \"events\": [{\"at\": \"2025-11-10T06:00:00Z\","
                + " \"type\": \"received\"}]}";
        Run r = runWithInput(ticket, "evaluate", "--policy", "navixy-ru", "--ticket", "-", "--at", "2025-11-10T07:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asBoolean()).isFalse();
        assertThat(r.json().get("reason").asText()).isEqualTo("channel 'phone' is not accepted on plan 'paas'; support is"
                + " reached through email");
    }

    @Test
    void evaluateReadsStandardInput() {
        String ticket = "{\"plan\": \"paas\", \"requester\": \"end-user\", \"events\": [{\"at\": \"2025-11-03T06:00:00Z\", \"type\": \"received\"}]}";
        Run r = runWithInput(ticket, "evaluate", "--policy", "navixy-en", "--ticket", "-", "--at", "2025-11-03T07:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asBoolean()).isFalse();
        assertThat(r.json().get("redirect").asText()).isEqualTo("partner");
        assertThat(r.json().get("metrics").get(0).get("state").asText()).isEqualTo("none");
    }

    @Test
    void aRequestRedirectedToAnotherPlanSaysWhichPlan() {
        String ticket = "{\"plan\": \"technical-support\", \"requester\": \"end-user\", \"severity\": \"high\","
                + " \"events\": [{\"at\": \"2025-11-10T10:00:00+03:00\", \"type\": \"received\"}]}";
        Run r = runWithInput(ticket, "evaluate", "--policy", "express", "--ticket", "-", "--at", "2025-11-10T10:00:00+03:00");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("accepted").asBoolean()).isFalse();
        assertThat(r.json().get("redirect").isNull()).isTrue();
        assertThat(r.json().get("redirectPlan").asText()).isEqualTo("client-support");
        assertThat(r.json().get("performer").asText()).isEqualTo("none");
        assertThat(r.json().get("mode").asText()).isEqualTo("not-accepted");
        assertThat(r.json().get("severity").isNull()).isTrue();
        Run explain = runWithInput(ticket, "explain", "--policy", "express", "--ticket", "-", "--at",
                "2025-11-10T10:00:00+03:00");
        assertThat(explain.code()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("Go to plan: client-support.").contains("Performer: none (not-accepted)")
                .contains("go to plan 'client-support'").doesNotContain("Severity:");
    }

    @Test
    void aTicketThePolicyDoesNotKnowIsInvalidInputWithItsPlace() {
        String ticket = "{\"plan\": \"cloud\", \"impact\": \"severall\",\n"
                + " \"events\": [{\"at\": \"2025-11-03T06:00:00Z\", \"type\": \"received\"}]}";
        Run r = runWithInput(ticket, "evaluate", "--policy", "navixy-en", "--ticket", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("<stdin>:1:29: unknown impact value 'severall' in policy 'navixy-en';"
                + " did you mean 'several'?");
        Run explain = runWithInput(ticket, "explain", "--policy", "navixy-en", "--ticket", "-");
        assertThat(explain.code()).isEqualTo(1);
        assertThat(explain.err()).contains("<stdin>:1:29: unknown impact value 'severall'");
    }

    @Test
    void aBadTicketIsInvalidInputWithItsPlace() {
        String ticket = "{\"plan\": \"paas\",\n \"events\": [{\"at\": \"2025-11-03T06:00:00Z\", \"type\": \"recieved\"}]}";
        Run r = runWithInput(ticket, "evaluate", "--policy", "navixy-en", "--ticket", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("<stdin>:2:52: unknown event type 'recieved'; did you mean 'received'?");
        Run order = runWithInput("{\"plan\": \"paas\", \"events\": [{\"at\": \"2025-11-03T06:00:00Z\", \"type\": \"received\"},"
                + " {\"at\": \"2025-11-03T05:00:00Z\", \"type\": \"agent-response\"}]}",
                "evaluate", "--policy", "navixy-en", "--ticket", "-");
        assertThat(order.code()).isEqualTo(1);
        assertThat(order.err()).contains("before the ticket was received");
    }

    @Test
    void explainShowsRulesAndPeriods() {
        Run r = run("explain", "--policy", "navixy-en", "--plan", "on-premise", "--severity", "level-2",
                "--received", "2025-10-31T12:00:00Z", "--at", "2025-11-03T07:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Accepted.").contains("first-response: running, due 2025-11-03T10:00:00Z")
                .contains("target PT6H on calendar 'support-hours'")
                .contains("2025-10-31T12:00:00Z/2025-10-31T13:00:00Z");
    }

    @Test
    void calendarAnswersOpenNextOpenAndNextClose() {
        Run r = run("calendar", "--policy", "navixy-en", "--calendar", "support-hours", "--at", "2025-10-31T12:00:00Z", "--json");
        assertThat(r.code()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("open").asBoolean()).isTrue();
        assertThat(n.get("nextClose").asText()).isEqualTo("2025-10-31T13:00:00Z");
        assertThat(n.get("nextOpen").asText()).isEqualTo("2025-11-03T05:00:00Z");
        assertThat(n.get("period").get("start").asText()).isEqualTo("2025-10-31T05:00:00Z");
        assertThat(n.get("period").get("end").asText()).isEqualTo("2025-10-31T13:00:00Z");
        Run periods = run("calendar", "--policy", "navixy-en", "--calendar", "support-hours",
                "--from", "2025-11-01", "--to", "2025-11-04", "--json");
        assertThat(periods.json().get("periods")).hasSize(2);
        assertThat(periods.json().get("total").asText()).isEqualTo("PT16H");
    }

    @Test
    void aClosedInstantNextClosesAtTheEndOfTheNextOpenPeriod() {
        // Friday 31 October 2025 after hours: the next period is Monday 05:00-13:00 UTC
        Run r = run("calendar", "--policy", "navixy-en", "--calendar", "support-hours", "--at", "2025-10-31T15:00:00Z", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("open").asBoolean()).isFalse();
        assertThat(n.get("nextOpen").asText()).isEqualTo("2025-11-03T05:00:00Z");
        assertThat(n.get("nextClose").asText()).isEqualTo("2025-11-03T13:00:00Z");
        assertThat(n.get("period").get("start").asText()).isEqualTo("2025-11-03T05:00:00Z");
        assertThat(n.get("period").get("end").asText()).isEqualTo("2025-11-03T13:00:00Z");
        Run text = run("calendar", "--policy", "navixy-en", "--calendar", "support-hours", "--at", "2025-10-31T15:00:00Z");
        assertThat(text.out()).contains("closed; next open 2025-11-03T05:00:00Z; next close 2025-11-03T13:00:00Z")
                .contains("next period: 2025-11-03T05:00:00Z - 2025-11-03T13:00:00Z");
        // in the zone of the calendar: Moscow, on a working Saturday of the Russian calendar
        Run ru = run("calendar", "--policy", "navixy-ru", "--calendar", "support-hours", "--at", "2025-11-01T07:00:00+03:00",
                "--json");
        assertThat(ru.json().get("period").get("start").asText()).isEqualTo("2025-11-01T08:00:00+03:00");
        assertThat(ru.json().get("nextClose").asText()).isEqualTo(ru.json().get("period").get("end").asText());
        // around the clock: open, the period has no end and began before the look-back
        Run always = run("calendar", "--policy", "insales", "--calendar", "always", "--at", "2025-11-01T07:00:00+03:00", "--json");
        assertThat(always.json().get("open").asBoolean()).isTrue();
        assertThat(always.json().get("period").get("start").isNull()).isTrue();
        assertThat(always.json().get("period").get("end").isNull()).isTrue();
    }

    @Test
    void holidaysListsWeekendHolidaysTransfersAndShortDays() {
        Run r = run("holidays", "ru", "2025", "--json");
        assertThat(r.code()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("holidays").toString()).contains("2025-01-04").contains("2025-11-03").contains("2025-12-31");
        assertThat(n.get("workingWeekends").toString()).isEqualTo("[\"2025-11-01\"]");
        assertThat(n.get("shortDays").toString()).contains("2025-11-01").contains("2025-03-07");
        assertThat(n.get("source").asText()).contains("1335");
    }

    @Test
    void holidaysOf2027FollowTheDecreeOf2026() {
        Run r = run("holidays", "ru", "2027", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("holidays").toString()).contains("2027-01-01").contains("2027-01-08").contains("2027-02-22")
                .contains("2027-05-03").contains("2027-05-10").contains("2027-06-14").contains("2027-11-05")
                .contains("2027-12-31");
        assertThat(n.get("workingWeekends").toString()).isEqualTo("[\"2027-02-20\"]");
        assertThat(n.get("shortDays").toString())
                .contains("2027-02-20").contains("2027-04-30").contains("2027-06-11").contains("2027-11-03");
        assertThat(n.get("source").asText()).contains("17.09.2026 No. 1187");
    }

    @Test
    void debugShowsNoTraceForOrdinaryErrors() {
        Run r = run("who", "--policy", "navixy-en", "--plan", "x", "--service", "y", "--debug");
        assertThat(r.code()).isEqualTo(1);
    }
}
