package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coverage and conditions: present and absent attributes, plan inheritance in conditions,
 * cells with several performers, mode rules scoped to cells, redirects to a plan, and the
 * defaults a plan states for itself and the plans inheriting it.
 */
class CoverageRulesTest {

    private static final Instant MONDAY = Instant.parse("2025-11-10T09:00:00Z");

    /** A vendor, a partner and a maker; plans base, child (inherits base) and other; services a and b. */
    private static PolicyBuilder base() {
        return Policy.builder("p").vendor("vendor")
                .calendar("hours", WorkCalendar.builder().zone(ZoneOffset.UTC)
                        .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-17:00")).build())
                .party(Party.of("vendor", "Vendor", Party.Kind.VENDOR))
                .party(Party.of("partner", "Partner", Party.Kind.CUSTOMER))
                .party(Party.of("maker", "Maker", Party.Kind.THIRD_PARTY))
                .plan(Plan.of("base", "Base"))
                .plan(Plan.of("child", "Child").inheriting("base"))
                .plan(Plan.of("other", "Other"))
                .service(Service.of("a", "A"))
                .service(Service.of("b", "B"))
                .cover("a", "base", Assignment.of("vendor", Mode.FULL))
                .cover("a", "other", Assignment.of("vendor", Mode.FULL))
                .cover("b", "base", Assignment.of("partner", Mode.FULL))
                .cover("b", "other", Assignment.of(List.of("partner", "vendor"), Mode.FULL))
                .attribute("channel", "web", "mail")
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE))
                .target(Target.of("first-response", "base", null, Duration.ofHours(2), "hours"))
                .target(Target.of("first-response", "other", null, Duration.ofHours(4), "hours"));
    }

    private static Decision judge(Policy p, String plan, String service, Map<String, String> attrs) {
        Ticket.Builder b = Ticket.builder(plan).received(MONDAY);
        if (service != null) {
            b.service(service);
        }
        attrs.forEach(b::attribute);
        return p.evaluate(b.build(), MONDAY);
    }

    // ----------------------------------------------------------------- present and absent
    @ParameterizedTest(name = "channel {0}: not={1} present={2} absent={3}")
    @CsvSource({
        // value, "is none of mail", "is none of mail and present", "absent"
        "web, true, true, false",
        "mail, false, false, false",
        ", true, false, true",
    })
    void presentAndAbsentTellNotStatedFromStatedAndNotOneOf(String channel, boolean not, boolean notPresent,
            boolean absent) {
        Map<String, String> attrs = channel == null ? Map.of() : Map.of("channel", channel);
        assertThat(Condition.ALWAYS.andNot("channel", "mail").test(attrs)).isEqualTo(not);
        assertThat(Condition.ALWAYS.andNot("channel", "mail").andPresent("channel").test(attrs)).isEqualTo(notPresent);
        assertThat(Condition.ALWAYS.andPresent("channel").test(attrs)).isEqualTo(channel != null);
        assertThat(Condition.ALWAYS.andAbsent("channel").test(attrs)).isEqualTo(absent);
    }

    @Test
    void presentAndAbsentAreWrittenAndCompared() {
        Condition c = Condition.when("service", "a").andNot("channel", "web").andPresent("channel");
        assertThat(c).hasToString("service=a, channel!=web, channel present");
        assertThat(Condition.ALWAYS.andAbsent("channel")).hasToString("channel absent");
        assertThat(c).isEqualTo(Condition.when("service", "a").andNot("channel", "web").andPresent("channel"));
        assertThat(c).isNotEqualTo(Condition.when("service", "a").andNot("channel", "web"));
        assertThat(c.hashCode()).isNotEqualTo(Condition.when("service", "a").andNot("channel", "web").hashCode());
    }

    @Test
    void aWrittenOnlyRuleDoesNotRefuseARequestThatStatesNoChannel() {
        Policy p = base().intake(new IntakeRule(Condition.when("service", "a").andNot("channel", "mail")
                .andPresent("channel"), "only by mail", null)).build();
        assertThat(judge(p, "base", "a", Map.of()).accepted()).isTrue();
        assertThat(judge(p, "base", "a", Map.of("channel", "mail")).accepted()).isTrue();
        assertThat(judge(p, "base", "a", Map.of("channel", "web")).accepted()).isFalse();
    }

    @Test
    void aClauseThatCanNeverHoldIsAProblem() {
        assertThatThrownBy(() -> base().intake(new IntakeRule(Condition.when("channel", "web").andAbsent("channel"),
                "never", null)).build())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("/intake/0/when/channel")
                .hasMessageContaining("can never hold");
        assertThatThrownBy(() -> base().intake(new IntakeRule(Condition.ALWAYS.andAbsent("colour"), "x", null)).build())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("unknown attribute 'colour'");
    }

    // ----------------------------------------------------------------- plan inheritance in conditions
    @ParameterizedTest(name = "plan {0}: is base {1}, is none of base {2}")
    @CsvSource({"base, true, false", "child, true, false", "other, false, true"})
    void conditionsOnPlanFollowInheritance(String plan, boolean is, boolean isNot) {
        Policy p = base().intake(new IntakeRule(Condition.when("plan", "base").and("channel", "web"), "base", null))
                .intake(new IntakeRule(Condition.ALWAYS.andNot("plan", "base").and("channel", "mail"), "not base", null))
                .build();
        assertThat(judge(p, plan, "a", Map.of("channel", "web")).accepted()).isEqualTo(!is);
        assertThat(judge(p, plan, "a", Map.of("channel", "mail")).accepted()).isEqualTo(!isNot);
        // tested alone, a condition compares the plan as stated
        assertThat(Condition.when("plan", "base").test(Map.of("plan", "child"))).isFalse();
        assertThat(Condition.when("plan", "base").test(Map.of("plan", "child"), List.of("child", "base"))).isTrue();
    }

    // ----------------------------------------------------------------- several performers
    @Test
    void aCellWithSeveralPerformersIsTimedWhenTheVendorIsOne() {
        Policy p = base().build();
        Assignment cell = p.who("other", "b");
        assertThat(cell.performer()).isEqualTo("partner");
        assertThat(cell.performers()).containsExactly("partner", "vendor");
        assertThat(cell).hasToString("partner|vendor (full)");
        Decision d = judge(p, "other", "b", Map.of());
        assertThat(d.performer()).contains("partner");
        assertThat(d.assignment().performers()).containsExactly("partner", "vendor");
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
        MetricResult partnerOnly = judge(p, "base", "b", Map.of()).metric("first-response").orElseThrow();
        assertThat(partnerOnly.state()).isEqualTo(MetricState.NONE);
        assertThat(partnerOnly.reason()).isEqualTo("the task is performed by 'partner', not by 'vendor'");
    }

    @Test
    void performersAreCheckedAndMustStartWithThePerformer() {
        assertThatThrownBy(() -> new Assignment("a", Mode.FULL, null, List.of("b", "a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.of(List.of("a", "a"), Mode.FULL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.of(List.of(), Mode.FULL)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Assignment(null, Mode.NOT_PROVIDED, null).performers()).isEmpty();
        assertThatThrownBy(() -> base().cover("a", "child", Assignment.of(List.of("vendor", "admins"), Mode.FULL)).build())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("/services/a/coverage/child/performer/1")
                .hasMessageContaining("unknown party 'admins'");
    }

    // ----------------------------------------------------------------- scoped mode rules
    @Test
    void anUnscopedModeRuleRewritesOnlyTheVendorsCells() {
        Policy p = base().mode(new ModeRule(Condition.when("channel", "mail"), Mode.CONSULTATIVE, "by mail: advice")).build();
        assertThat(judge(p, "base", "a", Map.of("channel", "mail")).mode()).isEqualTo(Mode.CONSULTATIVE);
        assertThat(judge(p, "base", "b", Map.of("channel", "mail")).mode()).isEqualTo(Mode.FULL);
        assertThat(judge(p, "other", "b", Map.of("channel", "mail")).mode()).isEqualTo(Mode.CONSULTATIVE);
    }

    @Test
    void aModeRuleScopedToAPerformerAndModes() {
        ModeRule rule = new ModeRule(Condition.when("channel", "mail"), Mode.LOG_ANALYSIS, "partner by logs")
                .scoped(List.of("partner"), List.of(Mode.FULL));
        assertThat(rule.scope()).isEqualTo("cells of partner in full");
        Policy p = base().mode(rule).build();
        assertThat(judge(p, "base", "a", Map.of("channel", "mail")).mode()).isEqualTo(Mode.FULL);
        assertThat(judge(p, "base", "b", Map.of("channel", "mail")).mode()).isEqualTo(Mode.LOG_ANALYSIS);
        Policy notFull = base().cover("b", "child", Assignment.of("partner", Mode.AUTOMATIC)).mode(rule).build();
        assertThat(judge(notFull, "child", "b", Map.of("channel", "mail")).mode()).isEqualTo(Mode.AUTOMATIC);
    }

    @Test
    void modeRulesOfTheSameConditionMayDifferInScopeButNotWithin() {
        Condition mail = Condition.when("channel", "mail");
        base().mode(new ModeRule(mail, Mode.CONSULTATIVE, "x"))
                .mode(new ModeRule(mail, Mode.LOG_ANALYSIS, "y").scoped(List.of("partner"), List.of())).build();
        assertThatThrownBy(() -> base().mode(new ModeRule(mail, Mode.CONSULTATIVE, "x"))
                .mode(new ModeRule(mail, Mode.LOG_ANALYSIS, "y")).build())
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("contradicts mode rule 0");
        assertThatThrownBy(() -> base().mode(new ModeRule(mail, Mode.CONSULTATIVE, "x").scoped(List.of("partnr"), List.of()))
                .build())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("/modes/0/scope/performer")
                .hasMessageContaining("did you mean 'partner'");
    }

    // ----------------------------------------------------------------- redirects
    @Test
    void anIntakeRuleRedirectsToAPlan() {
        Policy p = base().intake(IntakeRule.toPlan(Condition.when("plan", "base").and("channel", "mail"),
                "mail goes to the other line", "other")).build();
        Decision d = judge(p, "child", "a", Map.of("channel", "mail"));
        assertThat(d.accepted()).isFalse();
        assertThat(d.redirect()).isEmpty();
        assertThat(d.redirectPlan()).contains("other");
        assertThat(d.performer()).isEmpty();
        assertThat(d.mode()).isEqualTo(Mode.NOT_ACCEPTED);
        assertThat(d.severity()).isEmpty();
        assertThat(d.explanation()).contains("intake: not accepted by rule 0 (plan=base, channel=mail): "
                + "mail goes to the other line; go to plan 'other'");
        assertThat(d.toString()).startsWith("not accepted (mail goes to the other line) go to plan other none (not-accepted)");
        assertThatThrownBy(() -> new IntakeRule(Condition.ALWAYS, "x", "partner", "other"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base().intake(IntakeRule.toPlan(Condition.when("channel", "mail"), "x", "othr")).build())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("/intake/0/redirect/plan")
                .hasMessageContaining("unknown plan 'othr'; did you mean 'other'");
    }

    @Test
    void aCellNotProvidedByTheVendorButByAnotherPartySendsTheRequestThere() {
        Policy p = base().cover("a", "child", new Assignment("maker", Mode.NOT_PROVIDED, "ask the maker")).build();
        Decision d = judge(p, "child", "a", Map.of());
        assertThat(d.accepted()).isFalse();
        assertThat(d.redirect()).contains("maker");
        assertThat(d.performer()).contains("maker");
        assertThat(d.reason()).contains("service 'a' is not provided on plan 'child': ask the maker");
        assertThat(d.metric("first-response").orElseThrow().reason()).isEqualTo("the request is not accepted");
    }

    // ----------------------------------------------------------------- plan defaults
    @Test
    void aPlanStatesItsDefaultAssignmentAndModeForItselfAndItsHeirs() {
        Policy p = base().defaultAssignment("base", Assignment.nobody(Mode.NOT_PROVIDED).withNote("name a service"))
                .defaultMode("base", Mode.CONSULTATIVE).build();
        assertThat(p.defaultAssignment("child")).isEqualTo(Assignment.nobody(Mode.NOT_PROVIDED).withNote("name a service"));
        assertThat(p.defaultAssignment("other")).isEqualTo(Assignment.of("vendor", Mode.FULL));
        assertThat(p.defaultMode("child")).contains(Mode.CONSULTATIVE);
        assertThat(p.defaultMode("other")).isEmpty();
        assertThat(p.who("child", "a")).isEqualTo(Assignment.of("vendor", Mode.CONSULTATIVE));
        assertThat(p.who("child", "b")).isEqualTo(Assignment.of("partner", Mode.FULL));
        assertThat(p.who("other", "a")).isEqualTo(Assignment.of("vendor", Mode.FULL));
        assertThat(p.coverage().get("a").get("base")).isEqualTo(Assignment.of("vendor", Mode.FULL));
        Decision none = judge(p, "child", null, Map.of());
        assertThat(none.accepted()).isFalse();
        assertThat(none.reason()).contains("a ticket that names no service is not provided on plan 'child': name a service");
        Decision a = judge(p, "child", "a", Map.of());
        assertThat(a.mode()).isEqualTo(Mode.CONSULTATIVE);
        assertThat(a.explanation()).contains("coverage: the vendor handles the task in mode 'consultative', the default "
                + "mode of plan 'base'");
        // the child's own default wins over its parent's
        Policy own = base().defaultMode("base", Mode.CONSULTATIVE).defaultMode("child", Mode.LOG_ANALYSIS).build();
        assertThat(own.who("child", "a").mode()).isEqualTo(Mode.LOG_ANALYSIS);
        assertThat(own.planDefaultModes()).containsExactly(Map.entry("base", Mode.CONSULTATIVE),
                Map.entry("child", Mode.LOG_ANALYSIS));
    }

    @Test
    void planDefaultsNameDeclaredPlansAndParties() {
        assertThatThrownBy(() -> base().defaultMode("bse", Mode.CONSULTATIVE).build())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("/plans/bse")
                .hasMessageContaining("did you mean 'base'");
        assertThatThrownBy(() -> base().defaultAssignment("base", Assignment.of("nobody-known", Mode.FULL)).build())
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("/plans/base/defaultAssignment/performer")
                .hasMessageContaining("unknown party 'nobody-known'");
    }

    @Test
    void refusedDecisionsNameNoPerformerSeverityOrTarget() {
        Policy p = base().severity(new SeverityLevel("high", "High", "")).defaultSeverity("high")
                .target(Target.of("first-response", "base", "high", Duration.ofHours(1), "hours"))
                .intake(new IntakeRule(Condition.when("channel", "web"), "no web", "partner")).build();
        Decision d = judge(p, "base", "a", Map.of("channel", "web"));
        assertThat(d.accepted()).isFalse();
        assertThat(d.performer()).isEmpty();
        assertThat(d.assignment().performers()).isEmpty();
        assertThat(d.redirect()).contains("partner");
        assertThat(d.severity()).isEmpty();
        assertThat(d.metrics()).allSatisfy(m -> {
            assertThat(m.target()).isNull();
            assertThat(m.due()).isNull();
        });
        assertThat(judge(p, "base", "a", Map.of("channel", "mail")).severity()).isEqualTo(Optional.of("high"));
        assertThat(Set.of(d.mode())).containsExactly(Mode.NOT_ACCEPTED);
    }
}
