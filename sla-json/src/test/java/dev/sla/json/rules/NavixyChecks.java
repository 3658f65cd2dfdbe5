package dev.sla.json.rules;

import static dev.sla.json.rules.Rules.decide;
import static dev.sla.json.rules.Rules.json;
import static dev.sla.json.rules.Rules.msk;
import static dev.sla.json.rules.Rules.response;
import static dev.sla.json.rules.Rules.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Policy;
import dev.sla.core.PolicyVersions;
import dev.sla.core.Ticket;
import dev.sla.core.TicketException;
import dev.sla.json.PolicyJson;
import dev.sla.regulations.RegulationTables;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules both Navixy texts state alike (in Russian and in English), checked on either bundled
 * policy. The English calendar is 05:00-13:00 UTC, the same hours as 08:00-16:00 in Moscow, so the deadlines below,
 * worked out by hand on days that are working days in both texts, are written in Moscow time for both.
 *
 * <p>Each check states the behaviour the regulation asks for, in the policy format's own members: an event's
 * {@code author}, a request's {@code carries} and its {@code subject} attribute.
 */
final class NavixyChecks {

    /** Wednesday 5 November 2025, 14:00 Moscow time: two working hours before the close, in both texts. */
    static final Instant WEDNESDAY_14 = msk("2025-11-05T14:00");

    static final List<String> PLANS = List.of("paas", "on-premise", "cloud");

    private NavixyChecks() {
    }

    // ------------------------------------------------------------------ who may ask, how
    static void onlyAuthorisedPartnersAreServed(Policy p) {
        Ticket partner = Ticket.builder("paas").attribute("requester", "partner").received(WEDNESDAY_14).build();
        assertThat(decide(p, partner).accepted()).isTrue();
        Ticket endUser = Ticket.builder("paas").attribute("requester", "end-user").received(WEDNESDAY_14).build();
        assertThat(decide(p, endUser).accepted()).isFalse();
    }

    static void endUsersAreSentToTheirPartner(Policy p) {
        for (String plan : PLANS) {
            Ticket t = Ticket.builder(plan).attribute("requester", "end-user").attribute("impact", "all")
                    .received(WEDNESDAY_14).build();
            Decision d = decide(p, t);
            assertThat(d.accepted()).as(plan).isFalse();
            assertThat(d.redirect()).as(plan).contains("partner");
            assertThat(d.reason()).as(plan).isPresent();
            assertThat(d.metrics()).allSatisfy(m -> assertThat(m.state()).isEqualTo(MetricState.NONE));
        }
    }

    /** A refused request names no performer of the vendor's, no severity and no target. */
    static void aRefusedRequestNamesNoPerformer(Policy p) {
        Ticket t = Ticket.builder("paas").attribute("requester", "end-user").attribute("impact", "all")
                .service("feature-consultation").received(WEDNESDAY_14).build();
        Decision d = decide(p, t);
        assertThat(d.accepted()).isFalse();
        assertThat(d.performer()).isNotEqualTo(Optional.of("navixy"));
        assertThat(d.severity()).isEmpty();
        assertThat(d.metrics()).allSatisfy(m -> assertThat(m.target()).isNull());
    }

    static void supportIsGivenByEmail(Policy p) {
        for (String plan : PLANS) {
            assertThat(p.plans().get(plan).channels()).as(plan).containsExactly("email");
        }
    }

    /** Channels enforced per plan: another channel is refused with the reason; a request stating none is not. */
    static void aRequestThroughAnotherChannelIsRefused(Policy p) {
        Ticket phone = Ticket.builder("paas").attribute("channel", "phone").received(WEDNESDAY_14).build();
        Decision d = decide(p, phone);
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason()).isPresent();
        Ticket email = Ticket.builder("paas").attribute("channel", "email").received(WEDNESDAY_14).build();
        assertThat(decide(p, email).accepted()).isTrue();
        Ticket unstated = Ticket.builder("paas").received(WEDNESDAY_14).build();
        assertThat(decide(p, unstated).accepted()).isTrue();
    }

    /** Languages enforced per plan: the ones listed are served, another is refused with the reason. */
    static void aRequestInAnotherLanguageIsRefused(Policy p, String served, String refused) {
        Ticket ok = Ticket.builder("paas").attribute("language", served).received(WEDNESDAY_14).build();
        assertThat(decide(p, ok).accepted()).isTrue();
        Ticket other = Ticket.builder("paas").attribute("language", refused).received(WEDNESDAY_14).build();
        Decision d = decide(p, other);
        assertThat(d.accepted()).isFalse();
        assertThat(d.reason()).isPresent();
    }

    /** On-premise and Cloud support needs an active monthly subscription: the decision names what is missing. */
    static void onPremiseNeedsAnActiveSubscription(Policy p) {
        // a request on on-premise or cloud stating an inactive subscription is refused and lists the entitlement
        // under 'missing'; with an active one nothing is missing; PaaS needs none
        for (String plan : List.of("on-premise", "cloud")) {
            Decision inactive = decide(p, withSubscription(p, plan, "inactive"));
            assertThat(inactive.accepted()).as(plan).isFalse();
            assertThat(json(inactive).get("missing").toString()).as(plan).contains("subscription");
            Decision active = decide(p, withSubscription(p, plan, "active"));
            assertThat(active.accepted()).as(plan).isTrue();
            assertThat(json(active).get("missing").toString()).as(plan).doesNotContain("subscription");
        }
        assertThat(json(decide(p, withSubscription(p, "paas", "inactive"))).get("missing").toString())
                .doesNotContain("subscription");
    }

    private static Ticket withSubscription(Policy p, String plan, String subscription) {
        return ticket(p, "{\"plan\": \"" + plan + "\", \"attributes\": {\"subscription\": \"" + subscription
                + "\"}, \"events\": [{\"type\": \"received\", \"at\": \"" + WEDNESDAY_14 + "\"}]}");
    }

    /** On-premise and Cloud support is consultative: the plans' default mode, also for a request naming no service. */
    static void onPremiseSupportIsConsultative(Policy p) {
        for (String plan : List.of("on-premise", "cloud")) {
            Ticket none = Ticket.builder(plan).received(WEDNESDAY_14).build();
            assertThat(decide(p, none).mode()).as(plan).isEqualTo(Mode.CONSULTATIVE);
            assertThat(p.who(plan, "feature-consultation").mode()).as(plan).isEqualTo(Mode.CONSULTATIVE);
        }
        assertThat(decide(p, Ticket.builder("paas").received(WEDNESDAY_14).build()).mode()).isEqualTo(Mode.FULL);
    }

    /**
     * On-premise and Cloud: questions on third-party software, operating systems, network and server hardware are
     * refused with the reason ({@code RegulationTables.NAVIXY_SUBJECTS}); on PaaS, on the supplied software, and
     * for a request stating no subject, the rule does not hold.
     */
    static void thirdPartyQuestionsAreNotConsidered(Policy p) {
        List<String[]> rows = RegulationTables.NAVIXY_SUBJECTS.stream().filter(r -> r[0].equals(p.id())).toList();
        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            String subject = row[1];
            boolean refused = Boolean.parseBoolean(row[2]);
            for (String plan : PLANS) {
                Decision d = decide(p, ticket(p, "{\"plan\": \"" + plan + "\", \"attributes\": {\"subject\": \""
                        + subject + "\"}, \"events\": [{\"type\": \"received\", \"at\": \"" + WEDNESDAY_14 + "\"}]}"));
                boolean onPremise = !plan.equals("paas");
                assertThat(d.accepted()).as(subject + " on " + plan).isEqualTo(!(refused && onPremise));
                assertThat(d.reason().isPresent()).as(subject + " on " + plan).isEqualTo(refused && onPremise);
            }
        }
        Decision unstated = decide(p, Ticket.builder("cloud").received(WEDNESDAY_14).build());
        assertThat(unstated.accepted()).isTrue();
    }

    // ------------------------------------------------------------------ the service table
    /** A row of the service table on PaaS, On-premise and Cloud (which follows On-premise). */
    static void serviceRow(Policy p, String service) {
        String[] row = row(service);
        cell(p, "paas", service, row[1], row[2]);
        cell(p, "on-premise", service, row[3], row[4]);
        cell(p, "cloud", service, row[3], row[4]);
    }

    /** A row of the service table on PaaS only. */
    static void serviceRowOnPaas(Policy p, String service) {
        String[] row = row(service);
        cell(p, "paas", service, row[1], row[2]);
    }

    static void cell(Policy p, String plan, String service, String performer, String mode) {
        Assignment a = p.who(plan, service);
        assertThat(a.performer()).as(service + " on " + plan).isEqualTo(performer);
        assertThat(a.mode()).as(service + " on " + plan).isEqualTo(Mode.of(mode));
    }

    static String[] row(String service) {
        return RegulationTables.NAVIXY_SERVICES.stream().filter(r -> r[0].equals(service)).findFirst().orElseThrow();
    }

    /** What the partner performs on its own server is the partner's, and Navixy's clock does not run for it. */
    static void partnerCellIsNotTimed(Policy p, String service) {
        Ticket t = Ticket.builder("cloud").service(service).attribute("impact", "all")
                .attribute("cause", "navixy-software").received(WEDNESDAY_14).build();
        Decision d = decide(p, t);
        assertThat(d.performer()).contains("partner");
        assertThat(d.metric("first-response").orElseThrow().due()).isNull();
    }

    /** The footnote of the table: On-premise and Cloud get new features only with a server update. */
    static void updatesNeedANewBuildAndAServerUpdate(Policy p, String words) {
        for (String plan : List.of("on-premise", "cloud")) {
            Assignment a = p.who(plan, "software-updates");
            assertThat(a.performer()).isEqualTo("partner");
            assertThat(a.note()).contains(words);
        }
    }

    // ------------------------------------------------------------------ severity and response time
    static void gradedBy(Policy p, String impact, String level) {
        for (String plan : PLANS) {
            Ticket t = Ticket.builder(plan).attribute("impact", impact).attribute("cause", "navixy-software")
                    .received(WEDNESDAY_14).build();
            assertThat(decide(p, t).severity()).as(plan).contains(level);
        }
    }

    static void levelOneExcludesThirdPartySoftware(Policy p) {
        Ticket t = Ticket.builder("paas").attribute("impact", "all").attribute("cause", "third-party-software")
                .received(WEDNESDAY_14).build();
        Decision d = decide(p, t);
        assertThat(d.severity()).isNotEqualTo(Optional.of("level-1"));
        assertThat(response(p, t).target()).isNotEqualTo(Duration.ofHours(2));
    }

    /**
     * The response time of a level on every plan, from the table and by hand: received Wednesday 14:00 Moscow
     * time, two working hours are left that day, the rest is counted from Thursday 08:00.
     */
    static void responseTime(Policy p, String level, String impact, Instant paasDue, Instant onPremiseDue) {
        String[] times = RegulationTables.NAVIXY_RESPONSE_TIMES.stream().filter(r -> r[0].equals(level))
                .findFirst().orElseThrow();
        for (String plan : PLANS) {
            Ticket t = Ticket.builder(plan).attribute("impact", impact).attribute("cause", "navixy-software")
                    .received(WEDNESDAY_14).build();
            MetricResult m = response(p, t);
            boolean paas = plan.equals("paas");
            assertThat(m.state()).as(plan).isEqualTo(MetricState.RUNNING);
            assertThat(m.target()).as(plan).isEqualTo(Duration.parse(paas ? times[1] : times[2]));
            assertThat(m.calendar()).isEqualTo("support-hours");
            assertThat(m.due()).as(plan).isEqualTo(paas ? paasDue : onPremiseDue);
        }
    }

    /** PaaS requests that are no incident: a reply within 8 working hours (5 on Wednesday, 3 on Thursday). */
    static void questionOnPaasInEightWorkingHours(Policy p) {
        Ticket t = Ticket.builder("paas").service("api-consultation").received(msk("2025-11-05T11:00")).build();
        Decision d = decide(p, t);
        assertThat(d.severity()).contains("question");
        MetricResult m = d.metric("first-response").orElseThrow();
        assertThat(m.target()).isEqualTo(Duration.ofHours(8));
        assertThat(m.due()).isEqualTo(msk("2025-11-06T11:00"));
    }

    /** Outside working hours the stated time does not hold: best effort, no due instant, still measured. */
    static void bestEffortOutsideWorkingHours(Policy p, Ticket saturday) {
        Decision d = decide(p, saturday);
        JsonNode metric = json(d).at("/metrics/0");
        assertThat(metric.get("state").asText()).isEqualTo("best-effort");
        assertThat(metric.get("due").isNull()).isTrue();
        assertThat(metric.get("reason").isNull()).isFalse();
        // still measured: by Monday 10:00 two working hours have elapsed
        MetricResult monday = response(p, saturday, msk("2025-11-10T10:00"));
        assertThat(monday.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(monday.due()).isNull();
    }

    /** On-premise and Cloud requests that are no incident: the text states no reply time. */
    static void onPremiseQuestionsHaveNoReplyTime(Policy p) {
        for (String plan : List.of("on-premise", "cloud")) {
            Ticket t = Ticket.builder(plan).service("api-consultation").received(WEDNESDAY_14).build();
            MetricResult m = response(p, t);
            assertThat(m.state()).isEqualTo(MetricState.NONE);
            assertThat(m.due()).isNull();
            assertThat(m.reason()).isNotBlank();
        }
    }

    // ------------------------------------------------------------------ the clock
    /** The time counts from the partner's last e-mail: a new message closes the cycle and opens another. */
    static void countedFromTheLastEmail(Policy p) {
        Ticket t = Ticket.builder("paas").attribute("impact", "several").attribute("cause", "navixy-software")
                .received(msk("2025-11-10T09:00"))
                .event(msk("2025-11-10T11:00"), EventType.CUSTOMER_MESSAGE)
                .event(msk("2025-11-10T14:30"), EventType.AGENT_RESPONSE).build();
        assertThat(response(p, t, msk("2025-11-10T10:00")).due()).isEqualTo(msk("2025-11-10T13:00"));
        MetricResult restarted = response(p, t, msk("2025-11-10T12:00"));
        assertThat(restarted.start()).isEqualTo(msk("2025-11-10T11:00"));
        assertThat(restarted.due()).isEqualTo(msk("2025-11-10T15:00"));
        MetricResult answered = response(p, t, msk("2025-11-10T16:00"));
        assertThat(answered.state()).isEqualTo(MetricState.MET);
        assertThat(answered.cycles()).hasSize(2);
        assertThat(answered.cycles().get(0).state()).isEqualTo(MetricState.NOT_APPLICABLE);
    }

    /** Only the messages of the authorised partner (and its technicians) restart the clock. */
    static void onlyThePartnersMessagesRestartTheClock(Policy p) {
        Ticket t = ticket(p, "{\"plan\": \"paas\", \"impact\": \"several\", \"events\": ["
                + "{\"type\": \"received\", \"at\": \"2025-11-10T09:00:00+03:00\", \"author\": \"partner\"},"
                + "{\"type\": \"customer-message\", \"at\": \"2025-11-10T11:00:00+03:00\", \"author\": \"end-user\"}]}");
        MetricResult m = response(p, t, msk("2025-11-10T12:00"));
        assertThat(m.start()).isEqualTo(msk("2025-11-10T09:00"));
        assertThat(m.due()).isEqualTo(msk("2025-11-10T13:00"));
    }

    /** A request is handled once the answer is sent: the answer stops the clock. */
    static void handledOnceAnswered(Policy p) {
        Ticket t = Ticket.builder("paas").attribute("impact", "single").attribute("cause", "navixy-software")
                .received(msk("2025-11-10T09:00")).event(msk("2025-11-10T10:00"), EventType.AGENT_RESPONSE).build();
        MetricResult m = response(p, t, msk("2025-11-11T12:00"));
        assertThat(m.state()).isEqualTo(MetricState.MET);
        assertThat(m.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(m.due()).isEqualTo(msk("2025-11-10T15:00"));
    }

    /** The information a request should carry is listed; what it lacks is noted, the request is not refused. */
    static void requestContentIsListed(Policy p) {
        // a request that carries only its description lacks the rest, which the decision lists under 'missing'
        Decision d = decide(p, ticket(p, "{\"plan\": \"paas\", \"carries\": [\"description\"], \"events\": ["
                + "{\"type\": \"received\", \"at\": \"" + WEDNESDAY_14 + "\"}]}"));
        assertThat(d.accepted()).isTrue();
        String missing = json(d).get("missing").toString();
        assertThat(missing).contains("screenshots").doesNotContain("\"description\"");
    }

    /** One question per request: a request carrying several is noted (or refused, as the policy decides). */
    static void oneQuestionPerRequest(Policy p) {
        Decision several = decide(p, ticket(p, "{\"plan\": \"paas\", \"attributes\": {\"questions\": \"several\"},"
                + " \"events\": [{\"type\": \"received\", \"at\": \"" + WEDNESDAY_14 + "\"}]}"));
        assertThat(json(several).get("missing").toString()).contains("one-question");
        Decision one = decide(p, ticket(p, "{\"plan\": \"paas\", \"attributes\": {\"questions\": \"one\"},"
                + " \"events\": [{\"type\": \"received\", \"at\": \"" + WEDNESDAY_14 + "\"}]}"));
        assertThat(json(one).get("missing").toString()).doesNotContain("one-question");
    }

    // ------------------------------------------------------------------ third-party software
    /** A fault of third-party software gets consultative support only, also when the initial check finds it. */
    static void thirdPartyCauseIsConsultative(Policy p) {
        Ticket t = Ticket.builder("paas").service("feature-consultation").attribute("impact", "several")
                .attribute("cause", "third-party-software").received(WEDNESDAY_14).build();
        Decision d = decide(p, t);
        assertThat(d.accepted()).isTrue();
        assertThat(d.performer()).contains("navixy");
        assertThat(d.mode()).isEqualTo(Mode.CONSULTATIVE);
        // found at the initial check: full until the change, consultative from it
        Ticket found = Ticket.builder("paas").service("feature-consultation").attribute("impact", "several")
                .attribute("cause", "navixy-software").received(msk("2025-11-05T09:00"))
                .event(Event.change(msk("2025-11-05T10:00"), "cause", "third-party-software")).build();
        assertThat(p.evaluate(found, msk("2025-11-05T09:30")).mode()).isEqualTo(Mode.FULL);
        assertThat(p.evaluate(found, msk("2025-11-05T10:30")).mode()).isEqualTo(Mode.CONSULTATIVE);
    }

    /** The mode rule concerns what Navixy performs: a cell the partner performs stays the partner's, in full. */
    static void thirdPartyCauseLeavesThePartnersCells(Policy p) {
        Ticket t = Ticket.builder("cloud").service("custom-logos").attribute("cause", "third-party-software")
                .received(WEDNESDAY_14).build();
        Decision d = decide(p, t);
        assertThat(d.performer()).contains("partner");
        assertThat(d.mode()).isEqualTo(Mode.FULL);
    }

    /** The resolution time depends on the problem: the text states none, so there is no resolution metric. */
    static void noResolutionTime(Policy p) {
        assertThat(p.metrics().keySet()).containsExactly("first-response");
        Ticket t = Ticket.builder("paas").attribute("impact", "all").attribute("cause", "navixy-software")
                .received(WEDNESDAY_14).event(msk("2025-11-05T15:00"), EventType.AGENT_RESPONSE).build();
        assertThat(decide(p, t).metrics()).extracting(MetricResult::metric).containsExactly("first-response");
    }

    // ------------------------------------------------------------------ versions
    /** Changes take effect when published: each published text is a version with its date; a ticket is judged by
     * the version in force when it was received. */
    static void changesTakeEffectWhenPublished(String id) {
        String text = PolicyJson.bundledText(id);
        Policy first = PolicyJson.read(id + "-2025.json", published(text, "2025-06-01"));
        Policy second = PolicyJson.read(id + "-2026.json", published(text, "2026-01-01"));
        PolicyVersions versions = PolicyVersions.of(List.of(first, second));
        Ticket december = Ticket.builder("paas").received(msk("2025-12-31T23:59")).build();
        assertThat(versions.evaluate(december, december.received()).policy().effectiveFrom())
                .contains(LocalDate.of(2025, 6, 1));
        Ticket january = Ticket.builder("paas").received(msk("2026-01-01T00:00")).build();
        assertThat(versions.evaluate(january, january.received()).policy().effectiveFrom())
                .contains(LocalDate.of(2026, 1, 1));
        Ticket early = Ticket.builder("paas").received(msk("2025-05-31T12:00")).build();
        assertThatThrownBy(() -> versions.evaluate(early, early.received())).isInstanceOf(TicketException.class);
    }

    private static String published(String text, String date) {
        String withDate = text.replaceFirst("\"vendor\":",
                "\"effectiveFrom\": \"" + date + "\", \"zone\": \"Europe/Moscow\", \"vendor\":");
        assertThat(withDate).isNotEqualTo(text);
        return withDate;
    }
}
