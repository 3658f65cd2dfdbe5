package dev.sla.json;

import dev.sla.regulations.RegulationTables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Decision;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Party;
import dev.sla.core.Policy;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** trackunit (seed 004) classifies by category and answers its example contract. */
class TrackunitPolicyTest {

    /** The policy as the regulation states it: its numbers are left to a contract. */
    static final Policy REGULATION = PolicyJson.bundled("trackunit");
    /** The policy bound to its bundled example contract, which states the numbers of the regulation tables. */
    static final Policy P = REGULATION.withContract(ContractJson.bundled("trackunit-example"));

    static final List<String> CRITICAL = RegulationTables.TRACKUNIT_CRITICAL;
    static final List<String> NON_CRITICAL = RegulationTables.TRACKUNIT_NON_CRITICAL;

    @Test
    void theVocabulary() {
        assertThat(P.plans().keySet()).containsExactly("standard");
        assertThat(P.parties().keySet()).containsExactly("trackunit", "customer");
        assertThat(P.parties().get("trackunit").kind()).isEqualTo(Party.Kind.VENDOR);
        assertThat(P.parties().get("customer").kind()).isEqualTo(Party.Kind.CUSTOMER);
        assertThat(P.severities()).extracting(l -> l.id()).containsExactly("critical", "non-critical");
        assertThat(P.severities()).extracting(l -> l.name()).containsExactly("Critique", "Non critique");
        List<String> all = new ArrayList<>(CRITICAL);
        all.addAll(NON_CRITICAL);
        assertThat(P.attributes().get("category")).containsExactlyElementsOf(all);
    }

    @Test
    void theFrenchNamesOfTheCategoriesAreInTheDescriptions() {
        String critical = P.severities().get(0).description();
        assertThat(critical).contains("Incidents (interruptions majeures de service ou de données)", "Pannes",
                "Machine hors service", "Machine inaccessible", "Récupération du matériel volé", "Perte de données",
                "Flux de données sortants de l'API interrompu");
        String nonCritical = P.severities().get(1).description();
        assertThat(nonCritical).contains("Activation des équipements", "Transfert de la propriété des équipements",
                "Changement de métadonnées", "Demande de fonctionnalité", "Bugs/problèmes mineurs", "Autre");
        for (String category : P.attributes().get("category")) {
            assertThat(P.description()).contains(category + " = ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"incident", "platform-unreachable", "outage", "machine-down", "machine-unreachable",
        "stolen-equipment-recovery", "data-loss", "outbound-api-interrupted"})
    void criticalCategories(String category) {
        Instant sunday = At.paris("2025-11-09T23:00");
        Ticket t = Ticket.builder("standard").attribute("category", category).received(sunday).build();
        Decision d = P.evaluate(t, sunday);
        assertThat(d.severity()).contains("critical");
        MetricResult m = d.metric("first-response").orElseThrow();
        assertThat(m.target()).isEqualTo(Duration.ofHours(2));
        assertThat(m.calendar()).isEqualTo("critical-hours");
        // around the clock
        assertThat(m.due()).isEqualTo(At.paris("2025-11-10T01:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"equipment-activation", "ownership-transfer", "equipment-cancellation", "metadata-change",
        "single-equipment-issue", "account-settings", "feature-request", "minor-bug", "inbound-api-data-missing", "other"})
    void nonCriticalCategories(String category) {
        Instant friday = At.paris("2025-11-07T14:00");
        Ticket t = Ticket.builder("standard").attribute("category", category).received(friday).build();
        Decision d = P.evaluate(t, friday);
        assertThat(d.severity()).contains("non-critical");
        MetricResult m = d.metric("first-response").orElseThrow();
        assertThat(m.target()).isEqualTo(Duration.ofHours(8));
        assertThat(m.calendar()).isEqualTo("business-hours");
        // Friday 14-17 (3h), Monday 08-13 (5h)
        assertThat(m.due()).isEqualTo(At.paris("2025-11-10T13:00"));
    }

    @Test
    void aTicketWithoutCategoryIsNonCritical() {
        Ticket t = Ticket.builder("standard").received(At.paris("2025-11-10T08:00")).build();
        assertThat(P.evaluate(t, t.received()).severity()).contains("non-critical");
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @CsvSource({"critical, PT2H, critical-hours", "non-critical, PT8H, business-hours"})
    void targets(String severity, String time, String calendar) {
        Target t = P.target("first-response", "standard", severity, null).orElseThrow();
        assertThat(t.duration()).isEqualTo(Duration.parse(time));
        assertThat(t.calendar()).isEqualTo(calendar);
    }

    @Test
    void calendars() {
        WorkCalendar always = P.calendars().get("critical-hours");
        assertThat(always.zone()).isEqualTo(At.PARIS);
        assertThat(always.isOpen(At.paris("2025-12-25T03:00"))).isTrue();
        WorkCalendar business = P.calendars().get("business-hours");
        assertThat(business.zone()).isEqualTo(At.PARIS);
        assertThat(business.holidaySets()).isEmpty();
        assertThat(business.hoursOn(LocalDate.of(2025, 11, 10)).toString()).isEqualTo("08:00-17:00");
        assertThat(business.isWorkingDay(LocalDate.of(2025, 11, 8))).isFalse();
        // no holiday list: Christmas Day is a working day of the example contract
        assertThat(business.isWorkingDay(LocalDate.of(2025, 12, 25))).isTrue();
        // Paris time across the change to winter time (26 October 2025): still 08:00-17:00 local
        assertThat(business.between(At.paris("2025-10-24T08:00"), At.paris("2025-10-27T17:00"))).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void theAnswerStopsTheClock() {
        Instant at = At.paris("2025-11-10T09:00");
        Ticket t = Ticket.builder("standard").attribute("category", "outage").received(at)
                .event(At.paris("2025-11-10T10:15"), EventType.AGENT_RESPONSE).build();
        MetricResult m = P.evaluate(t, At.paris("2025-11-10T12:00")).metric("first-response").orElseThrow();
        assertThat(m.state()).isEqualTo(MetricState.MET);
        assertThat(m.elapsed()).isEqualTo(Duration.ofMinutes(75));
    }

    @Test
    void withoutAContractTheResponseTimeIsSetByTheContract() {
        Ticket t = Ticket.builder("standard").attribute("category", "outage").received(At.paris("2025-11-10T08:00")).build();

        MetricResult m = REGULATION.evaluate(t, t.received()).metric("first-response").orElseThrow();
        assertThat(m.state()).isEqualTo(MetricState.NONE);
        assertThat(m.reason()).isEqualTo("set by the contract");
        assertThat(REGULATION.calendars()).isEmpty();
        assertThat(REGULATION.parameters()).containsOnlyKeys("first-response-critical", "first-response-non-critical",
                "critical-hours", "business-hours", "zone");
    }

    @Test
    void theBundledContractStatesTheValuesOfTheRegulationTables() {
        assertThat(ContractJson.bundled("trackunit-example").values())
                .containsExactlyEntriesOf(RegulationTables.trackunitExampleValues());
    }
}
