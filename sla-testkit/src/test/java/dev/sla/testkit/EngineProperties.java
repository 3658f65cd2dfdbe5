package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the engine over tickets of every regulation drawn from {@link SlaArbitraries}. */
class EngineProperties {

    /** Restart, pause and stop in one metric, on a calendar with Russian holidays: no regulation has all three. */
    static Policy mixed() {
        return Policy.builder("mixed")
                .vendor("us").party(Party.of("us", "Us", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .calendar("office", WorkCalendar.builder().name("office").zone(java.time.ZoneId.of("Europe/Moscow"))
                        .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00"))
                        .holidays(HolidaySet.builtIn("ru")).build())
                .statuses(PolicyJson.bundled("express").statuses().toArray(new String[0]))
                .metric(Metric.of("next-response", "Next response", EventType.AGENT_RESPONSE)
                        .restartedBy(EventType.CUSTOMER_MESSAGE).pausedIn("waiting-for-customer", "paused")
                        .stoppedIn("resolved", "cancelled"))
                .target(Target.of("next-response", "basic", null, Duration.ofHours(6), "office"))
                .build();
    }

    /** The bundled regulations and {@link #mixed()}. */
    static final List<Policy> POLICIES = List.of(PolicyJson.bundled("navixy-ru"), PolicyJson.bundled("navixy-en"),
            PolicyJson.bundled("insales"), PolicyJson.bundled("express"), PolicyJson.bundled("trackunit"), mixed());

    static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

    /** A generated ticket and the instant to judge it at. */
    record Case(Policy policy, Ticket ticket, Instant now) {
        Decision decide() {
            return policy.evaluate(ticket, now);
        }

        @Override
        public String toString() {
            return policy.id() + " " + ticket + " now " + now;
        }
    }

    // ----------------------------------------------------------------- inputs, drawn from the kit
    /** Tickets of a policy received between {@link #FROM} and {@link #TO}, the hard timelines included. */
    static Arbitrary<Ticket> tickets(Policy p) {
        return SlaArbitraries.edgeTickets(p, FROM, TO);
    }

    /** A fresh builder with the ticket's attributes, plan included, and no event. */
    static Ticket.Builder builder(Map<String, String> attributes) {
        Map<String, String> attrs = new LinkedHashMap<>(attributes);
        Ticket.Builder b = Ticket.builder(attrs.remove(Ticket.PLAN));
        attrs.forEach(b::attribute);
        return b;
    }

    static Arbitrary<Case> casesOf(Policy p) {
        return Combinators.combine(tickets(p), Arbitraries.integers().between(0, 7 * 24 * 60))
                .as((ticket, nowMinutes) -> new Case(p, ticket, ticket.received().plus(Duration.ofMinutes(nowMinutes))));
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(POLICIES).flatMap(EngineProperties::casesOf);
    }

    // ----------------------------------------------------------------- properties
    @Property(tries = 400)
    void dueNeverPrecedesTheStart(@ForAll("cases") Case c) {
        Decision d = c.decide();
        assertThat(d.metrics()).hasSize(c.policy().metrics().size());
        for (MetricResult r : d.metrics()) {
            assertThat(r.elapsed().isNegative()).isFalse();
            assertThat(r.remaining().isNegative()).isFalse();
            assertThat(r.paused().isNegative()).isFalse();
            if (r.due() == null) {
                // not started, or a target that holds only under a condition the ticket does not meet
                assertThat(r.state()).isIn(MetricState.NONE, MetricState.BEST_EFFORT);
                assertThat(r.reason()).isNotBlank();
                assertThat(r.warnings()).isEmpty();
                continue;
            }
            assertThat(r.start()).isAfterOrEqualTo(c.ticket().received()).isBeforeOrEqualTo(c.now());
            assertThat(r.due()).isAfterOrEqualTo(r.start());
            if (r.elapsed().compareTo(r.target()) <= 0) {
                assertThat(r.elapsed().plus(r.remaining())).isEqualTo(r.target());
            } else {
                assertThat(r.remaining()).isZero();
            }
            if (r.state() == MetricState.RUNNING) {
                assertThat(c.now()).isBeforeOrEqualTo(r.due());
            }
            if (r.state() == MetricState.PAUSED) {
                assertThat(r.due()).isAfterOrEqualTo(c.now());
            }
            WorkCalendar calendar = c.policy().calendars().get(r.calendar());
            // elapsed and paused working time never exceed the calendar's working time since the start
            Instant to = c.now();
            assertThat(r.elapsed().plus(r.paused())).isLessThanOrEqualTo(calendar.between(r.start(), to));
        }
    }

    @Provide
    Arbitrary<Case> pausable() {
        // the ticket never pauses by itself: the resume inserted after the pause would end its own pauses
        return Arbitraries.of(PolicyJson.bundled("express"), mixed()).flatMap(p -> tickets(p)
                .filter(t -> t.events().stream().noneMatch(e -> e.status() != null && PAUSES.contains(e.status())))
                .map(t -> new Case(p, t, t.events().get(t.events().size() - 1).at().plus(Duration.ofDays(90)))));
    }

    @Property(tries = 300)
    void pausingNeverMakesADeadlineEarlier(@ForAll("pausable") Case c,
            @ForAll("minutes") int pauseAfter, @ForAll("minutes") int pauseFor,
            @ForAll("pauseStatus") String pauseStatus) {
        Instant pause = c.ticket().received().plus(Duration.ofMinutes(pauseAfter));
        Instant resume = pause.plus(Duration.ofMinutes(pauseFor));
        Ticket.Builder b = Ticket.builder(c.ticket().plan());
        c.ticket().attributes().forEach((k, v) -> {
            if (!k.equals(Ticket.PLAN)) {
                b.attribute(k, v);
            }
        });
        List<Event> events = new ArrayList<>(c.ticket().events());
        insert(events, Event.status(pause, pauseStatus));
        insert(events, Event.status(resume, "in-progress"));
        events.forEach(b::event);
        Ticket paused = b.build();

        Decision without = c.policy().evaluate(c.ticket(), c.now());
        Decision with = c.policy().evaluate(paused, c.now());
        for (MetricResult r : without.metrics()) {
            MetricResult s = with.metric(r.metric()).orElseThrow();
            assertThat(s.state() == MetricState.NONE).isEqualTo(r.state() == MetricState.NONE);
            if (r.due() != null) {
                assertThat(s.due()).as("%s", r.metric()).isAfterOrEqualTo(r.due());
                assertThat(s.paused()).isGreaterThanOrEqualTo(r.paused());
            }
        }
    }

    /** Inserts an event after every event at or before its instant. */
    private static void insert(List<Event> events, Event e) {
        int i = events.size();
        while (i > 1 && events.get(i - 1).at().isAfter(e.at())) {
            i--;
        }
        events.add(i, e);
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 5 * 24 * 60);
    }

    /** The statuses that pause a clock of the express regulation or of {@link #mixed()}. */
    static final List<String> PAUSES = List.of("waiting-for-customer", "paused");

    @Provide
    Arbitrary<String> pauseStatus() {
        return Arbitraries.of("waiting-for-customer", "paused");
    }

    /** A ticket of the kit with its timeline replaced: perhaps an agent response, then a customer message. */
    @Provide
    Arbitrary<Case> restarted() {
        List<Policy> restartable = List.of(PolicyJson.bundled("navixy-ru"), PolicyJson.bundled("navixy-en"), mixed());
        return Arbitraries.of(restartable).flatMap(p -> Combinators.combine(tickets(p),
                        Arbitraries.integers().between(0, 3 * 24 * 60), Arbitraries.integers().between(0, 3 * 24 * 60),
                        Arbitraries.of(true, false))
                .as((ticket, message, after, answered) -> {
                    Instant received = ticket.received();
                    Ticket.Builder b = builder(ticket.attributes()).received(received);
                    if (answered) {
                        b.event(received.plus(Duration.ofMinutes(message / 2)), EventType.AGENT_RESPONSE);
                    }
                    Instant at = received.plus(Duration.ofMinutes(message));
                    b.event(at, EventType.CUSTOMER_MESSAGE);
                    return new Case(p, b.build(), at.plus(Duration.ofMinutes(after)));
                }));
    }

    @Property(tries = 300)
    void aCustomerMessageRestartsARestartableMetric(@ForAll("restarted") Case c) {
        Instant message = c.ticket().events().get(c.ticket().events().size() - 1).at();
        for (MetricResult r : c.decide().metrics()) {
            Metric m = c.policy().metrics().get(r.metric());
            assertThat(m.restartOn()).contains(EventType.CUSTOMER_MESSAGE);
            if (r.state() == MetricState.NONE) {
                continue;
            }
            assertThat(r.start()).isEqualTo(message);
            if (r.state() == MetricState.BEST_EFFORT) {
                // the target does not hold for this ticket: the clock restarts, with no due instant
                assertThat(r.due()).isNull();
                continue;
            }
            WorkCalendar calendar = c.policy().calendars().get(r.calendar());
            assertThat(r.due()).isEqualTo(calendar.add(message, r.target()));
            assertThat(r.elapsed()).isEqualTo(calendar.between(message, c.now()));
            assertThat(r.state()).isIn(MetricState.RUNNING, MetricState.BREACHED);
        }
    }

    /** The decision holds until its next change, and changes there; with none, it holds for days. */
    @Property(tries = 300)
    void theDecisionHoldsUntilItsNextChange(@ForAll("cases") Case all) {
        // no new event arrives: the ticket as known at the instant of evaluation
        Ticket.Builder known = builder(all.ticket().attributes());
        all.ticket().events().stream().filter(e -> !e.at().isAfter(all.now())).forEach(known::event);
        Case c = new Case(all.policy(), known.build(), all.now());
        Decision d = c.decide();
        Optional<Instant> next = d.nextChange();
        Instant before = next.map(t -> t.minusNanos(1)).orElse(c.now().plus(Duration.ofDays(5)));
        Decision same = c.policy().evaluate(c.ticket(), before);
        for (int i = 0; i < d.metrics().size(); i++) {
            MetricResult a = d.metrics().get(i);
            MetricResult b = same.metrics().get(i);
            assertThat(b.state()).as(a.metric()).isEqualTo(a.state());
            assertThat(b.warnings()).extracting(MetricResult.Warning::reached)
                    .containsExactlyElementsOf(a.warnings().stream().map(MetricResult.Warning::reached).toList());
            if (a.state() != MetricState.PAUSED) {
                assertThat(b.due()).as(a.metric()).isEqualTo(a.due());
            }
            assertThat(b.cycles()).hasSameSizeAs(a.cycles());
        }
        next.ifPresent(t -> {
            Decision after = c.policy().evaluate(c.ticket(), t);
            assertThat(after.metrics()).extracting(MetricResult::state)
                    .isNotEqualTo(d.metrics().stream().map(MetricResult::state).toList());
        });
    }

    @Property(tries = 300)
    void evaluationIsDeterministic(@ForAll("cases") Case c) {
        Decision a = c.decide();
        Decision b = c.decide();
        Policy rebuilt = rebuild(c.policy());
        Decision fresh = rebuilt.evaluate(c.ticket(), c.now());
        for (Decision d : List.of(b, fresh)) {
            assertThat(d.accepted()).isEqualTo(a.accepted());
            assertThat(d.reason()).isEqualTo(a.reason());
            assertThat(d.redirect()).isEqualTo(a.redirect());
            assertThat(d.assignment()).isEqualTo(a.assignment());
            assertThat(d.severity()).isEqualTo(a.severity());
            assertThat(d.metrics()).isEqualTo(a.metrics());
            assertThat(d.toString()).isEqualTo(a.toString());
        }
        assertThat(b.explanation()).isEqualTo(a.explanation()).isEqualTo(fresh.explanation());
    }

    private static Policy rebuild(Policy p) {
        return p.id().equals("mixed") ? mixed() : PolicyJson.bundled(p.id());
    }

    /** Every (policy, plan, service or none) of the regulations, for exhaustive generation. */
    @Provide
    Arbitrary<String[]> cells() {
        List<String[]> all = new ArrayList<>();
        for (Policy p : POLICIES) {
            for (String plan : p.plans().keySet()) {
                all.add(new String[] {p.id(), plan, null});
                for (String service : p.services().keySet()) {
                    all.add(new String[] {p.id(), plan, service});
                }
            }
        }
        return Arbitraries.of(all);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyDeclaredCellAnswers(@ForAll("cells") String[] cell) {
        Policy p = POLICIES.stream().filter(x -> x.id().equals(cell[0])).findFirst().orElseThrow();
        Assignment a = p.who(cell[1], cell[2]);
        assertThat(a).isNotNull();
        if (a.performer() != null) {
            assertThat(p.parties()).containsKey(a.performer());
        }
        List<String> levels = new ArrayList<>();
        levels.add(null);
        p.severities().forEach(l -> levels.add(l.id()));
        for (String metric : p.metrics().keySet()) {
            for (String level : levels) {
                p.target(metric, cell[1], level, cell[2]).ifPresent(t -> {
                    if (!t.isNone()) {
                        assertThat(p.calendars()).containsKey(t.calendar());
                    }
                });
                if (level != null) {
                    // the validator guarantees a target (or an explicit none) for every plan and level
                    assertThat(p.target(metric, cell[1], level, cell[2])).isPresent();
                }
            }
        }
        Ticket.Builder b = Ticket.builder(cell[1]).service(cell[2]).received(FROM);
        Decision d = p.evaluate(b.build(), FROM.plus(Duration.ofHours(1)));
        // intake may refuse the request: then nobody performs it as made
        assertThat(d.assignment().performer()).isEqualTo(d.mode().equals(Mode.NOT_ACCEPTED) ? null : a.performer());
    }
}
