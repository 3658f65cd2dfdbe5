package dev.sla.cli;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts durations in buckets, to answer percentiles in memory that does not grow with the
 * number of durations: exact to the second below 2,048 seconds, and above that in buckets
 * one 1,024th of their value wide, so a percentile is at most 0.1 % below the exact one.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class ElapsedHistogram {

    private static final int EXACT = 2048;
    private static final int SUB = 1024;

    private final Map<Integer, long[]> buckets = new HashMap<>();
    private long count;

    /** Adds a duration, counted in whole seconds. */
    void add(Duration d) {
        long s = Math.max(0, d.getSeconds());
        buckets.computeIfAbsent(index(s), k -> new long[1])[0]++;
        count++;
    }

    /** Adds every duration of another histogram. */
    void addAll(ElapsedHistogram other) {
        other.buckets.forEach((k, v) -> buckets.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        count += other.count;
    }

    long count() {
        return count;
    }

    /**
     * Returns the nearest-rank percentile: the smallest duration that at least {@code p} of
     * the durations do not exceed (to the precision of the buckets); null when there is none.
     */
    Duration percentile(double p) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        int[] keys = buckets.keySet().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(keys);
        long seen = 0;
        for (int k : keys) {
            seen += buckets.get(k)[0];
            if (seen >= rank) {
                return Duration.ofSeconds(lowest(k));
            }
        }
        return Duration.ofSeconds(lowest(keys[keys.length - 1]));
    }

    /** The bucket of a number of seconds. */
    static int index(long seconds) {
        if (seconds < EXACT) {
            return (int) seconds;
        }
        int shift = 63 - Long.numberOfLeadingZeros(seconds) - 10;
        return EXACT + (shift - 1) * SUB + (int) ((seconds >> shift) - SUB);
    }

    /** The fewest seconds of a bucket. */
    static long lowest(int index) {
        if (index < EXACT) {
            return index;
        }
        int shift = (index - EXACT) / SUB + 1;
        return ((long) ((index - EXACT) % SUB) + SUB) << shift;
    }
}
