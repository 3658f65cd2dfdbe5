package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.core.Assignment;
import dev.sla.core.Mode;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import dev.sla.core.TicketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The policy's indexes of cells, default cells and targets answer as a plain scan of what
 * the policy states answers, following plan inheritance: a cell or target stated on the plan,
 * else on its nearest ancestor that states one; the most specific target (service and
 * severity, then service, then severity, then neither), the first stated on ties; a plan's
 * default assignment, else its nearest ancestor's, else the policy's; and the vendor's cells
 * in full taking the nearest default mode. The scan reads only the public accessors of what
 * is stated.
 */
class IndexReferenceProperties {

    @Provide
    Arbitrary<Policy> policies() {
        return SlaArbitraries.policies();
    }

    @Property(tries = 400)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void cellsAndTargetsAreFoundAsAPlainScanFindsThem(@ForAll("policies") Policy policy) {
        Statistics.label("inherited cell").collect(policy.plans().values().stream().anyMatch(p -> p.parent() != null
                && policy.coverage().values().stream().anyMatch(row -> !row.containsKey(p.id()))));
        Statistics.label("plan default").collect(!policy.planDefaultAssignments().isEmpty()
                || !policy.planDefaultModes().isEmpty());
        Statistics.label("service and severity target").collect(policy.targets().stream()
                .anyMatch(t -> t.service() != null && t.severity() != null));

        List<String> services = new ArrayList<>(policy.services().keySet());
        services.add(null);
        List<String> levels = new ArrayList<>(policy.severities().stream().map(SeverityLevel::id).toList());
        levels.add(null);
        for (String plan : policy.plans().keySet()) {
            List<String> line = line(policy, plan);
            assertThat(policy.defaultMode(plan)).as("default mode of %s", plan).isEqualTo(nearest(policy.planDefaultModes(), line));
            assertThat(policy.defaultAssignment(plan)).as("default cell of %s", plan).isEqualTo(cell(policy, line, null));
            for (String service : services) {
                Assignment expected = cell(policy, line, service);
                if (expected == null) {
                    assertThatThrownBy(() -> policy.who(plan, service)).isInstanceOf(TicketException.class);
                } else {
                    assertThat(policy.who(plan, service)).as("cell of %s on %s", service, plan).isEqualTo(expected);
                }
                for (String metric : policy.metrics().keySet()) {
                    for (String level : levels) {
                        assertThat(policy.target(metric, plan, level, service))
                                .as("target of %s for %s, %s on %s", metric, service, level, plan)
                                .isEqualTo(scan(policy.targets(), metric, line, level, service));
                    }
                }
            }
        }

        Statistics.label("inherited cell").coverage(c -> c.check(true).percentage(pc -> pc > 5));
        Statistics.label("plan default").coverage(c -> c.check(true).percentage(pc -> pc > 5));
        Statistics.label("service and severity target").coverage(c -> c.check(true).percentage(pc -> pc > 5));
    }

    /** The plan and its ancestors, nearest first. */
    static List<String> line(Policy policy, String plan) {
        List<String> line = new ArrayList<>();
        for (Plan p = policy.plans().get(plan); p != null; p = p.parent() == null ? null : policy.plans().get(p.parent())) {
            line.add(p.id());
        }
        return line;
    }

    /** What the nearest plan of the line states, if any. */
    static <T> Optional<T> nearest(Map<String, T> stated, List<String> line) {
        return line.stream().filter(stated::containsKey).map(stated::get).findFirst();
    }

    /**
     * The cell of a service (null: the default cell) on the plan whose line is given, in the
     * nearest default mode if the vendor performs it in full; null if no plan of the line states one.
     */
    static Assignment cell(Policy policy, List<String> line, String service) {
        Assignment cell;
        if (service == null) {
            cell = nearest(policy.planDefaultAssignments(), line).orElse(policy.defaultAssignment());
        } else {
            cell = nearest(policy.coverage().getOrDefault(service, Map.of()), line).orElse(null);
        }
        Optional<Mode> mode = nearest(policy.planDefaultModes(), line);
        if (cell != null && mode.isPresent() && cell.mode().equals(Mode.FULL) && cell.performedBy(policy.vendor())) {
            return cell.withMode(mode.get());
        }
        return cell;
    }

    /** The most specific target of a metric along the line: service over severity, the first stated on ties. */
    static Optional<Target> scan(List<Target> targets, String metric, List<String> line, String level, String service) {
        for (String plan : line) {
            Target best = null;
            int bestScore = -1;
            for (Target t : targets) {
                boolean matches = t.metric().equals(metric) && t.plan().equals(plan)
                        && (t.severity() == null || t.severity().equals(level))
                        && (t.service() == null || t.service().equals(service));
                int score = (t.service() != null ? 2 : 0) + (t.severity() != null ? 1 : 0);
                if (matches && score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }
}
