package dev.sla.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The arithmetic of a calendar on its year tables: whether it is open, the next opening
 * and closing, adding and subtracting working time and measuring it. Each answer is a
 * binary search in one or two year tables plus a walk over whole years, and allocates
 * nothing but its result.
 */
final class WorkTimeArithmetic {

    private static final int YEARS = YearTables.YEARS;
    private static final int MIN_YEAR = WorkCalendar.MIN_YEAR;
    private static final int MAX_YEAR = WorkCalendar.MAX_YEAR;
    private static final int EMPTY_YEARS = WorkCalendar.EMPTY_YEARS;

    private final String name;
    private final YearTables tables;
    /** The arrays of {@link #tables}, held here too: one load fewer on every answer. */
    private final long[] yearStarts;
    private final YearTable[] built;

    WorkTimeArithmetic(String name, YearTables tables) {
        this.name = name;
        this.tables = tables;
        this.yearStarts = tables.yearStarts;
        this.built = tables.built;
    }

    /** The index of the year holding an epoch second; see {@link YearTables#indexOf(long)}. */
    private int indexOf(long sec) {
        return YearTables.indexOf(yearStarts, sec, name);
    }

    /** The table of a year; see {@link YearTables#table(int)}. */
    private YearTable table(int idx) {
        YearTable t = built[idx];
        return t != null && t.uncovered == null ? t : tables.table(idx);
    }

    boolean isOpen(Instant instant) {
        long sec = instant.getEpochSecond();
        YearTable table = table(indexOf(sec));
        int i = table.firstEndingAfter(sec);
        return i < table.size() && table.starts[i] <= sec;
    }

    Instant nextOpen(Instant instant) {
        long sec = instant.getEpochSecond();
        int idx = indexOf(sec);
        YearTable table = table(idx);
        int i = table.firstEndingAfter(sec);
        if (i < table.size()) {
            return table.starts[i] <= sec ? instant : Instant.ofEpochSecond(table.starts[i]);
        }
        int empty = 0;
        while (true) {
            idx = nextIndex(idx, instant);
            table = table(idx);
            if (table.size() > 0) {
                return Instant.ofEpochSecond(table.starts[0]);
            }
            empty = checkEmpty(empty, instant, "after");
        }
    }

    Optional<Instant> nextClose(Instant instant) {
        long sec = instant.getEpochSecond();
        int idx = indexOf(sec);
        YearTable table = table(idx);
        int i = table.firstEndingAfter(sec);
        if (i == table.size() || table.starts[i] > sec) {
            return Optional.of(instant);
        }
        long end = table.ends[i];
        while (end == table.hi && idx + 1 < YEARS) {
            idx++;
            table = table(idx);
            if (table.size() == 0 || table.starts[0] != end) {
                return Optional.of(Instant.ofEpochSecond(end));
            }
            end = table.ends[0];
        }
        return end == tables.yearStart(YEARS) ? Optional.empty() : Optional.of(Instant.ofEpochSecond(end));
    }

    Instant add(Instant start, Duration amount) {
        if (amount.isZero()) {
            return start;
        }
        if (amount.isNegative()) {
            return subtract(start, amount.negated());
        }
        long sec = start.getEpochSecond();
        int idx = indexOf(sec);
        YearTable table = table(idx);
        long position = table.position(sec, start.getNano());
        long nanos = nanos(amount);
        if (nanos > Long.MAX_VALUE - position) {
            throw tooLong(amount);
        }
        long target = position + nanos;
        int empty = 0;
        while (target > table.totalNanos) {
            target -= table.totalNanos;
            idx = nextIndex(idx, start);
            table = table(idx);
            empty = table.size() == 0 ? checkEmpty(empty, start, "after") : 0;
        }
        int j = table.firstReaching(target);
        long nano = target - table.before[j] * YearTable.NANOS;
        if (idx == YEARS - 1) {
            checkBeforeEnd(start, table.starts[j] + nano / YearTable.NANOS, table.hi);
        }
        return Instant.ofEpochSecond(table.starts[j], nano);
    }

    Instant subtract(Instant end, Duration amount) {
        if (amount.isZero()) {
            return end;
        }
        if (amount.isNegative()) {
            return add(end, amount.negated());
        }
        long sec = end.getEpochSecond();
        int idx = indexOf(sec);
        long position = tables.positionInYear(idx, sec, end.getNano());
        long target = position - nanos(amount);
        YearTable table = target >= 0 ? table(idx) : null;
        int empty = 0;
        while (target < 0) {
            idx = previousIndex(idx, end);
            table = table(idx);
            target += table.totalNanos;
            empty = table.size() == 0 ? checkEmpty(empty, end, "before") : 0;
        }
        int j = table.lastStartingBy(target);
        return Instant.ofEpochSecond(table.starts[j], target - table.before[j] * YearTable.NANOS);
    }

    Duration between(Instant start, Instant end) {
        int cmp = start.compareTo(end);
        if (cmp == 0) {
            return Duration.ZERO;
        }
        if (cmp > 0) {
            return between(end, start).negated();
        }
        long s = start.getEpochSecond();
        long e = end.getEpochSecond();
        int is = indexOf(s);
        int ie = indexOf(e);
        YearTable first = table(is);
        if (is == ie) {
            return Duration.ofNanos(first.position(e, end.getNano()) - first.position(s, start.getNano()));
        }
        long seconds = 0;
        for (int i = is + 1; i < ie; i++) {
            seconds += table(i).total;
        }
        long nanos = first.totalNanos - first.position(s, start.getNano()) + tables.positionInYear(ie, e, end.getNano());
        return Duration.ofSeconds(seconds).plusNanos(nanos);
    }

    private static long nanos(Duration amount) {
        try {
            return amount.toNanos();
        } catch (ArithmeticException ex) {
            throw new DateTimeException("Working time " + amount + " is too long to count", ex);
        }
    }

    private static DateTimeException tooLong(Duration amount) {
        return new DateTimeException("Working time " + amount + " is too long to count");
    }

    /** Refuses an answer at the end of the last supported year, which no query accepts. */
    private void checkBeforeEnd(Instant start, long answer, long end) {
        if (answer >= end) {
            throw new DateTimeException("Counting from " + start + " in calendar '" + name
                    + "' reaches the end of the last supported year " + MAX_YEAR);
        }
    }

    /**
     * The index of the year after {@code idx}. Past the last supported year: no working
     * time after {@code from} is {@link NoWorkingTimeException}, too little a {@link DateTimeException}.
     */
    private int nextIndex(int idx, Instant from) {
        if (idx + 1 >= YEARS) {
            long sec = from.getEpochSecond();
            int first = indexOf(sec);
            boolean found = table(first).position(sec, from.getNano()) < table(first).totalNanos;
            for (int i = first + 1; !found && i < YEARS; i++) {
                found = table(i).total > 0;
            }
            if (!found) {
                throw new NoWorkingTimeException("Calendar '" + name + "' has no working time after " + from
                        + " before the end of the last supported year " + MAX_YEAR + "; check its weekly hours and holidays");
            }
            throw new DateTimeException("Counting from " + from + " in calendar '" + name
                    + "' goes past the last supported year " + MAX_YEAR);
        }
        return idx + 1;
    }

    /**
     * The index of the year before {@code idx}. Before the first supported year: no working
     * time before {@code from} is {@link NoWorkingTimeException}, too little a {@link DateTimeException}.
     */
    private int previousIndex(int idx, Instant from) {
        if (idx == 0) {
            long sec = from.getEpochSecond();
            int last = indexOf(sec);
            boolean found = tables.positionInYear(last, sec, from.getNano()) > 0;
            for (int i = last - 1; !found && i >= 0; i--) {
                found = table(i).total > 0;
            }
            if (!found) {
                throw new NoWorkingTimeException("Calendar '" + name + "' has no working time before " + from
                        + " after the start of the first supported year " + MIN_YEAR + "; check its weekly hours and holidays");
            }
            throw new DateTimeException("Counting back from " + from + " in calendar '" + name
                    + "' goes before the first supported year " + MIN_YEAR);
        }
        return idx - 1;
    }

    private int checkEmpty(int empty, Instant from, String direction) {
        if (empty + 1 >= EMPTY_YEARS) {
            throw noWorkingTime(from, direction);
        }
        return empty + 1;
    }

    private NoWorkingTimeException noWorkingTime(Instant from, String direction) {
        return new NoWorkingTimeException("Calendar '" + name + "' has no working time in the " + EMPTY_YEARS
                + " years " + direction + " " + from + "; check its weekly hours and holidays");
    }

}
