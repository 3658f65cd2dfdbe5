package dev.sla.json.rules;

import static dev.sla.json.rules.Rules.decide;
import static dev.sla.json.rules.Rules.msk;
import static dev.sla.json.rules.Rules.response;
import static dev.sla.json.rules.Rules.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import dev.sla.regulations.RegulationTables;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the InSales regulation on the bundled {@code insales} policy, one test per rule, named by
 * the rule's id in the README's "Regulations" section.
 */
class InsalesRulesTest {

    static final Policy P = PolicyJson.bundled("insales");

    /** Saturday 8 November 2025, 01:30 Moscow time: a night of a weekend. */
    static final Instant SATURDAY_NIGHT = msk("2025-11-08T01:30");

    static final List<String> PLANS = List.of("social", "standard", "premium");

    /** A written request (through the back office) for a service on a plan, from the shop's owner. */
    static Ticket written(String plan, String service, Instant received) {
        return Ticket.builder(plan).service(service).attribute("channel", "back-office").attribute("requester", "owner")
                .received(received).build();
    }

    static String[] paid(String service) {
        return RegulationTables.INSALES_PAID.stream().filter(r -> r[0].equals(service)).findFirst().orElseThrow();
    }

    /** A service the paid plans cover: the cell of the table on both paid plans, the reaction time running. */
    static void paidService(String service) {
        String[] row = paid(service);
        for (String plan : List.of("standard", "premium")) {
            Assignment a = P.who(plan, service);
            assertThat(a.performer()).as(plan).isEqualTo(row[1]);
            assertThat(a.mode()).as(plan).isEqualTo(Mode.of(row[2]));
            Decision d = decide(P, written(plan, service, SATURDAY_NIGHT));
            assertThat(d.accepted()).as(plan).isTrue();
            assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
        }
        assertThat(decide(P, written("social", service, SATURDAY_NIGHT)).accepted()).isFalse();
    }

    @Test
    void is01_supportForEveryUserAroundTheClockWithoutDaysOff() {
        WorkCalendar c = P.calendars().get("always");
        assertThat(c.zone()).isEqualTo(Rules.MOSCOW);
        assertThat(c.isOpen(msk("2026-01-01T00:00"))).isTrue();
        assertThat(c.between(msk("2025-12-31T12:00"), msk("2026-01-01T12:00"))).isEqualTo(Duration.ofHours(24));
        // a standard-plan request received on a Saturday night is due 24 hours later, on Sunday night
        assertThat(response(P, written("standard", "initial-setup", SATURDAY_NIGHT)).due())
                .isEqualTo(msk("2025-11-09T01:30"));
        // on New Year's Eve, a premium request at 23:00 is due at 02:00 on 1 January
        assertThat(response(P, written("premium", "initial-setup", msk("2025-12-31T23:00"))).due())
                .isEqualTo(msk("2026-01-01T02:00"));
    }

    @Test
    void is02_theSocialPlanCoversOnlySystemErrorFixes() {
        for (String[] row : RegulationTables.INSALES_PAID) {
            String service = row[0];
            boolean fix = service.equals("system-error-fix");
            Assignment a = P.who("social", service);
            assertThat(a.performer()).as(service).isEqualTo(fix ? "insales" : null);
            assertThat(decide(P, written("social", service, SATURDAY_NIGHT)).accepted()).as(service).isEqualTo(fix);
        }
        assertThat(P.who("social", "domain-setup").note()).contains("ограничена исправлением системных ошибок");
    }

    @Test
    void is02_aSocialRequestNamingNoServiceIsOnlyASystemErrorFix() {
        // a request on the Social plan that names no service is not answered like one of a paid plan:
        // it gets the Social plan's own default, covering system-error fixes only
        Ticket social = Ticket.builder("social").attribute("channel", "back-office").received(SATURDAY_NIGHT).build();
        Ticket standard = Ticket.builder("standard").attribute("channel", "back-office").received(SATURDAY_NIGHT).build();
        Decision d = decide(P, social);
        assertThat(d.accepted()).isFalse();
        assertThat(d.severity()).isEmpty();
        assertThat(d.reason().orElseThrow()).contains("ограничена исправлением системных ошибок");
        assertThat(decide(P, standard).accepted()).isTrue();
        assertThat(decide(P, standard).performer()).contains("insales");
    }

    @Test
    void is03_theReactionTimeIsAtMost24Hours() {
        for (String plan : List.of("social", "standard")) {
            String service = plan.equals("social") ? "system-error-fix" : "platform-consultation";
            MetricResult m = response(P, written(plan, service, SATURDAY_NIGHT));
            assertThat(m.target()).as(plan).isEqualTo(Duration.ofHours(24));
            assertThat(m.calendar()).isEqualTo("always");
            assertThat(m.due()).as(plan).isEqualTo(SATURDAY_NIGHT.plus(Duration.ofHours(24)));
        }
    }

    @Test
    void is04_premiumReactionTimeIsThreeHours() {
        Ticket t = Ticket.builder("premium").service("domain-setup").attribute("channel", "knowledge-base")
                .received(SATURDAY_NIGHT).event(msk("2025-11-08T05:30"), EventType.AGENT_RESPONSE).build();
        MetricResult running = response(P, t, msk("2025-11-08T04:00"));
        assertThat(running.target()).isEqualTo(Duration.ofHours(3));
        assertThat(running.due()).isEqualTo(msk("2025-11-08T04:30"));
        // answered at 05:30, an hour after the due instant
        assertThat(response(P, t, msk("2025-11-08T06:00")).state()).isEqualTo(MetricState.BREACHED);
    }

    @Test
    void is05_phoneSupportIsConsultative() {
        Ticket t = Ticket.builder("standard").service("initial-setup").attribute("channel", "phone")
                .received(SATURDAY_NIGHT).build();
        Decision d = decide(P, t);
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains("insales");
        assertThat(d.mode()).isEqualTo(Mode.CONSULTATIVE);
    }

    @Test
    void is06_accountsAreChangedOnlyOnAWrittenRequest() {
        for (String channel : List.of("knowledge-base", "back-office")) {
            Ticket t = Ticket.builder("standard").service("template-changes").attribute("channel", channel)
                    .received(SATURDAY_NIGHT).build();
            assertThat(decide(P, t).mode()).as(channel).isEqualTo(Mode.FULL);
        }
        Ticket phone = Ticket.builder("standard").service("template-changes").attribute("channel", "phone")
                .received(SATURDAY_NIGHT).build();
        Decision d = decide(P, phone);
        assertThat(d.mode()).isEqualTo(Mode.CONSULTATIVE);
        assertThat(d.assignment().note()).contains("изменения в аккаунтах производятся только по письменной заявке");
    }

    @Test
    void is07_contentDeletionAndTransfersOnlyInWriting() {
        for (String service : List.of("content-deletion", "ownership-transfer")) {
            for (String channel : List.of("knowledge-base", "back-office")) {
                Ticket t = Ticket.builder("premium").service(service).attribute("requester", "owner")
                        .attribute("channel", channel).received(SATURDAY_NIGHT).build();
                assertThat(decide(P, t).accepted()).as(service + " by " + channel).isTrue();
            }
            Ticket phone = Ticket.builder("premium").service(service).attribute("requester", "owner")
                    .attribute("channel", "phone").received(SATURDAY_NIGHT).build();
            Decision d = decide(P, phone);
            assertThat(d.accepted()).as(service).isFalse();
            assertThat(d.reason().orElseThrow()).contains("в письменном виде");
        }
    }

    @Test
    void is07_aRequestNotStatingItsChannelIsNotRefusedAsUnwritten() {
        // the written-only rule refuses a request stated to come by phone, not one whose channel is unknown
        Ticket t = Ticket.builder("premium").service("content-deletion").attribute("requester", "owner")
                .received(SATURDAY_NIGHT).build();
        assertThat(decide(P, t).accepted()).isTrue();
    }

    @Test
    void is08_contentDeletionAndTransfersOnlyFromTheShopOwner() {
        for (String service : List.of("content-deletion", "ownership-transfer")) {
            Ticket staff = Ticket.builder("standard").service(service).attribute("requester", "staff")
                    .attribute("channel", "back-office").received(SATURDAY_NIGHT).build();
            Decision d = decide(P, staff);
            assertThat(d.accepted()).as(service).isFalse();
            assertThat(d.reason().orElseThrow()).contains("только от владельца магазина");
            assertThat(decide(P, written("standard", service, SATURDAY_NIGHT)).accepted()).as(service).isTrue();
        }
        // other services take requests from the staff too
        Ticket staff = Ticket.builder("standard").service("domain-setup").attribute("requester", "staff")
                .attribute("channel", "back-office").received(SATURDAY_NIGHT).build();
        assertThat(decide(P, staff).accepted()).isTrue();
    }

    @Test
    void is09_aSolutionMayBeLateOrImpossibleButTheReactionTimeHolds() {
        // whatever delays the solution, only the reaction is timed: answered after 2 h on premium, met, and
        // nothing else falls due even a week later
        Ticket t = Ticket.builder("premium").service("system-error-fix").attribute("channel", "back-office")
                .received(SATURDAY_NIGHT).event(msk("2025-11-08T03:30"), EventType.AGENT_RESPONSE)
                .event(msk("2025-11-08T10:00"), EventType.CUSTOMER_MESSAGE).build();
        Decision d = P.evaluate(t, msk("2025-11-15T12:00"));
        assertThat(d.metrics()).extracting(MetricResult::metric).containsExactly("first-response");
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.MET);
    }

    @Test
    void is10_aThirdPartyServiceQuestionStillGetsTheReactionTime() {
        for (String plan : List.of("standard", "premium")) {
            MetricResult m = response(P, written(plan, "third-party-service", SATURDAY_NIGHT));
            assertThat(m.state()).as(plan).isEqualTo(MetricState.RUNNING);
            assertThat(m.target()).as(plan).isEqualTo(Duration.ofHours(plan.equals("premium") ? 3 : 24));
        }
    }

    // ------------------------------------------------------------------ what the paid plans cover
    @Test
    void is11_platformConsultation() {
        paidService("platform-consultation");
    }

    @Test
    void is12_planConsultation() {
        paidService("plan-consultation");
    }

    @Test
    void is13_initialSetupConsultation() {
        paidService("initial-setup");
    }

    @Test
    void is14_integrationConsultation() {
        paidService("integration-consultation");
    }

    @Test
    void is15_templateConsultation() {
        paidService("template-consultation");
    }

    @Test
    void is16_templateChanges() {
        paidService("template-changes");
        assertThat(P.who("premium", "template-changes").note()).contains("дополнительно оплачиваемой услугой");
    }

    @Test
    void is17_liquidConsultation() {
        paidService("liquid-consultation");
    }

    @Test
    void is18_domainSetup() {
        paidService("domain-setup");
    }

    @Test
    void is20_noLayoutConsultationsBeyondInsalesFunctionality() {
        for (String plan : PLANS) {
            Assignment a = P.who(plan, "layout");
            assertThat(a.performer()).as(plan).isNull();
            assertThat(a.mode()).as(plan).isEqualTo(Mode.NOT_PROVIDED);
            assertThat(decide(P, written(plan, "layout", SATURDAY_NIGHT)).accepted()).as(plan).isFalse();
        }
        assertThat(P.who("standard", "layout").note()).contains("вёрстке");
    }

    @Test
    void is21_businessLegalAdvertisingAndSeoInALimitedMode() {
        for (String plan : List.of("standard", "premium")) {
            Decision d = decide(P, written(plan, "business-questions", SATURDAY_NIGHT));
            assertThat(d.accepted()).as(plan).isTrue();
            assertThat(d.performer()).as(plan).contains("insales");
            assertThat(d.mode()).as(plan).isEqualTo(Mode.of("limited"));
            assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
        }
    }

    @Test
    void is22_aSubstantialTaskOfThatKindGoesToTheSalesDepartment() {
        assertThat(P.parties()).containsKey("sales-department");
        assertThat(P.who("premium", "business-questions").note()).contains("отдел продаж").contains("sales-department");
    }

    @Test
    void is24_onlyTheKnowledgeBaseAndTheBackOfficeRegisterATicket() {
        for (String channel : List.of("email", "forum", "icq", "skype")) {
            Ticket t = Ticket.builder("premium").service("system-error-fix").attribute("channel", channel)
                    .received(SATURDAY_NIGHT).build();
            Decision d = decide(P, t);
            assertThat(d.accepted()).as(channel).isFalse();
            assertThat(d.reason().orElseThrow()).contains("не регистрируются");
            assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
        }
        for (String channel : List.of("knowledge-base", "back-office")) {
            Ticket t = Ticket.builder("premium").service("system-error-fix").attribute("channel", channel)
                    .received(SATURDAY_NIGHT).build();
            assertThat(decide(P, t).accepted()).as(channel).isTrue();
        }
    }

    @Test
    void is25_aRequestStatesTheStepsTheSiteAddressAndAScreenshot() {
        // the steps that lead to the problem, the site's address and a screenshot: what a request lacks is listed
        Ticket t = ticket(P, "{\"plan\": \"premium\", \"service\": \"system-error-fix\", \"channel\": \"back-office\","
                + " \"carries\": [\"steps\"], \"events\": [{\"type\": \"received\", \"at\": \"2025-11-08T01:30:00+03:00\"}]}");
        Decision d = decide(P, t);
        assertThat(d.accepted()).isTrue();
        assertThat(Rules.json(d).get("missing").toString()).contains("screenshot").contains("site-address")
                .doesNotContain("\"steps\"");
    }

    @Test
    void is26_anAcknowledgementOfReceiptIsNoReaction() {
        Ticket t = ticket(P, "{\"plan\": \"premium\", \"service\": \"system-error-fix\", \"channel\": \"back-office\","
                + " \"events\": [{\"type\": \"received\", \"at\": \"2025-11-08T01:30:00+03:00\"},"
                + " {\"type\": \"auto-acknowledgement\", \"at\": \"2025-11-08T01:31:00+03:00\"}]}");
        MetricResult m = response(P, t, msk("2025-11-08T02:00"));
        assertThat(m.state()).isEqualTo(MetricState.RUNNING);
        assertThat(m.due()).isEqualTo(msk("2025-11-08T04:30"));
    }

    @Test
    void is28_noResolutionTimeIsGuaranteed() {
        assertThat(P.metrics().keySet()).containsExactly("first-response");
        Ticket t = written("premium", "system-error-fix", SATURDAY_NIGHT);
        assertThat(P.evaluate(t, msk("2025-12-31T12:00")).metrics()).extracting(MetricResult::metric)
                .containsExactly("first-response");
    }
}
