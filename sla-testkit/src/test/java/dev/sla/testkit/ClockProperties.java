package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricResult;
import dev.sla.core.MetricState;
import dev.sla.core.Mode;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The SLA clock through the public API, against the minute-by-minute {@link ReferenceClock}:
 * one generated metric in a small policy (a vendor that performs every task in full, one plan,
 * severity levels each with its own target on one generated calendar), edge tickets of that
 * policy (changes of severity included) judged at an instant after their receipt.
 */
class ClockProperties {

    static final String PLAN = "plan";
    static final String CALENDAR = "office";

    /** A policy of one metric, a ticket of it and the instant to judge the ticket at. */
    record Case(Policy policy, Metric metric, Ticket ticket, Instant now) {
        MetricResult result(Instant at) {
            return policy.evaluate(ticket, at).metrics().get(0);
        }

        @Override
        public String toString() {
            return metric + "\ntargets " + policy.targets() + "\ncalendars " + policy.calendars()
                    + "\nticket " + ticket + "\nnow " + now;
        }
    }

    /**
     * The severity the policy of {@link #policy} gives a ticket's values: the stated one, else
     * {@code level-1} for a high impact, else none.
     */
    static String severityOf(Map<String, String> attributes) {
        String stated = attributes.get(Ticket.SEVERITY);
        return stated != null ? stated : "high".equals(attributes.get("impact")) ? "level-1" : null;
    }

    /**
     * A policy of one metric whose severity levels have the targets, in order, on one calendar;
     * a ticket of high impact that states no severity is of the first level.
     */
    static Policy policy(Metric metric, WorkCalendar calendar, List<Duration> targets) {
        return policy(metric, List.of(calendar), targets);
    }

    /**
     * A policy as {@link #policy(Metric, WorkCalendar, List)} makes it, whose targets take
     * the calendars in turn: a change of severity may move a clock to another calendar.
     */
    static Policy policy(Metric metric, List<WorkCalendar> calendars, List<Duration> targets) {
        TreeSet<String> statuses = new TreeSet<>(List.of("open"));
        statuses.addAll(metric.pauseStatuses());
        statuses.addAll(metric.stopStatuses());
        statuses.addAll(metric.voidStatuses());
        PolicyBuilder b = Policy.builder("clock").party(Party.of("vendor", "Vendor", Party.Kind.VENDOR)).vendor("vendor")
                .plan(Plan.of(PLAN, "Plan"))
                .defaultAssignment(Assignment.of("vendor", Mode.FULL))
                .attribute("impact", "high", "low")
                .classify(new ClassificationRule(Condition.ALWAYS.and("impact", "high"), "level-1"))
                .statuses(statuses.toArray(new String[0]))
                .metric(metric);
        for (int k = 0; k < calendars.size(); k++) {
            b.calendar(calendarId(k), calendars.get(k));
        }
        for (int i = 0; i < targets.size(); i++) {
            String level = "level-" + (i + 1);
            b.severity(new SeverityLevel(level, "Level " + (i + 1), ""));
            b.target(Target.of(metric.id(), PLAN, level, targets.get(i), calendarId(i % calendars.size())));
        }
        return b.build();
    }

    private static String calendarId(int k) {
        return k == 0 ? CALENDAR : CALENDAR + "-" + (k + 1);
    }

    /**
     * Checks if a year of each of the policy's calendars has as much working time as the longest
     * target on it: a calendar open a few minutes a week takes the reference, which counts a
     * minute at a time, years to reach a target of hundreds of hours (and the engine past the
     * supported years).
     */
    static boolean reachesItsTargetsWithinAYear(Policy p) {
        return p.targets().stream().allMatch(t -> t.duration().compareTo(p.calendars().get(t.calendar())
                .between(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))) <= 0);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<Duration>> targets = SlaArbitraries.businessDurations().list().ofMinSize(2).ofMaxSize(4);
        Arbitrary<List<WorkCalendar>> calendars = SlaArbitraries.calendarsOnWholeMinutes().list().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(SlaArbitraries.metrics(), calendars, targets)
                .as((m, cs, ts) -> policy(m, cs, ts))
                .filter(ClockProperties::reachesItsTargetsWithinAYear)
                .flatMap(p -> Combinators.combine(SlaArbitraries.edgeTickets(p),
                        Arbitraries.longs().between(-7 * 86_400L, 3 * 86_400L))
                        .as((ticket, offset) -> {
                            Instant last = ticket.events().get(ticket.events().size() - 1).at();
                            Instant now = last.plusSeconds(offset);
                            return new Case(p, p.metrics().values().iterator().next(), ticket,
                                    now.isBefore(ticket.received()) ? ticket.received() : now);
                        }));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void agreesWithAMinuteByMinuteReference(@ForAll("cases") Case c) {
        MetricResult r = c.result(c.now());
        ReferenceClock.Reading ref = ReferenceClock.read(c.policy(), c.metric(), c.ticket(), c.now(), ClockProperties::severityOf);
        boolean retargeted = ref.start() != null && c.ticket().events().stream().anyMatch(e -> e.type() == EventType.CHANGE
                && e.at().isAfter(ref.start()) && !e.at().isAfter(c.now()));
        Statistics.label("state").collect(r.state());
        Statistics.label("retargeted").collect(retargeted);
        Statistics.label("restarted").collect(r.cycles().size() > 1);
        Statistics.label("retargeted").coverage(cover -> cover.check(true).percentage(p -> p >= 3));
        Statistics.label("restarted").coverage(cover -> cover.check(true).percentage(p -> p >= 3));
        assertThat(r.state()).as("state").isEqualTo(ref.state());
        assertThat(r.target()).as("target").isEqualTo(ref.target());
        assertThat(r.calendar()).as("calendar").isEqualTo(ref.calendar());
        assertThat(r.start()).as("start").isEqualTo(ref.start());
        assertThat(r.due()).as("due").isEqualTo(ref.due());
        assertThat(r.nextChange()).as("next change").isEqualTo(ref.nextChange());
        if (ref.state() != MetricState.NONE) {
            assertThat(r.elapsed()).as("elapsed").isEqualTo(ref.elapsed());
            assertThat(r.paused()).as("paused").isEqualTo(ref.paused());
            assertThat(r.remaining()).as("remaining").isEqualTo(ref.remaining());
            assertThat(r.cycles()).as("cycles").extracting(cy -> new ReferenceClock.Cycle(cy.start(), cy.stop(), cy.due(),
                    cy.state(), cy.elapsed(), cy.paused())).containsExactlyElementsOf(ref.cycles());
            assertThat(r.warnings()).as("warnings").extracting(w -> new ReferenceClock.Warning(w.at(), w.reached()))
                    .containsExactlyElementsOf(ref.warnings());
        } else {
            assertThat(r.cycles()).isEmpty();
            assertThat(r.nextChange()).isNull();
        }
    }

    /**
     * Judged after the last event, anywhere in [now, next change) the answer is the same; at the
     * next change it differs.
     */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void nothingChangesBeforeTheNextChange(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 1000) int permille) {
        List<Event> events = c.ticket().events();
        Instant last = events.get(events.size() - 1).at();
        Instant now = c.now().isBefore(last) ? last : c.now();
        MetricResult r = c.result(now);
        if (r.nextChange() == null) {
            // paused, stopped, breached or not started: the answer stays for days, except a paused due
            MetricResult later = c.result(now.plus(Duration.ofDays(3)));
            assertThat(later.state()).isEqualTo(r.state());
            assertThat(later.warnings()).extracting(MetricResult.Warning::reached)
                    .containsExactlyElementsOf(r.warnings().stream().map(MetricResult.Warning::reached).toList());
            return;
        }
        Duration span = Duration.between(now, r.nextChange());
        Instant between = now.plus(span.multipliedBy(permille).dividedBy(1000));
        if (!between.isBefore(r.nextChange())) {
            between = r.nextChange().minusNanos(1);
        }
        for (Instant at : List.of(between, r.nextChange().minusNanos(1))) {
            MetricResult same = c.result(at);
            assertThat(same.state()).isEqualTo(r.state());
            assertThat(same.due()).isEqualTo(r.due());
            assertThat(same.warnings()).isEqualTo(r.warnings());
            assertThat(same.nextChange()).isEqualTo(r.nextChange());
        }
        MetricResult after = c.result(r.nextChange());
        assertThat(after.state() != r.state() || !after.warnings().equals(r.warnings())).isTrue();
    }
}
