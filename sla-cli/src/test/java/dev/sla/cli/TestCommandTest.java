package dev.sla.cli;

import static dev.sla.cli.SlaCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sla test}: runs files of cases, prints located failures, exit 1 on a failure or a bad file. */
class TestCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en", "insales", "express", "trackunit"})
    void theCasesABundledPolicyShipsPass(String name) {
        SlaCommandTest.Run r = run("test", name);

        assertThat(r.err()).isEmpty();
        assertThat(r.out()).matches("\\d+ cases: (\\d+) passed, 0 failed\\s*");
        assertThat(r.code()).isZero();
    }

    @Test
    void passingCasesOfAFileExitZero() throws IOException {
        Path cases = file("ok.cases.json", "{\"policy\": \"navixy-ru\", \"cases\": [\n"
                + "  {\"name\": \"level 1\", \"plan\": \"paas\", \"severity\": \"level-1\", \"received\": \"2025-10-31T15:00:00+03:00\",\n"
                + "   \"expect\": {\"metrics\": {\"first-response\": {\"due\": \"2025-11-01T06:00:00Z\"}}}}]}");

        SlaCommandTest.Run r = run("test", "navixy-ru", cases.toString());

        assertThat(r.out()).isEqualTo("1 case: 1 passed, 0 failed" + System.lineSeparator());
        assertThat(r.code()).isZero();
    }

    @Test
    void casesUnderAContractFileCheckTheContractsTargets() throws IOException {
        file("acme.json", dev.sla.json.ContractJson.bundledText("express-example").replace("\"express-example\"",
                "\"acme\"").replace("\"first-response-high\": \"PT2H\"", "\"first-response-high\": \"PT1H\""));
        Path cases = file("acme.cases.json", "{\"policy\": \"express\", \"contract\": \"acme.json\", \"cases\": [\n"
                + "  {\"name\": \"high under acme\", \"plan\": \"technical-support\", \"severity\": \"high\",\n"
                + "   \"received\": \"2025-10-31T15:00:00+03:00\",\n"
                + "   \"expect\": {\"metrics\": {\"first-response\": {\"due\": \"2025-10-31T16:00:00+03:00\"}}}},\n"
                + "  {\"name\": \"high under the example\", \"plan\": \"technical-support\", \"severity\": \"high\",\n"
                + "   \"received\": \"2025-10-31T15:00:00+03:00\", \"contract\": \"express-example\",\n"
                + "   \"expect\": {\"metrics\": {\"first-response\": {\"due\": \"2025-10-31T16:00:00+03:00\"}}}}]}");

        SlaCommandTest.Run r = run("test", "express", cases.toString());

        // the example contract gives two hours, not the one of acme
        assertThat(r.out()).contains(cases + ":7:53: case 'high under the example': metric 'first-response' due "
                + "expected 2025-10-31T16:00:00+03:00 got 2025-10-31T17:00:00+03:00")
                .contains("2 cases: 1 passed, 1 failed");
        assertThat(r.code()).isEqualTo(1);

        Path unknown = file("bad.cases.json", "{\"contract\": \"acme.jsn\", \"cases\": []}");
        SlaCommandTest.Run bad = run("test", "express", unknown.toString());
        assertThat(bad.err()).contains(unknown + ":1:14: unknown contract 'acme.jsn'");
        assertThat(bad.code()).isEqualTo(1);
    }

    @Test
    void eachFailureIsPrintedWithItsPlaceTheCaseAndBothValues() throws IOException {
        Path cases = file("my.cases.json", "{\"cases\": [\n"
                + "  {\"name\": \"level 1\", \"plan\": \"paas\", \"severity\": \"level-1\",\n"
                + "   \"received\": \"2025-10-31T15:00:00+03:00\",\n"
                + "   \"expect\": {\"metrics\": {\"first-response\": {\"due\": \"2025-11-03T09:00:00+03:00\", \"state\": \"met\"}}}},\n"
                + "  {\"name\": \"end user\", \"ticket\": {\"plan\": \"paas\", \"requester\": \"end-user\",\n"
                + "   \"events\": [{\"at\": \"2025-10-31T15:00:00+03:00\", \"type\": \"received\"}]},\n"
                + "   \"expect\": {\"accepted\": false, \"redirect\": \"partner\"}}]}");

        SlaCommandTest.Run r = run("test", "navixy-ru", cases.toString());

        assertThat(r.out().split("\\R")).containsExactly(
                cases + ":4:53: case 'level 1': metric 'first-response' due expected 2025-11-03T09:00:00+03:00 got"
                        + " 2025-11-01T09:00:00+03:00",
                cases + ":4:91: case 'level 1': metric 'first-response' state expected 'met' got 'running'",
                "2 cases: 1 passed, 1 failed");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aBadFileOfCasesGivesLocatedProblemsAndTheOtherFilesStillRun() throws IOException {
        Path bad = file("bad.cases.json", "{\"cases\": [\n  {\"name\": \"x\", \"plan\": \"pass\",\n"
                + "   \"received\": \"2025-10-31T15:00:00+03:00\", \"expect\": {\"mode\": 3}}]}");
        Path good = file("good.cases.json", "{\"cases\": [{\"name\": \"y\", \"plan\": \"paas\", \"severity\": \"level-2\","
                + " \"received\": \"2025-10-31T15:00:00+03:00\", \"expect\": {\"performer\": \"navixy\"}}]}");

        SlaCommandTest.Run r = run("test", "navixy-ru", bad.toString(), good.toString());

        assertThat(r.err().split("\\R")).containsExactly(
                bad + ":2:25: unknown plan 'pass' in policy 'navixy-ru'; did you mean 'paas'?; known: paas, on-premise, cloud"
                        + " (at /cases/0/plan)",
                bad + ":3:64: 'mode' must be a string, not a number (at /cases/0/expect/mode)");
        assertThat(r.out()).isEqualTo("1 case: 1 passed, 0 failed; 1 of 2 files of cases could not be read"
                + System.lineSeparator());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aMissingFileOfCasesIsInvalidInput() {
        SlaCommandTest.Run r = run("test", "navixy-ru", dir.resolve("none.json").toString());

        assertThat(r.err()).contains("none.json: cannot read the file: no such file");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aPolicyFileWithoutCasesIsBadUsage() throws IOException {
        Path policy = file("p.json", dev.sla.json.PolicyJson.bundledText("insales"));

        SlaCommandTest.Run r = run("test", policy.toString());

        assertThat(r.err()).contains("give the files of cases");
        assertThat(r.code()).isEqualTo(2);
    }

    @Test
    void helpListsTheCommand() {
        assertThat(run("--help").out()).containsPattern("(?m)^\\s+test\\s+Run example cases of a policy");
        assertThat(run("test", "--help").out()).contains("case 'name': metric").contains("Files of cases");
    }
}
