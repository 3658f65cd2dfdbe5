package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
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

/** Invariants of the engine over generated tickets of every regulation. */
class EngineProperties {

    /** Restart, pause and stop in one metric, on a calendar with Russian holidays: no regulation has all three. */
    static Policy mixed() {
        return Policy.builder("mixed")
                .vendor("us").party(Party.of("us", "Us", Party.Kind.VENDOR))
                .plan(Plan.of("basic", "Basic"))
                .calendar("office", WorkCalendar.builder().name("office").zone(Regulations.MOSCOW)
                        .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-13:00,14:00-18:00"))
                        .holidays(HolidaySet.builtIn("ru")).build())
                .statuses(Regulations.EXPRESS_STATUSES.toArray(new String[0]))
                .metric(Metric.of("next-response", "Next response", EventType.AGENT_RESPONSE)
                        .restartedBy(EventType.CUSTOMER_MESSAGE).pausedIn("waiting-for-customer", "paused")
                        .stoppedIn("resolved", "cancelled"))
                .target(Target.of("next-response", "basic", null, Duration.ofHours(6), "office"))
                .build();
    }

    static final List<Policy> POLICIES = List.of(Regulations.navixyRu(), Regulations.navixyEn(), Regulations.insales(),
            Regulations.express(), Regulations.trackunit(), mixed());

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

    /** One generated event: minutes after the previous one, and what happened. */
    record Step(int gapMinutes, String what) {
        Event at(Instant instant) {
            switch (what) {
                case "customer-message":
                case "agent-response":
                case "resolved":
                    return Event.of(instant, EventType.ofId(what));
                default:
                    return Event.status(instant, what);
            }
        }
    }

    // ----------------------------------------------------------------- generators
    static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    static Arbitrary<List<Step>> steps(Policy p) {
        List<String> kinds = new ArrayList<>(List.of("customer-message", "agent-response", "resolved"));
        kinds.addAll(p.statuses().isEmpty() ? List.of("in-progress", "waiting-for-customer") : p.statuses());
        Arbitrary<Integer> gaps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 3 * 24 * 60)));
        return Combinators.combine(gaps, Arbitraries.of(kinds)).as(Step::new).list().ofMaxSize(8);
    }

    /** A fresh builder with the generated attributes, plan included. */
    static Ticket.Builder builder(Map<String, String> attributes) {
        Map<String, String> attrs = new LinkedHashMap<>(attributes);
        Ticket.Builder b = Ticket.builder(attrs.remove(Ticket.PLAN));
        attrs.forEach(b::attribute);
        return b;
    }

    static Arbitrary<Map<String, String>> attributes(Policy p) {
        List<Arbitrary<String[]>> parts = new ArrayList<>();
        parts.add(Arbitraries.of(List.copyOf(p.plans().keySet())).map(v -> new String[] {Ticket.PLAN, v}));
        if (!p.services().isEmpty()) {
            parts.add(Arbitraries.of(List.copyOf(p.services().keySet())).injectNull(0.2)
                    .map(v -> new String[] {Ticket.SERVICE, v}));
        }
        if (!p.severities().isEmpty()) {
            List<String> ids = p.severities().stream().map(SeverityLevel::id).toList();
            double none = p.classification().isEmpty() ? 0.1 : 0.7;
            parts.add(Arbitraries.of(ids).injectNull(none).map(v -> new String[] {Ticket.SEVERITY, v}));
        }
        p.attributes().forEach((name, values) -> parts.add(
                Arbitraries.of(List.copyOf(values)).injectNull(0.3).map(v -> new String[] {name, v})));
        return Combinators.combine(parts).as(list -> {
            Map<String, String> attrs = new LinkedHashMap<>();
            list.forEach(kv -> attrs.put(kv[0], kv[1]));
            return attrs;
        });
    }

    static Arbitrary<Case> casesOf(Policy p) {
        return Combinators.combine(attributes(p), instants(), steps(p), Arbitraries.integers().between(0, 7 * 24 * 60))
                .as((attrs, received, steps, nowMinutes) -> {
                    Ticket.Builder b = builder(attrs).received(received);
                    Instant at = received;
                    for (Step s : steps) {
                        at = at.plus(Duration.ofMinutes(s.gapMinutes()));
                        b.event(s.at(at));
                    }
                    return new Case(p, b.build(), received.plus(Duration.ofMinutes(nowMinutes)));
                });
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
                assertThat(r.state()).isEqualTo(MetricState.NONE);
                assertThat(r.reason()).isNotBlank();
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
        return Arbitraries.of(Regulations.express(), mixed()).flatMap(p -> {
            Arbitrary<List<Step>> base = Combinators.combine(Arbitraries.integers().between(0, 2 * 24 * 60),
                            Arbitraries.of("customer-message", "agent-response", "resolved", "checking", "in-progress",
                                    "passed-to-development", "analyzing"))
                    .as(Step::new).list().ofMaxSize(5);
            return Combinators.combine(attributes(p), instants(), base).as((attrs, received, steps) -> {
                Ticket.Builder b = builder(attrs).received(received);
                Instant at = received;
                for (Step s : steps) {
                    at = at.plus(Duration.ofMinutes(s.gapMinutes()));
                    b.event(s.at(at));
                }
                return new Case(p, b.build(), at.plus(Duration.ofDays(90)));
            });
        });
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

    @Provide
    Arbitrary<String> pauseStatus() {
        return Arbitraries.of("waiting-for-customer", "paused");
    }

    @Provide
    Arbitrary<Case> restarted() {
        List<Policy> restartable = List.of(Regulations.navixyRu(), Regulations.navixyEn(), mixed());
        return Arbitraries.of(restartable).flatMap(p -> Combinators.combine(attributes(p), instants(),
                        Arbitraries.integers().between(0, 3 * 24 * 60), Arbitraries.integers().between(0, 3 * 24 * 60),
                        Arbitraries.of(true, false))
                .as((attrs, received, message, after, answered) -> {
                    Ticket.Builder b = builder(attrs).received(received);
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
        return p.id().equals("mixed") ? mixed() : Regulations.ALL.get(p.id()).get();
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
