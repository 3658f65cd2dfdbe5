package dev.sla.json.rules;

import static dev.sla.json.rules.NavixyChecks.WEDNESDAY_14;
import static dev.sla.json.rules.Rules.msk;
import static dev.sla.json.rules.Rules.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the Russian Navixy regulation on the bundled {@code navixy-ru} policy, one test per rule,
 * named by the rule's id in the README's "Regulations" section.
 */
class NavixyRuRulesTest {

    static final Policy P = PolicyJson.bundled("navixy-ru");

    @Test
    void nr01_onlyAuthorisedPartnersAreServed() {
        NavixyChecks.onlyAuthorisedPartnersAreServed(P);
    }

    @Test
    void nr03_onPremiseAndCloudNeedAMonthlySubscription() {
        NavixyChecks.onPremiseNeedsAnActiveSubscription(P);
    }

    @Test
    void nr04_onPremiseAndCloudSupportIsConsultative() {
        NavixyChecks.onPremiseSupportIsConsultative(P);
    }

    @Test
    void nr05_thirdPartySoftwareOsAndHardwareQuestionsAreNotConsidered() {
        NavixyChecks.thirdPartyQuestionsAreNotConsidered(P);
    }

    @Test
    void nr07_supportIsGivenByEmail() {
        NavixyChecks.supportIsGivenByEmail(P);
    }

    @Test
    void nr07_aRequestThroughAnotherChannelIsRefused() {
        NavixyChecks.aRequestThroughAnotherChannelIsRefused(P);
    }

    @Test
    void nr08_russianAndEnglishByException() {
        for (String plan : NavixyChecks.PLANS) {
            assertThat(P.plans().get(plan).languages()).containsExactly("ru");
            assertThat(P.plans().get(plan).languagesByException()).containsExactly("en");
        }
        assertThat(P.description()).contains("English only by exception");
    }

    @Test
    void nr08_aRequestInAnotherLanguageIsRefused() {
        NavixyChecks.aRequestInAnotherLanguageIsRefused(P, "ru", "es");
        // English is served, by exception
        assertThat(Rules.decide(P, Ticket.builder("paas").attribute("language", "en").received(WEDNESDAY_14).build())
                .accepted()).isTrue();
    }

    @Test
    void nr09_paasRepliesWithinEightWorkingHours() {
        NavixyChecks.questionOnPaasInEightWorkingHours(P);
    }

    @Test
    void nr10_paasReplyTimeMayVaryOnHolidaysAndWeekends() {
        // a PaaS request received on Saturday 8 November 2025: no due instant, best effort, still measured
        Ticket saturday = Ticket.builder("paas").service("api-consultation").received(msk("2025-11-08T12:00")).build();
        NavixyChecks.bestEffortOutsideWorkingHours(P, saturday);
    }

    @Test
    void nr11_onPremiseRequestsAreHandledOnWorkingDaysFrom8To16Moscow() {
        WorkCalendar c = P.calendars().get("support-hours");
        assertThat(c.zone()).isEqualTo(Rules.MOSCOW);
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 5)).toString()).isEqualTo("08:00-16:00");
        assertThat(c.isOpen(msk("2025-11-05T07:59"))).isFalse();
        assertThat(c.isOpen(msk("2025-11-05T08:00"))).isTrue();
        assertThat(c.isOpen(msk("2025-11-05T16:00"))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 8))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 9))).isFalse();
    }

    @Test
    void nr11_onPremiseQuestionsHaveNoReplyTime() {
        NavixyChecks.onPremiseQuestionsHaveNoReplyTime(P);
    }

    @Test
    void nr12_workingDaysFollowTheRussianProductionCalendar() {
        // level 3 on-premise (8 h) received on the working Saturday 1 November 2025 at 09:00: 7 h that day,
        // Monday 3 and Tuesday 4 November are days off, 1 h on Wednesday 5 November
        Ticket saturday = Ticket.builder("on-premise").attribute("impact", "single").attribute("cause", "navixy-software")
                .received(msk("2025-11-01T09:00")).build();
        assertThat(response(P, saturday).due()).isEqualTo(msk("2025-11-05T09:00"));
        // level 3 PaaS (6 h) received Tuesday 30 December 2025 at 15:00: 1 h that day, then the New Year days off
        // (31 December to 11 January), 5 h on Monday 12 January 2026
        Ticket december = Ticket.builder("paas").attribute("impact", "single").attribute("cause", "navixy-software")
                .received(msk("2025-12-30T15:00")).build();
        assertThat(response(P, december).due()).isEqualTo(msk("2026-01-12T13:00"));
    }

    @Test
    void nr13_preHolidayDaysAreNotShortened() {
        // Thursday 30 April 2026 is a shortened pre-holiday day on the production calendar; support keeps 08-16
        WorkCalendar c = P.calendars().get("support-hours");
        assertThat(c.hoursOn(LocalDate.of(2026, 4, 30)).toString()).isEqualTo("08:00-16:00");
        Ticket t = Ticket.builder("paas").attribute("impact", "all").attribute("cause", "navixy-software")
                .received(msk("2026-04-30T14:00")).build();
        assertThat(response(P, t).due()).isEqualTo(msk("2026-04-30T16:00"));
    }

    @Test
    void nr14_theTimeCountsFromTheLastEmail() {
        NavixyChecks.countedFromTheLastEmail(P);
    }

    @Test
    void nr15_onlyThePartnersEmailsRestartTheClock() {
        NavixyChecks.onlyThePartnersMessagesRestartTheClock(P);
    }

    @Test
    void nr16_theRequestCarriesTheListedInformation() {
        // description, account and object ids, the elements concerned, the actions that caused the failure,
        // screenshots and logs: what a request lacks is listed in the decision
        NavixyChecks.requestContentIsListed(P);
    }

    @Test
    void nr17_oneQuestionPerRequest() {
        NavixyChecks.oneQuestionPerRequest(P);
    }

    @Test
    void nr18_aRequestIsHandledOnceTheAnswerIsSent() {
        NavixyChecks.handledOnceAnswered(P);
    }

    @Test
    void nr21_endUsersAreSentToTheirPartner() {
        NavixyChecks.endUsersAreSentToTheirPartner(P);
    }

    @Test
    void nr21_aRefusedRequestNamesNoPerformer() {
        NavixyChecks.aRefusedRequestNamesNoPerformer(P);
    }

    // ------------------------------------------------------------------ the service table, row by row
    @Test
    void nr22_featureConsultation() {
        NavixyChecks.serviceRow(P, "feature-consultation");
    }

    @Test
    void nr23_apiConsultation() {
        NavixyChecks.serviceRow(P, "api-consultation");
    }

    @Test
    void nr24_deviceActivationConsultation() {
        NavixyChecks.serviceRow(P, "device-activation");
    }

    @Test
    void nr25_deviceDataIssuesConsultation() {
        NavixyChecks.serviceRow(P, "device-data-issues");
    }

    @Test
    void nr26_bulkDeviceRegistration() {
        NavixyChecks.serviceRow(P, "bulk-device-registration");
    }

    @Test
    void nr27_customLogos() {
        NavixyChecks.serviceRow(P, "custom-logos");
        NavixyChecks.partnerCellIsNotTimed(P, "custom-logos");
    }

    @Test
    void nr28_smsGateway() {
        NavixyChecks.serviceRow(P, "sms-gateway");
    }

    @Test
    void nr29_customMapLayers() {
        NavixyChecks.serviceRow(P, "custom-map-layers");
    }

    @Test
    void nr30_customWebApps() {
        NavixyChecks.serviceRow(P, "custom-web-apps");
    }

    @Test
    void nr31_gisKeys() {
        NavixyChecks.serviceRow(P, "gis-keys");
    }

    @Test
    void nr32_sslCertificates() {
        NavixyChecks.serviceRow(P, "ssl-certificates");
    }

    @Test
    void nr33_softwareConfiguration() {
        NavixyChecks.serviceRow(P, "software-configuration");
        NavixyChecks.partnerCellIsNotTimed(P, "software-configuration");
    }

    @Test
    void nr34_softwareUpdates() {
        NavixyChecks.serviceRow(P, "software-updates");
        assertThat(P.who("paas", "software-updates").note()).isEqualTo("Всегда новая версия");
    }

    @Test
    void nr35_performanceQuestions() {
        NavixyChecks.serviceRow(P, "performance-questions");
        assertThat(P.who("cloud", "performance-questions").note()).isEqualTo("Анализ логов платформы");
    }

    @Test
    void nr36_otherServerAdministration() {
        NavixyChecks.serviceRow(P, "server-administration");
        Decision d = Rules.decide(P, Ticket.builder("cloud").service("server-administration").received(WEDNESDAY_14).build());
        assertThat(d.accepted()).isFalse();
    }

    @Test
    void nr37_newFeaturesReachOnPremiseOnlyWithAServerUpdate() {
        NavixyChecks.updatesNeedANewBuildAndAServerUpdate(P, "только после выхода новой сборки");
    }

    // ------------------------------------------------------------------ severity levels and response times
    @Test
    void nr38_levelOneAffectsAllFeaturesAndUsers() {
        NavixyChecks.gradedBy(P, "all", "level-1");
    }

    @Test
    void nr39_levelOneDoesNotRelateToThirdPartySoftware() {
        NavixyChecks.levelOneExcludesThirdPartySoftware(P);
    }

    @Test
    void nr40_levelTwoAffectsSeveralFeaturesOrUsers() {
        NavixyChecks.gradedBy(P, "several", "level-2");
    }

    @Test
    void nr41_levelThreeAffectsASingleFeatureOrUser() {
        NavixyChecks.gradedBy(P, "single", "level-3");
    }

    @Test
    void nr42_levelOneResponseTwoHoursOnPaasThreeOnPremise() {
        NavixyChecks.responseTime(P, "level-1", "all", msk("2025-11-05T16:00"), msk("2025-11-06T09:00"));
    }

    @Test
    void nr43_levelTwoResponseFourHoursOnPaasSixOnPremise() {
        NavixyChecks.responseTime(P, "level-2", "several", msk("2025-11-06T10:00"), msk("2025-11-06T12:00"));
    }

    @Test
    void nr44_levelThreeResponseSixHoursOnPaasEightOnPremise() {
        NavixyChecks.responseTime(P, "level-3", "single", msk("2025-11-06T12:00"), msk("2025-11-06T14:00"));
    }

    @Test
    void nr45_aThirdPartyFaultGetsConsultativeSupportOnly() {
        NavixyChecks.thirdPartyCauseIsConsultative(P);
    }

    @Test
    void nr45_theModeRuleLeavesThePartnersCells() {
        NavixyChecks.thirdPartyCauseLeavesThePartnersCells(P);
    }

    @Test
    void nr46_noResolutionTime() {
        NavixyChecks.noResolutionTime(P);
    }

    @Test
    void nr49_changesTakeEffectWhenPublished() {
        NavixyChecks.changesTakeEffectWhenPublished("navixy-ru");
    }

    @Test
    void nr42_theFridayAfternoonIncidentIsDueOnTheWorkingSaturday() {
        // the README's first command: level 1 on PaaS, Friday 31 October 2025 15:00, 1 h that day, 1 h on Saturday
        MetricResult m = response(P, Ticket.builder("paas").attribute("impact", "all")
                .attribute("cause", "navixy-software").received(msk("2025-10-31T15:00")).build());
        assertThat(m.due()).isEqualTo(msk("2025-11-01T09:00"));
    }
}
