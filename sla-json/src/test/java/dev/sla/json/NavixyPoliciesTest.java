package dev.sla.json;

import dev.sla.regulations.RegulationTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Policy;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** navixy-ru (seed 000) and navixy-en (seed 001) answer the regulation's tables. */
class NavixyPoliciesTest {

    static final Policy RU = PolicyJson.bundled("navixy-ru");
    static final Policy EN = PolicyJson.bundled("navixy-en");

    static Policy policy(String id) {
        return id.equals("navixy-ru") ? RU : EN;
    }

    /** The service table: service, PaaS performer and mode, On-premise (and Cloud) performer and mode. */
    static final List<String[]> TABLE = RegulationTables.NAVIXY_SERVICES;

    static Stream<Arguments> cells() {
        List<Arguments> rows = new ArrayList<>();
        for (String id : List.of("navixy-ru", "navixy-en")) {
            for (String[] r : TABLE) {
                if (r[0].equals("server-administration") && id.equals("navixy-en")) {
                    r = RegulationTables.NAVIXY_EN_SERVER_ADMINISTRATION;
                }
                rows.add(Arguments.of(id, r[0], "paas", r[1], r[2]));
                rows.add(Arguments.of(id, r[0], "on-premise", r[3], r[4]));
                rows.add(Arguments.of(id, r[0], "cloud", r[3], r[4]));
            }
            if (id.equals("navixy-en")) {
                for (String plan : List.of("paas", "on-premise", "cloud")) {
                    String[] gps = RegulationTables.NAVIXY_EN_GPS;
                    rows.add(Arguments.of(id, gps[0], plan, plan.equals("paas") ? gps[1] : gps[3],
                            plan.equals("paas") ? gps[2] : gps[4]));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} on {2} is {3} ({4})")
    @MethodSource("cells")
    void everyCellOfTheServiceTable(String id, String service, String plan, String performer, String mode) {
        Assignment a = policy(id).who(plan, service);
        assertThat(a.performer()).isEqualTo(performer);
        assertThat(a.mode()).isEqualTo(Mode.of(mode));
    }

    @Test
    void theTablesHaveTheRegulationsRowsAndNoOthers() {
        List<String> rows = TABLE.stream().map(r -> r[0]).toList();
        assertThat(RU.services().keySet()).containsExactlyElementsOf(rows);
        List<String> en = new ArrayList<>(rows);
        en.add("gps-hardware-setup");
        assertThat(EN.services().keySet()).containsExactlyElementsOf(en);
        // the Russian text has no GPS-hardware row, but both policies know the same parties
        assertThat(RU.parties().keySet()).containsExactly("navixy", "partner", "device-manufacturer");
        assertThat(EN.parties().keySet()).containsExactly("navixy", "partner", "device-manufacturer");
    }

    @Test
    void theRussianNamesAreTheRegulationsOwn() {
        assertThat(RU.name()).isEqualTo("Регламент оказания технической поддержки Navixy");
        assertThat(RU.services().get("feature-consultation").name()).isEqualTo("Консультация по функциям платформы Navixy");
        assertThat(RU.services().get("server-administration").name()).isEqualTo("Прочие вопросы по администрированию сервера");
        assertThat(RU.severities()).extracting(l -> l.name()).containsExactly("Уровень 1", "Уровень 2", "Уровень 3", "Вопрос");
        assertThat(RU.severities().get(2).description()).isEqualTo("Сбой затрагивает одиночную функцию или пользователя");
        assertThat(RU.who("paas", "software-updates").note()).isEqualTo("Всегда новая версия");
        assertThat(RU.who("cloud", "performance-questions").note()).isEqualTo("Анализ логов платформы");
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void sameStructureInBothLanguages(String id) {
        Policy p = policy(id);
        assertThat(p.plans().keySet()).containsExactly("paas", "on-premise", "cloud");
        assertThat(p.plans().get("cloud").parent()).isEqualTo("on-premise");
        assertThat(p.severities()).extracting(l -> l.id()).containsExactly("level-1", "level-2", "level-3", "question");
        assertThat(p.metrics().keySet()).containsExactly("first-response");
        assertThat(p.metrics().get("first-response").restartOn()).containsExactly(EventType.CUSTOMER_MESSAGE);
        assertThat(p.metrics().get("first-response").stopOn()).containsExactly(EventType.AGENT_RESPONSE);
        assertThat(p.calendars().keySet()).containsExactly("support-hours", "working-days");
        assertThat(p.metrics().get("first-response").authors().restart()).containsExactly("partner");
        assertThat(p.plans().get("paas").channels()).containsExactly("email");
    }

    @Test
    void languages() {
        // ru, and en only by exception; e-mail only; each plan enforces both
        for (String plan : List.of("paas", "on-premise", "cloud")) {
            assertThat(RU.plans().get(plan).languages()).containsExactly("ru");
            assertThat(RU.plans().get(plan).languagesByException()).containsExactly("en");
            assertThat(EN.plans().get(plan).languages()).containsExactly("en", "es");
            assertThat(EN.plans().get(plan).languagesByException()).isEmpty();
            for (Policy p : List.of(RU, EN)) {
                assertThat(p.plans().get(plan).channels()).containsExactly("email");
                assertThat(p.plans().get(plan).enforcesChannels()).isTrue();
                assertThat(p.plans().get(plan).enforcesLanguages()).isTrue();
            }
        }
        assertThat(RU.description()).contains("English only by exception");
    }

    @ParameterizedTest(name = "{0}: {2} on {1} is {3}")
    @CsvSource({
        "navixy-ru, paas, level-1, PT2H", "navixy-ru, paas, level-2, PT4H", "navixy-ru, paas, level-3, PT6H",
        "navixy-ru, paas, question, PT8H",
        "navixy-ru, on-premise, level-1, PT3H", "navixy-ru, on-premise, level-2, PT6H",
        "navixy-ru, on-premise, level-3, PT8H", "navixy-ru, on-premise, question, none",
        "navixy-ru, cloud, level-1, PT3H", "navixy-ru, cloud, level-2, PT6H",
        "navixy-ru, cloud, level-3, PT8H", "navixy-ru, cloud, question, none",
        "navixy-en, paas, level-1, PT2H", "navixy-en, paas, level-2, PT4H", "navixy-en, paas, level-3, PT6H",
        "navixy-en, paas, question, PT8H",
        "navixy-en, on-premise, level-1, PT3H", "navixy-en, on-premise, level-2, PT6H",
        "navixy-en, on-premise, level-3, PT8H", "navixy-en, on-premise, question, none",
        "navixy-en, cloud, level-1, PT3H", "navixy-en, cloud, level-2, PT6H",
        "navixy-en, cloud, level-3, PT8H", "navixy-en, cloud, question, none",
    })
    void everySeverityAndPlanHasTheRegulationsResponseTime(String id, String plan, String severity, String time) {
        Target t = policy(id).target("first-response", plan, severity, null).orElseThrow();
        if (time.equals("none")) {
            assertThat(t.isNone()).isTrue();
            assertThat(t.note()).isNotBlank();
        } else {
            assertThat(t.duration()).isEqualTo(Duration.parse(time));
            assertThat(t.calendar()).isEqualTo("support-hours");
        }
        // a service never makes it more specific in this regulation
        assertThat(policy(id).target("first-response", plan, severity, "api-consultation")).contains(t);
    }

    @ParameterizedTest(name = "{0}: impact {1} is {2}")
    @CsvSource({
        "navixy-ru, all, level-1", "navixy-ru, several, level-2", "navixy-ru, single, level-3", "navixy-ru, , question",
        "navixy-en, all, level-1", "navixy-en, several, level-2", "navixy-en, single, level-3", "navixy-en, , question",
    })
    void incidentsAreGradedByImpact(String id, String impact, String level) {
        Ticket t = Ticket.builder("paas").attribute("impact", impact).received(At.utc("2025-11-10T06:00")).build();
        assertThat(policy(id).evaluate(t, t.received()).severity()).contains(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void thirdPartySoftwareGetsConsultativeSupportOnly(String id) {
        Policy p = policy(id);
        Ticket third = Ticket.builder("paas").service("feature-consultation").attribute("impact", "all")
                .attribute("cause", "third-party-software").received(At.utc("2025-11-10T06:00")).build();
        Decision d = p.evaluate(third, third.received());
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains("navixy");
        assertThat(d.mode()).isEqualTo(Mode.CONSULTATIVE);
        assertThat(d.assignment().note()).isEqualTo(p.modeRules().get(0).note());
        Ticket own = Ticket.builder("paas").service("feature-consultation").attribute("cause", "navixy-software")
                .received(At.utc("2025-11-10T06:00")).build();
        assertThat(p.evaluate(own, own.received()).mode()).isEqualTo(Mode.FULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void endUsersAreSentToTheirPartner(String id) {
        Ticket t = Ticket.builder("paas").attribute("requester", "end-user").received(At.utc("2025-11-10T06:00")).build();
        Decision d = policy(id).evaluate(t, t.received());
        assertThat(d.accepted()).isFalse();
        assertThat(d.redirect()).contains("partner");
        assertThat(d.metrics()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MetricState.NONE));
        Ticket partner = Ticket.builder("paas").attribute("requester", "partner").received(At.utc("2025-11-10T06:00")).build();
        assertThat(policy(id).evaluate(partner, partner.received()).accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void serverAdministrationIsNotProvidedOnCloudAndNotNeededOnPaas(String id) {
        Ticket cloud = Ticket.builder("cloud").service("server-administration").received(At.utc("2025-11-10T06:00")).build();
        Decision d = policy(id).evaluate(cloud, cloud.received());
        assertThat(d.accepted()).isFalse();
        // the English text: "handled only by the Partner's technician team"; the Russian: "not provided"
        assertThat(d.performer()).isEqualTo(id.equals("navixy-en") ? java.util.Optional.of("partner")
                : java.util.Optional.empty());
        assertThat(d.redirect()).isEqualTo(d.performer());
        assertThat(d.severity()).isEmpty();
        // a mode rule does not turn a service nobody performs into a consultation
        Ticket third = Ticket.builder("cloud").service("server-administration").attribute("cause", "third-party-software")
                .received(At.utc("2025-11-10T06:00")).build();
        assertThat(policy(id).evaluate(third, third.received()).accepted()).isFalse();
        Ticket paas = Ticket.builder("paas").service("server-administration").received(At.utc("2025-11-10T06:00")).build();
        Decision p = policy(id).evaluate(paas, paas.received());
        assertThat(p.mode()).isEqualTo(Mode.NOT_NEEDED);
        assertThat(p.performer()).isEmpty();
        assertThat(p.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void whatThePartnerPerformsIsNotTimed(String id) {
        Ticket t = Ticket.builder("cloud").service("custom-logos").attribute("impact", "all")
                .received(At.utc("2025-11-10T06:00")).build();
        Decision d = policy(id).evaluate(t, t.received());
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains("partner");
        MetricResult m = d.metric("first-response").orElseThrow();
        assertThat(m.state()).isEqualTo(MetricState.NONE);
        assertThat(m.due()).isNull();
    }

    // ------------------------------------------------------------------ calendars
    @Test
    void russianSupportHoursFollowTheProductionCalendar() {
        WorkCalendar c = RU.calendars().get("support-hours");
        assertThat(c.zone()).isEqualTo(At.MOSCOW);
        assertThat(c.appliesShortDays()).isFalse();
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 5)).toString()).isEqualTo("08:00-16:00");
        // Saturday 1 November 2025 works (with Monday's hours), Monday 3 and Tuesday 4 do not
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 1))).isTrue();
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 1)).toString()).isEqualTo("08:00-16:00");
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 3))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 4))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 8))).isFalse();
        assertThat(c.isOpen(At.msk("2025-11-05T07:59"))).isFalse();
        assertThat(c.isOpen(At.msk("2025-11-05T08:00"))).isTrue();
        assertThat(c.isOpen(At.msk("2025-11-05T15:59"))).isTrue();
        assertThat(c.isOpen(At.msk("2025-11-05T16:00"))).isFalse();
        // New Year holidays and the transferred 9 January 2026
        assertThat(c.nextOpen(At.msk("2025-12-30T16:00"))).isEqualTo(At.msk("2026-01-12T08:00"));
    }

    @Test
    void englishSupportHoursAreTheSameHoursInUtcWithoutHolidays() {
        WorkCalendar c = EN.calendars().get("support-hours");
        assertThat(c.zone()).isEqualTo(At.UTC);
        assertThat(c.holidaySets()).isEmpty();
        assertThat(c.isOpen(At.msk("2025-11-05T08:00"))).isTrue();
        assertThat(c.isOpen(At.msk("2025-11-05T16:00"))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 4))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 1))).isFalse();
        assertThat(c.weeklyHours().on(DayOfWeek.SATURDAY).isClosed()).isTrue();
    }

    @Test
    void aLevel1TicketOnFridayAfternoonIsDueOnTheWorkingSaturday() {
        Ticket t = Ticket.builder("paas").attribute("impact", "all").received(At.msk("2025-10-31T15:00")).build();
        MetricResult m = RU.evaluate(t, t.received()).metric("first-response").orElseThrow();
        assertThat(m.state()).isEqualTo(MetricState.RUNNING);
        assertThat(m.target()).isEqualTo(Duration.ofHours(2));
        assertThat(m.due()).isEqualTo(At.msk("2025-11-01T09:00"));
        // On-premise: 3 hours
        Ticket onPrem = Ticket.builder("on-premise").attribute("impact", "all").received(At.msk("2025-10-31T15:00")).build();
        assertThat(RU.evaluate(onPrem, onPrem.received()).metric("first-response").orElseThrow().due())
                .isEqualTo(At.msk("2025-11-01T10:00"));
        // The English text has no holiday list: the same ticket is due on Monday 3 November
        assertThat(EN.evaluate(t, t.received()).metric("first-response").orElseThrow().due())
                .isEqualTo(At.msk("2025-11-03T09:00"));
    }

    @Test
    void thePreHolidaySaturdayIsNotShortened() {
        Ticket q = Ticket.builder("paas").received(At.msk("2025-11-01T08:00")).build();
        MetricResult m = RU.evaluate(q, q.received()).metric("first-response").orElseThrow();
        assertThat(RU.evaluate(q, q.received()).severity()).contains("question");
        assertThat(m.due()).isEqualTo(At.msk("2025-11-01T16:00"));
    }

    @Test
    void aTicketDuringTheNewYearHolidaysWaitsForTheFirstWorkingDay() {
        Ticket t = Ticket.builder("paas").attribute("impact", "single").received(At.msk("2026-01-02T10:00")).build();
        assertThat(RU.evaluate(t, t.received()).metric("first-response").orElseThrow().due())
                .isEqualTo(At.msk("2026-01-12T14:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void theClockCountsFromTheLastEmailOfThePartner(String id) {
        Instant received = At.msk("2025-11-10T09:00");
        Ticket t = Ticket.builder("paas").attribute("impact", "several").received(received)
                .event(At.msk("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE)
                .event(At.msk("2025-11-10T14:30"), EventType.AGENT_RESPONSE)
                .build();
        MetricResult running = policy(id).evaluate(t, At.msk("2025-11-10T10:00")).metric("first-response").orElseThrow();
        assertThat(running.due()).isEqualTo(At.msk("2025-11-10T13:00"));
        MetricResult restarted = policy(id).evaluate(t, At.msk("2025-11-10T12:00")).metric("first-response").orElseThrow();
        assertThat(restarted.start()).isEqualTo(At.msk("2025-11-10T11:00"));
        assertThat(restarted.due()).isEqualTo(At.msk("2025-11-10T15:00"));
        MetricResult met = policy(id).evaluate(t, At.msk("2025-11-10T16:00")).metric("first-response").orElseThrow();
        assertThat(met.state()).isEqualTo(MetricState.MET);
    }

    @Test
    void aQuestionOnPremiseHasNoResponseTime() {
        Ticket t = Ticket.builder("cloud").service("api-consultation").received(At.msk("2025-11-10T09:00")).build();
        MetricResult m = RU.evaluate(t, t.received()).metric("first-response").orElseThrow();
        assertThat(m.state()).isEqualTo(MetricState.NONE);
        assertThat(m.reason()).contains("On-premise и Cloud");
    }
}
