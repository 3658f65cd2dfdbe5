package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.core.Assignment;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.PolicyVersions;
import dev.sla.json.PolicyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Policies are shared between threads: many threads at once give the single-threaded answers. */
class ConcurrencyTest {

    static final int THREADS = 8;
    static final int TICKETS = 3000;

    static List<EngineProperties.Case> cases;
    static List<Answer> expected;
    static ExecutorService pool;

    /** Everything a decision says, explanation included. */
    record Answer(boolean accepted, Optional<String> reason, Optional<String> redirect, Assignment assignment,
            Optional<String> severity, List<MetricResult> metrics, List<String> explanation) {
        static Answer of(Decision d) {
            return new Answer(d.accepted(), d.reason(), d.redirect(), d.assignment(), d.severity(), d.metrics(),
                    d.explanation());
        }
    }

    @BeforeAll
    static void computeSingleThreaded() {
        cases = new EngineProperties().cases().sampleStream().limit(TICKETS).collect(Collectors.toList());
        expected = new ArrayList<>();
        for (EngineProperties.Case c : cases) {
            expected.add(Answer.of(c.decide()));
        }
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs every case on every thread, each thread starting at a different offset, all released at once. */
    static void runConcurrently(Function<EngineProperties.Case, Policy> policyOf) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t * TICKETS / THREADS;
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                List<String> mismatches = new ArrayList<>();
                for (int k = 0; k < TICKETS; k++) {
                    int i = (offset + k) % TICKETS;
                    EngineProperties.Case c = cases.get(i);
                    Answer a = Answer.of(policyOf.apply(c).evaluate(c.ticket(), c.now()));
                    if (!a.equals(expected.get(i))) {
                        mismatches.add(c + "\n  expected " + expected.get(i) + "\n  but was  " + a);
                    }
                }
                return mismatches;
            }));
        }
        for (Future<List<String>> f : futures) {
            assertThat(f.get(2, TimeUnit.MINUTES)).isEmpty();
        }
    }

    @Test
    void freshPoliciesSharedByEightThreads() throws Exception {
        // newly built policies: their calendars build their year tables while the threads race for them
        Map<String, Policy> fresh = new java.util.HashMap<>();
        PolicyJson.bundledNames().forEach(id -> fresh.put(id, PolicyJson.bundled(id)));
        fresh.put("mixed", EngineProperties.mixed());
        runConcurrently(c -> fresh.get(c.policy().id()));
    }

    @Test
    void warmPoliciesSharedByEightThreads() throws Exception {
        runConcurrently(EngineProperties.Case::policy);
    }

    @Test
    void versionsSharedByEightThreads() throws Exception {
        Map<String, PolicyVersions> versions = new java.util.HashMap<>();
        PolicyJson.bundledNames().forEach(id -> versions.put(id, PolicyVersions.of(PolicyJson.bundled(id))));
        versions.put("mixed", PolicyVersions.of(EngineProperties.mixed()));
        runConcurrently(c -> versions.get(c.policy().id()).inForceAt(c.ticket().received()));
    }
}
