package dev.sla.bench;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.Mode;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.Service;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import dev.sla.core.Threshold;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluating a ticket with three metrics (first response, next response, resolution) and
 * {@code events} events (12, or 1,000 to show the cost stays linear), on a policy built
 * once: a Mon–Fri 09:00–18:00 Europe/Moscow calendar with the Russian holidays, severity
 * classified from the ticket's impact, statuses that pause, stop and void the clocks, two
 * warning thresholds per metric (75 % of the target, one hour before the due instant with an
 * escalation), and with {@code changes} a severity change in one ticket of four. Every
 * evaluation computes the cycles, the warnings and the next change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {

    private static final int TICKETS = 256;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Threshold[] WARNINGS = {Threshold.ofShare(75),
        Threshold.before(Duration.ofHours(1)).escalatingTo("second-line")};

    /** The number of events per ticket, the received event included. */
    @Param({"12", "1000"})
    public int events;

    /** Whether one ticket of four changes its severity during its life. */
    @Param({"false", "true"})
    public boolean changes;

    private Policy policy;
    private Ticket[] tickets;
    private Instant[] nows;
    private int next;

    /** Builds the policy and a fixed set of tickets, and checks one answer. */
    @Setup(Level.Trial)
    public void setUp() {
        WorkCalendar hours = WorkCalendar.builder().name("business-hours").zone(MOSCOW)
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-18:00")).holidays(HolidaySet.builtIn("ru")).build();
        PolicyBuilder b = Policy.builder("bench").vendor("vendor")
                .party(Party.of("vendor", "Vendor support", Party.Kind.VENDOR))
                .party(Party.of("customer", "Customer", Party.Kind.CUSTOMER))
                .plan(Plan.of("standard", "Standard"))
                .service(Service.of("incident", "Incident"))
                .cover("incident", "standard", Assignment.of("vendor", Mode.FULL))
                .calendar("business-hours", hours)
                .attribute("impact", "all", "several", "single")
                .party(Party.of("second-line", "Second line", Party.Kind.THIRD_PARTY))
                .statuses("open", "in-progress", "waiting-for-customer", "resolved", "cancelled")
                .metric(Metric.of("first-response", "First response", EventType.AGENT_RESPONSE)
                        .pausedIn("waiting-for-customer").stoppedIn("resolved").voidedIn("cancelled").warnedAt(WARNINGS))
                .metric(new Metric("next-response", "Next response", Set.of(EventType.CUSTOMER_MESSAGE),
                        Set.of(EventType.CUSTOMER_MESSAGE), Set.of(EventType.AGENT_RESPONSE),
                        Set.of("waiting-for-customer"), Set.of("resolved"), Set.of(), Set.of("cancelled"),
                        List.of(WARNINGS)))
                .metric(Metric.of("resolution", "Resolution", EventType.RESOLVED)
                        .pausedIn("waiting-for-customer").stoppedIn("resolved").voidedIn("cancelled").warnedAt(WARNINGS));
        String[] levels = {"high", "medium", "low"};
        String[] impacts = {"all", "several", "single"};
        for (int i = 0; i < 3; i++) {
            b.severity(SeverityLevel.of(levels[i], levels[i]));
            b.classify(new ClassificationRule(Condition.when("impact", impacts[i]), levels[i]));
            b.target(Target.of("first-response", "standard", levels[i], Duration.ofHours(1L << i), "business-hours"));
            b.target(Target.of("next-response", "standard", levels[i], Duration.ofHours(2L << i), "business-hours"));
            b.target(Target.of("resolution", "standard", levels[i], Duration.ofHours(8L << i), "business-hours"));
        }
        policy = b.build();

        Random random = new Random(42);
        tickets = new Ticket[TICKETS];
        nows = new Instant[TICKETS];
        for (int i = 0; i < TICKETS; i++) {
            Instant t = ZonedDateTime.of(2025, 1, 9, 9, 0, 0, 0, MOSCOW).toInstant()
                    .plus(Duration.ofMinutes(random.nextInt(700 * 24 * 60)));
            Ticket.Builder tb = Ticket.builder("standard").service("incident")
                    .attribute("impact", impacts[random.nextInt(3)]).received(t);
            String[] statuses = {"in-progress", "waiting-for-customer", "in-progress"};
            EventType[] types = {EventType.AGENT_RESPONSE, EventType.CUSTOMER_MESSAGE};
            boolean changing = changes && i % 4 == 0;
            for (int e = 0; e < events - 1; e++) {
                t = t.plus(Duration.ofMinutes(5 + random.nextInt(600)));
                if (changing && e == 4) {
                    tb.event(Event.change(t, "severity", levels[random.nextInt(3)]));
                } else if (e % 3 == 0) {
                    tb.status(t, statuses[random.nextInt(statuses.length)]);
                } else {
                    tb.event(t, types[random.nextInt(types.length)]);
                }
            }
            tickets[i] = tb.build();
            nows[i] = t.plus(Duration.ofHours(random.nextInt(48)));
        }
        Decision d = policy.evaluate(tickets[0], nows[0]);
        if (d.metrics().size() != 3 || tickets[0].events().size() != events || tickets[0].hasChanges() != changes) {
            throw new IllegalStateException("unexpected benchmark setup: " + d);
        }
    }

    /**
     * Evaluates the next ticket of the fixed set.
     *
     * @return the decision
     */
    @Benchmark
    public Decision evaluate() {
        int i = next;
        next = (i + 1) & (TICKETS - 1);
        return policy.evaluate(tickets[i], nows[i]);
    }
}
