package dev.sla.core;

import dev.sla.Problem;
import dev.sla.SlaException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Building a policy validates it completely and reports every problem at once, each with its JSON pointer. */
class PolicyValidationTest {

    static final WorkCalendar ALWAYS = WorkCalendar.always(Regulations.UTC);

    /** A small valid policy: two plans (plus inherits basic), one service, two levels, one metric. */
    static PolicyBuilder base() {
        return Policy.builder("p")
                .vendor("us")
                .party(Party.of("us", "Us", Party.Kind.VENDOR))
                .party(Party.of("them", "Them", Party.Kind.CUSTOMER))
                .plan(Plan.of("basic", "Basic"))
                .plan(Plan.of("plus", "Plus").inheriting("basic"))
                .service(Service.of("s", "S"))
                .cover("s", "basic", Assignment.of("us", Mode.FULL))
                .calendar("hours", ALWAYS)
                .severity(SeverityLevel.of("high", "High"))
                .severity(SeverityLevel.of("low", "Low"))
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE))
                .target(Target.of("first-response", "basic", "high", Duration.ofHours(1), "hours"))
                .target(Target.of("first-response", "basic", "low", Duration.ofHours(4), "hours"));
    }

    static void problems(PolicyBuilder b, Problem... expected) {
        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.problems()).containsExactly(expected));
    }

    static Problem p(String path, String message) {
        return new Problem(path, message);
    }

    @Test
    void theBaseAndTheRegulationsAreValid() {
        assertThat(base().build().who("plus", "s")).isEqualTo(Assignment.of("us", Mode.FULL));
        Regulations.ALL.values().forEach(s -> assertThat(s.get()).isNotNull());
    }

    @Test
    void messageListsEveryProblem() {
        PolicyBuilder b = base().vendor("acme").cover("s", "gold", Assignment.of("us", Mode.FULL));
        assertThatThrownBy(b::build)
                .isInstanceOf(InvalidPolicyException.class)
                .isInstanceOf(SlaException.class)
                .hasMessage("policy 'p' has 2 problems:\n"
                        + "  /vendor: unknown party 'acme'; known: us, them\n"
                        + "  /services/s/coverage/gold: unknown plan 'gold'; known: basic, plus");
        problems(base().plan(Plan.of("basic", "Again")), p("/plans/basic", "plan 'basic' is declared twice"));
        assertThatThrownBy(base().plan(Plan.of("basic", "Again"))::build)
                .hasMessage("policy 'p' has 1 problem:\n  /plans/basic: plan 'basic' is declared twice");
    }

    // ----------------------------------------------------------------- coverage
    @Test
    void holesInTheCoverageMatrix() {
        problems(base().plan(Plan.of("gold", "Gold")).service(Service.of("t", "T")).cover("t", "plus", Assignment.of("us", Mode.FULL)),
                p("/services/s/coverage", "no cell for plan 'gold'; say who performs 's' on it, or that nobody does (not-provided)"),
                p("/services/t/coverage", "no cell for plan 'basic'; say who performs 't' on it, or that nobody does (not-provided)"),
                p("/services/t/coverage", "no cell for plan 'gold'; say who performs 't' on it, or that nobody does (not-provided)"),
                p("/targets", "no target for metric 'first-response' on plan 'gold', severity 'high'; add one, or an explicit none"),
                p("/targets", "no target for metric 'first-response' on plan 'gold', severity 'low'; add one, or an explicit none"));
    }

    @Test
    void aCellStatedTwice() {
        problems(base().cover("s", "basic", Assignment.nobody(Mode.NOT_PROVIDED)),
                p("/services/s/coverage/basic", "the cell is stated twice"));
    }

    @Test
    void inheritedCellsFillTheMatrix() {
        Policy policy = base().cover("s", "plus", Assignment.nobody(Mode.NOT_PROVIDED)).build();
        assertThat(policy.who("basic", "s").mode()).isEqualTo(Mode.FULL);
        assertThat(policy.who("plus", "s").mode()).isEqualTo(Mode.NOT_PROVIDED);
    }

    // ----------------------------------------------------------------- unknown ids
    @Test
    void unknownParties() {
        problems(base().vendor("acme")
                        .cover("s", "plus", Assignment.of("ghost", Mode.FULL))
                        .defaultAssignment(Assignment.of("nobody-at-all", Mode.FULL))
                        .intake(new IntakeRule(Condition.when("requester", "end-user"), "no", "reseller")),
                p("/vendor", "unknown party 'acme'; known: us, them"),
                p("/services/s/coverage/plus/performer", "unknown party 'ghost'; known: us, them"),
                p("/defaultAssignment/performer", "unknown party 'nobody-at-all'; known: us, them"),
                p("/intake/0/redirect", "unknown party 'reseller'; known: us, them"));
    }

    @Test
    void unknownPlans() {
        problems(base().plan(Plan.of("gold", "Gold").inheriting("platinum"))
                        .cover("s", "silver", Assignment.of("us", Mode.FULL))
                        .target(Target.of("first-response", "bronze", null, Duration.ofHours(2), "hours"))
                        .intake(new IntakeRule(Condition.when("plan", "tin"), "no", null)),
                p("/plans/gold/inherits", "unknown plan 'platinum'; known: basic, plus, gold"),
                p("/services/s/coverage/silver", "unknown plan 'silver'; known: basic, plus, gold"),
                p("/services/s/coverage", "no cell for plan 'gold'; say who performs 's' on it, or that nobody does (not-provided)"),
                p("/intake/0/when/plan", "unknown plan value 'tin'; known: basic, plus, gold"),
                p("/targets/2/plan", "unknown plan 'bronze'; known: basic, plus, gold"));
    }

    @Test
    void unknownServices() {
        problems(base().cover("x", "basic", Assignment.of("us", Mode.FULL))
                        .target(Target.of("first-response", "basic", null, Duration.ofHours(2), "hours").forService("y"))
                        .mode(new ModeRule(Condition.when("service", "z"), Mode.CONSULTATIVE, "why")),
                p("/services/x", "unknown service 'x'; known: s"),
                p("/modes/0/when/service", "unknown service value 'z'; known: s"),
                p("/targets/2/service", "unknown service 'y'; known: s"));
    }

    @Test
    void unknownSeverities() {
        problems(base().classify(new ClassificationRule(Condition.when("impact", "all"), "critical"))
                        .defaultSeverity("medium")
                        .target(Target.none("first-response", "plus", "urgent", "none"))
                        .intake(new IntakeRule(Condition.when("severity", "trivial"), "no", null)),
                p("/severities/rules/0/level", "unknown severity 'critical'; known: high, low"),
                p("/severities/default", "unknown severity 'medium'; known: high, low"),
                p("/intake/0/when/severity", "unknown severity value 'trivial'; known: high, low"),
                p("/targets/2/severity", "unknown severity 'urgent'; known: high, low"));
    }

    @Test
    void unknownMetricsAndCalendars() {
        problems(base().target(Target.of("resolution", "basic", null, Duration.ofHours(8), "office"))
                        .target(Target.of("first-response", "plus", null, Duration.ofHours(8), "office")),
                p("/targets/2/metric", "unknown metric 'resolution'; known: first-response"),
                p("/targets/2/calendar", "unknown calendar 'office'; known: hours"),
                p("/targets/3/calendar", "unknown calendar 'office'; known: hours"));
    }

    @Test
    void noVendorNoPlansNoMetrics() {
        problems(Policy.builder("empty").target(Target.none("m", "x", null, "none")),
                p("/vendor", "no vendor party; name the party whose support the metrics time"),
                p("/plans", "no plans; a policy needs at least one plan"),
                p("/metrics", "targets are given but no metric is declared"),
                p("/targets/0/metric", "unknown metric 'm'; none declared"),
                p("/targets/0/plan", "unknown plan 'x'; none declared"));
    }

    // ----------------------------------------------------------------- inheritance
    @Test
    void inheritanceCycles() {
        problems(base().plan(Plan.of("a", "A").inheriting("b")).plan(Plan.of("b", "B").inheriting("c"))
                        .plan(Plan.of("c", "C").inheriting("a")).plan(Plan.of("self", "Self").inheriting("self"))
                        .cover("s", "a", Assignment.of("us", Mode.FULL)).cover("s", "self", Assignment.of("us", Mode.FULL))
                        .target(Target.none("first-response", "b", null, "none"))
                        .target(Target.none("first-response", "self", null, "none")),
                p("/plans/a/inherits", "plan inheritance forms a cycle: a -> b -> c -> a"),
                p("/plans/b/inherits", "plan inheritance forms a cycle: b -> c -> a -> b"),
                p("/plans/c/inherits", "plan inheritance forms a cycle: c -> a -> b -> c"),
                p("/plans/self/inherits", "plan inheritance forms a cycle: self -> self"));
    }

    // ----------------------------------------------------------------- duplicates
    @Test
    void duplicateIds() {
        problems(base().party(Party.of("us", "Us again", Party.Kind.VENDOR))
                        // the later declaration is the one judged: this one inherits too, so no holes follow
                        .plan(Plan.of("plus", "Plus again").inheriting("basic"))
                        .service(Service.of("s", "S again"))
                        .calendar("hours", ALWAYS)
                        .severity(SeverityLevel.of("low", "Low again"))
                        .metric(Metric.of("first-response", "Again"))
                        .attribute("impact", "all")
                        .attribute("impact", "some")
                        .statuses("open", "closed", "open"),
                p("/parties/us", "party 'us' is declared twice"),
                p("/plans/plus", "plan 'plus' is declared twice"),
                p("/services/s", "service 's' is declared twice"),
                p("/calendars/hours", "calendar 'hours' is declared twice"),
                p("/severities/levels/2", "severity 'low' is declared twice"),
                p("/metrics/first-response", "metric 'first-response' is declared twice"),
                p("/attributes/impact", "attribute 'impact' is declared twice"),
                p("/statuses", "status 'open' is declared twice"));
    }

    @Test
    void duplicateTargets() {
        problems(base().target(Target.of("first-response", "basic", "high", Duration.ofHours(2), "hours"))
                        .target(Target.none("first-response", "basic", "low", "none"))
                        .target(Target.of("first-response", "basic", null, Duration.ofHours(2), "hours").forService("s"))
                        .target(Target.of("first-response", "basic", null, Duration.ofHours(3), "hours").forService("s")),
                p("/targets/2", "states the same metric, plan, severity and service as target 0"),
                p("/targets/3", "states the same metric, plan, severity and service as target 1"),
                p("/targets/5", "states the same metric, plan, severity and service as target 4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT1H"})
    void targetsMustBePositive(String duration) {
        problems(base().target(Target.of("first-response", "plus", null, Duration.parse(duration), "hours")),
                p("/targets/2/target", "target " + Duration.parse(duration) + " must be positive"));
    }

    // ----------------------------------------------------------------- rules
    @Test
    void unreachableAndContradictoryRules() {
        problems(base().attribute("impact", "all", "some")
                        .classify(new ClassificationRule(Condition.when("impact", "all"), "high"))
                        .classify(new ClassificationRule(Condition.when("impact", "all"), "low"))
                        .classify(new ClassificationRule(Condition.ALWAYS, "low"))
                        .classify(new ClassificationRule(Condition.when("impact", "some"), "low"))
                        .mode(new ModeRule(Condition.when("cause", "x"), Mode.CONSULTATIVE, "a"))
                        .mode(new ModeRule(Condition.when("cause", "x"), Mode.CONSULTATIVE, "same mode: no contradiction"))
                        .mode(new ModeRule(Condition.when("cause", "x"), Mode.LOG_ANALYSIS, "b"))
                        .intake(new IntakeRule(Condition.when("channel", "fax"), "no fax", null))
                        .intake(new IntakeRule(Condition.when("channel", "fax"), "again", null))
                        .intake(new IntakeRule(Condition.ALWAYS, "closed", null))
                        .intake(new IntakeRule(Condition.when("channel", "pigeon"), "no pigeons", null)),
                p("/severities/rules/1", "can never apply: classification rule 0 (impact=all) matches every ticket this one does"),
                p("/severities/rules/3", "can never apply: classification rule 2 (always) matches every ticket this one does"),
                p("/modes/2", "contradicts mode rule 0: the same condition (cause=x) gives mode 'consultative' there and "
                        + "'log-analysis' here"),
                p("/modes/2", "contradicts mode rule 1: the same condition (cause=x) gives mode 'consultative' there and "
                        + "'log-analysis' here"),
                p("/intake/1", "can never apply: intake rule 0 (channel=fax) matches every ticket this one does"),
                p("/intake/2/when", "the rule has no condition and would reject every ticket"),
                p("/intake/3", "can never apply: intake rule 2 (always) matches every ticket this one does"));
    }

    @Test
    void attributesInConditions() {
        problems(base().attribute("impact", "all", "some").attribute("mood")
                        .classify(new ClassificationRule(Condition.when("impact", "none", "all", "zero"), "high"))
                        .mode(new ModeRule(Condition.when("weather", "rain"), Mode.CONSULTATIVE, "why"))
                        .intake(new IntakeRule(Condition.when("language", "xx").andNot("impact", "other"), "no", null)),
                p("/severities/rules/0/when/impact", "unknown impact value 'none'; known: all, some"),
                p("/severities/rules/0/when/impact", "unknown impact value 'zero'; known: all, some"),
                p("/modes/0/when/weather", "unknown attribute 'weather'; declare it under attributes, or use one of "
                        + "category, cause, channel, impact, language, plan, requester, service, severity"),
                p("/intake/0/when/impact", "unknown impact value 'other'; known: all, some"),
                p("/attributes/mood", "attribute 'mood' has no values"));
    }

    // ----------------------------------------------------------------- metrics
    @Test
    void statusesOfTheClock() {
        problems(base().statuses("open", "hold", "done")
                        .metric(Metric.of("resolution", "Resolution", EventType.RESOLVED, EventType.RECEIVED)
                                .pausedIn("wait", "hold", "done", "limbo").stoppedIn("done", "closed", "gone"))
                        .target(Target.none("resolution", "basic", null, "none")),
                p("/metrics/resolution", "status 'done' both pauses and stops the clock"),
                p("/metrics/resolution/pause", "unknown status 'limbo'; known: open, hold, done"),
                p("/metrics/resolution/pause", "unknown status 'wait'; known: open, hold, done"),
                p("/metrics/resolution/stopStatuses", "unknown status 'closed'; known: open, hold, done"),
                p("/metrics/resolution/stopStatuses", "unknown status 'gone'; did you mean 'done'?; known: open, hold, done"),
                p("/metrics/resolution", "event 'received' both starts and stops the clock"));
    }

    @Test
    void statusesAreNotCheckedWhenThePolicyDeclaresNone() {
        Policy policy = base().metric(Metric.of("resolution", "Resolution", EventType.RESOLVED).pausedIn("x").stoppedIn("y"))
                .target(Target.none("resolution", "basic", null, "none")).build();
        Ticket t = Ticket.builder("basic").received(At.utc("2025-11-10T10:00")).status(At.utc("2025-11-10T11:00"), "x").build();
        assertThat(policy.evaluate(t, At.utc("2025-11-10T12:00")).accepted()).isTrue();
    }

    @Test
    void everyStatusBothPausingAndStoppingIsReported() {
        problems(base().metric(Metric.of("resolution", "Resolution").pausedIn("c", "a", "b").stoppedIn("b", "c", "a"))
                        .target(Target.none("resolution", "basic", null, "none")),
                p("/metrics/resolution", "status 'a' both pauses and stops the clock"),
                p("/metrics/resolution", "status 'b' both pauses and stops the clock"),
                p("/metrics/resolution", "status 'c' both pauses and stops the clock"));
    }

    // ----------------------------------------------------------------- missing targets
    @Test
    void missingTargets() {
        problems(base().metric(Metric.of("resolution", "Resolution", EventType.RESOLVED))
                        .target(Target.of("resolution", "basic", "high", Duration.ofHours(8), "hours"))
                        .target(Target.of("resolution", "plus", "low", Duration.ofHours(8), "hours").forService("s")),
                p("/targets", "no target for metric 'resolution' on plan 'basic', severity 'low'; add one, or an explicit none"),
                p("/targets", "no target for metric 'resolution' on plan 'plus', severity 'low'; add one, or an explicit none"));
    }

    @Test
    void missingTargetsWithoutSeverities() {
        problems(Policy.builder("q").vendor("us").party(Party.of("us", "Us", Party.Kind.VENDOR))
                        .plan(Plan.of("a", "A")).plan(Plan.of("b", "B"))
                        .calendar("hours", ALWAYS)
                        .metric(Metric.of("first-response", "First response"))
                        .target(Target.of("first-response", "a", null, Duration.ofHours(1), "hours")),
                p("/targets", "no target for metric 'first-response' on plan 'b'; add one, or an explicit none"));
    }

    @Test
    void anExplicitNoneOrAnInheritedTargetIsEnough() {
        Policy policy = base().metric(Metric.of("resolution", "Resolution", EventType.RESOLVED))
                .target(Target.none("resolution", "basic", null, "no resolution time")).build();
        assertThat(policy.target("resolution", "plus", "high", "s").orElseThrow().isNone()).isTrue();
        assertThat(policy.target("first-response", "plus", "low", null).orElseThrow().duration()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void theMostSpecificTargetWins() {
        Policy policy = base()
                .target(Target.of("first-response", "basic", null, Duration.ofHours(9), "hours").forService("s"))
                .target(Target.of("first-response", "basic", "high", Duration.ofMinutes(30), "hours").forService("s"))
                .target(Target.of("first-response", "plus", null, Duration.ofHours(2), "hours"))
                .build();
        assertThat(policy.target("first-response", "basic", "high", "s").orElseThrow().duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.target("first-response", "basic", "low", "s").orElseThrow().duration()).isEqualTo(Duration.ofHours(9));
        assertThat(policy.target("first-response", "basic", "low", null).orElseThrow().duration()).isEqualTo(Duration.ofHours(4));
        assertThat(policy.target("first-response", "basic", null, null)).isEmpty();
        // a plan's own target wins over its parent's, however specific the parent's
        assertThat(policy.target("first-response", "plus", "high", "s").orElseThrow().duration()).isEqualTo(Duration.ofHours(2));
    }

    // ----------------------------------------------------------------- everything at once
    @Test
    void everyProblemAtOnce() {
        PolicyBuilder b = Policy.builder("broken")
                .vendor("acme")
                .party(Party.of("us", "Us", Party.Kind.VENDOR))
                .party(Party.of("us", "Us again", Party.Kind.VENDOR))
                .plan(Plan.of("a", "A").inheriting("b"))
                .plan(Plan.of("b", "B").inheriting("a"))
                .plan(Plan.of("d", "D"))
                .service(Service.of("s1", "S1"))
                .cover("s1", "d", Assignment.of("ghost", Mode.FULL))
                .cover("s1", "a", Assignment.of("us", Mode.FULL))
                .severity(SeverityLevel.of("hi", "Hi"))
                .classify(new ClassificationRule(Condition.when("impact", "all"), "lo"))
                .attribute("impact", "all", "some")
                .intake(new IntakeRule(Condition.ALWAYS, "no", "nobody"))
                .statuses("open", "closed")
                .metric(Metric.of("m", "M", EventType.AGENT_RESPONSE).pausedIn("closed").stoppedIn("closed"))
                .target(Target.of("m", "d", "hi", Duration.ofHours(1), "cal"));
        problems(b,
                p("/parties/us", "party 'us' is declared twice"),
                p("/vendor", "unknown party 'acme'; known: us"),
                p("/plans/a/inherits", "plan inheritance forms a cycle: a -> b -> a"),
                p("/plans/b/inherits", "plan inheritance forms a cycle: b -> a -> b"),
                p("/services/s1/coverage/d/performer", "unknown party 'ghost'; known: us"),
                p("/severities/rules/0/level", "unknown severity 'lo'; known: hi"),
                p("/intake/0/redirect", "unknown party 'nobody'; known: us"),
                p("/intake/0/when", "the rule has no condition and would reject every ticket"),
                p("/metrics/m", "status 'closed' both pauses and stops the clock"),
                p("/targets/0/calendar", "unknown calendar 'cal'; none declared"),
                p("/targets", "no target for metric 'm' on plan 'a', severity 'hi'; add one, or an explicit none"),
                p("/targets", "no target for metric 'm' on plan 'b', severity 'hi'; add one, or an explicit none"));
    }

    @Test
    void problemsAreReportedInTheSameOrderEveryTime() {
        List<Problem> first = null;
        for (int i = 0; i < 20; i++) {
            try {
                base().statuses("x").metric(Metric.of("r", "R", EventType.RECEIVED, EventType.RESOLVED)
                        .pausedIn("f", "e", "d", "c", "b", "a").stoppedIn("a", "b", "c", "z", "y")).build();
            } catch (InvalidPolicyException e) {
                if (first == null) {
                    first = e.problems();
                }
                assertThat(e.problems()).isEqualTo(first);
            }
        }
        assertThat(first).extracting(Problem::path).startsWith("/metrics/r", "/metrics/r/pause");
    }

    // ----------------------------------------------------------------- misuse of the API
    @Test
    void misuseThrowsThePlatformsExceptions() {
        List<ThrowingCallable> calls = List.of(
                () -> Policy.builder("Not An Id"),
                () -> Plan.of("gold plan", "Gold"),
                () -> Party.of("", "Nobody", Party.Kind.VENDOR),
                () -> Mode.of("Full"),
                () -> Condition.when("impact"),
                () -> new Target("m", "p", null, null, Duration.ofHours(1), null, null),
                () -> new Target("m", "p", null, null, null, "hours", null),
                () -> new Metric("m", "M", Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                () -> base().calendar("Hours", ALWAYS));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> base().party(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> base().cover("s", "basic", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Policy.builder(null)).isInstanceOf(NullPointerException.class);
    }
}
