package dev.sla.json.rules;

import static dev.sla.json.rules.NavixyChecks.WEDNESDAY_14;
import static dev.sla.json.rules.Rules.decide;
import static dev.sla.json.rules.Rules.msk;
import static dev.sla.json.rules.Rules.response;
import static dev.sla.json.rules.Rules.utc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the English Navixy regulation on the bundled {@code navixy-en} policy, one test per rule,
 * named by the rule's id in the README's "Regulations" section.
 */
class NavixyEnRulesTest {

    static final Policy P = PolicyJson.bundled("navixy-en");

    @Test
    void ne01_onlyAuthorisedPartnersAreServed() {
        NavixyChecks.onlyAuthorisedPartnersAreServed(P);
    }

    @Test
    void ne03_onPremiseAndCloudNeedAMonthlySubscription() {
        NavixyChecks.onPremiseNeedsAnActiveSubscription(P);
    }

    @Test
    void ne04_onPremiseAndCloudSupportIsConsultative() {
        NavixyChecks.onPremiseSupportIsConsultative(P);
    }

    @Test
    void ne05_thirdPartySoftwareOsAndHardwareQuestionsAreNotConsidered() {
        NavixyChecks.thirdPartyQuestionsAreNotConsidered(P);
    }

    @Test
    void ne06_gpsHardwareQuestionsGoToTheDeviceManufacturer() {
        for (String plan : NavixyChecks.PLANS) {
            Decision d = decide(P, Ticket.builder(plan).service("gps-hardware-setup").received(WEDNESDAY_14).build());
            assertThat(d.accepted()).as(plan).isFalse();
            assertThat(d.redirect()).as(plan).contains("device-manufacturer");
            assertThat(d.performer()).as(plan).isNotEqualTo(Optional.of("navixy"));
            assertThat(d.metric("first-response").orElseThrow().target()).isNull();
        }
    }

    @Test
    void ne08_onPremisePartnersAdministerTheirOwnServers() {
        for (String service : List.of("software-configuration", "software-updates")) {
            assertThat(P.who("on-premise", service).performer()).as(service).isEqualTo("partner");
            NavixyChecks.partnerCellIsNotTimed(P, service);
        }
    }

    @Test
    void ne10_supportIsGivenByEmail() {
        NavixyChecks.supportIsGivenByEmail(P);
    }

    @Test
    void ne10_aRequestThroughAnotherChannelIsRefused() {
        NavixyChecks.aRequestThroughAnotherChannelIsRefused(P);
    }

    @Test
    void ne11_englishAndSpanish() {
        for (String plan : NavixyChecks.PLANS) {
            assertThat(P.plans().get(plan).languages()).as(plan).containsExactly("en", "es");
        }
    }

    @Test
    void ne11_aRequestInAnotherLanguageIsRefused() {
        NavixyChecks.aRequestInAnotherLanguageIsRefused(P, "es", "ru");
    }

    @Test
    void ne12_paasFirstReplyWithinEightBusinessHours() {
        NavixyChecks.questionOnPaasInEightWorkingHours(P);
    }

    @Test
    void ne13_paasFirstReplyMayVaryOnHolidaysAndWeekends() {
        Ticket saturday = Ticket.builder("paas").service("api-consultation").received(msk("2025-11-08T12:00")).build();
        NavixyChecks.bestEffortOutsideWorkingHours(P, saturday);
    }

    @Test
    void ne14_onPremiseRequestsAreHandledOnWeekdaysFrom5To13Utc() {
        WorkCalendar c = P.calendars().get("support-hours");
        assertThat(c.zone()).isEqualTo(Rules.UTC);
        assertThat(c.holidaySets()).isEmpty();
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 5)).toString()).isEqualTo("05:00-13:00");
        assertThat(c.weeklyHours().on(DayOfWeek.SATURDAY).isClosed()).isTrue();
        assertThat(c.weeklyHours().on(DayOfWeek.SUNDAY).isClosed()).isTrue();
        // no holiday list: Tuesday 4 November 2025 is a weekday like any other
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 4))).isTrue();
        // level 3 on-premise (8 h) received Friday 31 October 2025 10:00 UTC: 3 h that day, 5 h on Monday
        Ticket t = Ticket.builder("on-premise").attribute("impact", "single").attribute("cause", "navixy-software")
                .received(utc("2025-10-31T10:00")).build();
        assertThat(response(P, t).due()).isEqualTo(utc("2025-11-03T10:00"));
    }

    @Test
    void ne14_onPremiseQuestionsHaveNoReplyTime() {
        NavixyChecks.onPremiseQuestionsHaveNoReplyTime(P);
    }

    @Test
    void ne15_theTimeCountsFromTheLastEmail() {
        NavixyChecks.countedFromTheLastEmail(P);
    }

    @Test
    void ne16_onlyThePartnersEmailsRestartTheClock() {
        NavixyChecks.onlyThePartnersMessagesRestartTheClock(P);
    }

    @Test
    void ne17_theRequestCarriesTheListedInformation() {
        NavixyChecks.requestContentIsListed(P);
    }

    @Test
    void ne18_serverAdministrationIsHandledOnlyByThePartnersTeam() {
        for (String plan : List.of("on-premise", "cloud")) {
            assertThat(P.who(plan, "server-administration").performer()).as(plan).isEqualTo("partner");
            Decision d = decide(P, Ticket.builder(plan).service("server-administration").received(WEDNESDAY_14).build());
            assertThat(d.performer()).as(plan).contains("partner");
            assertThat(d.metric("first-response").orElseThrow().due()).isNull();
        }
    }

    @Test
    void ne19_navixyPerformsNoServerSoftwareMaintenance() {
        for (String plan : List.of("on-premise", "cloud")) {
            for (String service : List.of("software-configuration", "software-updates", "server-administration")) {
                assertThat(P.who(plan, service).performer()).as(service + " on " + plan).isNotEqualTo("navixy");
            }
        }
    }

    @Test
    void ne20_oneQuestionPerTicket() {
        NavixyChecks.oneQuestionPerRequest(P);
    }

    @Test
    void ne21_aTicketIsHandledOnceTheResponseIsSent() {
        NavixyChecks.handledOnceAnswered(P);
    }

    @Test
    void ne24_endUsersAreSentToTheirPartner() {
        NavixyChecks.endUsersAreSentToTheirPartner(P);
    }

    @Test
    void ne24_aRefusedRequestNamesNoPerformer() {
        NavixyChecks.aRefusedRequestNamesNoPerformer(P);
    }

    @Test
    void ne26_supportCoversOnlyTheSuppliedSoftware() {
        NavixyChecks.thirdPartyQuestionsAreNotConsidered(P);
    }

    // ------------------------------------------------------------------ the service table, row by row
    @Test
    void ne27_featureConsultation() {
        NavixyChecks.serviceRow(P, "feature-consultation");
    }

    @Test
    void ne28_apiConsultation() {
        NavixyChecks.serviceRow(P, "api-consultation");
    }

    @Test
    void ne29_deviceActivationConsultation() {
        NavixyChecks.serviceRow(P, "device-activation");
    }

    @Test
    void ne30_deviceReportingIssuesConsultation() {
        NavixyChecks.serviceRow(P, "device-data-issues");
    }

    @Test
    void ne31_bulkDeviceRegistration() {
        NavixyChecks.serviceRow(P, "bulk-device-registration");
    }

    @Test
    void ne32_customLogos() {
        NavixyChecks.serviceRow(P, "custom-logos");
        NavixyChecks.partnerCellIsNotTimed(P, "custom-logos");
    }

    @Test
    void ne33_smsGateway() {
        NavixyChecks.serviceRow(P, "sms-gateway");
    }

    @Test
    void ne34_customMapLayers() {
        NavixyChecks.serviceRow(P, "custom-map-layers");
    }

    @Test
    void ne35_customWebApps() {
        NavixyChecks.serviceRow(P, "custom-web-apps");
    }

    @Test
    void ne36_gisLicenseKeys() {
        NavixyChecks.serviceRow(P, "gis-keys");
    }

    @Test
    void ne37_sslCertificates() {
        NavixyChecks.serviceRow(P, "ssl-certificates");
    }

    @Test
    void ne38_softwareConfiguration() {
        NavixyChecks.serviceRow(P, "software-configuration");
    }

    @Test
    void ne39_softwareUpdates() {
        NavixyChecks.serviceRow(P, "software-updates");
        assertThat(P.who("paas", "software-updates").note()).isEqualTo("Always the newest version");
    }

    @Test
    void ne40_productivityQuestions() {
        NavixyChecks.serviceRow(P, "performance-questions");
        assertThat(P.who("cloud", "performance-questions").note()).isEqualTo("Log-based analysis");
    }

    @Test
    void ne41_otherServerAdministration() {
        // PaaS: not needed; On-premise and Cloud: not provided by Navixy (who does it is NE-18)
        NavixyChecks.serviceRowOnPaas(P, "server-administration");
        for (String plan : List.of("on-premise", "cloud")) {
            Assignment a = P.who(plan, "server-administration");
            assertThat(a.performer()).as(plan).isNotEqualTo("navixy");
            Decision d = decide(P, Ticket.builder(plan).service("server-administration").received(WEDNESDAY_14).build());
            assertThat(d.performer()).as(plan).isNotEqualTo(Optional.of("navixy"));
            assertThat(d.metric("first-response").orElseThrow().due()).isNull();
        }
    }

    @Test
    void ne42_newFeaturesReachOnPremiseOnlyWithAServerUpdate() {
        NavixyChecks.updatesNeedANewBuildAndAServerUpdate(P, "only with a server update");
    }

    // ------------------------------------------------------------------ severity levels and response times
    @Test
    void ne43_levelOneAffectsAllFeaturesAndUsers() {
        NavixyChecks.gradedBy(P, "all", "level-1");
    }

    @Test
    void ne44_levelOneDoesNotRelateToThirdPartySoftware() {
        NavixyChecks.levelOneExcludesThirdPartySoftware(P);
    }

    @Test
    void ne45_levelTwoAffectsSeveralFeaturesOrUsers() {
        NavixyChecks.gradedBy(P, "several", "level-2");
    }

    @Test
    void ne46_levelThreeAffectsASingleFeatureOrUser() {
        NavixyChecks.gradedBy(P, "single", "level-3");
    }

    @Test
    void ne47_levelOneResponseTwoHoursOnPaasThreeOnPremise() {
        NavixyChecks.responseTime(P, "level-1", "all", msk("2025-11-05T16:00"), msk("2025-11-06T09:00"));
    }

    @Test
    void ne48_levelTwoResponseFourHoursOnPaasSixOnPremise() {
        NavixyChecks.responseTime(P, "level-2", "several", msk("2025-11-06T10:00"), msk("2025-11-06T12:00"));
    }

    @Test
    void ne49_levelThreeResponseSixHoursOnPaasEightOnPremise() {
        NavixyChecks.responseTime(P, "level-3", "single", msk("2025-11-06T12:00"), msk("2025-11-06T14:00"));
    }

    @Test
    void ne50_aThirdPartyFaultGetsConsultativeSupportOnly() {
        NavixyChecks.thirdPartyCauseIsConsultative(P);
    }

    @Test
    void ne50_theModeRuleLeavesThePartnersCells() {
        NavixyChecks.thirdPartyCauseLeavesThePartnersCells(P);
    }

    @Test
    void ne51_theResponseTimeHoldsForTicketsReceivedInWorkingHours() {
        // received Wednesday 5 November 2025 at 11:00 UTC, inside 05:00-13:00: level 2 on-premise, 6 h:
        // 2 h that day, 4 h on Thursday from 05:00
        Ticket t = Ticket.builder("on-premise").attribute("impact", "several").attribute("cause", "navixy-software")
                .received(utc("2025-11-05T11:00")).build();
        MetricResult m = response(P, t);
        assertThat(m.state()).isEqualTo(MetricState.RUNNING);
        assertThat(m.due()).isEqualTo(utc("2025-11-06T09:00"));
    }

    @Test
    void ne51_inAllOtherCasesTheResponseTimeMayVary() {
        Ticket saturday = Ticket.builder("on-premise").attribute("impact", "several").attribute("cause", "navixy-software")
                .received(msk("2025-11-08T12:00")).build();
        NavixyChecks.bestEffortOutsideWorkingHours(P, saturday);
        // received on a weekday before 05:00 UTC: best effort too
        Ticket early = Ticket.builder("on-premise").attribute("impact", "several").attribute("cause", "navixy-software")
                .received(utc("2025-11-05T04:00")).build();
        assertThat(Rules.json(decide(P, early)).at("/metrics/0/state").asText()).isEqualTo("best-effort");
    }

    @Test
    void ne52_noResolvingTime() {
        NavixyChecks.noResolutionTime(P);
    }

    @Test
    void ne55_changesAreObligatoryAsSoonAsPosted() {
        NavixyChecks.changesTakeEffectWhenPublished("navixy-en");
    }

    @Test
    void ne47_theFridayAfternoonIncidentWaitsForMonday() {
        // no holiday list and no working Saturday in the English text: 1 h on Friday, 1 h on Monday 3 November
        MetricResult m = response(P, Ticket.builder("paas").attribute("impact", "all")
                .attribute("cause", "navixy-software").received(msk("2025-10-31T15:00")).build());
        assertThat(m.due()).isEqualTo(msk("2025-11-03T09:00"));
    }
}
