package dev.sla.bench;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.EventType;
import dev.sla.core.IntakeRule;
import dev.sla.core.Metric;
import dev.sla.core.Mode;
import dev.sla.core.ModeRule;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.Service;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
 * Building and validating a policy of {@code cells} coverage cells (services x plans) with
 * targets in proportion, through {@link Policy#builder(String)}.
 *
 * <p>The policy has {@code round(sqrt(cells / 16))} plans and {@code cells / plans}
 * services. Plans come in groups of five: the first of a group states a cell for every
 * service and a target for each of two metrics and three severity levels; the four others
 * inherit it, state a cell for every other service and a target for the first metric only.
 * Every eighth cell also has a target of its own (service and severity), so there are about
 * {@code cells / 8} targets. Three classification rules, two mode rules and two intake
 * rules complete it. Cells are stated service by service, as a policy file states them
 * (each service's coverage). The elements are made once per trial; each operation adds
 * them to a new builder and builds, so it measures collecting, indexing and validating.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PolicyBuildBenchmark {

    private static final String[] LEVELS = {"high", "medium", "low"};
    private static final String[] METRICS = {"first-response", "resolution"};

    /** The number of coverage cells, services x plans. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int cells;

    private final WorkCalendar calendar = WorkCalendar.always(ZoneOffset.UTC);
    private List<Plan> plans;
    private List<Service> services;
    /** The cells to state: service id, plan id and cell at each position, in flat arrays. */
    private String[] cellServices;
    private String[] cellPlans;
    private Assignment[] cellAssignments;
    private List<Target> targets;

    /** Makes the elements of the policy, and checks that they build. */
    @Setup(Level.Trial)
    public void setUp() {
        int planCount = (int) Math.max(1, Math.round(Math.sqrt(cells / 16.0)));
        int serviceCount = cells / planCount;
        plans = new ArrayList<>();
        services = new ArrayList<>();
        List<String[]> covered = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        targets = new ArrayList<>();
        for (int s = 0; s < serviceCount; s++) {
            services.add(Service.of("service-" + s, "Service " + s));
        }
        Assignment vendor = Assignment.of("vendor", Mode.FULL);
        Assignment partner = Assignment.of("partner", Mode.CONSULTATIVE);
        Assignment notProvided = Assignment.nobody(Mode.NOT_PROVIDED);
        for (int p = 0; p < planCount; p++) {
            String plan = "plan-" + p;
            boolean root = p % 5 == 0;
            Plan declared = Plan.of(plan, "Plan " + p);
            plans.add(root ? declared : declared.inheriting("plan-" + (p - p % 5)));
            for (String metric : root ? METRICS : new String[] {METRICS[0]}) {
                for (int l = 0; l < LEVELS.length; l++) {
                    targets.add(Target.of(metric, plan, LEVELS[l], Duration.ofHours(1L + l + p % 7), "hours"));
                }
            }
        }
        long n = 0;
        for (int s = 0; s < serviceCount; s++) {
            for (int p = 0; p < planCount; p++) {
                String plan = plans.get(p).id();
                if (p % 5 == 0 || s % 2 == 0) {
                    covered.add(new String[] {services.get(s).id(), plan});
                    assignments.add(s % 11 == 0 ? notProvided : s % 3 == 0 ? partner : vendor);
                }
                if (n++ % 8 == 0) {
                    targets.add(Target.of(METRICS[s % 2], plan, LEVELS[s % 3], Duration.ofMinutes(30 + s % 90), "hours")
                            .forService(services.get(s).id()));
                }
            }
        }
        cellServices = covered.stream().map(c -> c[0]).toArray(String[]::new);
        cellPlans = covered.stream().map(c -> c[1]).toArray(String[]::new);
        cellAssignments = assignments.toArray(new Assignment[0]);
        Policy policy = build();
        if (policy.plans().size() * policy.services().size() < cells * 0.99) {
            throw new IllegalStateException("unexpected benchmark setup: " + policy.plans().size() + " plans x "
                    + policy.services().size() + " services");
        }
    }

    /**
     * Builds the policy from its elements.
     *
     * @return the policy
     */
    @Benchmark
    public Policy build() {
        PolicyBuilder b = Policy.builder("bench").vendor("vendor")
                .party(Party.of("vendor", "Vendor support", Party.Kind.VENDOR))
                .party(Party.of("partner", "Partner", Party.Kind.CUSTOMER))
                .calendar("hours", calendar)
                .attribute("impact", "all", "several", "single")
                .metric(Metric.of(METRICS[0], "First response", EventType.AGENT_RESPONSE))
                .metric(Metric.of(METRICS[1], "Resolution", EventType.RESOLVED));
        String[] impacts = {"all", "several", "single"};
        for (int l = 0; l < LEVELS.length; l++) {
            b.severity(SeverityLevel.of(LEVELS[l], LEVELS[l]));
            b.classify(new ClassificationRule(Condition.when("impact", impacts[l]), LEVELS[l]));
        }
        b.mode(new ModeRule(Condition.when("cause", "third-party-software"), Mode.CONSULTATIVE, "consultation only"));
        b.mode(new ModeRule(Condition.when("cause", "logs-only"), Mode.LOG_ANALYSIS, "from the logs"));
        b.intake(new IntakeRule(Condition.when("requester", "end-user"), "ask your partner", "partner"));
        b.intake(new IntakeRule(Condition.when("channel", "phone"), "write instead", null));
        plans.forEach(b::plan);
        services.forEach(b::service);
        for (int i = 0; i < cellAssignments.length; i++) {
            b.cover(cellServices[i], cellPlans[i], cellAssignments[i]);
        }
        targets.forEach(b::target);
        return b.build();
    }
}
