package dev.sla.core;

import static dev.sla.core.PolicyValidationTest.base;
import static dev.sla.core.PolicyValidationTest.p;
import static dev.sla.core.PolicyValidationTest.problems;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Elements given with the path they were found at, such as their place in a JSON file
 * where some elements were skipped: their problems use that path, and a message naming
 * another element names it by the last step of its path.
 */
class LocatedBuilderTest {

    @Test
    void targetsAtTheirOwnPaths() {
        problems(base().target(Target.of("first-response", "basic", "high", Duration.ofHours(2), "hours"), "/targets/5")
                        .target(Target.of("first-response", "gold", "high", Duration.ofHours(2), "hours"), "/targets/7")
                        .target(Target.of("first-response", "basic", "high", Duration.ZERO, "hours"), "/targets/9"),
                p("/targets/5", "states the same metric, plan, severity and service as target 0"),
                p("/targets/7/plan", "unknown plan 'gold'; known: basic, plus"),
                p("/targets/9/target", "target PT0S must be positive"),
                p("/targets/9", "states the same metric, plan, severity and service as target 0"),
                p("/targets/9", "states the same metric, plan, severity and service as target 5"));
    }

    @Test
    void rulesNameEachOtherByTheirPaths() {
        Condition thirdParty = Condition.when("cause", "third-party-software");
        problems(base().classify(new ClassificationRule(Condition.ALWAYS, "high"), "/severities/rules/3")
                        .classify(new ClassificationRule(Condition.when("region", "eu"), "low"), "/severities/rules/6")
                        .mode(new ModeRule(thirdParty, Mode.CONSULTATIVE, "advice"), "/modes/2")
                        .mode(new ModeRule(thirdParty, Mode.LOG_ANALYSIS, "logs"), "/modes/4")
                        .intake(new IntakeRule(Condition.when("requester", "end-user"), "no", "ghost"), "/intake/1")
                        .intake(new IntakeRule(Condition.when("requester", "end-user"), "no", null), "/intake/8"),
                p("/severities/rules/6/when/region", "unknown attribute 'region'; declare it under attributes, or use one of "
                        + "category, cause, channel, impact, language, plan, requester, service, severity"),
                p("/severities/rules/6", "can never apply: classification rule 3 (always) matches every ticket this one does"),
                p("/modes/4", "contradicts mode rule 2: the same condition (cause=third-party-software) gives mode "
                        + "'consultative' there and 'log-analysis' here"),
                p("/intake/1/redirect", "unknown party 'ghost'; known: us, them"),
                p("/intake/8", "can never apply: intake rule 1 (requester=end-user) matches every ticket this one does"));
    }

    @Test
    void severityLevelsAtTheirOwnPaths() {
        problems(base().severity(SeverityLevel.of("high", "Again"), "/severities/levels/4"),
                p("/severities/levels/4", "severity 'high' is declared twice"));
    }

    @Test
    void withoutPathsTheIndexesAreUsedAsBefore() {
        Condition thirdParty = Condition.when("cause", "third-party-software");
        problems(base().mode(new ModeRule(thirdParty, Mode.CONSULTATIVE, "advice"))
                        .mode(new ModeRule(thirdParty, Mode.LOG_ANALYSIS, "logs")),
                p("/modes/1", "contradicts mode rule 0: the same condition (cause=third-party-software) gives mode "
                        + "'consultative' there and 'log-analysis' here"));
    }
}
