package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.Problem;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.regulations.RegulationTables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parameters a customer's contract sets: without a contract, with one, and the mistakes of either. */
class ContractTest {

    private static final Policy EXPRESS = Regulations.expressRegulation();
    private static final Instant FRIDAY = At.msk("2025-10-31T15:00");

    private static Ticket technical(String severity, Instant received) {
        return Ticket.builder("technical-support").severity(severity).received(received).build();
    }

    private static Contract contract(Map<String, String> values) {
        return Contract.of("acme", "ACME", "express", "technical-support", LocalDate.of(2025, 1, 1), values);
    }

    @ParameterizedTest
    @ValueSource(strings = {"highest", "high", "medium", "low", "lowest"})
    void withoutAContractATargetLeftToItIsSetByTheContract(String severity) {
        Decision d = EXPRESS.evaluate(technical(severity, FRIDAY), FRIDAY);

        for (MetricResult m : d.metrics()) {
            assertThat(m.state()).isEqualTo(MetricState.NONE);
            assertThat(m.reason()).isEqualTo("set by the contract");
            assertThat(m.due()).isNull();
            assertThat(m.target()).isNull();
        }
        assertThat(EXPRESS.target("first-response", "technical-support", severity, null).orElseThrow().time())
                .isEqualTo("parameter first-response-" + severity);
    }

    @Test
    void withoutAContractTheCalendarsItSetsAreTemplatesOnly() {
        assertThat(EXPRESS.calendars()).containsOnlyKeys("client-support");
        assertThat(EXPRESS.calendarTemplates()).containsOnlyKeys("technical-support");
        assertThat(EXPRESS.contract()).isEmpty();
        assertThat(EXPRESS.parameters()).hasSize(13);
        // client support states its own "no SLA"
        Ticket client = Ticket.builder("client-support").severity("high").received(FRIDAY).build();
        assertThat(EXPRESS.evaluate(client, FRIDAY).metric("first-response").orElseThrow().reason())
                .isEqualTo("client support tickets have no SLA");
    }

    @Test
    void aFixedTimeOnACalendarLeftToTheContractIsSetByTheContractToo() {
        Policy p = Policy.builder("fixed").vendor("v").party(Party.of("v", "V", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .parameter(Parameter.of("hours", ParameterKind.HOURS))
                .calendar("support", new CalendarTemplate(WorkCalendar.always(ZoneOffset.UTC), null, "hours", null, false))
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE))
                .target(Target.of("first-response", "basic", null, Duration.ofHours(4), "support"))
                .build();
        Ticket t = Ticket.builder("basic").received(FRIDAY).build();

        assertThat(p.evaluate(t, FRIDAY).metric("first-response").orElseThrow().reason()).isEqualTo("set by the contract");
        Policy bound = p.withContract(Contract.of("c", "C", "fixed", "basic", LocalDate.of(2025, 1, 1),
                Map.of("hours", "Mon-Fri 09:00-17:00")));
        // Friday 15:00 Moscow is 12:00 UTC: 5 hours left on Friday, so 4 hours end at 16:00 UTC
        assertThat(bound.evaluate(t, FRIDAY).metric("first-response").orElseThrow().due())
                .isEqualTo(Instant.parse("2025-10-31T16:00:00Z"));
    }

    @Test
    void theExampleContractGivesTheNumbersOfTheRegulationTables() {
        Policy bound = EXPRESS.withContract(Regulations.EXPRESS_EXAMPLE);

        assertThat(bound.contract()).contains(Regulations.EXPRESS_EXAMPLE);
        assertThat(bound).hasToString("express+express-example");
        WorkCalendar technical = bound.calendars().get("technical-support");
        assertThat(technical.zone()).isEqualTo(ZoneId.of(RegulationTables.EXPRESS_EXAMPLE_CALENDAR[1]));
        assertThat(technical.weeklyHours()).isEqualTo(WeeklyHours.parse(RegulationTables.EXPRESS_EXAMPLE_CALENDAR[0]));
        assertThat(technical.holidaySets()).extracting(s -> s.name()).containsExactly("ru");
        for (String[] row : RegulationTables.EXPRESS_EXAMPLE_TIMES) {
            MetricResult first = bound.evaluate(technical(row[0], FRIDAY), FRIDAY).metric("first-response").orElseThrow();
            assertThat(first.target()).isEqualTo(Duration.parse(row[1]));
            MetricResult resolution = bound.evaluate(technical(row[0], FRIDAY), FRIDAY).metric("resolution").orElseThrow();
            if (row[2] == null) {
                assertThat(resolution.state()).isEqualTo(MetricState.NONE);
                assertThat(resolution.reason()).isEqualTo("contract 'express-example' sets no time");
            } else {
                assertThat(resolution.target()).isEqualTo(Duration.parse(row[2]));
            }
        }
        // 2 working hours from Friday 15:00 Moscow: Friday 15:00-17:00
        assertThat(bound.evaluate(technical("high", FRIDAY), FRIDAY).metric("first-response").orElseThrow().due())
                .isEqualTo(At.msk("2025-10-31T17:00"));
    }

    @Test
    void aContractThatDoesNotFitListsEveryProblemWithItsPath() {
        Map<String, String> values = new LinkedHashMap<>(RegulationTables.expressExampleValues());
        values.remove("first-response-low");
        values.put("first-response-high", "Mon-Fri 09:00-18:00");
        values.put("technical-support-holidays", "ru,narnia");
        values.put("first-respons-highest", "PT1H");
        Contract c = new Contract("acme", "ACME", "express", "technical", LocalDate.of(2025, 1, 1), null, values, null,
                List.of("atlantis"), null);

        assertThatThrownBy(() -> EXPRESS.withContract(c)).isInstanceOf(InvalidContractException.class)
                .satisfies(ex -> assertThat(((InvalidContractException) ex).problems()).extracting(Problem::path)
                        .containsExactly("/plan", "/values/technical-support-holidays",
                                "/values/first-response-high", "/values", "/values/first-respons-highest",
                                "/customer/holidays/0"))
                .satisfies(ex -> assertThat(((InvalidContractException) ex).problems()).extracting(Problem::message)
                        .containsExactly(
                                "unknown plan 'technical' in policy 'express'; known: client-support, technical-support",
                                "unknown holiday set 'narnia'; name a built-in set such as ru or fr, or a set of the"
                                        + " policy: ru",
                                "parameter 'first-response-high' (duration): 'Mon-Fri 09:00-18:00' is not a working"
                                        + " time such as PT8H, or none: Text cannot be parsed to a Duration",
                                "contract 'acme' gives no value for parameter 'first-response-low' (duration) of policy"
                                        + " 'express'",
                                "unknown parameter 'first-respons-highest' in policy 'express'; did you mean"
                                        + " 'first-response-highest'?; known: technical-support-hours, technical-support-zone,"
                                        + " technical-support-holidays, first-response-highest, first-response-high,"
                                        + " first-response-medium, first-response-low, first-response-lowest,"
                                        + " resolution-highest, resolution-high, resolution-medium, resolution-low,"
                                        + " resolution-lowest",
                                "unknown holiday set 'atlantis'; name a built-in set such as ru or fr, or a set of the"
                                        + " policy: ru"));
    }

    @Test
    void aContractOfAnotherPolicyIsOnlyThat() {
        Contract c = Contract.of("acme", "ACME", "navixy-ru", "paas", LocalDate.of(2025, 1, 1), Map.of("x", "PT1H"));

        assertThatThrownBy(() -> EXPRESS.withContract(c)).isInstanceOf(InvalidContractException.class)
                .satisfies(ex -> assertThat(((InvalidContractException) ex).problems()).containsExactly(
                        new Problem("/policy", "contract 'acme' is made under policy 'navixy-ru', not 'express'")));
    }

    @Test
    void aWrongKindOfEachKindIsAProblem() {
        Map<String, String> values = new LinkedHashMap<>(RegulationTables.expressExampleValues());
        values.put("technical-support-hours", "PT8H");
        values.put("technical-support-zone", "Mars/Olympus");
        values.put("resolution-high", "P5D");
        values.put("resolution-low", "-PT1H");

        assertThatThrownBy(() -> EXPRESS.withContract(contract(values))).isInstanceOf(InvalidContractException.class)
                .satisfies(ex -> assertThat(((InvalidContractException) ex).problems()).extracting(Problem::path)
                        .containsExactly("/values/technical-support-hours", "/values/technical-support-zone",
                                "/values/resolution-high", "/values/resolution-low"))
                .hasMessageContaining("'P5D' counts calendar days")
                .hasMessageContaining("'-PT1H' must be a positive working time");
    }

    @Test
    void aPolicyNamesOnlyDeclaredParametersOfTheRightKindAndUsesEveryOne() {
        assertThatThrownBy(() -> Policy.builder("p").vendor("v").party(Party.of("v", "V", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .parameter(Parameter.of("zone", ParameterKind.ZONE))
                .parameter(Parameter.of("unused", ParameterKind.DURATION))
                .calendar("support", new CalendarTemplate(WorkCalendar.always(ZoneOffset.UTC), null, "zone", null, false))
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE))
                .target(Target.ofParameter("first-response", "basic", null, "unusd", "support"))
                .build())
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(ex -> assertThat(((InvalidPolicyException) ex).problems()).containsExactly(
                        new Problem("/calendars/support/hours", "parameter 'zone' is of kind zone, but a calendar's hours"
                                + " takes a parameter of kind hours"),
                        new Problem("/targets/0/time", "unknown parameter 'unusd'; did you mean 'unused'?; known: zone,"
                                + " unused"),
                        new Problem("/parameters/unused", "parameter 'unused' is named by no target or calendar; name it,"
                                + " or remove it")));
    }

    @Test
    void aTicketNamesTheContractItsPolicyIsBoundTo() {
        Policy bound = EXPRESS.withContract(Regulations.EXPRESS_EXAMPLE);
        Ticket named = Ticket.builder("technical-support").severity("high").attribute(Ticket.CONTRACT, "express-example")
                .received(FRIDAY).build();
        Ticket other = Ticket.builder("technical-support").severity("high").attribute(Ticket.CONTRACT, "acme")
                .received(FRIDAY).build();
        Ticket otherPlan = Ticket.builder("client-support").severity("high").attribute(Ticket.CONTRACT, "express-example")
                .received(FRIDAY).build();

        assertThat(bound.evaluate(named, FRIDAY).metric("first-response").orElseThrow().target()).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> EXPRESS.evaluate(named, FRIDAY)).isInstanceOf(TicketException.class)
                .hasMessage("the ticket names contract 'express-example', but policy 'express' is bound to no contract;"
                        + " bind it to the contract (Policy.withContract, or --contract in the sla command)");
        assertThatThrownBy(() -> bound.evaluate(other, FRIDAY)).isInstanceOf(TicketException.class)
                .hasMessage("the ticket names contract 'acme', but policy 'express' is bound to contract 'express-example'");
        assertThatThrownBy(() -> bound.evaluate(otherPlan, FRIDAY)).isInstanceOf(TicketException.class)
                .hasMessage("the ticket is on plan 'client-support', but contract 'express-example' is on plan"
                        + " 'technical-support'");
        // a ticket that names no contract is judged by the one the policy is bound to, on any plan
        Ticket client = Ticket.builder("client-support").received(FRIDAY).build();
        assertThat(bound.evaluate(client, FRIDAY).accepted()).isTrue();
    }

    @Test
    void aTicketOutsideTheContractsDatesIsRefusedWithTheDates() {
        Contract dated = Regulations.EXPRESS_EXAMPLE.withEffectiveTo(LocalDate.of(2025, 12, 31))
                .withCustomerZone(ZoneId.of("Asia/Yekaterinburg"));
        Policy bound = EXPRESS.withContract(dated);
        Instant before = At.in(ZoneId.of("Asia/Yekaterinburg"), "2023-12-31T23:59");
        Instant first = At.in(ZoneId.of("Asia/Yekaterinburg"), "2024-01-01T00:00");
        Instant last = At.in(ZoneId.of("Asia/Yekaterinburg"), "2025-12-31T23:59");
        Instant after = At.in(ZoneId.of("Asia/Yekaterinburg"), "2026-01-01T00:00");

        assertThatThrownBy(() -> bound.evaluate(technical("high", before), before)).isInstanceOf(TicketException.class)
                .hasMessage("the ticket was received at 2023-12-31T18:59:00Z, before contract 'express-example' takes"
                        + " effect on 2024-01-01 (Asia/Yekaterinburg)");
        assertThat(bound.evaluate(technical("high", first), first).accepted()).isTrue();
        assertThat(bound.evaluate(technical("high", last), last).accepted()).isTrue();
        assertThatThrownBy(() -> bound.evaluate(technical("high", after), after)).isInstanceOf(TicketException.class)
                .hasMessage("the ticket was received at 2025-12-31T19:00:00Z, after contract 'express-example' ended on"
                        + " 2025-12-31 (Asia/Yekaterinburg)");
        assertThatThrownBy(() -> Regulations.EXPRESS_EXAMPLE.withEffectiveTo(LocalDate.of(2023, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contract 'express-example' ends on 2023-12-31, before it starts on 2024-01-01");
    }

    @Test
    void aCustomerCalendarCountsInTheCustomersZoneAndHolidays() {
        Policy p = Policy.builder("local").vendor("v").party(Party.of("v", "V", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .calendar("customer-hours", new CalendarTemplate(WorkCalendar.builder().name("customer-hours")
                        .zone(ZoneOffset.UTC).weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-17:00")).build(),
                        null, null, null, true))
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE))
                .target(Target.of("first-response", "basic", null, Duration.ofHours(4), "customer-hours"))
                .build();
        Contract paris = Contract.of("c", "C", "local", "basic", LocalDate.of(2025, 1, 1), Map.of())
                .withCustomerZone(ZoneId.of("Europe/Paris")).withCustomerHolidays(List.of("ru"));
        // Monday 3 November 2025 is no holiday in UTC, but a day off in Russia (the set stands for any country's)
        Instant monday = At.paris("2025-11-03T08:00");
        Ticket t = Ticket.builder("basic").received(monday).build();

        assertThat(p.evaluate(t, monday).metric("first-response").orElseThrow().reason()).isEqualTo("set by the contract");
        Policy bound = p.withContract(paris);
        assertThat(bound.calendars().get("customer-hours").zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        // Mon 3 and Tue 4 Nov are days off in the set: Wednesday 09:00-13:00 Paris time
        assertThat(bound.evaluate(t, monday).metric("first-response").orElseThrow().due())
                .isEqualTo(At.paris("2025-11-05T13:00"));
        // without the customer's zone and holidays the calendar counts as stated
        Policy plain = p.withContract(Contract.of("d", "D", "local", "basic", LocalDate.of(2025, 1, 1), Map.of()));
        assertThat(plain.evaluate(t, monday).metric("first-response").orElseThrow().due())
                .isEqualTo(Instant.parse("2025-11-03T13:00:00Z"));
    }

    @Test
    void theExplanationNamesTheContract() {
        Policy bound = EXPRESS.withContract(Regulations.EXPRESS_EXAMPLE.withEffectiveTo(LocalDate.of(2026, 12, 31)));

        assertThat(bound.evaluate(technical("high", FRIDAY), FRIDAY).explanation().get(0))
                .isEqualTo("policy 'express' (Поддержка eXpress), bound to contract 'express-example' of Example customer"
                        + " (plan 'technical-support', in force from 2024-01-01 to 2026-12-31)");
        assertThat(EXPRESS.evaluate(technical("high", FRIDAY), FRIDAY).explanation())
                .contains("first-response: no target: set by the contract");
    }

    @Test
    void bindingAgainTakesTheNewContractsValues() {
        Map<String, String> values = new LinkedHashMap<>(RegulationTables.expressExampleValues());
        values.put("first-response-high", "PT3H");
        Policy rebound = Regulations.express().withContract(contract(values));

        assertThat(rebound.contract().orElseThrow().id()).isEqualTo("acme");
        assertThat(rebound.evaluate(technical("high", FRIDAY), FRIDAY).metric("first-response").orElseThrow().target())
                .isEqualTo(Duration.ofHours(3));
    }
}
