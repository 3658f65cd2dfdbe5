package dev.sla.testkit;

import dev.sla.calendar.TimeRange;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.Interval;

/**
 * A slow, obviously correct implementation of the working-time questions of a
 * {@link WorkCalendar}, to cross-check the fast, indexed one.
 *
 * <p>It asks the calendar only for the hours of each date ({@link WorkCalendar#hoursOn(LocalDate)}),
 * turns every range into a period of instants with its own wall-clock conversion, and
 * then walks the periods one by one: no tables, no prefix sums, no binary search over
 * periods. The wall-clock conversion follows the documented rule, implemented without
 * {@code ZoneRules.getValidOffsets} or {@code getTransition}: a time in a gap becomes the
 * first instant at which the wall clock reads that time or later (the transition), found
 * by bisection over instants; a time in an overlap takes its earlier occurrence as a
 * start and its later occurrence as an end.
 *
 * <p>Periods of one date lie between its wall-clock midnight and the midnight two days
 * later (a range is at most 24 hours long and starts within its day), so the periods
 * touching an instant come from its local date and the dates around it; windows below
 * keep a margin of two days on each side.
 *
 * <p>Not thread-safe (it caches the periods of dates).
 */
final class ReferenceCalendar {

    /** A period {@code [start, end)} of working time. */
    record Period(Instant start, Instant end) {
        Duration length() {
            return Duration.between(start, end);
        }
    }

    private static final int MAX_SPAN_DAYS = 40 * 366;

    private final WorkCalendar calendar;
    private final ZoneId zone;
    private final Map<LocalDate, List<Period>> byDate = new HashMap<>();

    ReferenceCalendar(WorkCalendar calendar) {
        this.calendar = calendar;
        this.zone = calendar.zone();
    }

    // -----------------------------------------------------------------------
    /**
     * The instant at which a wall-clock time of a date happens in a zone; the second of the
     * day may run past midnight into the next day.
     */
    static Instant wallClock(ZoneId zone, LocalDate date, long secondOfDay, boolean start) {
        LocalDateTime wall = date.atStartOfDay().plusSeconds(secondOfDay);
        ZonedDateTime z = ZonedDateTime.ofLocal(wall, zone, null);
        if (!z.toLocalDateTime().equals(wall)) {
            // A gap: java.time moved the wall time later by the length of the gap, so the clock
            // reads later than `wall` at z, and a day before it read earlier. Bisect for the
            // first second at which it reads `wall` or later.
            long hi = z.toEpochSecond();
            long lo = hi - 86_400;
            while (hi - lo > 1) {
                long mid = lo + (hi - lo) / 2;
                if (Instant.ofEpochSecond(mid).atZone(zone).toLocalDateTime().isBefore(wall)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return Instant.ofEpochSecond(hi);
        }
        return (start ? z.withEarlierOffsetAtOverlap() : z.withLaterOffsetAtOverlap()).toInstant();
    }

    /** The periods of the ranges of one date, in the order of the ranges, unmerged. */
    List<Period> periodsOf(LocalDate date) {
        return byDate.computeIfAbsent(date, d -> {
            List<Period> list = new ArrayList<>();
            for (TimeRange r : calendar.hoursOn(d).ranges()) {
                Instant s = wallClock(zone, d, r.startSecond(), true);
                Instant e = wallClock(zone, d, r.endSecond(), false);
                if (s.isBefore(e)) {
                    list.add(new Period(s, e));
                }
            }
            return list;
        });
    }

    /** The union of the periods of the dates {@code first..last}, sorted, disjoint and not touching. */
    List<Period> merged(LocalDate first, LocalDate last) {
        List<Period> all = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            all.addAll(periodsOf(d));
        }
        all.sort(Comparator.comparing(Period::start));
        List<Period> merged = new ArrayList<>();
        for (Period p : all) {
            int n = merged.size();
            if (n > 0 && !p.start().isAfter(merged.get(n - 1).end())) {
                Period q = merged.get(n - 1);
                merged.set(n - 1, new Period(q.start(), max(q.end(), p.end())));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    private LocalDate date(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** The earliest instant of a date's wall-clock midnight: every period of a later date starts at or after it. */
    private Instant midnight(LocalDate date) {
        return wallClock(zone, date, 0, true);
    }

    // -----------------------------------------------------------------------
    boolean isOpen(Instant t) {
        LocalDate d = date(t);
        for (Period p : merged(d.minusDays(2), d.plusDays(2))) {
            if (!t.isBefore(p.start()) && t.isBefore(p.end())) {
                return true;
            }
        }
        return false;
    }

    Duration between(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return between(b, a).negated();
        }
        Duration sum = Duration.ZERO;
        for (Period p : merged(date(a).minusDays(2), date(b).plusDays(2))) {
            Instant s = max(p.start(), a);
            Instant e = min(p.end(), b);
            if (s.isBefore(e)) {
                sum = sum.plus(Duration.between(s, e));
            }
        }
        return sum;
    }

    /** The earliest {@code u} with {@code between(t, u) == amount}. */
    Instant add(Instant t, Duration amount) {
        if (amount.isZero()) {
            return t;
        }
        if (amount.isNegative()) {
            return subtract(t, amount.negated());
        }
        LocalDate first = date(t).minusDays(2);
        for (int span = 32; span <= MAX_SPAN_DAYS; span *= 2) {
            LocalDate last = first.plusDays(span);
            // Periods of dates after `last` start at or after its midnight: before it the list is complete.
            Instant complete = midnight(last);
            Duration used = Duration.ZERO;
            for (Period p : merged(first, last)) {
                Instant s = max(p.start(), t);
                Instant e = min(p.end(), complete);
                if (!s.isBefore(e)) {
                    continue;
                }
                Duration left = amount.minus(used);
                Duration length = Duration.between(s, e);
                if (length.compareTo(left) >= 0) {
                    return s.plus(left);
                }
                used = used.plus(length);
            }
        }
        throw new IllegalStateException("reference: no working time after " + t);
    }

    /** The latest {@code u} with {@code between(u, t) == amount}. */
    Instant subtract(Instant t, Duration amount) {
        if (amount.isZero()) {
            return t;
        }
        if (amount.isNegative()) {
            return add(t, amount.negated());
        }
        LocalDate last = date(t).plusDays(2);
        for (int span = 32; span <= MAX_SPAN_DAYS; span *= 2) {
            LocalDate first = last.minusDays(span);
            // Periods of dates before `first` end by the wall-clock midnight after the next: from there on the list is complete.
            Instant complete = midnight(first.plusDays(2));
            Duration used = Duration.ZERO;
            List<Period> periods = merged(first, last);
            for (int i = periods.size() - 1; i >= 0; i--) {
                Period p = periods.get(i);
                Instant s = max(p.start(), complete);
                Instant e = min(p.end(), t);
                if (!s.isBefore(e)) {
                    continue;
                }
                Duration left = amount.minus(used);
                Duration length = Duration.between(s, e);
                if (length.compareTo(left) >= 0) {
                    return e.minus(left);
                }
                used = used.plus(length);
            }
        }
        throw new IllegalStateException("reference: no working time before " + t);
    }

    /** The instant itself if open, else the start of the next period. */
    Instant nextOpen(Instant t) {
        if (isOpen(t)) {
            return t;
        }
        LocalDate first = date(t).minusDays(2);
        for (int span = 32; span <= MAX_SPAN_DAYS; span *= 2) {
            LocalDate last = first.plusDays(span);
            Instant complete = midnight(last);
            for (Period p : merged(first, last)) {
                if (p.start().isAfter(t) && p.start().isBefore(complete)) {
                    return p.start();
                }
            }
        }
        throw new IllegalStateException("reference: no working time after " + t);
    }

    /**
     * The instant itself if closed, else the end of the period around it; empty if the
     * period lasts beyond {@code horizonDays} days.
     */
    Optional<Instant> nextClose(Instant t, int horizonDays) {
        if (!isOpen(t)) {
            return Optional.of(t);
        }
        LocalDate first = date(t).minusDays(2);
        for (int span = 8; span <= horizonDays; span *= 2) {
            LocalDate last = first.plusDays(span);
            Instant complete = midnight(last);
            for (Period p : merged(first, last)) {
                if (!t.isBefore(p.start()) && t.isBefore(p.end()) && p.end().isBefore(complete)) {
                    return Optional.of(p.end());
                }
            }
        }
        return Optional.empty();
    }

    /** The end of the last period that ends at or before {@code t}, for the closed instant before it. */
    Instant previousClose(Instant t) {
        LocalDate last = date(t).plusDays(2);
        for (int span = 32; span <= MAX_SPAN_DAYS; span *= 2) {
            LocalDate first = last.minusDays(span);
            Instant complete = midnight(first.plusDays(2));
            List<Period> periods = merged(first, last);
            for (int i = periods.size() - 1; i >= 0; i--) {
                Period p = periods.get(i);
                if (!p.end().isAfter(t) && p.end().isAfter(complete)) {
                    return p.end();
                }
            }
        }
        throw new IllegalStateException("reference: no working time before " + t);
    }

    /** The open periods clipped to {@code [from, to)}. */
    List<Interval> openPeriods(Instant from, Instant to) {
        List<Interval> list = new ArrayList<>();
        for (Period p : merged(date(from).minusDays(2), date(to).plusDays(2))) {
            Instant s = max(p.start(), from);
            Instant e = min(p.end(), to);
            if (s.isBefore(e)) {
                list.add(Interval.of(s, e));
            }
        }
        return list;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
