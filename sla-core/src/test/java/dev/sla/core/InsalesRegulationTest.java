package dev.sla.core;

import dev.sla.regulations.RegulationTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seed 002 (insales), cell by cell. */
class InsalesRegulationTest {

    static final Policy P = Regulations.insales();
    static final Instant MONDAY = At.msk("2025-11-10T10:00");

    @Test
    void structure() {
        assertThat(P.id()).isEqualTo("insales");
        assertThat(P.vendor()).isEqualTo("insales");
        assertThat(P.parties().keySet()).containsExactly("insales", "merchant", "sales-department", "third-party");
        assertThat(P.parties().values()).extracting(Party::kind).containsExactly(
                Party.Kind.VENDOR, Party.Kind.CUSTOMER, Party.Kind.THIRD_PARTY, Party.Kind.THIRD_PARTY);
        assertThat(P.plans().keySet()).containsExactly("social", "standard", "premium");
        assertThat(P.plans().values()).allSatisfy(plan -> {
            assertThat(plan.parent()).isNull();
            assertThat(plan.channels()).containsExactly("knowledge-base", "back-office");
        });
        assertThat(P.services().keySet()).containsExactlyElementsOf(Regulations.INSALES_SERVICES);
        assertThat(P.severities()).isEmpty();
        assertThat(P.defaultSeverity()).isEmpty();
        assertThat(P.classification()).isEmpty();
        assertThat(P.statuses()).isEmpty();
        assertThat(P.attributes()).containsOnlyKeys("channel", "requester");
        assertThat(P.attributes().get("channel"))
                .containsExactly("knowledge-base", "back-office", "email", "forum", "icq", "skype", "phone");
        assertThat(P.attributes().get("requester")).containsExactly("owner", "staff");
    }

    @Test
    void alwaysCalendar() {
        WorkCalendar c = P.calendars().get("always");
        assertThat(P.calendars().keySet()).containsExactly("always");
        assertThat(c.zone()).isEqualTo(Regulations.MOSCOW);
        assertThat(c.weeklyHours()).isEqualTo(WeeklyHours.ALWAYS);
        assertThat(c.holidaySets()).isEmpty();
        assertThat(c.isOpen(At.msk("2026-01-01T03:00"))).isTrue();
    }

    // ----------------------------------------------------------------- coverage
    static Stream<Arguments> cells() {
        List<Arguments> rows = new ArrayList<>();

        for (String[] r : RegulationTables.INSALES_PAID) {
            rows.add(Arguments.of(r[0], "standard", r[1], r[2]));
            rows.add(Arguments.of(r[0], "premium", r[1], r[2]));
            boolean social = r[0].equals("system-error-fix");
            rows.add(Arguments.of(r[0], "social", social ? "insales" : null, social ? "full" : "not-provided"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2} ({3})")
    @MethodSource("cells")
    void coverageCell(String service, String plan, String performer, String mode) {
        Assignment cell = P.who(plan, service);
        assertThat(cell.performer()).isEqualTo(performer);
        assertThat(cell.mode()).isEqualTo(Mode.of(mode));
    }

    @Test
    void everyCellIsChecked() {
        assertThat(cells().count()).isEqualTo((long) P.services().size() * P.plans().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "premium"})
    void notes(String plan) {
        assertThat(P.who(plan, "business-questions").note()).contains("sales-department");
        assertThat(P.who(plan, "content-deletion").note()).isEqualTo("only in writing and only from the shop owner");
        assertThat(P.who(plan, "ownership-transfer").note()).isEqualTo("only in writing and only from the shop owner");
        assertThat(P.who("social", "domain-setup").note()).isEqualTo("the Social plan covers only system-error fixes");
    }

    @ParameterizedTest(name = "{0} on social is not accepted")
    @ValueSource(strings = {"platform-consultation", "template-changes", "business-questions", "content-deletion"})
    void socialCoversOnlySystemErrors(String service) {
        Ticket t = Ticket.builder("social").service(service).attribute("channel", "back-office")
                .attribute("requester", "owner").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason()).contains("service '" + service + "' is not provided on plan 'social': "
                + "the Social plan covers only system-error fixes");
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
    }

    @ParameterizedTest(name = "a request naming no service on {0}: accepted {1}")
    @CsvSource({"social, false", "standard, true", "premium, true"})
    void socialCoversOnlySystemErrorsAlsoForARequestNamingNoService(String plan, boolean accepted) {
        Ticket t = Ticket.builder(plan).attribute("channel", "back-office").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isEqualTo(accepted);
        assertThat(d.performer()).isEqualTo(accepted ? java.util.Optional.of("insales") : java.util.Optional.empty());
        if (!accepted) {
            assertThat(d.reason()).contains("a ticket that names no service is not provided on plan 'social': "
                    + "the Social plan covers only system-error fixes");
        }
        assertThat(d.metric("first-response").orElseThrow().state())
                .isEqualTo(accepted ? MetricState.RUNNING : MetricState.NONE);
    }

    // ----------------------------------------------------------------- targets
    @ParameterizedTest
    @CsvSource({"social, PT24H", "standard, PT24H", "premium, PT3H"})
    void firstResponseTarget(String plan, Duration expected) {
        for (String service : Regulations.INSALES_SERVICES) {
            Target t = P.target("first-response", plan, null, service).orElseThrow();
            assertThat(t.duration()).isEqualTo(expected);
            assertThat(t.calendar()).isEqualTo("always");
            assertThat(t.plan()).isEqualTo(plan);
        }
        assertThat(P.target("first-response", plan, null, null).orElseThrow().duration()).isEqualTo(expected);
    }

    @Test
    void clockRules() {
        assertThat(P.metrics().keySet()).containsExactly("first-response");
        Metric m = P.metrics().get("first-response");
        assertThat(m.startOn()).containsExactly(EventType.RECEIVED);
        assertThat(m.restartOn()).isEmpty();
        assertThat(m.stopOn()).containsExactly(EventType.AGENT_RESPONSE);
        assertThat(m.pauseStatuses()).isEmpty();
        assertThat(m.stopStatuses()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} received {2} -> {3}")
    @CsvSource({
        "standard, platform-consultation, 2025-12-31T23:30, 2026-01-01T23:30",
        "premium, platform-consultation, 2025-12-31T23:30, 2026-01-01T02:30",
        "social, system-error-fix, 2025-11-01T05:00, 2025-11-02T05:00",
        "premium, third-party-service, 2025-11-01T05:00, 2025-11-01T08:00",
        "standard, third-party-service, 2025-11-01T05:00, 2025-11-02T05:00",
        "standard, layout, 2025-11-01T05:00, ",
    })
    void deadlines(String plan, String service, String received, String due) {
        Ticket t = Ticket.builder(plan).service(service).attribute("channel", "knowledge-base")
                .received(At.msk(received)).build();
        MetricResult r = P.evaluate(t, t.received()).metric("first-response").orElseThrow();
        assertThat(r.due()).isEqualTo(due == null ? null : At.msk(due));
        assertThat(r.state()).isEqualTo(due == null ? MetricState.NONE : MetricState.RUNNING);
    }

    // ----------------------------------------------------------------- intake and modes
    @ParameterizedTest(name = "channel {0}: accepted {1}, mode {2}")
    @CsvSource({
        "knowledge-base, true, full",
        "back-office, true, full",
        "email, false, not-accepted",
        "forum, false, not-accepted",
        "icq, false, not-accepted",
        "skype, false, not-accepted",
        "phone, true, consultative",
        ", true, full",
    })
    void channels(String channel, boolean accepted, String mode) {
        Ticket t = Ticket.builder("standard").service("platform-consultation").attribute("channel", channel)
                .received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isEqualTo(accepted);
        assertThat(d.mode()).isEqualTo(Mode.of(mode));
        // a request not accepted names no performer, least of all the vendor, and no severity
        if (accepted) {
            assertThat(d.performer()).contains("insales");
        } else {
            assertThat(d.performer()).isEmpty();
            assertThat(d.severity()).isEmpty();
        }
        assertThat(d.redirect()).isEmpty();
        if (!accepted) {
            assertThat(d.reason()).hasValue(P.intakeRules().get(0).reason());
        }
        // a consultative answer by phone is still timed
        assertThat(d.metric("first-response").orElseThrow().state())
                .isEqualTo(accepted ? MetricState.RUNNING : MetricState.NONE);
    }

    @ParameterizedTest(name = "{0} by {1} via {2}: accepted {3} (rule {4})")
    @CsvSource({
        "content-deletion, owner, back-office, true, -1",
        "content-deletion, staff, back-office, false, 1",
        "content-deletion, , knowledge-base, false, 1",
        "content-deletion, owner, phone, false, 2",
        "content-deletion, owner, email, false, 0",
        "ownership-transfer, owner, knowledge-base, true, -1",
        "ownership-transfer, staff, knowledge-base, false, 1",
        "ownership-transfer, owner, phone, false, 2",
        "domain-setup, staff, phone, true, -1",
    })
    void onlyInWritingFromTheShopOwner(String service, String requester, String channel, boolean accepted, int rule) {
        Ticket t = Ticket.builder("premium").service(service).attribute("requester", requester)
                .attribute("channel", channel).received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isEqualTo(accepted);
        if (rule >= 0) {
            assertThat(d.reason()).hasValue(P.intakeRules().get(rule).reason());
        }
    }

    @Test
    void rules() {
        assertThat(P.intakeRules()).extracting(IntakeRule::when).containsExactly(
                Condition.when("channel", "email", "forum", "icq", "skype"),
                Condition.when("service", "content-deletion", "ownership-transfer").andNot("requester", "owner"),
                Condition.when("service", "content-deletion", "ownership-transfer").and("channel", "phone"));
        assertThat(P.intakeRules()).allSatisfy(r -> assertThat(r.redirect()).isNull());
        assertThat(P.modeRules()).containsExactly(new ModeRule(Condition.when("channel", "phone"), Mode.CONSULTATIVE,
                "phone support is consultative; account changes only by written request"));
    }

    @Test
    void aPhoneCallDoesNotOpenAServiceTheSocialPlanDoesNotCover() {
        Ticket t = Ticket.builder("social").service("template-changes").attribute("channel", "phone")
                .received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isFalse();
        assertThat(d.mode()).isEqualTo(Mode.NOT_PROVIDED);
    }
}
