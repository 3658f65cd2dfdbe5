package dev.sla.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayRule;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sets made and years computed from many threads at once are the same as from one. */
class ConcurrencyTest {

    @Test
    void manyThreadsGetTheSameSetsAndRules() throws Exception {
        List<String> codes = List.of("gb-sct", "us-ny", "it", "ch-zh", "au-nsw", "at");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<DayRule>>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<List<DayRule>> rules = new ArrayList<>();
                    for (String code : codes) {
                        for (int year = 1995; year <= 2035; year++) {
                            rules.add(CountryHolidays.of(code).rules(Year.of(year)));
                        }
                    }
                    return rules;
                }));
            }
            List<List<DayRule>> first = results.get(0).get();
            for (Future<List<List<DayRule>>> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
            assertThat(first).allMatch(rules -> !rules.isEmpty());
        } finally {
            pool.shutdownNow();
        }
    }
}
