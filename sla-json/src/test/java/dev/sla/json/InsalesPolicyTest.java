package dev.sla.json;

import dev.sla.regulations.RegulationTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Party;
import dev.sla.core.Policy;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
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

/** insales (seed 002) answers the regulation. */
class InsalesPolicyTest {

    static final Policy P = PolicyJson.bundled("insales");
    static final Instant SATURDAY_NIGHT = At.msk("2025-11-08T01:30");

    /** Service, performer and mode on the paid plans (standard and premium). */
    static final List<String[]> PAID = RegulationTables.INSALES_PAID;

    static Stream<Arguments> cells() {
        List<Arguments> rows = new ArrayList<>();
        for (String[] r : PAID) {
            boolean fix = r[0].equals("system-error-fix");
            rows.add(Arguments.of(r[0], "social", fix ? "insales" : null, fix ? "full" : "not-provided"));
            rows.add(Arguments.of(r[0], "standard", r[1], r[2]));
            rows.add(Arguments.of(r[0], "premium", r[1], r[2]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} on {1} is {2} ({3})")
    @MethodSource("cells")
    void everyCell(String service, String plan, String performer, String mode) {
        Assignment a = P.who(plan, service);
        assertThat(a.performer()).isEqualTo(performer);
        assertThat(a.mode()).isEqualTo(Mode.of(mode));
    }

    @Test
    void theServicesPartiesAndPlans() {
        assertThat(P.services().keySet()).containsExactlyElementsOf(PAID.stream().map(r -> r[0]).toList());
        assertThat(P.plans().keySet()).containsExactly("social", "standard", "premium");
        assertThat(P.plans().get("social").name()).isEqualTo("Социальный");
        assertThat(P.plans().get("premium").name()).isEqualTo("Премиум");
        assertThat(P.vendor()).isEqualTo("insales");
        assertThat(P.parties().get("insales").kind()).isEqualTo(Party.Kind.VENDOR);
        assertThat(P.parties().get("merchant").kind()).isEqualTo(Party.Kind.CUSTOMER);
        assertThat(P.parties().get("sales-department").kind()).isEqualTo(Party.Kind.THIRD_PARTY);
        assertThat(P.parties().get("third-party").kind()).isEqualTo(Party.Kind.THIRD_PARTY);
        assertThat(P.severities()).isEmpty();
        assertThat(P.services().get("liquid-consultation").name()).isEqualTo("Консультации по использованию шаблонизатора liquid");
    }

    @Test
    void theNotesOfTheRegulation() {
        assertThat(P.who("standard", "template-changes").note()).contains("дополнительно оплачиваемой услугой");
        assertThat(P.who("premium", "business-questions").note()).contains("ограниченном режиме").contains("sales-department");
        assertThat(P.who("standard", "layout").note()).contains("вёрстке");
        assertThat(P.who("social", "domain-setup").note()).contains("ограничена исправлением системных ошибок");
        assertThat(P.who("standard", "content-deletion").note()).contains("только в письменном виде и только от владельца магазина");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"social, PT24H", "standard, PT24H", "premium, PT3H"})
    void reactionTime(String plan, String time) {
        Target t = P.target("first-response", plan, null, null).orElseThrow();
        assertThat(t.duration()).isEqualTo(Duration.parse(time));
        assertThat(t.calendar()).isEqualTo("always");
        Ticket ticket = Ticket.builder(plan).service("system-error-fix").attribute("channel", "back-office")
                .received(SATURDAY_NIGHT).build();
        MetricResult m = P.evaluate(ticket, SATURDAY_NIGHT).metric("first-response").orElseThrow();
        // around the clock, weekends included
        assertThat(m.due()).isEqualTo(SATURDAY_NIGHT.plus(Duration.parse(time)));
        assertThat(m.state()).isEqualTo(MetricState.RUNNING);
    }

    @Test
    void theCalendarIsAlwaysOpen() {
        var c = P.calendars().get("always");
        assertThat(c.zone()).isEqualTo(At.MOSCOW);
        assertThat(c.weeklyHours().toString()).isEqualTo("24/7");
        assertThat(c.isOpen(At.msk("2026-01-01T00:00"))).isTrue();
        assertThat(c.between(At.msk("2025-12-31T12:00"), At.msk("2026-01-01T12:00"))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void theAgentsAnswerStopsTheClock() {
        Ticket t = Ticket.builder("premium").service("domain-setup").attribute("channel", "knowledge-base")
                .received(SATURDAY_NIGHT).event(SATURDAY_NIGHT.plusSeconds(4 * 3600), EventType.AGENT_RESPONSE).build();
        MetricResult m = P.evaluate(t, SATURDAY_NIGHT.plusSeconds(5 * 3600)).metric("first-response").orElseThrow();
        assertThat(m.state()).isEqualTo(MetricState.BREACHED);
        assertThat(m.due()).isEqualTo(SATURDAY_NIGHT.plusSeconds(3 * 3600));
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "forum", "icq", "skype"})
    void onlyTheKnowledgeBaseAndTheBackOfficeRegisterATicket(String channel) {
        Ticket t = Ticket.builder("premium").service("system-error-fix").attribute("channel", channel)
                .received(SATURDAY_NIGHT).build();
        Decision d = P.evaluate(t, SATURDAY_NIGHT);
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason().orElseThrow()).contains("не регистрируются и не являются основанием для выполнения каких-либо работ");
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"knowledge-base", "back-office"})
    void writtenRequestsAreHandledInFull(String channel) {
        Ticket t = Ticket.builder("standard").service("initial-setup").attribute("channel", channel).received(SATURDAY_NIGHT).build();
        Decision d = P.evaluate(t, SATURDAY_NIGHT);
        assertThat(d.accepted()).isTrue();
        assertThat(d.mode()).isEqualTo(Mode.FULL);
        assertThat(d.performer()).contains("insales");
    }

    @Test
    void phoneSupportIsConsultative() {
        Ticket t = Ticket.builder("standard").service("initial-setup").attribute("channel", "phone").received(SATURDAY_NIGHT).build();
        Decision d = P.evaluate(t, SATURDAY_NIGHT);
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains("insales");
        assertThat(d.mode()).isEqualTo(Mode.CONSULTATIVE);
        assertThat(d.assignment().note()).contains("только по письменной заявке");
        assertThat(d.metric("first-response").orElseThrow().due()).isEqualTo(SATURDAY_NIGHT.plus(Duration.ofHours(24)));
    }

    @Test
    void aPhoneCallDoesNotOpenWhatIsNotProvided() {
        Ticket layout = Ticket.builder("premium").service("layout").attribute("channel", "phone").received(SATURDAY_NIGHT).build();
        assertThat(P.evaluate(layout, SATURDAY_NIGHT).accepted()).isFalse();
        Ticket social = Ticket.builder("social").service("template-changes").attribute("channel", "phone").received(SATURDAY_NIGHT).build();
        Decision d = P.evaluate(social, SATURDAY_NIGHT);
        assertThat(d.accepted()).isFalse();
        assertThat(d.mode()).isEqualTo(Mode.NOT_PROVIDED);
    }

    @Test
    void theSocialPlanCoversOnlySystemErrorFixes() {
        for (String service : P.services().keySet()) {
            Ticket t = Ticket.builder("social").service(service).attribute("channel", "back-office")
                    .attribute("requester", "owner").received(SATURDAY_NIGHT).build();
            Decision d = P.evaluate(t, SATURDAY_NIGHT);
            assertThat(d.accepted()).as(service).isEqualTo(service.equals("system-error-fix"));
        }
    }

    @ParameterizedTest(name = "{0} from {1} by {2}: accepted {3}")
    @CsvSource({
        "content-deletion, owner, back-office, true",
        "content-deletion, owner, knowledge-base, true",
        "content-deletion, staff, back-office, false",
        "content-deletion, , back-office, false",
        "content-deletion, owner, phone, false",
        // "only in writing": a request that does not state its channel is not refused for it
        "content-deletion, owner, , true",
        "content-deletion, owner, email, false",
        "ownership-transfer, owner, knowledge-base, true",
        "ownership-transfer, staff, knowledge-base, false",
        "ownership-transfer, owner, phone, false",
        "domain-setup, staff, back-office, true",
    })
    void contentDeletionAndOwnershipTransferOnlyInWritingFromTheOwner(String service, String requester, String channel,
            boolean accepted) {
        Ticket t = Ticket.builder("premium").service(service).attribute("requester", requester).attribute("channel", channel)
                .received(SATURDAY_NIGHT).build();
        Decision d = P.evaluate(t, SATURDAY_NIGHT);
        assertThat(d.accepted()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(d.reason().orElseThrow()).containsAnyOf("владельца магазина", "письменном виде", "не регистрируются");
            assertThat(d.redirect()).isEmpty();
        }
    }

    @Test
    void businessQuestionsAreAnsweredInALimitedMode() {
        Ticket t = Ticket.builder("standard").service("business-questions").attribute("channel", "back-office")
                .received(SATURDAY_NIGHT).build();
        Decision d = P.evaluate(t, SATURDAY_NIGHT);
        assertThat(d.accepted()).isTrue();
        assertThat(d.mode()).isEqualTo(Mode.of("limited"));
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
    }

    @ParameterizedTest(name = "a question on a third-party service's functionality on {0} still gets the reaction time {1}")
    @CsvSource({"premium, PT3H", "standard, PT24H"})
    void aThirdPartyServiceQuestionStillGetsTheReactionTime(String plan, String time) {
        Ticket t = Ticket.builder(plan).service("third-party-service").attribute("channel", "back-office")
                .received(SATURDAY_NIGHT).build();
        Decision d = P.evaluate(t, SATURDAY_NIGHT);
        assertThat(d.performer()).contains("insales");
        assertThat(d.assignment().note()).contains("невозможно");
        MetricResult r = d.metric("first-response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.due()).isEqualTo(SATURDAY_NIGHT.plus(java.time.Duration.parse(time)));
    }
}
