package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The coverage and target indexes agree with a plain scan of what is stated, following plan inheritance. */
class IndexProperties {

    static final String[] LEVELS = {"a", "b"};
    static final String[] SERVICES = {"s1", "s2", "s3"};

    /** A generated policy's terms: each plan's parent (or -1), the stated cells and the targets. */
    record Terms(int[] parents, List<int[]> cells, List<Target> targets) {
    }

    @Provide
    Arbitrary<Terms> terms() {
        Arbitrary<int[]> parents = Arbitraries.integers().between(1, 6).flatMap(n -> Arbitraries.integers()
                .between(-1, n - 1).array(int[].class).ofSize(n).map(a -> {
                    for (int i = 0; i < a.length; i++) {
                        a[i] = a[i] >= i ? -1 : a[i];
                    }
                    return a;
                }));
        return parents.flatMap(ps -> {
            Arbitrary<List<int[]>> cells = Combinators.combine(Arbitraries.integers().between(0, SERVICES.length - 1),
                    Arbitraries.integers().between(0, ps.length - 1), Arbitraries.integers().between(0, 2))
                    .as((s, p, m) -> new int[] {s, p, m}).list().ofMaxSize(12);
            Arbitrary<Target> target = Combinators.combine(Arbitraries.integers().between(0, ps.length - 1),
                    Arbitraries.of("a", "b", "-"), Arbitraries.of("s1", "s2", "s3", "-"),
                    Arbitraries.integers().between(1, 50))
                    .as((p, l, s, h) -> {
                        Target t = Target.of("m", "p" + p, l.equals("-") ? null : l, Duration.ofHours(h), "hours");
                        return s.equals("-") ? t : t.forService(s);
                    });
            return Combinators.combine(cells, target.list().ofMaxSize(15)).as((c, t) -> new Terms(ps, c, t));
        });
    }

    static List<String> lineage(int[] parents, int plan) {
        List<String> line = new ArrayList<>();
        for (int p = plan; p >= 0; p = parents[p]) {
            line.add("p" + p);
        }
        return line;
    }

    @Property(tries = 300)
    void cellsAndTargetsAreFoundAsAPlainScanFindsThem(@ForAll("terms") Terms terms) {
        Mode[] modes = {Mode.FULL, Mode.CONSULTATIVE, Mode.NOT_PROVIDED};
        PolicyBuilder b = Policy.builder("index").vendor("us").party(Party.of("us", "Us", Party.Kind.VENDOR))
                .calendar("hours", PolicyValidationTest.ALWAYS)
                .metric(Metric.of("m", "M", EventType.AGENT_RESPONSE));
        for (String l : LEVELS) {
            b.severity(SeverityLevel.of(l, l));
        }
        for (String s : SERVICES) {
            b.service(Service.of(s, s));
        }
        Map<List<String>, Assignment> stated = new LinkedHashMap<>();
        Set<List<String>> keys = new LinkedHashSet<>();
        List<Target> targets = new ArrayList<>();
        for (int p = 0; p < terms.parents().length; p++) {
            Plan plan = Plan.of("p" + p, "P" + p);
            b.plan(terms.parents()[p] < 0 ? plan : plan.inheriting("p" + terms.parents()[p]));
            if (terms.parents()[p] < 0) {
                // roots state every cell and a general target, so the policy is complete
                for (String s : SERVICES) {
                    stated.put(List.of(s, "p" + p), Assignment.of("us", Mode.FULL));
                }
                targets.add(Target.of("m", "p" + p, null, Duration.ofHours(100), "hours"));
                keys.add(List.of("p" + p, "null", "null"));
            }
        }
        for (int[] c : terms.cells()) {
            stated.put(List.of(SERVICES[c[0]], "p" + c[1]), c[2] == 2 ? Assignment.nobody(modes[2])
                    : Assignment.of("us", modes[c[2]]));
        }
        for (Target t : terms.targets()) {
            if (keys.add(List.of(t.plan(), String.valueOf(t.severity()), String.valueOf(t.service())))) {
                targets.add(t);
            }
        }
        stated.forEach((k, a) -> b.cover(k.get(0), k.get(1), a));
        targets.forEach(b::target);
        Policy policy = b.build();

        for (int p = 0; p < terms.parents().length; p++) {
            List<String> line = lineage(terms.parents(), p);
            for (String s : SERVICES) {
                Assignment expected = line.stream().map(q -> stated.get(List.of(s, q))).filter(a -> a != null)
                        .findFirst().orElseThrow();
                assertThat(policy.who("p" + p, s)).as("cell of %s on p%d", s, p).isEqualTo(expected);
                for (String l : new String[] {"a", "b", null}) {
                    assertThat(policy.target("m", "p" + p, l, s)).as("target of %s, %s on p%d", s, l, p)
                            .isEqualTo(scan(targets, line, l, s));
                }
            }
            assertThat(policy.target("m", "p" + p, "a", null)).isEqualTo(scan(targets, line, "a", null));
        }
    }

    /** The most specific target along the line: service over severity, the first stated on ties. */
    static Optional<Target> scan(List<Target> targets, List<String> line, String level, String service) {
        for (String p : line) {
            Target best = null;
            int bestScore = -1;
            for (Target t : targets) {
                boolean matches = t.plan().equals(p) && (t.severity() == null || t.severity().equals(level))
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
