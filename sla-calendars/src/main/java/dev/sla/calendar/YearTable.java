package dev.sla.calendar;

/**
 * The open periods of one local year of a calendar, as epoch seconds, with prefix sums
 * of working seconds so that positions are found by binary search.
 *
 * <p>Period {@code i} is {@code [starts[i], ends[i])}; {@code before[i]} is the working
 * time of the year before it and {@code upTo[i]} the working time up to its end. Periods
 * are sorted, disjoint and not adjacent, and lie inside the year, which ends at {@code hi}.
 *
 * <p>Two small indexes narrow each binary search to a few periods: for each whole day of
 * seconds since the year's start, the first period ending after it; and for each slice of
 * working time (the year's working time over its number of periods), the first period
 * reaching it.
 */
final class YearTable {

    static final long NANOS = 1_000_000_000L;
    private static final long DAY = 86_400L;

    /** The first instant of the year, as an epoch second. */
    final long lo;
    /** The first instant of the next year, as an epoch second. */
    final long hi;
    final long[] starts;
    final long[] ends;
    final long[] before;
    final long[] upTo;
    /** Working seconds in the year. */
    final long total;
    /** Working nanoseconds in the year. */
    final long totalNanos;
    /** Non-null if a strict calendar must not use this year: the message to throw. */
    final String uncovered;
    /** For each {@code b}, the index of the first period ending after {@code lo + b * DAY}. */
    private final int[] byDay;
    /** The working seconds of one slice of {@link #byWork}, at least one. */
    private final long slice;
    /** The working nanoseconds of one slice. */
    private final long sliceNanos;
    /** For each {@code k}, the index of the first period whose end position reaches {@code k * slice}. */
    private final int[] byWork;

    YearTable(long lo, long hi, long[] starts, long[] ends, String uncovered) {
        this.lo = lo;
        this.hi = hi;
        this.starts = starts;
        this.ends = ends;
        this.uncovered = uncovered;
        int n = starts.length;
        this.before = new long[n];
        this.upTo = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            before[i] = sum;
            sum += ends[i] - starts[i];
            upTo[i] = sum;
        }
        this.total = sum;
        this.totalNanos = sum * NANOS;
        this.byDay = new int[(int) ((hi - lo) / DAY) + 2];
        for (int b = 0, i = 0; b < byDay.length; b++) {
            long t = lo + b * DAY;
            while (i < n && ends[i] <= t) {
                i++;
            }
            byDay[b] = i;
        }
        this.slice = Math.max(1, n == 0 ? 1 : sum / n);
        this.sliceNanos = slice * NANOS;
        this.byWork = new int[(int) (sum / slice) + 2];
        for (int k = 0, j = 0; k < byWork.length; k++) {
            long t = k * slice;
            while (j < n && upTo[j] < t) {
                j++;
            }
            byWork[k] = j;
        }
    }

    int size() {
        return starts.length;
    }

    /** The index of the first period that ends after {@code sec}, or {@code size()} if none. */
    int firstEndingAfter(long sec) {
        long[] e = ends;
        int low;
        int high;
        if (sec < lo) {
            return 0;
        } else if (sec >= hi) {
            return e.length;
        } else {
            int b = (int) ((sec - lo) / DAY);
            low = byDay[b];
            high = byDay[b + 1];
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (e[mid] > sec) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The working nanoseconds of the year before the instant {@code sec + nano}. */
    long position(long sec, int nano) {
        int i = firstEndingAfter(sec);
        if (i == starts.length) {
            return totalNanos;
        }
        long s = starts[i];
        if (sec < s) {
            return before[i] * NANOS;
        }
        return (before[i] + sec - s) * NANOS + nano;
    }

    /** The index of the first period whose end position is at or after {@code target} nanoseconds. */
    int firstReaching(long target) {
        long[] u = upTo;
        int low = 0;
        int high = u.length;
        if (target >= 0) {
            long k = target / sliceNanos;
            if (k + 1 < byWork.length) {
                low = byWork[(int) k];
                high = byWork[(int) k + 1];
            }
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (u[mid] * NANOS >= target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The index of the last period whose start position is at or before {@code target} nanoseconds. */
    int lastStartingBy(long target) {
        long[] b = before;
        int low = 0;
        int high = b.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (b[mid] * NANOS <= target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
