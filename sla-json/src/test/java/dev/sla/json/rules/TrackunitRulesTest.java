package dev.sla.json.rules;

import static dev.sla.json.rules.Rules.decide;
import static dev.sla.json.rules.Rules.paris;
import static dev.sla.json.rules.Rules.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.core.Decision;
import dev.sla.core.MetricState;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import dev.sla.regulations.RegulationTables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the Trackunit article on the bundled {@code trackunit} policy, one test per rule, named by
 * the rule's id in the README's "Regulations" section. The response times are the customer's SLA: their test binds
 * the policy to the bundled example contract {@code trackunit-example}, and checks without one that no number is
 * invented.
 */
class TrackunitRulesTest {

    static final Policy P = PolicyJson.bundled("trackunit");

    /** Monday 10 November 2025, 10:00 Paris time. */
    static final Instant MONDAY = paris("2025-11-10T10:00");

    static String plan() {
        return P.plans().keySet().iterator().next();
    }

    static Decision classify(String category) {
        Ticket.Builder t = Ticket.builder(plan());
        if (category != null) {
            t.attribute("category", category);
        }
        return decide(P, t.received(MONDAY).build());
    }

    @Test
    void tu01_everyTicketIsCriticalOrNonCritical() {
        assertThat(P.severities()).extracting(l -> l.id()).containsExactly("critical", "non-critical");
        assertThat(P.severities()).extracting(l -> l.name()).containsExactly("Critique", "Non critique");
    }

    @Test
    void tu02_theCriticalProblems() {
        for (String category : RegulationTables.TRACKUNIT_CRITICAL) {
            assertThat(classify(category).severity()).as(category).contains("critical");
        }
        assertThat(P.severities().get(0).description()).contains("Incidents (interruptions majeures de service ou de données)",
                "Pannes", "Machine hors service", "Machine inaccessible", "Récupération du matériel volé",
                "Perte de données", "Flux de données sortants de l'API interrompu");
    }

    @Test
    void tu03_theNonCriticalProblems() {
        for (String category : RegulationTables.TRACKUNIT_NON_CRITICAL) {
            assertThat(classify(category).severity()).as(category).contains("non-critical");
        }
        assertThat(P.severities().get(1).description()).contains("Activation des équipements",
                "Demande de fonctionnalité", "Bugs/problèmes mineurs", "Les données entrants de l'API ne s'affichent pas",
                "Autre");
    }

    @Test
    void tu04_aTicketOfNoListedCategoryIsOtherAndNonCritical() {
        assertThat(classify(null).severity()).contains("non-critical");
        assertThat(classify("other").severity()).contains("non-critical");
        List<String> all = new ArrayList<>(RegulationTables.TRACKUNIT_CRITICAL);
        all.addAll(RegulationTables.TRACKUNIT_NON_CRITICAL);
        assertThat(P.attributes().get("category")).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void tu05_theResponseTimeIsTheCustomersSla() {
        // without a contract: state none, "set by the contract", never a number
        Decision none = classify("outage");
        assertThat(none.metric("first-response").orElseThrow().state()).isEqualTo(MetricState.NONE);
        assertThat(none.metric("first-response").orElseThrow().reason()).contains("set by the contract");
        // with the bundled example contract 'trackunit-example': critical 2 h around the clock, non-critical
        // 8 business hours Mon-Fri 08:00-17:00 Paris time
        Policy bound = Rules.withContract(P, "trackunit-example");
        Ticket critical = ticket(bound, "{\"plan\": \"" + plan() + "\", \"contract\": \"trackunit-example\","
                + " \"category\": \"outage\", \"events\": [{\"type\": \"received\", \"at\": \"2025-11-08T23:00:00+01:00\"}]}");
        assertThat(decide(bound, critical).metric("first-response").orElseThrow().due()).isEqualTo(paris("2025-11-09T01:00"));
        Ticket minor = ticket(bound, "{\"plan\": \"" + plan() + "\", \"contract\": \"trackunit-example\","
                + " \"category\": \"minor-bug\", \"events\": [{\"type\": \"received\", \"at\": \"2025-11-07T15:00:00+01:00\"}]}");
        // Friday 15:00-17:00 (2 h), Monday 08:00-14:00 (6 h)
        assertThat(decide(bound, minor).metric("first-response").orElseThrow().due()).isEqualTo(paris("2025-11-10T14:00"));
    }

    @Test
    void tu06_customersWriteThroughTheMessenger() {
        for (Plan p : P.plans().values()) {
            assertThat(p.channels()).as(p.id()).containsExactly("messenger");
        }
    }
}
