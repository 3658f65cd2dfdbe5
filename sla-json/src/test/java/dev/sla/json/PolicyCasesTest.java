package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sla.core.Policy;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Files of example cases: the bundled ones pass, failures are located, bad files give located problems. */
class PolicyCasesTest {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(PolicyCases.schema());

    static List<String> bundled() {
        return List.copyOf(PolicyJson.bundledNames());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledPolicyShipsCasesThatPass(String name) {
        assertThat(PolicyCases.hasBundled(name)).isTrue();
        PolicyCases cases = PolicyCases.bundled(name);

        assertThat(cases.cases()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cases.run(PolicyJson.bundled(name))).isEmpty();
        assertThat(SCHEMA.validate(PolicyCases.bundledText(name), InputFormat.JSON).stream().map(Object::toString)
                .collect(Collectors.toList())).isEmpty();
    }

    @Test
    void theSchemaDescribesEveryFieldAndRefusesACaseWithoutATicketOrWithTwo() throws java.io.IOException {
        List<String> missing = new java.util.ArrayList<>();
        SchemaDescriptionsTest.undescribed(new com.fasterxml.jackson.databind.ObjectMapper().readTree(PolicyCases.schema()), "",
                missing);

        assertThat(missing).isEmpty();
        assertThat(SCHEMA.validate("{\"cases\": [{\"name\": \"a\", \"expect\": {}}]}", InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"cases\": [{\"name\": \"a\", \"plan\": \"p\", \"received\": \"2025-10-31T15:00:00Z\","
                + " \"ticket\": {}, \"expect\": {}}]}", InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"cases\": [{\"name\": \"a\", \"plan\": \"p\", \"received\": \"2025-10-31T15:00:00Z\","
                + " \"expect\": {\"metrics\": {\"m\": {\"due\": null, \"state\": \"none\"}}}}]}", InputFormat.JSON)).isEmpty();
    }

    @Test
    void aFailureNamesTheFileTheLineTheCaseTheMetricAndBothInstants() {
        String json = "{\"cases\": [\n"
                + "  {\"name\": \"level 1\", \"plan\": \"paas\", \"severity\": \"level-1\",\n"
                + "   \"received\": \"2025-10-31T15:00:00+03:00\",\n"
                + "   \"expect\": {\"performer\": \"partner\", \"metrics\": {\"first-response\": {\"due\": \"2025-11-01T10:00:00+03:00\", \"elapsed\": \"PT0S\"}}}}]}";
        Policy policy = PolicyJson.bundled("navixy-ru");

        List<CaseFailure> failures = PolicyCases.read("my.cases.json", json, policy).run(policy);

        assertThat(failures).extracting(Object::toString).containsExactly(
                "my.cases.json:4:28: case 'level 1': performer expected 'partner' got 'navixy'",
                "my.cases.json:4:77: case 'level 1': metric 'first-response' due expected 2025-11-01T10:00:00+03:00"
                        + " got 2025-11-01T09:00:00+03:00");
    }

    @Test
    void aCaseChecksThePlanARefusedTicketGoesToAndTheRequirementsItLacks() {
        String json = "{\"cases\": [\n"
                + "  {\"name\": \"end user\", \"ticket\": {\"plan\": \"technical-support\", \"requester\": \"end-user\",\n"
                + "   \"events\": [{\"at\": \"2025-11-10T10:00:00+03:00\", \"type\": \"received\"}]},\n"
                + "   \"expect\": {\"redirectPlan\": \"technical-support\"}},\n"
                + "  {\"name\": \"bug\", \"ticket\": {\"plan\": \"technical-support\", \"service\": \"server-side\",\n"
                + "   \"carries\": [\"steps\"], \"events\": [{\"at\": \"2025-11-10T10:00:00+03:00\", \"type\": \"received\"}]},\n"
                + "   \"expect\": {\"missing\": [\"description\", \"screenshots\"], \"redirectPlan\": null}},\n"
                + "  {\"name\": \"bug, wrong\", \"ticket\": {\"plan\": \"technical-support\", \"service\": \"server-side\",\n"
                + "   \"carries\": [\"steps\"], \"events\": [{\"at\": \"2025-11-10T10:00:00+03:00\", \"type\": \"received\"}]},\n"
                + "   \"expect\": {\"missing\": [\"screenshots\"]}}]}";
        Policy policy = PolicyJson.bundled("express");

        List<CaseFailure> failures = PolicyCases.read("x.cases.json", json, policy).run(policy);

        assertThat(failures).extracting(Object::toString).containsExactly(
                "x.cases.json:4:31: case 'end user': redirectPlan expected 'technical-support' got 'client-support'",
                "x.cases.json:10:26: case 'bug, wrong': missing expected [screenshots] got [description, screenshots]");
    }

    @Test
    void aCaseChecksTheWordsOfTheReason() {
        String ticket = "\"ticket\": {\"plan\": \"technical-support\", \"requester\": \"end-user\",\n"
                + "   \"events\": [{\"at\": \"2025-11-10T10:00:00+03:00\", \"type\": \"received\"}]}";
        String json = "{\"cases\": [\n"
                + "  {\"name\": \"words\", " + ticket + ",\n   \"expect\": {\"reason\": \"клиентскую поддержку\"}},\n"
                + "  {\"name\": \"other words\", " + ticket + ",\n   \"expect\": {\"reason\": \"поставщик\"}},\n"
                + "  {\"name\": \"no reason\", " + ticket + ",\n   \"expect\": {\"reason\": null}},\n"
                + "  {\"name\": \"accepted\", \"plan\": \"technical-support\", \"severity\": \"high\",\n"
                + "   \"received\": \"2025-11-10T10:00:00+03:00\", \"expect\": {\"reason\": \"any\"}}]}";
        Policy policy = PolicyJson.bundled("express");

        List<CaseFailure> failures = PolicyCases.read("x.cases.json", json, policy).run(policy);

        String reason = policy.intakeRules().get(0).reason();
        assertThat(failures).extracting(Object::toString).containsExactly(
                "x.cases.json:7:25: case 'other words': reason expected to contain 'поставщик' got '" + reason + "'",
                "x.cases.json:10:25: case 'no reason': reason expected none got '" + reason + "'",
                "x.cases.json:12:66: case 'accepted': reason expected to contain 'any' got none");
        assertThatThrownBy(() -> PolicyCases.read("x.cases.json", json.replace("\"поставщик\"", "\" \""), policy))
                .isInstanceOf(CaseLoadException.class)
                .hasMessageContaining("x.cases.json:7:25: 'reason' must hold the words the reason contains, or be null");
    }

    @Test
    void anExpectedRequirementOrPlanThePolicyDoesNotKnowIsALocatedProblem() {
        String json = "{\"cases\": [{\"name\": \"a\", \"plan\": \"technical-support\", \"severity\": \"high\",\n"
                + " \"received\": \"2025-11-10T10:00:00+03:00\", \"expect\": {\"missing\": [\"screenshot\"],"
                + " \"redirectPlan\": \"client-suport\"}}]}";
        Policy policy = PolicyJson.bundled("express");

        assertThatThrownBy(() -> PolicyCases.read("x.cases.json", json, policy)).isInstanceOf(CaseLoadException.class)
                .hasMessageContaining("x.cases.json:2:66: unknown requirement 'screenshot'; did you mean 'screenshots'?")
                .hasMessageContaining("unknown redirectPlan 'client-suport'; did you mean 'client-support'?");
    }

    @Test
    void aTicketCaseIsJudgedAtItsLastEventByDefault() {
        String json = "{\"cases\": [{\"name\": \"answered\", \"ticket\": {\"plan\": \"paas\", \"severity\": \"level-1\","
                + " \"events\": [{\"at\": \"2025-11-10T09:00:00+03:00\", \"type\": \"received\"},"
                + " {\"at\": \"2025-11-10T12:00:00+03:00\", \"type\": \"agent-response\"}]},"
                + " \"expect\": {\"metrics\": {\"first-response\": {\"state\": \"met\"}}}}]}";
        Policy policy = PolicyJson.bundled("navixy-ru");

        PolicyCases cases = PolicyCases.read("c.json", json, policy);

        assertThat(cases.cases().get(0).at()).isEqualTo(java.time.Instant.parse("2025-11-10T09:00:00Z"));
        assertThat(cases.run(policy)).extracting(CaseFailure::message)
                .containsExactly("metric 'first-response' state expected 'met' got 'breached'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"pass\", \"received\": \"2025-10-31T15:00:00+03:00\", \"expect\": {}}]}"
            + "|c.json:1:34: unknown plan 'pass' in policy 'navixy-ru'; did you mean 'paas'?",
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"paas\", \"received\": \"2025-10-31T15:00\", \"expect\": {}}]}"
            + "|c.json:1:54: '2025-10-31T15:00' is not an ISO-8601 instant with an offset",
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"paas\", \"received\": \"2025-10-31T15:00:00Z\","
            + " \"expect\": {\"metrics\": {\"first-respons\": {}}}}]}"
            + "|c.json:1:118: unknown metric 'first-respons'; did you mean 'first-response'?",
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"paas\", \"received\": \"2025-10-31T15:00:00Z\","
            + " \"expect\": {\"perfomer\": \"navixy\"}}]}"
            + "|c.json:1:101: unknown field 'perfomer'; did you mean 'performer'?",
        "{\"cases\": [{\"name\": \"a\", \"expect\": {}}]}|c.json:1:12: a case needs 'ticket'",
        "{\"policy\": \"insales\", \"cases\": []}|c.json:1:12: the cases are for policy 'insales', not 'navixy-ru'",
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"paas\", \"received\": \"2025-10-31T15:00:00Z\","
            + " \"expect\": {\"metrics\": {\"first-response\": {\"state\": \"runing\"}}}}]}"
            + "|c.json:1:129: unknown state 'runing'; did you mean 'running'?",
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"paas\", \"received\": \"2025-10-31T15:00:00Z\", \"expect\": {}},"
            + " {\"name\": \"a\", \"plan\": \"paas\", \"received\": \"2025-10-31T15:00:00Z\", \"expect\": {}}]}"
            + "|c.json:1:102: a second case named 'a'",
        "{\"cases\": [{\"name\": \"a\", \"ticket\": {\"plan\": \"paas\", \"servise\": \"x\", \"events\": []}, \"expect\": {}}]}"
            + "|c.json:1:64: unknown field 'servise'; did you mean 'service'?",
        "[1, 2|c.json:1:6:"})
    void aBadFileOfCasesGivesLocatedProblems(String row) {
        String[] parts = row.split("\\|");
        Policy policy = PolicyJson.bundled("navixy-ru");

        assertThatThrownBy(() -> PolicyCases.read("c.json", parts[0], policy))
                .isInstanceOf(CaseLoadException.class)
                .satisfies(ex -> assertThat(((CaseLoadException) ex).problems().get(0).toString()).startsWith(parts[1]));
    }

    private static final String EXPRESS_HIGH = "{\"name\": \"high\", \"plan\": \"technical-support\", \"severity\": "
            + "\"high\", \"received\": \"2025-10-31T15:00:00+03:00\", \"at\": \"2025-10-31T16:00:00+03:00\"";

    @Test
    void aFileThatNamesAContractIsJudgedUnderItAndACaseMayNameItsOwn() {
        Policy express = PolicyJson.bundled("express");
        String json = "{\"policy\": \"express\", \"contract\": \"express-example\", \"cases\": [\n"
                + EXPRESS_HIGH + ", \"expect\": {\"metrics\": {\"first-response\": {\"due\": \"2025-10-31T17:00:00+03:00\", "
                + "\"state\": \"running\"}}}},\n"
                + EXPRESS_HIGH.replace("\"name\": \"high\"", "\"name\": \"resolution\"")
                // 16 working hours: Friday 15:00-18:00, the shortened Monday 3 November 09:00-17:00, after the
                // holiday of 4 November Wednesday 09:00-14:00
                + ", \"expect\": {\"metrics\": {\"resolution\": {\"due\": \"2025-11-05T14:00:00+03:00\"}}}}]}";

        PolicyCases cases = PolicyCases.read("c.json", json, express);

        assertThat(cases.cases()).allSatisfy(c -> assertThat(c.contract()).isPresent());
        assertThat(cases.cases().get(0).ticket().attributes()).containsEntry("contract", "express-example");
        assertThat(cases.run(express)).isEmpty();
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();

        // the same case without a contract: the target is set by the contract, so the expectation fails
        PolicyCases unbound = PolicyCases.read("c.json", json.replace("\"contract\": \"express-example\", ", ""),
                express);
        assertThat(unbound.cases().get(0).contract()).isEmpty();
        assertThat(unbound.run(express)).map(CaseFailure::toString).first().asString()
                .contains("metric 'first-response' due expected 2025-10-31T17:00:00+03:00 got none");
    }

    @Test
    void aCaseNamesItsContractInTheShortFormOrByItsTicket() {
        Policy trackunit = PolicyJson.bundled("trackunit");
        String json = "{\"cases\": [{\"name\": \"critical\", \"plan\": \"standard\", \"severity\": \"critical\", "
                + "\"received\": \"2025-10-31T15:00:00Z\", \"contract\": \"trackunit-example\", "
                + "\"expect\": {\"metrics\": {\"first-response\": {\"state\": \"running\"}}}},"
                + "{\"name\": \"ticket\", \"ticket\": {\"plan\": \"standard\", \"severity\": \"critical\", "
                + "\"contract\": \"trackunit-example\", \"events\": [{\"at\": \"2025-10-31T15:00:00Z\", \"type\": \"received\"}]}, "
                + "\"expect\": {\"metrics\": {\"first-response\": {\"state\": \"running\"}}}},"
                + "{\"name\": \"none\", \"plan\": \"standard\", \"severity\": \"critical\", "
                + "\"received\": \"2025-10-31T15:00:00Z\", \"expect\": {\"metrics\": {\"first-response\": "
                + "{\"state\": \"none\", \"due\": null}}}}]}";

        PolicyCases cases = PolicyCases.read("c.json", json, trackunit);

        assertThat(cases.cases()).extracting(c -> c.contract().map(dev.sla.core.Contract::id).orElse("-"))
                .containsExactly("trackunit-example", "trackunit-example", "-");
        assertThat(cases.run(trackunit)).isEmpty();
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"contract\": \"express-exampel\", \"cases\": []}"
            + "|c.json:1:14: unknown contract 'express-exampel': no contract file of that name beside the file of cases and no bundled contract 'express-exampel'; did you mean 'express-example'?; bundled contracts: express-example, trackunit-example",
        "{\"contract\": \"trackunit-example\", \"cases\": []}"
            + "|c.json:1:14: contract 'trackunit-example' does not fit policy 'express'",
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"client-support\", \"received\": \"2025-10-31T15:00:00Z\", "
            + "\"contract\": \"express-example\", \"expect\": {}}]}"
            + "|c.json:1:34: the ticket is on plan 'client-support', but contract 'express-example' is on plan "
            + "'technical-support'",
        "{\"cases\": [{\"name\": \"a\", \"plan\": \"technical-support\", \"received\": \"2023-10-31T15:00:00Z\", "
            + "\"contract\": \"express-example\", \"expect\": {}}]}"
            + "|c.json:1:67: the ticket was received at 2023-10-31T15:00:00Z, before contract 'express-example'"})
    void aBadContractOfAFileOfCasesIsLocated(String row) {
        String[] parts = row.split("\\|");
        Policy policy = PolicyJson.bundled("express");

        assertThatThrownBy(() -> PolicyCases.read("c.json", parts[0], policy))
                .isInstanceOf(CaseLoadException.class)
                .satisfies(ex -> assertThat(((CaseLoadException) ex).problems().get(0).toString()).startsWith(parts[1]));
    }
}
