package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sla.cli.SlaCommandTest.Run;
import dev.sla.json.PolicyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiffCommandTest {

    @TempDir
    Path dir;

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** A copy of a bundled policy with one piece of text replaced. */
    private Path edited(String bundled, String from, String to) throws IOException {
        String text = PolicyJson.bundledText(bundled);
        assertThat(text).contains(from);
        Path file = dir.resolve(bundled + "-edited.json");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en", "insales", "express", "trackunit"})
    void aPolicyAgainstItselfAnswersTheSame(String policy) {
        Run r = SlaCommandTest.run("diff", policy, policy, "--from", "2026-12-01", "--to", "2027-01-31", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode n = r.json();
        assertThat(n.get("same").asBoolean()).isTrue();
        assertThat(n.get("changes")).isEmpty();
        assertThat(n.get("deadlines").get("sampled").asInt()).isPositive();
        assertThat(n.get("deadlines").get("moved").asInt()).isZero();
    }

    @Test
    void theTwoNavixyRegulationsDifferInTheirCalendarAndTheRussianHolidaysMoveDeadlines() {
        // navixy-ru: Mon-Fri 08:00-16:00 Moscow time on the Russian production calendar; navixy-en: Mon-Fri
        // 05:00-13:00 UTC, the same hours, with no holidays. A level-1 PaaS incident (2 working hours) received on
        // Tuesday 30 December 2025 at 12:59 UTC, a minute before closing, has one minute that day; by the Russian
        // text the next working day is Monday 12 January 2026 (31 December 2025 and 9 January 2026 are days off
        // transferred from weekends, 1-8 January are holidays), so it is due at 09:59 Moscow time; by the English
        // one, on 31 December at 06:59 UTC.
        Run r = SlaCommandTest.run("diff", "navixy-ru", "navixy-en", "--from", "2025-12-30", "--to", "2025-12-30", "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode n = r.json();
        assertThat(n.get("same").asBoolean()).isFalse();
        assertThat(list(n.get("changes"))).anySatisfy(c -> {
            assertThat(c.get("section").asText()).isEqualTo("calendars");
            assertThat(c.get("id").asText()).isEqualTo("support-hours");
            assertThat(c.get("change").asText()).isEqualTo("changed");
            assertThat(c.get("old").asText()).contains("Europe/Moscow").contains("Mon-Fri 08:00-16:00").contains("ru");
            assertThat(c.get("new").asText()).contains("zone UTC").contains("Mon-Fri 05:00-13:00");
        });
        assertThat(list(n.get("changes"))).anySatisfy(c -> {
            assertThat(c.get("section").asText()).isEqualTo("services");
            assertThat(c.get("id").asText()).isEqualTo("gps-hardware-setup");
            assertThat(c.get("change").asText()).isEqualTo("added");
        });
        assertThat(list(n.get("deadlines").get("moves"))).anySatisfy(m -> {
            assertThat(m.get("plan").asText()).isEqualTo("paas");
            assertThat(m.get("severity").asText()).isEqualTo("level-1");
            assertThat(m.get("metric").asText()).isEqualTo("first-response");
            assertThat(m.get("received").asText()).isEqualTo("2025-12-30T12:59:00Z");
            assertThat(m.get("old").asText()).isEqualTo("due 2026-01-12T09:59:00+03:00");
            assertThat(m.get("new").asText()).isEqualTo("due 2025-12-31T06:59:00Z");
        });
    }

    @Test
    void theSameHoursInAnotherZoneAreACalendarChangeThatMovesNoDeadline() throws IOException {
        // Mon-Fri 08:00-16:00 at UTC+3 are Mon-Fri 05:00-13:00 UTC: the deadlines are printed in another zone, but
        // none moves.
        Path file = edited("navixy-en", "\"zone\": \"UTC\", \"hours\": \"Mon-Fri 05:00-13:00\"",
                "\"zone\": \"Etc/GMT-3\", \"hours\": \"Mon-Fri 08:00-16:00\"");

        Run r = SlaCommandTest.run("diff", "navixy-en", file.toString(), "--from", "2026-11-09", "--to", "2026-11-15",
                "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.json().get("changes")).hasSize(1);
        assertThat(r.json().get("changes").get(0).get("new").asText()).isEqualTo("zone Etc/GMT-3, hours Mon-Fri 08:00-16:00");
        assertThat(r.json().get("deadlines").get("sampled").asInt()).isPositive();
        assertThat(r.json().get("deadlines").get("moved").asInt()).isZero();
    }

    @Test
    void oneTargetChangedIsOneChangeAndMovesOnlyItsDeadlines() throws IOException {
        Path file = edited("navixy-en",
                "\"plan\": \"paas\", \"severity\": \"level-1\", \"time\": \"PT2H\"",
                "\"plan\": \"paas\", \"severity\": \"level-1\", \"time\": \"PT3H\"");

        Run r = SlaCommandTest.run("diff", "navixy-en", file.toString(), "--from", "2026-12-01", "--to", "2026-12-14", "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode n = r.json();
        assertThat(n.get("changes")).hasSize(1);
        JsonNode c = n.get("changes").get(0);
        assertThat(c.get("section").asText()).isEqualTo("targets");
        assertThat(c.get("id").asText()).isEqualTo("first-response paas level-1");
        // the target holds for tickets received within the support hours; otherwise best effort
        assertThat(c.get("old").asText()).isEqualTo("PT2H on support-hours if received while support-hours is open");
        assertThat(c.get("new").asText()).isEqualTo("PT3H on support-hours if received while support-hours is open");
        JsonNode d = n.get("deadlines");
        // Only paas level-1 deadlines move.
        assertThat(d.get("moved").asInt()).isPositive();
        assertThat(list(d.get("moves"))).allSatisfy(m -> {
            assertThat(m.get("plan").asText()).isEqualTo("paas");
            assertThat(m.get("severity").asText()).isEqualTo("level-1");
        });
        // Tuesday 1 December 2026 at 09:00 UTC, the middle of the day's hours: 2 hours gave 11:00, 3 give 12:00.
        assertThat(list(d.get("moves"))).anySatisfy(m -> {
            assertThat(m.get("received").asText()).isEqualTo("2026-12-01T09:00:00Z");
            assertThat(m.get("old").asText()).isEqualTo("due 2026-12-01T11:00:00Z");
            assertThat(m.get("new").asText()).isEqualTo("due 2026-12-01T12:00:00Z");
        });
    }

    @Test
    void aCellChangedShowsOnItsPlanAndOnThePlanThatInheritsItAndMovesNoDeadline() throws IOException {
        Path file = edited("navixy-en", "\"custom-logos\": { \"name\": \"Custom logos in user accounts\", \"coverage\": "
                + "{ \"paas\": \"navixy\", \"on-premise\": \"partner\" } }", "\"custom-logos\": { \"name\": \"Custom logos "
                + "in user accounts\", \"coverage\": { \"paas\": \"navixy\", \"on-premise\": \"navixy\" } }");

        Run r = SlaCommandTest.run("diff", "navixy-en", file.toString(), "--from", "2026-12-01", "--to", "2026-12-03");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        // The mode is the one the policy gives the vendor's cells on that plan.
        assertThat(r.out()).containsPattern("cells:\n  ~ custom-logos on on-premise: partner \\(full\\) -> navixy \\([a-z-]+\\)\n"
                + "  ~ custom-logos on cloud: partner \\(full\\) -> navixy \\([a-z-]+\\)\n");
        assertThat(r.out()).contains("; 0 move").contains("the policies differ");
        assertThat(r.out()).doesNotContain("targets:");
    }

    @Test
    void changedCalendarHoursShowAsACalendarChangeAndMoveTheDeadlinesOfEveryPlan() throws IOException {
        Path file = edited("navixy-en", "\"hours\": \"Mon-Fri 05:00-13:00\"", "\"hours\": \"Mon-Fri 06:00-14:00\"");

        Run r = SlaCommandTest.run("diff", "navixy-en", file.toString(), "--from", "2026-12-01", "--to", "2026-12-01",
                "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode n = r.json();
        assertThat(n.get("changes")).hasSize(1);
        assertThat(n.get("changes").get(0).get("section").asText()).isEqualTo("calendars");
        assertThat(n.get("changes").get(0).get("old").asText()).isEqualTo("zone UTC, hours Mon-Fri 05:00-13:00");
        assertThat(n.get("changes").get(0).get("new").asText()).isEqualTo("zone UTC, hours Mon-Fri 06:00-14:00");
        List<String> plans = list(n.get("deadlines").get("moves")).stream().map(m -> m.get("plan").asText()).distinct()
                .toList();
        assertThat(plans).containsExactly("paas", "on-premise", "cloud");
        // Received at 13:59 on Tuesday 1 December 2026, a level-1 PaaS incident (2 hours) now has a minute that
        // day and is due on Wednesday at 07:59, an hour and 59 minutes after the new opening at 06:00.
        assertThat(list(n.get("deadlines").get("moves"))).anySatisfy(m -> {
            assertThat(m.get("plan").asText()).isEqualTo("paas");
            assertThat(m.get("severity").asText()).isEqualTo("level-1");
            assertThat(m.get("received").asText()).isEqualTo("2026-12-01T13:59:00Z");
            assertThat(m.get("new").asText()).isEqualTo("due 2026-12-02T07:59:00Z");
        });
        // A plan's "no target" stays what it was.
        assertThat(list(n.get("deadlines").get("moves"))).filteredOn(m -> m.get("plan").asText().equals("on-premise")
                && m.get("severity").asText().equals("question")).isEmpty();
        assertThat(list(n.get("deadlines").get("moves"))).filteredOn(m -> m.get("plan").asText().equals("paas")
                && m.get("severity").asText().equals("question")).isNotEmpty();
    }

    @Test
    void anAddedIntakeRuleAndReorderedLevelsAreChangesThoughNoSampledDeadlineMoves() throws IOException {
        String text = PolicyJson.bundledText("navixy-en");
        String l2 = "      { \"id\": \"level-2\", \"name\": \"Level 2\", \"description\": \"The failure affects several "
                + "features or users\" },\n";
        String l3 = "      { \"id\": \"level-3\", \"name\": \"Level 3\", \"description\": \"The failure affects a single "
                + "feature or a user\" },\n";
        assertThat(text).contains(l2 + l3);
        String rule = "    { \"when\": { \"requester\": \"end-user\" }, \"reason\": \"Requests from Partner's end users";
        assertThat(text).contains(rule);
        Path file = dir.resolve("edited.json");
        Files.writeString(file, text.replace(l2 + l3, l3 + l2).replace(rule, "    { \"when\": { \"cause\": "
                + "\"third-party-software\", \"impact\": \"single\" }, \"reason\": \"Not ours\" },\n" + rule),
                StandardCharsets.UTF_8);

        Run r = SlaCommandTest.run("diff", "navixy-en", file.toString(), "--from", "2026-12-01", "--to", "2026-12-02");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("severities:\n  ~ order: level-1 > level-2 > level-3 > question -> "
                + "level-1 > level-3 > level-2 > question\n");
        assertThat(r.out()).contains("intake:\n  + rule: when cause=third-party-software, impact=single not accepted: "
                + "Not ours\n");
        assertThat(r.out()).contains("; 0 move\n").doesNotContain("other:");
    }

    @Test
    void theNewConstructsShowInTheirSectionsByName() throws IOException {
        String text = PolicyJson.bundledText("navixy-en");
        String plan = "\"defaultMode\": \"consultative\", \"enforce\": [\"channels\", \"languages\"]";
        String scope = "\"scope\": { \"performer\": \"navixy\", \"mode\": [\"full\", \"log-analysis\"] }";
        String target = "\"severity\": \"level-1\", \"time\": \"PT2H\", \"calendar\": \"support-hours\", \"condition\": "
                + "{ \"receivedWithin\": \"support-hours\", \"otherwise\": \"In all other cases response time may vary "
                + "depending on weekends and public holidays\" } }";
        String authors = "\"authors\": { \"restart\": [\"partner\"] }";
        assertThat(text).contains(plan).contains(scope).contains(target).contains(authors);
        Path file = dir.resolve("edited.json");
        Files.writeString(file, text.replace(plan, "\"defaultMode\": \"log-analysis\", \"enforce\": [\"channels\"]")
                .replace(scope, "\"scope\": { \"performer\": \"navixy\", \"mode\": [\"full\"] }")
                .replace(target, "\"severity\": \"level-1\", \"time\": \"PT2H\", \"calendar\": \"support-hours\" }")
                .replace(authors, "\"authors\": { \"restart\": [\"partner\", \"end-user\"] }"), StandardCharsets.UTF_8);

        Run r = SlaCommandTest.run("diff", "navixy-en", file.toString(), "--from", "2026-12-01", "--to", "2026-12-02");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("other:");
        assertThat(r.out()).contains("  ~ default mode on on-premise: consultative -> log-analysis\n");
        assertThat(r.out()).containsPattern("plans:\n  ~ on-premise: [^\n]*, enforces channels, enforces languages, "
                + "requires [^\n]* -> [^\n]*, enforces channels, requires ");
        assertThat(r.out()).contains("modes:\n  ~ rule: when cause=third-party-software then consultative on cells of "
                + "navixy in full|log-analysis (").contains(" -> when cause=third-party-software then consultative on "
                + "cells of navixy in full (");
        assertThat(r.out()).contains("  ~ first-response paas level-1: PT2H on support-hours if received while "
                + "support-hours is open -> PT2H on support-hours\n");
        assertThat(r.out()).containsPattern("metrics:\n  ~ first-response: [^\n]*restarted only by partner -> [^\n]*"
                + "restarted only by end-user partner\n");
    }

    @Test
    void parametersAndTheCalendarsAContractSetsShowByName() throws IOException {
        Path file = edited("express", "\"description\": \"The weekly working hours of technical support, by the "
                + "contract\" }", "\"description\": \"The weekly hours of technical support\" }");

        Run r = SlaCommandTest.run("diff", "express", file.toString(), "--from", "2026-12-01", "--to", "2026-12-02");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("parameters:\n  ~ technical-support-hours: hours, Время работы технической "
                + "поддержки: The weekly working hours of technical support, by the contract -> hours, Время работы "
                + "технической поддержки: The weekly hours of technical support\n").doesNotContain("other:");
    }

    @Test
    void textListsAtMostTheLimitOfMoves() {
        Run r = SlaCommandTest.run("diff", "navixy-ru", "navixy-en", "--from", "2026-01-05", "--to", "2026-01-05",
                "--limit", "2");

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("--- navixy-ru (navixy-ru)\n+++ navixy-en (navixy-en)\n");
        Matcher m = Pattern.compile("deadlines: (\\d+) sampled, received 2026-01-05 to 2026-01-05; (\\d+) move\n"
                + "(  paas level-1 first-response received .*\n){2}  \\.\\.\\. (\\d+) more \\(--limit N shows more, "
                + "--json lists all\\)\n").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Integer.parseInt(m.group(4))).isEqualTo(Integer.parseInt(m.group(2)) - 2);
    }

    @Test
    void badInputIsExitTwoWithALocatedMessage() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"x\", \"vendor\": \"nope\"", StandardCharsets.UTF_8);

        Run r = SlaCommandTest.run("diff", broken.toString(), "navixy-en");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(broken + ":1:29: malformed JSON").contains("sla: 1 problem in " + broken).doesNotContain("Exception");
    }

    @Test
    void anUnknownPolicyADateThatDoesNotParseAndReversedDatesAreExitTwo() {
        Run unknown = SlaCommandTest.run("diff", "navixy-xx", "navixy-en");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no policy file 'navixy-xx' and no bundled policy 'navixy-xx'").contains("navixy-ru");

        Run date = SlaCommandTest.run("diff", "navixy-ru", "navixy-en", "--from", "2026-13-01");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("'2026-13-01' is not an ISO-8601 date");

        Run reversed = SlaCommandTest.run("diff", "navixy-ru", "navixy-en", "--from", "2026-12-01", "--to", "2026-11-01");
        assertThat(reversed.code()).isEqualTo(2);
        assertThat(reversed.err()).contains("--to 2026-11-01 is before --from 2026-12-01");

        Run missing = SlaCommandTest.run("diff", "navixy-ru");
        assertThat(missing.code()).isEqualTo(2);
    }

    @Test
    void helpNamesTheExitCodesAndHasExamples() {
        Run r = SlaCommandTest.run("diff", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit codes: 0 the policies answer the same, 1 they differ, 2 bad input")
                .contains("Examples:").contains("sla diff navixy-ru navixy-en");
    }
}
