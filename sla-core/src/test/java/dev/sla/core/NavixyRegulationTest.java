package dev.sla.core;

import dev.sla.regulations.RegulationTables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeds 000 (navixy-ru) and 001 (navixy-en), cell by cell. */
class NavixyRegulationTest {

    static final Policy RU = Regulations.navixyRu();
    static final Policy EN = Regulations.navixyEn();

    static Policy policy(String id) {
        return id.equals("navixy-ru") ? RU : EN;
    }

    // ----------------------------------------------------------------- structure
    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void partiesPlansAndInheritance(String id) {
        Policy p = policy(id);
        assertThat(p.id()).isEqualTo(id);
        assertThat(p.vendor()).isEqualTo("navixy");
        assertThat(p.parties().keySet()).containsExactly("navixy", "partner", "device-manufacturer");
        assertThat(p.parties().get("navixy").kind()).isEqualTo(Party.Kind.VENDOR);
        assertThat(p.parties().get("partner").kind()).isEqualTo(Party.Kind.CUSTOMER);
        assertThat(p.parties().get("device-manufacturer").kind()).isEqualTo(Party.Kind.THIRD_PARTY);
        assertThat(p.plans().keySet()).containsExactly("paas", "on-premise", "cloud");
        assertThat(p.plans().get("paas").parent()).isNull();
        assertThat(p.plans().get("on-premise").parent()).isNull();
        assertThat(p.plans().get("cloud").parent()).isEqualTo("on-premise");
        assertThat(p.calendars().keySet()).containsExactly("support-hours");
        assertThat(p.metrics().keySet()).containsExactly("first-response");
        assertThat(p.effectiveFrom()).isEmpty();
        assertThat(p.attributes()).containsOnlyKeys("impact", "cause", "requester");
        assertThat(p.attributes().get("impact")).containsExactly("all", "several", "single");
        assertThat(p.attributes().get("cause")).containsExactly("navixy-software", "third-party-software");
        assertThat(p.attributes().get("requester")).containsExactly("partner", "end-user");
        assertThat(p.statuses()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "navixy-ru, paas, ru en",
        "navixy-ru, on-premise, ru en",
        "navixy-ru, cloud, ru en",
        "navixy-en, paas, en es",
        "navixy-en, on-premise, en es",
        "navixy-en, cloud, en es",
    })
    void languages(String id, String plan, String languages) {
        assertThat(policy(id).plans().get(plan).languages()).containsExactly(languages.split(" "));
    }

    @Test
    void servicesOfEachText() {
        assertThat(RU.services().keySet()).containsExactlyElementsOf(Regulations.NAVIXY_SERVICES);
        List<String> en = new ArrayList<>(Regulations.NAVIXY_SERVICES);
        en.add("gps-hardware-setup");
        assertThat(EN.services().keySet()).containsExactlyElementsOf(en);
    }

    // ----------------------------------------------------------------- coverage
    static Stream<Arguments> cells() {
        List<Arguments> rows = new ArrayList<>();
        List<String[]> table = new ArrayList<>(RegulationTables.NAVIXY_SERVICES);
        table.add(RegulationTables.NAVIXY_EN_GPS);
        for (String id : List.of("navixy-ru", "navixy-en")) {
            for (String[] r : table) {
                if (r[0].equals("gps-hardware-setup") && id.equals("navixy-ru")) {
                    continue;
                }
                if (r[0].equals("server-administration") && id.equals("navixy-en")) {
                    r = RegulationTables.NAVIXY_EN_SERVER_ADMINISTRATION;
                }
                rows.add(Arguments.of(id, r[0], "paas", r[1], r[2]));
                rows.add(Arguments.of(id, r[0], "on-premise", r[3], r[4]));
                rows.add(Arguments.of(id, r[0], "cloud", r[3], r[4]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} on {2} -> {3} ({4})")
    @MethodSource("cells")
    void coverageCell(String id, String service, String plan, String performer, String mode) {
        Assignment cell = policy(id).who(plan, service);
        assertThat(cell.performer()).isEqualTo(performer);
        assertThat(cell.mode()).isEqualTo(Mode.of(mode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void everyCellIsCheckedAndCloudStatesNoCellOfItsOwn(String id) {
        Policy p = policy(id);
        long checked = cells().filter(a -> a.get()[0].equals(id)).count();
        assertThat(checked).isEqualTo((long) p.services().size() * p.plans().size());
        p.coverage().forEach((service, row) -> assertThat(row.keySet()).containsExactly("paas", "on-premise"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void notesOfSpecialCells(String id) {
        Policy p = policy(id);
        assertThat(p.who("paas", "software-updates").note()).isEqualTo("always the newest version");
        assertThat(p.who("paas", "feature-consultation").note()).isNull();
        assertThat(p.defaultAssignment()).isEqualTo(Assignment.of("navixy", Mode.FULL));
        assertThat(p.who("paas", null)).isEqualTo(Assignment.of("navixy", Mode.FULL));
        // On-premise and Cloud: support "is provided on a consultative basis", a request naming no service too
        assertThat(p.defaultMode("on-premise")).contains(Mode.CONSULTATIVE);
        assertThat(p.defaultMode("cloud")).contains(Mode.CONSULTATIVE);
        assertThat(p.defaultMode("paas")).isEmpty();
        assertThat(p.planDefaultModes()).containsOnlyKeys("on-premise");
        assertThat(p.who("cloud", null)).isEqualTo(Assignment.of("navixy", Mode.CONSULTATIVE));
    }

    // ----------------------------------------------------------------- severities
    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void severityLevels(String id) {
        Policy p = policy(id);
        assertThat(p.severities()).extracting(SeverityLevel::id).containsExactly("level-1", "level-2", "level-3", "question");
        assertThat(p.defaultSeverity()).contains("question");
        assertThat(p.classification()).containsExactly(
                new ClassificationRule(Condition.when("impact", "all").andNot("cause", "third-party-software"), "level-1"),
                new ClassificationRule(Condition.when("impact", "all", "several"), "level-2"),
                new ClassificationRule(Condition.when("impact", "single"), "level-3"));
    }

    @ParameterizedTest(name = "{0}: impact {1} -> {2}")
    @CsvSource({
        "navixy-ru, all, level-1",
        "navixy-ru, several, level-2",
        "navixy-ru, single, level-3",
        "navixy-ru, , question",
        "navixy-en, all, level-1",
        "navixy-en, several, level-2",
        "navixy-en, single, level-3",
        "navixy-en, , question",
    })
    void classification(String id, String impact, String level) {
        Ticket t = Ticket.builder("paas").service("api-consultation").attribute("impact", impact)
                .received(At.utc("2025-11-10T06:00")).build();
        assertThat(policy(id).evaluate(t, t.received()).severity()).contains(level);
    }

    static Stream<Arguments> classificationByCause() {
        List<Arguments> rows = new ArrayList<>();
        for (String id : List.of("navixy-ru", "navixy-en")) {
            for (String[] r : RegulationTables.NAVIXY_CLASSIFICATION) {
                rows.add(Arguments.of(id, r[0], r[1], r[2]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: impact {1}, cause {2} -> {3}")
    @MethodSource("classificationByCause")
    void levelOneDoesNotRelateToThirdPartySoftware(String id, String impact, String cause, String level) {
        Ticket.Builder b = Ticket.builder("paas").service("api-consultation").received(At.utc("2025-11-10T06:00"));
        if (impact != null) {
            b.attribute("impact", impact);
        }
        if (cause != null) {
            b.attribute("cause", cause);
        }
        Ticket t = b.build();
        assertThat(policy(id).evaluate(t, t.received()).severity()).contains(level);
    }

    @ParameterizedTest
    @CsvSource({"navixy-ru, level-2", "navixy-en, level-3"})
    void statedSeverityWinsOverClassification(String id, String level) {
        Ticket t = Ticket.builder("paas").attribute("impact", "all").severity(level)
                .received(At.utc("2025-11-10T06:00")).build();
        assertThat(policy(id).evaluate(t, t.received()).severity()).contains(level);
    }

    // ----------------------------------------------------------------- targets
    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource({
        "navixy-ru, paas, level-1, PT2H",
        "navixy-ru, paas, level-2, PT4H",
        "navixy-ru, paas, level-3, PT6H",
        "navixy-ru, paas, question, PT8H",
        "navixy-ru, on-premise, level-1, PT3H",
        "navixy-ru, on-premise, level-2, PT6H",
        "navixy-ru, on-premise, level-3, PT8H",
        "navixy-ru, on-premise, question, ",
        "navixy-ru, cloud, level-1, PT3H",
        "navixy-ru, cloud, level-2, PT6H",
        "navixy-ru, cloud, level-3, PT8H",
        "navixy-ru, cloud, question, ",
        "navixy-en, paas, level-1, PT2H",
        "navixy-en, paas, level-2, PT4H",
        "navixy-en, paas, level-3, PT6H",
        "navixy-en, paas, question, PT8H",
        "navixy-en, on-premise, level-1, PT3H",
        "navixy-en, on-premise, level-2, PT6H",
        "navixy-en, on-premise, level-3, PT8H",
        "navixy-en, on-premise, question, ",
        "navixy-en, cloud, level-1, PT3H",
        "navixy-en, cloud, level-2, PT6H",
        "navixy-en, cloud, level-3, PT8H",
        "navixy-en, cloud, question, ",
    })
    void firstResponseTarget(String id, String plan, String level, Duration expected) {
        Target t = policy(id).target("first-response", plan, level, null).orElseThrow();
        assertThat(t.duration()).isEqualTo(expected);
        if (expected == null) {
            assertThat(t.isNone()).isTrue();
            assertThat(t.calendar()).isNull();
            assertThat(t.note()).isNotBlank();
        } else {
            assertThat(t.calendar()).isEqualTo("support-hours");
        }
        // cloud states no target of its own: it inherits on-premise's
        assertThat(t.plan()).isEqualTo(plan.equals("cloud") ? "on-premise" : plan);
        assertThat(t.severity()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void targetsAsStated(String id) {
        assertThat(policy(id).targets()).hasSize(8).allSatisfy(t -> {
            assertThat(t.metric()).isEqualTo("first-response");
            assertThat(t.plan()).isIn("paas", "on-premise");
            assertThat(t.service()).isNull();
        });
    }

    // ----------------------------------------------------------------- clock rules
    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void firstResponseClockRules(String id) {
        Metric m = policy(id).metrics().get("first-response");
        assertThat(m.startOn()).containsExactly(EventType.RECEIVED);
        assertThat(m.restartOn()).containsExactly(EventType.CUSTOMER_MESSAGE);
        assertThat(m.stopOn()).containsExactly(EventType.AGENT_RESPONSE);
        assertThat(m.pauseStatuses()).isEmpty();
        assertThat(m.stopStatuses()).isEmpty();
    }

    // ----------------------------------------------------------------- hours
    @Test
    void supportHoursRu() {
        WorkCalendar c = RU.calendars().get("support-hours");
        assertThat(c.name()).isEqualTo("support-hours");
        assertThat(c.zone()).isEqualTo(Regulations.MOSCOW);
        assertThat(c.weeklyHours()).isEqualTo(WeeklyHours.parse("Mon-Fri 08:00-16:00"));
        assertThat(c.holidaySets()).extracting(s -> s.name()).containsExactly("ru");
        assertThat(c.appliesShortDays()).isFalse();
        assertThat(c.holidayHours()).isEqualTo(DayHours.CLOSED);
    }

    @ParameterizedTest(name = "navixy-ru {0}: {1}")
    @CsvSource({
        "2025-10-31, 08:00-16:00",  // Friday
        "2025-11-01, 08:00-16:00",  // working Saturday (for Monday 3 Nov), short in Russia but not here
        "2025-11-02, closed",       // Sunday
        "2025-11-03, closed",       // day off transferred from Saturday 1 Nov
        "2025-11-04, closed",       // National Unity Day
        "2025-11-05, 08:00-16:00",
        "2025-12-31, closed",       // day off transferred from 5 January
        "2026-01-08, closed",
        "2026-01-09, closed",       // day off transferred from 3 January
        "2026-01-12, 08:00-16:00",
        "2026-11-03, 08:00-16:00",  // pre-holiday short day in Russia, full hours here
    })
    void ruHours(LocalDate date, String hours) {
        assertThat(RU.calendars().get("support-hours").hoursOn(date)).isEqualTo(DayHours.parse(hours));
    }

    @Test
    void supportHoursEn() {
        WorkCalendar c = EN.calendars().get("support-hours");
        assertThat(c.zone()).isEqualTo(Regulations.UTC);
        assertThat(c.weeklyHours()).isEqualTo(WeeklyHours.parse("Mon-Fri 05:00-13:00"));
        assertThat(c.holidaySets()).isEmpty();
        assertThat(c.hoursOn(LocalDate.parse("2025-11-01"))).isEqualTo(DayHours.CLOSED);
        assertThat(c.hoursOn(LocalDate.parse("2025-11-04"))).isEqualTo(DayHours.parse("05:00-13:00"));
        assertThat(c.hoursOn(LocalDate.parse("2026-01-01"))).isEqualTo(DayHours.parse("05:00-13:00"));
    }

    @Test
    void bothTextsStateTheSameWeeklyHoursOnOrdinaryWeeks() {
        // 08:00-16:00 Moscow is 05:00-13:00 UTC: on a week without Russian holidays the calendars agree
        WorkCalendar ru = RU.calendars().get("support-hours");
        WorkCalendar en = EN.calendars().get("support-hours");
        Instant from = At.utc("2025-11-10T00:00");
        for (int h = 0; h < 7 * 24; h++) {
            Instant t = from.plus(Duration.ofHours(h));
            assertThat(ru.isOpen(t)).as("%s", t).isEqualTo(en.isOpen(t));
        }
    }

    // ----------------------------------------------------------------- intake and modes
    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void endUsersAreRedirectedToTheirPartner(String id) {
        Policy p = policy(id);
        assertThat(p.intakeRules()).hasSize(1);
        assertThat(p.intakeRules().get(0).when()).isEqualTo(Condition.when("requester", "end-user"));
        Ticket t = Ticket.builder("paas").service("api-consultation").attribute("requester", "end-user")
                .attribute("impact", "all").received(At.utc("2025-11-10T06:00")).build();
        Decision d = p.evaluate(t, At.utc("2025-11-10T07:00"));
        assertThat(d.accepted()).isFalse();
        assertThat(d.redirect()).contains("partner");
        assertThat(d.reason()).hasValue(p.intakeRules().get(0).reason());
        // a refused request names no performer (least of all Navixy) and no severity
        assertThat(d.performer()).isEmpty();
        assertThat(d.mode()).isEqualTo(Mode.NOT_ACCEPTED);
        assertThat(d.severity()).isEmpty();
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
        assertThat(d.metric("first-response").orElseThrow().reason()).isEqualTo("the request is not accepted");

        Ticket partner = Ticket.builder("paas").service("api-consultation").attribute("requester", "partner")
                .received(At.utc("2025-11-10T06:00")).build();
        assertThat(p.evaluate(partner, partner.received()).accepted()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "navixy-ru, paas, feature-consultation, navixy, full",
        "navixy-ru, on-premise, device-data-issues, navixy, consultative",
        "navixy-en, cloud, api-consultation, navixy, consultative",
        "navixy-en, paas, software-configuration, navixy, full",
        "navixy-ru, cloud, performance-questions, navixy, log-analysis",
    })
    void thirdPartySoftwareGetsConsultativeSupportOnly(String id, String plan, String service, String performer,
            String ownMode) {
        Policy p = policy(id);
        assertThat(p.modeRules()).hasSize(1);
        Ticket t = Ticket.builder(plan).service(service).attribute("impact", "all").attribute("cause", "third-party-software")
                .received(At.utc("2025-11-10T06:00")).build();
        Decision d = p.evaluate(t, t.received());
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains(performer);
        assertThat(d.mode()).isEqualTo(Mode.CONSULTATIVE);
        // level 1 "does not relate to a third-party software"
        assertThat(d.severity()).contains("level-2");
        assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.RUNNING);

        Ticket own = Ticket.builder(plan).service(service).attribute("cause", "navixy-software")
                .received(At.utc("2025-11-10T06:00")).build();
        assertThat(p.evaluate(own, own.received()).mode()).isEqualTo(Mode.of(ownMode));
    }

    @ParameterizedTest
    @CsvSource({
        "navixy-ru, on-premise, custom-logos, partner, full",
        "navixy-ru, cloud, software-updates, partner, full",
        "navixy-en, on-premise, ssl-certificates, partner, full",
        "navixy-en, paas, software-updates, navixy, automatic",
    })
    void theThirdPartyModeRuleRewritesOnlyCellsNavixyPerformsInFullOrByLogs(String id, String plan, String service,
            String performer, String mode) {
        Ticket t = Ticket.builder(plan).service(service).attribute("cause", "third-party-software")
                .received(At.utc("2025-11-10T06:00")).build();
        Decision d = policy(id).evaluate(t, t.received());
        assertThat(d.performer()).contains(performer);
        assertThat(d.mode()).isEqualTo(Mode.of(mode));
        assertThat(d.explanation()).noneMatch(line -> line.startsWith("mode:"));
    }

    @Test
    void gpsHardwareIsRefusedAndGoesToTheDeviceManufacturer() {
        for (String plan : List.of("paas", "on-premise", "cloud")) {
            Ticket t = Ticket.builder(plan).service("gps-hardware-setup").attribute("impact", "all")
                    .received(At.utc("2025-11-10T06:00")).build();
            Decision d = EN.evaluate(t, t.received());
            assertThat(d.accepted()).isFalse();
            assertThat(d.redirect()).contains("device-manufacturer");
            assertThat(d.performer()).contains("device-manufacturer");
            assertThat(d.explanation()).contains("not accepted: service 'gps-hardware-setup' is not provided on plan '"
                    + plan + "': consultation on GPS hardware is not provided; contact the device manufacturer;"
                    + " go to 'device-manufacturer'");
            assertThat(d.mode()).isEqualTo(Mode.NOT_PROVIDED);
            assertThat(d.severity()).isEmpty();
            assertThat(d.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
        }
    }

    @Test
    void serverAdministrationOnPremiseIsThePartnersOwn() {
        Ticket t = Ticket.builder("cloud").service("server-administration").received(At.utc("2025-11-10T06:00")).build();
        Decision d = EN.evaluate(t, t.received());
        assertThat(d.accepted()).isFalse();
        assertThat(d.performer()).contains("partner");
        assertThat(d.mode()).isEqualTo(Mode.NOT_PROVIDED);
        assertThat(d.redirect()).contains("partner");
        assertThat(RU.evaluate(t, t.received()).performer()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"navixy-ru", "navixy-en"})
    void aModeRuleDoesNotMakeANotProvidedServiceProvided(String id) {
        Ticket t = Ticket.builder("cloud").service("server-administration").attribute("cause", "third-party-software")
                .received(At.utc("2025-11-10T06:00")).build();
        Decision d = policy(id).evaluate(t, t.received());
        assertThat(d.accepted()).isFalse();
        assertThat(d.mode()).isEqualTo(Mode.NOT_PROVIDED);
        assertThat(d.performer()).isEqualTo(id.equals("navixy-en") ? Optional.of("partner") : Optional.empty());
        assertThat(d.severity()).isEmpty();
        assertThat(d.reason().orElseThrow()).startsWith("service 'server-administration' is not provided on plan 'cloud'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "navixy-ru | paas       | server-administration | nobody performs the task (not-needed)",
        "navixy-ru | on-premise | custom-logos          | the task is performed by 'partner', not by 'navixy'",
        "navixy-ru | cloud      | software-updates      | the task is performed by 'partner', not by 'navixy'",
        "navixy-en | paas       | gps-hardware-setup    | the request is not accepted",
        "navixy-en | on-premise | server-administration | the request is not accepted",
    })
    void tasksNotPerformedByTheVendorAreNotTimed(String id, String plan, String service, String reason) {
        Ticket t = Ticket.builder(plan).service(service).attribute("impact", "all")
                .received(At.utc("2025-11-10T06:00")).build();
        MetricResult r = policy(id).evaluate(t, At.utc("2025-11-12T06:00")).metric("first-response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.NONE);
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.due()).isNull();
        assertThat(r.target()).isNull();
    }

    // ----------------------------------------------------------------- deadlines
    @ParameterizedTest(name = "{0} {1} impact={2} received {3} -> due {4}")
    @CsvSource({
        // Friday 15:00, 1h left on Friday, Saturday 1 Nov 2025 is a working day in Russia
        "navixy-ru, paas, all, 2025-10-31T15:00, 2025-11-01T09:00",
        "navixy-ru, on-premise, all, 2025-10-31T15:00, 2025-11-01T10:00",
        "navixy-ru, cloud, all, 2025-10-31T15:00, 2025-11-01T10:00",
        // 8 business hours from Friday 17:30 is Monday 16:00
        "navixy-ru, paas, , 2025-11-14T17:30, 2025-11-17T16:00",
        // Saturday 1 Nov works full hours (no short days); 3 Nov day off, 4 Nov holiday
        "navixy-ru, paas, several, 2025-11-01T14:00, 2025-11-05T10:00",
        // New Year: 31 Dec day off, 1-8 Jan holidays, 9 Jan day off
        "navixy-ru, on-premise, single, 2025-12-30T15:00, 2026-01-12T15:00",
        // before opening: counts from 08:00
        "navixy-ru, paas, single, 2025-11-10T07:00, 2025-11-10T14:00",
        // 3 Nov 2026 is a short day in Russia, not on this calendar
        "navixy-ru, on-premise, several, 2026-11-03T12:00, 2026-11-05T10:00",
        "navixy-ru, cloud, single, 2026-11-03T12:00, 2026-11-05T12:00",
    })
    void ruDeadlines(String id, String plan, String impact, String received, String due) {
        checkDeadline(id, plan, impact, At.msk(received), At.msk(due));
    }

    @ParameterizedTest(name = "{0} {1} impact={2} received {3}Z -> due {4}Z")
    @CsvSource({
        "navixy-en, paas, all, 2025-10-31T12:00, 2025-11-03T06:00",
        // the same instant as the Russian Friday 17:30 case: the same answer, Monday 13:00 UTC
        "navixy-en, paas, , 2025-11-14T14:30, 2025-11-17T13:00",
        // 4 Nov is no holiday here
        "navixy-en, on-premise, single, 2025-11-04T06:00, 2025-11-05T06:00",
        // 1 Jan is no holiday here either
        "navixy-en, cloud, several, 2025-12-31T10:00, 2026-01-01T08:00",
        "navixy-en, paas, several, 2025-11-08T10:00, 2025-11-10T09:00",
    })
    void enDeadlines(String id, String plan, String impact, String received, String due) {
        checkDeadline(id, plan, impact, At.utc(received), At.utc(due));
    }

    private void checkDeadline(String id, String plan, String impact, Instant received, Instant due) {
        Ticket t = Ticket.builder(plan).service("feature-consultation").attribute("impact", impact)
                .received(received).build();
        MetricResult r = policy(id).evaluate(t, received).metric("first-response").orElseThrow();
        assertThat(r.due()).isEqualTo(due);
        assertThat(r.start()).isEqualTo(received);
        assertThat(r.state()).isEqualTo(MetricState.RUNNING);
        assertThat(r.calendar()).isEqualTo("support-hours");
        assertThat(r.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(r.remaining()).isEqualTo(r.target());
        // at the due instant the clock is still within its target; a second later it is breached
        assertThat(policy(id).evaluate(t, due).metric("first-response").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
        MetricResult late = policy(id).evaluate(t, due.plusSeconds(1)).metric("first-response").orElseThrow();
        assertThat(late.state()).isEqualTo(MetricState.BREACHED);
        assertThat(late.remaining()).isEqualTo(Duration.ZERO);
        assertThat(late.due()).isEqualTo(due);
    }

    @Test
    void questionOnPremiseHasNoTarget() {
        Ticket t = Ticket.builder("cloud").service("api-consultation").received(At.msk("2025-11-10T10:00")).build();
        Decision d = RU.evaluate(t, At.msk("2025-11-20T10:00"));
        assertThat(d.severity()).contains("question");
        MetricResult r = d.metric("first-response").orElseThrow();
        assertThat(r.state()).isEqualTo(MetricState.NONE);
        assertThat(r.reason()).isEqualTo("the regulation states no response time for questions on On-premise and Cloud");
    }

    @Test
    void unknownAttributeValuesAreRejected() {
        Ticket t = Ticket.builder("paas").attribute("impact", "everything").received(At.msk("2025-11-10T10:00")).build();
        assertThatThrownBy(() -> RU.evaluate(t, t.received()))
                .isInstanceOf(TicketException.class)
                .hasMessage("unknown impact value 'everything' in policy 'navixy-ru'; known: all, several, single");
        assertThat(Set.of("impact", "cause", "requester")).allSatisfy(a -> assertThat(RU.attributes()).containsKey(a));
    }
}
