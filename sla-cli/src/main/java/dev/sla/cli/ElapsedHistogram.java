package dev.sla.cli;

import java.time.Duration;

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

    /** The counts: the exact seconds below 2,048 first, then 1,024 buckets per power of two, made when needed. */
    private final long[][] segments = new long[64][];
    private long count;

    /** Adds a duration, counted in whole seconds. */
    void add(Duration d) {
        int i = index(Math.max(0, d.getSeconds()));
        segment(i)[offset(i)]++;
        count++;
    }

    /** Adds every duration of another histogram. */
    void addAll(ElapsedHistogram other) {
        for (int s = 0; s < segments.length; s++) {
            long[] theirs = other.segments[s];
            if (theirs != null) {
                long[] mine = segments[s] != null ? segments[s] : (segments[s] = new long[theirs.length]);
                for (int k = 0; k < theirs.length; k++) {
                    mine[k] += theirs[k];
                }
            }
        }
        count += other.count;
    }

    private long[] segment(int index) {
        int s = index < EXACT ? 0 : (index - EXACT) / SUB + 1;
        long[] seg = segments[s];
        if (seg == null) {
            seg = segments[s] = new long[s == 0 ? EXACT : SUB];
        }
        return seg;
    }

    private static int offset(int index) {
        return index < EXACT ? index : (index - EXACT) % SUB;
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
        long seen = 0;
        int last = 0;
        for (int s = 0; s < segments.length; s++) {
            long[] seg = segments[s];
            if (seg == null) {
                continue;
            }
            for (int k = 0; k < seg.length; k++) {
                if (seg[k] == 0) {
                    continue;
                }
                int index = s == 0 ? k : EXACT + (s - 1) * SUB + k;
                seen += seg[k];
                last = index;
                if (seen >= rank) {
                    return Duration.ofSeconds(lowest(index));
                }
            }
        }
        return Duration.ofSeconds(lowest(last));
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
