package dev.sla.calendar;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.threeten.extra.Interval;

/**
 * Iterates the open periods of a calendar inside a range, in order, clipped to the range;
 * periods that touch across the end of a year are joined.
 */
final class OpenPeriodIterator implements Iterator<Interval> {

    private final YearTables tables;
    private final Instant from;
    private final Instant to;
    private final long toSec;
    private int idx;
    private int i;
    private Interval next;

    OpenPeriodIterator(YearTables tables, Instant from, Instant to) {
        this.tables = tables;
        this.from = from;
        this.to = to;
        this.toSec = to.getEpochSecond();
        long sec = from.getEpochSecond();
        this.idx = tables.indexOf(sec);
        this.i = tables.table(idx).firstEndingAfter(sec);
        advance();
    }

    /** Moves to the next raw period; returns {start, end} or null when past the range. */
    private long[] raw() {
        while (true) {
            YearTable table = tables.table(idx);
            if (i < table.size()) {
                if (table.starts[i] > toSec) {
                    return null;
                }
                long[] p = {table.starts[i], table.ends[i]};
                i++;
                return p;
            }
            if (idx + 1 >= YearTables.YEARS || !isBeforeTo(table.hi)) {
                return null;
            }
            idx++;
            i = 0;
        }
    }

    /** Checks if an epoch second lies before the (exclusive) end of the range. */
    private boolean isBeforeTo(long sec) {
        return sec < toSec || (sec == toSec && to.getNano() > 0);
    }

    private void advance() {
        next = null;
        long[] p = raw();
        while (p != null) {
            long start = p[0];
            long end = p[1];
            YearTable table = tables.table(idx);
            while (end == table.hi && idx + 1 < YearTables.YEARS && isBeforeTo(end)) {
                YearTable following = tables.table(idx + 1);
                if (following.size() == 0 || following.starts[0] != end) {
                    break;
                }
                idx++;
                i = 1;
                table = following;
                end = table.ends[0];
            }
            Instant s = Instant.ofEpochSecond(start);
            Instant e = Instant.ofEpochSecond(end);
            if (s.isBefore(from)) {
                s = from;
            }
            if (e.isAfter(to)) {
                e = to;
            }
            if (s.isBefore(e)) {
                next = Interval.of(s, e);
                return;
            }
            if (!s.isBefore(to)) {
                return;
            }
            p = raw();
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Interval next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Interval result = next;
        advance();
        return result;
    }
}
