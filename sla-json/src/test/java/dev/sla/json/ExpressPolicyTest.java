package dev.sla.json;

import dev.sla.regulations.RegulationTables;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.calendar.WorkCalendar;
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
import dev.sla.core.TicketException;
import dev.sla.regulations.RegulationTables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** express (seed 003) answers the regulation and its example contract. */
class ExpressPolicyTest {

    /** The policy as the regulation states it: its numbers are left to a contract. */
    static final Policy REGULATION = PolicyJson.bundled("express");
    /** The policy bound to its bundled example contract, which states the numbers of the regulation tables. */
    static final Policy P = REGULATION.withContract(ContractJson.bundled("express-example"));
    static final Instant MONDAY = At.msk("2025-11-10T10:00");

    @Test
    void twoSupportLinesAndTheRegulationsVocabulary() {
        assertThat(P.plans().keySet()).containsExactly("client-support", "technical-support");
        assertThat(P.plans().get("client-support").name()).isEqualTo("Клиентская поддержка");
        assertThat(P.parties().keySet()).containsExactly("express", "customer", "organisation-support", "sales-department");
        assertThat(P.parties().get("express").kind()).isEqualTo(Party.Kind.VENDOR);
        assertThat(P.parties().get("customer").kind()).isEqualTo(Party.Kind.CUSTOMER);
        assertThat(P.statuses()).containsExactly("waiting-for-support", "waiting-for-customer", "checking", "in-progress",
                "passed-to-development", "analyzing", "filed", "in-active-development", "paused", "waiting-for-release",
                "resolved", "cancelled");
        assertThat(P.severities()).extracting(l -> l.id()).containsExactly("highest", "high", "medium", "low", "lowest");
        assertThat(P.severities()).extracting(l -> l.name()).containsExactly("Highest", "High", "Medium", "Low", "Lowest");
        assertThat(P.severities().get(0).description()).contains("срочная, серьёзная, повторяется у многих пользователей");
        assertThat(P.severities().get(2).description()).contains("не мешает работе в целом");
        assertThat(P.severities().get(4).description()).contains("некритичная");
        assertThat(P.classification()).isEmpty();
        assertThat(P.metrics().keySet()).containsExactly("first-response", "resolution");
    }

    static Stream<Arguments> cells() {
        List<Arguments> rows = new ArrayList<>();
        for (String[] r : RegulationTables.EXPRESS_SERVICES) {
            rows.add(Arguments.of(r[0], "client-support", r[1], r[2]));
            rows.add(Arguments.of(r[0], "technical-support", r[3], r[4]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} on {1}: {2} ({3})")
    @MethodSource("cells")
    void everyCell(String service, String plan, String performers, String mode) {
        Assignment a = P.who(plan, service);
        assertThat(a.performers()).isEqualTo(performers == null ? List.of()
                : List.of(performers.split("\\|")));
        assertThat(a.mode()).isEqualTo(Mode.of(mode));
    }

    static Stream<Arguments> intake() {
        return RegulationTables.EXPRESS_INTAKE.stream().map(r -> Arguments.of((Object[]) r));
    }

    @ParameterizedTest(name = "{0} from {1}, application {2}")
    @MethodSource("intake")
    void intakeByRequester(String plan, String requester, String application, String accepted, String redirectPlan,
            String redirect) {
        Ticket t = Ticket.builder(plan).attribute("requester", requester).attribute("application", application)
                .received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isEqualTo(Boolean.parseBoolean(accepted));
        assertThat(d.redirectPlan()).isEqualTo(Optional.ofNullable(redirectPlan));
        assertThat(d.redirect()).isEqualTo(Optional.ofNullable(redirect));
    }

    @ParameterizedTest(name = "{0}: first response {1}, resolution {2}")
    @CsvSource({
        "highest, PT1H, PT8H", "high, PT2H, PT16H", "medium, PT8H, PT40H", "low, PT16H, PT80H", "lowest, PT40H, none",
    })
    void theExampleContractsTargets(String severity, String firstResponse, String resolution) {
        Target f = P.target("first-response", "technical-support", severity, null).orElseThrow();
        assertThat(f.duration()).isEqualTo(Duration.parse(firstResponse));
        assertThat(f.calendar()).isEqualTo("technical-support");
        Target r = P.target("resolution", "technical-support", severity, null).orElseThrow();
        if (resolution.equals("none")) {
            assertThat(r.isNone()).isTrue();
        } else {
            assertThat(r.duration()).isEqualTo(Duration.parse(resolution));
            assertThat(r.calendar()).isEqualTo("technical-support");
        }
        for (String metric : P.metrics().keySet()) {
            Target client = P.target(metric, "client-support", severity, null).orElseThrow();
            assertThat(client.isNone()).isTrue();
            assertThat(client.note()).startsWith("no SLA");
        }
        assertThat(ContractJson.bundled("express-example").description()).contains("1/2/8/16/40").contains("8/16/40/80");
        assertThat(REGULATION.description()).doesNotContain("1/2/8/16/40").contains("set by the contract");
    }

    @Test
    void clientSupportHours() {
        WorkCalendar c = P.calendars().get("client-support");
        assertThat(c.zone()).isEqualTo(At.MOSCOW);
        // weekdays 08-21, weekends 10-18
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 5)).toString()).isEqualTo("08:00-21:00");
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 8)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 9)).toString()).isEqualTo("10:00-18:00");
        // 4 November 2025 is a holiday, and 3 November a day off: open 10-18
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 4)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 3)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.isOpen(At.msk("2025-11-04T09:59"))).isFalse();
        assertThat(c.isOpen(At.msk("2025-11-04T10:00"))).isTrue();
        assertThat(c.isOpen(At.msk("2025-11-04T17:59"))).isTrue();
        assertThat(c.isOpen(At.msk("2025-11-04T18:00"))).isFalse();
        assertThat(c.nextOpen(At.msk("2025-11-04T18:00"))).isEqualTo(At.msk("2025-11-05T08:00"));
        // New Year: holiday hours every day
        assertThat(c.hoursOn(LocalDate.of(2026, 1, 1)).toString()).isEqualTo("10:00-18:00");
        assertThat(c.hoursOn(LocalDate.of(2026, 1, 9)).toString()).isEqualTo("10:00-18:00");
        // the working Saturday 1 November 2025 has weekday hours, not shortened before the holiday
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 1)).toString()).isEqualTo("08:00-21:00");
        // nor is the Tuesday before National Unity Day 2026
        assertThat(c.hoursOn(LocalDate.of(2026, 11, 3)).toString()).isEqualTo("08:00-21:00");
    }

    @Test
    void technicalSupportHoursOfTheExampleContract() {
        WorkCalendar c = P.calendars().get("technical-support");
        assertThat(c.hoursOn(LocalDate.of(2025, 11, 5)).toString()).isEqualTo("09:00-18:00");
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 4))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 8))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 11, 1))).isTrue();
        assertThat(c.holidayHours().isClosed()).isTrue();
    }

    @Test
    void bothClocksRunOnTheContractCalendar() {
        Ticket t = Ticket.builder("technical-support").service("server-side").severity("high").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isTrue();
        assertThat(d.metric("first-response").orElseThrow().due()).isEqualTo(At.msk("2025-11-10T12:00"));
        // 8 hours on Monday (10-18), 8 on Tuesday (09-17)
        assertThat(d.metric("resolution").orElseThrow().due()).isEqualTo(At.msk("2025-11-11T17:00"));
    }

    @Test
    void aFridayEveningTicketOverTheNovemberHolidays() {
        Ticket t = Ticket.builder("technical-support").severity("medium").received(At.msk("2025-10-31T17:00")).build();
        Decision d = P.evaluate(t, t.received());
        // Friday 17-18 (1h), working Saturday 1 November 09-17 (8h, shortened), then Wednesday 5 November
        assertThat(d.metric("first-response").orElseThrow().due()).isEqualTo(At.msk("2025-11-01T16:00"));
    }

    @ParameterizedTest(name = "{0} pauses both clocks")
    @CsvSource({"waiting-for-customer", "paused"})
    void waitingForTheCustomerPausesBothClocks(String status) {
        Ticket t = Ticket.builder("technical-support").severity("high").received(MONDAY)
                .status(At.msk("2025-11-10T10:30"), status)
                .status(At.msk("2025-11-10T14:00"), "in-progress")
                .build();
        Decision paused = P.evaluate(t, At.msk("2025-11-10T13:00"));
        MetricResult f = paused.metric("first-response").orElseThrow();
        assertThat(f.state()).isEqualTo(MetricState.PAUSED);
        assertThat(f.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(paused.metric("resolution").orElseThrow().state()).isEqualTo(MetricState.PAUSED);
        Decision resumed = P.evaluate(t, At.msk("2025-11-10T14:10"));
        assertThat(resumed.metric("first-response").orElseThrow().due()).isEqualTo(At.msk("2025-11-10T15:30"));
        assertThat(resumed.metric("first-response").orElseThrow().paused()).isEqualTo(Duration.ofMinutes(210));
        assertThat(resumed.metric("resolution").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
    }

    @ParameterizedTest(name = "{0} does not pause")
    @CsvSource({"waiting-for-support", "checking", "in-progress", "passed-to-development", "analyzing", "filed",
        "in-active-development", "waiting-for-release"})
    void otherStatusesKeepTheClocksRunning(String status) {
        Ticket t = Ticket.builder("technical-support").severity("high").received(MONDAY)
                .status(At.msk("2025-11-10T10:30"), status).build();
        Decision d = P.evaluate(t, At.msk("2025-11-10T11:00"));
        assertThat(d.metrics()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MetricState.RUNNING));
    }

    @ParameterizedTest(name = "{0} stops both clocks: {1}")
    @CsvSource({"resolved, MET", "cancelled, NOT_APPLICABLE"})
    void resolvedAndCancelledStopBothClocks(String status, MetricState state) {
        Ticket t = Ticket.builder("technical-support").severity("highest").received(MONDAY)
                .status(At.msk("2025-11-10T10:45"), status).build();
        Decision d = P.evaluate(t, At.msk("2025-11-12T10:00"));
        assertThat(d.metrics()).allSatisfy(m -> assertThat(m.state()).isEqualTo(state));
    }

    @Test
    void theAgentsAnswerStopsOnlyTheFirstResponse() {
        Ticket t = Ticket.builder("technical-support").severity("highest").received(MONDAY)
                .event(At.msk("2025-11-10T11:30"), EventType.AGENT_RESPONSE)
                .event(At.msk("2025-11-11T09:30"), EventType.RESOLVED).build();
        Decision before = P.evaluate(t, At.msk("2025-11-10T12:00"));
        assertThat(before.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.BREACHED);
        assertThat(before.metric("resolution").orElseThrow().state()).isEqualTo(MetricState.RUNNING);
        assertThat(before.metric("resolution").orElseThrow().due()).isEqualTo(At.msk("2025-11-10T18:00"));
        Decision after = P.evaluate(t, At.msk("2025-11-12T12:00"));
        assertThat(after.metric("resolution").orElseThrow().state()).isEqualTo(MetricState.BREACHED);
    }

    @Test
    void lowestHasNoResolutionTime() {
        Ticket t = Ticket.builder("technical-support").severity("lowest").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.metric("first-response").orElseThrow().due()).isEqualTo(At.msk("2025-11-14T14:00"));
        assertThat(d.metric("resolution").orElseThrow().state()).isEqualTo(MetricState.NONE);
    }

    @Test
    void clientSupportHasNoSla() {
        Ticket t = Ticket.builder("client-support").service("client-app").severity("highest").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains("express");
        assertThat(d.metrics()).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(MetricState.NONE);
            assertThat(m.reason()).startsWith("no SLA");
        });
    }

    @Test
    void clientSupportDoesNotHandleTheServerSide() {
        Ticket t = Ticket.builder("client-support").service("server-side").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason().orElseThrow()).contains("техническая поддержка");
    }

    @Test
    void technicalSupportTakesRequestsFromAdministratorsAndPartners() {
        Ticket user = Ticket.builder("technical-support").attribute("requester", "end-user").severity("high").received(MONDAY).build();
        Decision refused = P.evaluate(user, MONDAY);
        assertThat(refused.accepted()).isFalse();
        // end users go to client support, a plan of this policy, not to a party
        assertThat(refused.redirectPlan()).contains("client-support");
        assertThat(refused.redirect()).isEmpty();
        assertThat(refused.performer()).isEmpty();
        assertThat(refused.severity()).isEmpty();
        assertThat(refused.explanation()).anyMatch(l -> l.endsWith("go to plan 'client-support'"));
        for (String requester : new String[] {"system-administrator", "partner"}) {
            Ticket t = Ticket.builder("technical-support").attribute("requester", requester).severity("high").received(MONDAY).build();
            assertThat(P.evaluate(t, MONDAY).accepted()).isTrue();
        }
        Ticket client = Ticket.builder("client-support").attribute("requester", "end-user").received(MONDAY).build();
        assertThat(P.evaluate(client, MONDAY).accepted()).isTrue();
    }

    @Test
    void serverSoftwareIsUpdatedByTheCustomersAdministratorsOrByTechnicalSupport() {
        Assignment a = P.who("technical-support", "server-update");
        assertThat(a.performers()).containsExactly("customer", "express");
        assertThat(P.who("client-support", "server-update").performers()).containsExactly("customer");
        Ticket t = Ticket.builder("technical-support").service("server-update").severity("high").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.accepted()).isTrue();
        assertThat(d.assignment().performers()).containsExactly("customer", "express");
        // eXpress is one of the performers, so its clock applies
        assertThat(d.metrics()).allSatisfy(m -> assertThat(String.valueOf(m.reason())).doesNotStartWith("the task is performed by"));
        Ticket client = Ticket.builder("client-support").service("server-update").received(MONDAY).build();
        assertThat(P.evaluate(client, MONDAY).metrics()).allSatisfy(m -> assertThat(m.reason())
                .isEqualTo("the task is performed by 'customer', not by 'express'"));
    }

    @Test
    void aTicketWithoutPriorityHasNoTarget() {
        Ticket t = Ticket.builder("technical-support").received(MONDAY).build();
        Decision d = P.evaluate(t, MONDAY);
        assertThat(d.severity()).isEmpty();
        assertThat(d.metrics()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MetricState.NONE));
    }

    @Test
    void unknownStatusesAreRefused() {
        Ticket t = Ticket.builder("technical-support").severity("high").received(MONDAY)
                .status(At.msk("2025-11-10T10:30"), "on-hold").build();
        assertThatThrownBy(() -> P.evaluate(t, At.msk("2025-11-10T11:00")))
                .isInstanceOf(TicketException.class).hasMessageContaining("on-hold");
    }

    @ParameterizedTest
    @ValueSource(strings = {"highest", "high", "medium", "low", "lowest"})
    void withoutAContractTechnicalSupportsTargetsAreSetByTheContract(String severity) {
        Ticket t = Ticket.builder("technical-support").severity(severity).received(At.msk("2025-11-10T10:00")).build();

        for (MetricResult m : REGULATION.evaluate(t, t.received()).metrics()) {
            assertThat(m.state()).isEqualTo(MetricState.NONE);
            assertThat(m.reason()).isEqualTo("set by the contract");
            assertThat(m.due()).isNull();
        }
        assertThat(REGULATION.calendars()).containsOnlyKeys("client-support");
        assertThat(REGULATION.calendarTemplates()).containsOnlyKeys("technical-support");
        assertThat(REGULATION.parameters()).containsKeys("first-response-" + severity, "resolution-" + severity);
    }

    @Test
    void theBundledContractStatesTheValuesOfTheRegulationTables() {
        dev.sla.core.Contract c = ContractJson.bundled("express-example");

        assertThat(c.values()).containsExactlyEntriesOf(RegulationTables.expressExampleValues());
        assertThat(c.policy()).isEqualTo("express");
        assertThat(c.plan()).isEqualTo("technical-support");
        assertThat(P.contract()).contains(c);
    }
}
