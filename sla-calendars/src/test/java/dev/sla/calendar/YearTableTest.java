package dev.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YearTableTest {

    private static final long LO = 1_735_678_800L;          // 2025-01-01T00:00+03:00
    private static final long HI = LO + 365 * 86_400L;

    /** A year of periods from seconds long to days long, dense on some days and absent on others. */
    private static YearTable randomTable(Random r) {
        List<Long> starts = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        long t = LO + r.nextInt(3) * r.nextInt(100_000);
        while (true) {
            long length = switch (r.nextInt(4)) {
                case 0 -> 1 + r.nextInt(60);
                case 1 -> 60 + r.nextInt(3_600);
                case 2 -> 3_600 + r.nextInt(86_400);
                default -> 86_400 + r.nextInt(4 * 86_400);
            };
            long end = Math.min(HI, t + length);
            starts.add(t);
            ends.add(end);
            long gap = r.nextInt(3) == 0 ? 1 + r.nextInt(600) : 1 + r.nextInt(200_000);
            t = end + gap;
            if (t >= HI) {
                break;
            }
        }
        return new YearTable(LO, HI, starts.stream().mapToLong(Long::longValue).toArray(),
                ends.stream().mapToLong(Long::longValue).toArray(), null);
    }

    private static int naiveFirstEndingAfter(YearTable table, long sec) {
        int i = 0;
        while (i < table.size() && table.ends[i] <= sec) {
            i++;
        }
        return i;
    }

    private static int naiveFirstReaching(YearTable table, long target) {
        int i = 0;
        while (i < table.size() && table.upTo[i] * YearTable.NANOS < target) {
            i++;
        }
        return i;
    }

    @Test
    void indexedSearchesAgreeWithAScanOfThePeriods() {
        Random r = new Random(7);
        for (int run = 0; run < 40; run++) {
            YearTable table = randomTable(r);
            for (int k = 0; k < 2_000; k++) {
                long sec = LO - 86_400 + (long) (r.nextDouble() * (HI - LO + 2 * 86_400));
                if (k % 5 == 0) {
                    int i = r.nextInt(table.size());
                    sec = (r.nextBoolean() ? table.starts[i] : table.ends[i]) + r.nextInt(3) - 1;
                }
                assertThat(table.firstEndingAfter(sec)).as("first ending after %s", sec)
                        .isEqualTo(naiveFirstEndingAfter(table, sec));
                long target = 1 + (long) (r.nextDouble() * (table.totalNanos + 2 * YearTable.NANOS));
                if (k % 5 == 1) {
                    target = table.upTo[r.nextInt(table.size())] * YearTable.NANOS + r.nextInt(3) - 1;
                }
                assertThat(table.firstReaching(target)).as("first reaching %s", target)
                        .isEqualTo(naiveFirstReaching(table, target));
            }
        }
    }

    @Test
    void anEmptyYearFindsNoPeriod() {
        YearTable table = new YearTable(LO, HI, new long[0], new long[0], null);
        assertThat(table.firstEndingAfter(LO)).isZero();
        assertThat(table.firstEndingAfter(HI - 1)).isZero();
        assertThat(table.firstReaching(1)).isZero();
        assertThat(table.position(LO + 100, 0)).isZero();
    }
}
