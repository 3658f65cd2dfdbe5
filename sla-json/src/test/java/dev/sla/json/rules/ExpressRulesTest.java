package dev.sla.json.rules;

import static dev.sla.json.rules.Rules.decide;
import static dev.sla.json.rules.Rules.json;
import static dev.sla.json.rules.Rules.msk;
import static dev.sla.json.rules.Rules.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Decision;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.Requirement;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import dev.sla.regulations.RegulationTables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the eXpress regulation on the bundled {@code express} policy, one test per rule, named by
 * the rule's id in the README's "Regulations" section. The regulation leaves the technical support's hours and
 * targets to each customer's contract: the tests of them bind the policy to the bundled example contract
 * {@code express-example}, and check without one that no number is invented.
 */
class ExpressRulesTest {

    static final Policy P = PolicyJson.bundled("express");

    /** Monday 10 November 2025, 10:00 Moscow time. */
    static final Instant MONDAY = msk("2025-11-10T10:00");

    static WorkCalendar clientSupport() {
        return P.calendars().get("client-support");
    }

    @Test
    void ex01_ownSupportIsClientSupportAndTechnicalSupport() {
        assertThat(P.plans().keySet()).containsExactly("client-support", "technical-support");
        assertThat(P.plans().get("client-support").name()).isEqualTo("Клиентская поддержка");
        assertThat(P.plans().get("technical-support").name()).startsWith("Техническая поддержка");
    }

    @Test
    void ex02_clientSupportIsAvailableToEveryUser() {
        for (String requester : List.of("end-user", "system-administrator", "partner")) {
            Ticket t = Ticket.builder("client-support").service("client-app").attribute("requester", requester)
                    .received(MONDAY).build();
            assertThat(decide(P, t).accepted()).as(requester).isTrue();
        }
    }

    @Test
    void ex03_clientSupportHandlesEndUsersRequestsOnTheClientApplication() {
        assertThat(P.who("client-support", "client-app").performer()).isEqualTo("express");
        assertThat(P.who("client-support", "client-app").mode()).isEqualTo(Mode.FULL);
        Decision d = decide(P, Ticket.builder("client-support").service("client-app").attribute("requester", "end-user")
                .received(MONDAY).build());
        assertThat(d.performer()).contains("express");
    }

    @Test
    void ex04_clientSupportWorksWeekdaysFrom8To21Moscow() {
        WorkCalendar c = clientSupport();
        assertThat(c.zone()).isEqualTo(Rules.MOSCOW);
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 5)).toString()).isEqualTo("08:00-21:00");
        assertThat(c.isOpen(msk("2025-11-05T07:59"))).isFalse();
        assertThat(c.isOpen(msk("2025-11-05T08:00"))).isTrue();
        assertThat(c.isOpen(msk("2025-11-05T20:59"))).isTrue();
        assertThat(c.isOpen(msk("2025-11-05T21:00"))).isFalse();
    }

    @Test
    void ex05_preHolidayWeekdaysAreNotShortened() {
        // Thursday 30 April 2026 is a shortened pre-holiday day on the production calendar
        assertThat(clientSupport().hoursOn(LocalDate.of(2026, 4, 30)).toString()).isEqualTo("08:00-21:00");
        assertThat(clientSupport().isOpen(msk("2026-04-30T20:30"))).isTrue();
    }

    @Test
    void ex06_clientSupportWorksWeekendsFrom10To18() {
        WorkCalendar c = clientSupport();
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 8)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 9)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.isOpen(msk("2025-11-08T09:59"))).isFalse();
        assertThat(c.isOpen(msk("2025-11-08T10:00"))).isTrue();
        assertThat(c.isOpen(msk("2025-11-09T18:00"))).isFalse();
        // from Saturday 18:00 the next opening is Sunday 10:00
        assertThat(c.nextOpen(msk("2025-11-08T18:00"))).isEqualTo(msk("2025-11-09T10:00"));
    }

    @Test
    void ex07_clientSupportWorksPublicHolidaysFrom10To18() {
        WorkCalendar c = clientSupport();
        // Tuesday 4 November 2025 (National Unity Day) and the New Year holidays
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 4)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.hoursOn(LocalDate.of(2026, 1, 1)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.hoursOn(LocalDate.of(2026, 1, 7)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.isOpen(msk("2025-11-04T09:59"))).isFalse();
        assertThat(c.isOpen(msk("2025-11-04T10:00"))).isTrue();
        assertThat(c.nextOpen(msk("2025-11-04T18:00"))).isEqualTo(msk("2025-11-05T08:00"));
    }

    @Test
    void ex08_clientSupportTicketsHaveNoSla() {
        for (String severity : List.of("highest", "medium", "lowest")) {
            Ticket t = Ticket.builder("client-support").service("client-app").severity(severity).received(MONDAY).build();
            Decision d = P.evaluate(t, msk("2025-12-31T12:00"));
            assertThat(d.metrics()).allSatisfy(m -> {
                assertThat(m.state()).isEqualTo(MetricState.NONE);
                assertThat(m.due()).isNull();
                assertThat(m.reason()).isNotBlank();
            });
        }
    }

    @Test
    void ex10_technicalSupportIsGivenUnderAContract() {
        // without a contract the technical support's targets answer "set by the contract": state none, no number
        Ticket t = Ticket.builder("technical-support").service("server-side").severity("high").received(MONDAY).build();
        Decision d = decide(P, t);
        assertThat(d.metrics()).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MetricState.NONE);
            assertThat(m.target()).isNull();
            assertThat(m.reason()).contains("set by the contract");
        });
    }

    @Test
    void ex11_technicalSupportHandlesTheServerSide() {
        assertThat(P.who("technical-support", "server-side").performer()).isEqualTo("express");
        Decision d = decide(P, Ticket.builder("technical-support").service("server-side")
                .attribute("requester", "system-administrator").severity("high").received(MONDAY).build());
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains("express");
        // client support does not take the server side
        Decision client = decide(P, Ticket.builder("client-support").service("server-side").received(MONDAY).build());
        assertThat(client.accepted()).isFalse();
    }

    @Test
    void ex12_technicalSupportTakesRequestsFromAdministratorsAndPartners() {
        for (String requester : List.of("system-administrator", "partner")) {
            Ticket t = Ticket.builder("technical-support").service("server-side").attribute("requester", requester)
                    .severity("high").received(MONDAY).build();
            assertThat(decide(P, t).accepted()).as(requester).isTrue();
        }
        Ticket user = Ticket.builder("technical-support").service("server-side").attribute("requester", "end-user")
                .severity("high").received(MONDAY).build();
        Decision d = decide(P, user);
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason().orElseThrow()).contains("клиентскую поддержку");
    }

    @Test
    void ex13_endUsersAreSentToClientSupport() {
        Ticket user = Ticket.builder("technical-support").service("client-app").attribute("requester", "end-user")
                .received(MONDAY).build();
        Decision d = decide(P, user);
        assertThat(d.accepted()).isFalse();
        // the decision names the plan the request goes to
        assertThat(json(d).toString()).contains("\"client-support\"");
    }

    @Test
    void ex14_technicalSupportHoursFollowTheContract() {
        // the bundled example contract 'express-example': Mon-Fri 09:00-18:00 Moscow time, Russian production
        // calendar; a high-priority request received Monday 10:00 is answered by 12:00, resolved by Tuesday 17:00
        Policy bound = Rules.withContract(P, "express-example");
        Ticket t = ticket(bound, "{\"plan\": \"technical-support\", \"contract\": \"express-example\","
                + " \"severity\": \"high\", \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}");
        Decision d = decide(bound, t);
        assertThat(d.metric("first-response").orElseThrow().due()).isEqualTo(msk("2025-11-10T12:00"));
        assertThat(d.metric("resolution").orElseThrow().due()).isEqualTo(msk("2025-11-11T17:00"));
    }

    @Test
    void ex15_technicalSupportTargetsFollowTheContract() {
        // with the example contract, the priorities' targets of RegulationTables.EXPRESS_EXAMPLE_TIMES
        Policy bound = Rules.withContract(P, "express-example");
        for (String[] row : RegulationTables.EXPRESS_EXAMPLE_TIMES) {
            Ticket t = ticket(bound, "{\"plan\": \"technical-support\", \"contract\": \"express-example\", \"severity\": \""
                    + row[0] + "\", \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}");
            Decision d = decide(bound, t);
            assertThat(d.metric("first-response").orElseThrow().target()).hasToString(row[1]);
            if (row[2] != null) {
                assertThat(d.metric("resolution").orElseThrow().target()).hasToString(row[2]);
            }
        }
    }

    @Test
    void ex16_serverSoftwareIsUpdatedByTheAdministratorsOrByExpress() {
        // in order: the organisation's system administrators, or eXpress technical support
        assertThat(P.who("technical-support", "server-update").performer()).isEqualTo("customer");
        Decision d = decide(P, Ticket.builder("technical-support").service("server-update").severity("medium")
                .received(MONDAY).build());
        assertThat(json(d).toString()).contains("\"customer\"").contains("\"express\"");
    }

    @Test
    void ex17_anOwnApplicationIsSupportedByTheOrganisationsOwnSupport() {
        // an organisation that uses a special application instead of eXpress asks its own support
        Ticket t = ticket(P, "{\"plan\": \"client-support\", \"service\": \"client-app\","
                + " \"attributes\": {\"application\": \"special\"},"
                + " \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}");
        Decision d = decide(P, t);
        assertThat(d.accepted()).isFalse();
        assertThat(d.redirect()).contains("organisation-support");
        assertThat(d.reason().orElseThrow()).contains("поддержку своей организации");
        Ticket express = ticket(P, "{\"plan\": \"client-support\", \"service\": \"client-app\","
                + " \"attributes\": {\"application\": \"express\"},"
                + " \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}");
        assertThat(decide(P, express).accepted()).isTrue();
    }

    @Test
    void ex18_aBugReportCarriesADescriptionStepsAndScreenshots() {
        // a report that carries only its description lacks the steps and the screenshots: noted, not refused
        Decision d = decide(P, ticket(P, "{\"plan\": \"technical-support\", \"service\": \"server-side\","
                + " \"severity\": \"medium\", \"carries\": [\"description\"],"
                + " \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.missing()).extracting(Requirement::id).containsExactly("steps", "screenshots");
        Decision whole = decide(P, ticket(P, "{\"plan\": \"technical-support\", \"service\": \"server-side\","
                + " \"severity\": \"medium\", \"carries\": [\"description\", \"steps\", \"screenshots\"],"
                + " \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}"));
        assertThat(whole.missing()).isEmpty();
    }

    @Test
    void ex19_featureRequestsGoToExpressSupport() {
        for (String plan : List.of("client-support", "technical-support")) {
            assertThat(P.who(plan, "feature-request").performer()).as(plan).isEqualTo("express");
            Decision d = decide(P, Ticket.builder(plan).service("feature-request").attribute("requester", "partner")
                    .received(MONDAY).build());
            assertThat(d.accepted()).as(plan).isTrue();
        }
    }

    @Test
    void ex20_aFeatureRequestStatesWhatWhereWhenThePlatformHowOftenAndItsPriority() {
        // a feature request that states only what, where and when lacks the platform, how often and its priority:
        // noted, not refused
        Decision d = decide(P, ticket(P, "{\"plan\": \"client-support\", \"service\": \"feature-request\","
                + " \"carries\": [\"what-where-when\"],"
                + " \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}"));
        assertThat(d.accepted()).isTrue();
        assertThat(d.missing()).extracting(Requirement::id).containsExactly("platform", "frequency", "priority");
        assertThat(json(d).toString()).contains("platform");
        // a request for another service is not asked them
        Decision bug = decide(P, ticket(P, "{\"plan\": \"client-support\", \"service\": \"client-app\","
                + " \"carries\": [\"description\"],"
                + " \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}"));
        assertThat(bug.missing()).isEmpty();
    }

    @Test
    void ex21_changesToExistingSystemsAreDiscussedWithTheSalesDepartment() {
        // a request for changes to an existing system is sent to the sales department
        assertThat(P.parties()).containsKey("sales-department");
        Decision d = decide(P, ticket(P, "{\"plan\": \"technical-support\", \"service\": \"integration-changes\","
                + " \"severity\": \"medium\", \"events\": [{\"type\": \"received\", \"at\": \"2025-11-10T10:00:00+03:00\"}]}"));
        assertThat(d.redirect()).contains("sales-department");
    }

    // ------------------------------------------------------------------ statuses
    @Test
    void ex22_theStatusesOfARequest() {
        assertThat(P.statuses()).containsExactlyElementsOf(RegulationTables.EXPRESS_STATUSES);
    }

    /**
     * The bundled policy's two metrics, their clock rules as the policy states them, with a test target of two
     * working hours on the client-support calendar: the regulation leaves the technical support's targets to the
     * contract, so the clock rules are checked on a target of the test's own.
     */
    static Policy clockRules() {
        PolicyBuilder b = Policy.builder("express-clock").vendor("express").party(P.parties().get("express"))
                .calendar("client-support", clientSupport()).plan(Plan.of("probe", "Probe"))
                .statuses(P.statuses().toArray(String[]::new));
        for (Metric m : P.metrics().values()) {
            b.metric(m).target(Target.of(m.id(), "probe", null, Duration.ofHours(2), "client-support"));
        }
        return b.build();
    }

    /** Both clocks of a ticket received Monday 10:00 that enters a status at 10:30, at an instant. */
    static List<MetricResult> afterStatus(String status, String then, Instant at) {
        Ticket.Builder t = Ticket.builder("probe").received(MONDAY).status(msk("2025-11-10T10:30"), status);
        if (then != null) {
            t.status(msk("2025-11-10T14:00"), then);
        }
        return clockRules().evaluate(t.build(), at).metrics();
    }

    @Test
    void ex23_waitingForTheRequesterPausesTheClocks() {
        pausesBothClocks("waiting-for-customer");
    }

    @Test
    void ex24_pausedPausesTheClocks() {
        pausesBothClocks("paused");
    }

    private static void pausesBothClocks(String status) {
        assertThat(P.metrics().values()).allSatisfy(m -> assertThat(m.pauseStatuses()).contains(status));
        // paused from 10:30 to 14:00: 30 minutes elapsed, then due at 15:30 instead of 12:00
        assertThat(afterStatus(status, "in-progress", msk("2025-11-10T13:00"))).hasSize(2).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MetricState.PAUSED);
            assertThat(m.elapsed()).isEqualTo(Duration.ofMinutes(30));
        });
        assertThat(afterStatus(status, "in-progress", msk("2025-11-10T14:10"))).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MetricState.RUNNING);
            assertThat(m.due()).isEqualTo(msk("2025-11-10T15:30"));
        });
    }

    @Test
    void ex25_resolvedFulfilsBothClocks() {
        assertThat(P.metrics().values()).allSatisfy(m -> {
            assertThat(m.stopStatuses()).contains("resolved");
            assertThat(m.stopOn()).contains(EventType.RESOLVED);
        });
        assertThat(afterStatus("resolved", null, msk("2025-11-12T10:00"))).hasSize(2)
                .allSatisfy(m -> assertThat(m.state()).isEqualTo(MetricState.MET));
    }

    @Test
    void ex26_cancelledVoidsBothClocks() {
        assertThat(P.metrics().values()).allSatisfy(m -> assertThat(m.voidStatuses()).contains("cancelled"));
        assertThat(afterStatus("cancelled", null, msk("2025-11-12T10:00"))).hasSize(2)
                .allSatisfy(m -> assertThat(m.state()).isEqualTo(MetricState.NOT_APPLICABLE));
    }

    @Test
    void ex27_whileSupportOrTheDevelopersWorkTheClocksRun() {
        for (String status : List.of("waiting-for-support", "checking", "in-progress", "passed-to-development",
                "analyzing", "filed", "in-active-development", "waiting-for-release")) {
            // received 10:00, due 12:00 whatever the status
            assertThat(afterStatus(status, null, msk("2025-11-10T11:00"))).as(status).hasSize(2).allSatisfy(m -> {
                assertThat(m.state()).isEqualTo(MetricState.RUNNING);
                assertThat(m.due()).isEqualTo(msk("2025-11-10T12:00"));
            });
        }
    }

    // ------------------------------------------------------------------ priorities
    @Test
    void ex28_thePriorityIsStatedOnTheRequest() {
        assertThat(P.severities()).extracting(l -> l.id()).containsExactly("highest", "high", "medium", "low", "lowest");
        assertThat(P.severities()).extracting(l -> l.name()).containsExactly("Highest", "High", "Medium", "Low", "Lowest");
        assertThat(P.classification()).isEmpty();
        Decision d = decide(P, Ticket.builder("technical-support").service("server-side").severity("low").received(MONDAY).build());
        assertThat(d.severity()).contains("low");
    }

    @Test
    void ex29_whatEachPriorityMeans() {
        assertThat(P.severities().get(0).description()).contains("срочная, серьёзная, повторяется у многих пользователей");
        assertThat(P.severities().get(1).description()).isEqualTo(P.severities().get(0).description());
        assertThat(P.severities().get(2).description()).contains("не мешает работе в целом");
        assertThat(P.severities().get(3).description()).contains("некритичная");
        assertThat(P.severities().get(4).description()).isEqualTo(P.severities().get(3).description());
    }
}
