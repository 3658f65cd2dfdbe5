package dev.sla.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A calendar fills its year tables lazily, with benign races: many threads asking one
 * fresh calendar at once must get the answers one thread gets.
 */
class ThreadSafetyTest {

    private static final int THREADS = 8;
    private static final int QUERIES = 600;

    private record Query(Instant start, Duration amount) {
    }

    private static List<Query> queries(long seed) {
        Random r = new Random(seed);
        List<Query> list = new ArrayList<>();
        long first = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long span = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond() - first;
        for (int i = 0; i < QUERIES; i++) {
            Instant t = Instant.ofEpochSecond(first + (long) (r.nextDouble() * span), r.nextInt(1_000_000_000));
            Duration d = Duration.ofSeconds(r.nextInt(3000 * 3600)).multipliedBy(r.nextBoolean() ? 1 : -1);
            list.add(new Query(t, d));
        }
        return list;
    }

    /** The answers of one query: add, between, isOpen, nextOpen. */
    private static List<Object> answer(WorkCalendar cal, Query q) {
        Instant u = cal.add(q.start(), q.amount());
        return List.of(u, cal.between(q.start(), u), cal.isOpen(q.start()), cal.nextOpen(q.start()));
    }

    private static void manyThreadsAgreeWithOne(Supplier<WorkCalendar> fresh, long seed) throws Exception {
        List<Query> queries = queries(seed);
        WorkCalendar alone = fresh.get();
        List<List<Object>> expected = new ArrayList<>();
        for (Query q : queries) {
            expected.add(answer(alone, q));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 3; round++) {
                WorkCalendar shared = fresh.get();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<String>>> results = new ArrayList<>();
                for (int th = 0; th < THREADS; th++) {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < queries.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed * 31 + round * THREADS + th));
                    results.add(pool.submit(() -> {
                        go.await();
                        List<String> mismatches = new ArrayList<>();
                        for (int i : order) {
                            List<Object> got = answer(shared, queries.get(i));
                            if (!got.equals(expected.get(i))) {
                                mismatches.add(queries.get(i) + ": " + got + " instead of " + expected.get(i));
                            }
                        }
                        return mismatches;
                    }));
                }
                go.countDown();
                for (Future<List<String>> f : results) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void russianOfficeAnswersTheSameFromManyThreads() throws Exception {
        manyThreadsAgreeWithOne(() -> WorkCalendar.builder().zone("Europe/Moscow")
                .hours(MONDAY, FRIDAY, TimeRange.parse("09:00-13:00"), TimeRange.parse("14:00-18:00"))
                .holidays(HolidaySet.builtIn("ru")).build(), 1);
    }

    @Test
    void nightShiftsAcrossDaylightSavingAnswerTheSameFromManyThreads() throws Exception {
        manyThreadsAgreeWithOne(() -> WorkCalendar.of(java.time.ZoneId.of("Europe/Paris"),
                WeeklyHours.parse("Mon-Fri 22:00-06:00+1; Sat 10:00-14:00")), 2);
    }
}
