package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threeten.extra.Interval;

/**
 * Properties of the working-time arithmetic over generated calendars, instants and
 * durations, and a cross-check of every question against {@link ReferenceCalendar}.
 *
 * <p>{@code add} returns the earliest instant at which the working time is used up and
 * {@code subtract} the latest instant from which it is, so for amounts {@code a, b >= 0}
 * {@code add(add(t, a), b) == add(t, a + b)} holds for every {@code t}, open or not:
 * with {@code u = add(t, a)}, the working time in {@code [t, v)} is {@code a} plus that in
 * {@code [u, v)} for {@code v >= u}, and for {@code b > 0} the earliest {@code v} reaching
 * {@code a + b} lies after {@code u}; zero amounts return the instant unchanged. What does
 * <em>not</em> hold for every {@code t} is undoing: {@code subtract(add(t, d), d)} is
 * {@code nextOpen(t)}, which is {@code t} only when {@code t} is open, and
 * {@code add(subtract(t, d), d)} is the last close at or before {@code t}, which is
 * {@code t} only when the instant just before {@code t} is open.
 */
class CalendarProperties {

    private static final Duration NANO = Duration.ofNanos(1);

    /** A generated calendar with its reference, two instants and two amounts. */
    record Case(CalendarRecipe generated, ReferenceCalendar reference, Instant t, Instant t2, Duration a, Duration b) {

        WorkCalendar calendar() {
            return generated.calendar();
        }

        @Override
        public String toString() {
            return generated + "\n  t=" + t + " t2=" + t2 + " a=" + a + " b=" + b;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(CalendarProperties::randomCase);
    }

    static Case randomCase(Random r) {
        CalendarRecipe g = CalendarRecipe.random(r);
        ReferenceCalendar ref = new ReferenceCalendar(g.calendar());
        Duration cap = cap(g.calendar());
        Instant t = r.nextInt(4) == 0 ? nearTransition(r, g.calendar().zone()) : randomInstant(r, ref);
        Instant t2 = switch (r.nextInt(4)) {
            case 0 -> randomInstant(r, ref);
            case 1 -> t.minusSeconds(r.nextInt(5 * 86_400));
            default -> t.plusSeconds(r.nextInt(60 * 86_400));
        };
        if (r.nextInt(4) == 0) {
            t2 = boundaryNear(r, ref, t2);
        }
        return new Case(g, ref, t, t2, randomAmount(r, ref, t, cap), randomAmount(r, ref, t, cap));
    }

    /** At most a few thousand hours, and for sparse calendars about a year and a half of their weekly hours. */
    private static Duration cap(WorkCalendar calendar) {
        Duration yearAndHalf = calendar.weeklyHours().length().multipliedBy(78);
        return yearAndHalf.compareTo(Duration.ofHours(3000)) < 0 ? yearAndHalf : Duration.ofHours(3000);
    }

    private static Instant randomInstant(Random r, ReferenceCalendar ref) {
        long first = CalendarRecipe.FIRST_INSTANT.getEpochSecond();
        long span = CalendarRecipe.END_INSTANT.getEpochSecond() - first;
        Instant t = Instant.ofEpochSecond(first + (long) (r.nextDouble() * span));
        int k = r.nextInt(10);
        if (k < 4) {
            t = Instant.ofEpochSecond(t.getEpochSecond() / 900 * 900);
        } else if (k < 6) {
            t = boundaryNear(r, ref, t);
        }
        if (r.nextInt(5) == 0) {
            t = t.plusNanos(1 + r.nextInt(999_999_999));
        } else if (r.nextInt(10) == 0) {
            t = t.minusNanos(1);
        }
        return t;
    }

    /** An instant up to three days around a daylight saving change of the zone (or anywhere, if it has none). */
    private static Instant nearTransition(Random r, ZoneId zone) {
        long first = CalendarRecipe.FIRST_INSTANT.getEpochSecond();
        long span = CalendarRecipe.END_INSTANT.getEpochSecond() - first;
        Instant t = Instant.ofEpochSecond(first + (long) (r.nextDouble() * span));
        ZoneOffsetTransition next = zone.getRules().nextTransition(t);
        if (next == null || next.getInstant().isAfter(CalendarRecipe.END_INSTANT)) {
            return t;
        }
        long seconds = next.getInstant().getEpochSecond() + r.nextInt(6 * 86_400) - 3 * 86_400;
        return Instant.ofEpochSecond(r.nextBoolean() ? seconds / 900 * 900 : seconds);
    }

    /** The start or end of a period near {@code t}, or {@code t} if there is none. */
    private static Instant boundaryNear(Random r, ReferenceCalendar ref, Instant t) {
        List<Interval> periods = ref.openPeriods(t, t.plus(Duration.ofDays(4)));
        if (periods.isEmpty()) {
            return t;
        }
        Interval p = periods.get(r.nextInt(periods.size()));
        return r.nextBoolean() ? p.getStart() : p.getEnd();
    }

    private static Duration randomAmount(Random r, ReferenceCalendar ref, Instant t, Duration cap) {
        int k = r.nextInt(20);
        if (k < 2) {
            return Duration.ZERO;
        }
        if (k < 5) {
            // exactly the working time up to a period boundary, so that add lands on it
            Instant boundary = boundaryNear(r, ref, t.plus(Duration.ofHours(r.nextInt(24 * 20))));
            Duration d = ref.between(t, boundary);
            if (!d.isNegative() && !d.isZero()) {
                return d;
            }
        }
        long max = k < 11 ? Math.min(cap.getSeconds(), 24 * 3600) : cap.getSeconds();
        Duration d = Duration.ofSeconds(1 + (long) (r.nextDouble() * Math.max(1, max)));
        if (r.nextBoolean()) {
            d = Duration.ofSeconds(Math.max(900, d.getSeconds() / 900 * 900));
        }
        if (r.nextInt(5) == 0) {
            d = d.plusNanos(1 + r.nextInt(999_999_999));
        }
        return d;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // -----------------------------------------------------------------------
    @Property(tries = 300)
    void betweenMeasuresWhatAddAdded(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        assertThat(cal.between(c.t(), cal.add(c.t(), c.a()))).isEqualTo(c.a());
        assertThat(cal.between(cal.subtract(c.t(), c.a()), c.t())).isEqualTo(c.a());
    }

    @Property(tries = 300)
    void addAndSubtractAreMonotone(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        Instant early = min(c.t(), c.t2());
        Instant late = max(c.t(), c.t2());
        Duration small = c.a().compareTo(c.b()) <= 0 ? c.a() : c.b();
        Duration large = c.a().compareTo(c.b()) <= 0 ? c.b() : c.a();

        assertThat(cal.add(early, c.a())).isBeforeOrEqualTo(cal.add(late, c.a()));
        assertThat(cal.add(c.t(), small)).isBeforeOrEqualTo(cal.add(c.t(), large));
        assertThat(cal.subtract(early, c.a())).isBeforeOrEqualTo(cal.subtract(late, c.a()));
        assertThat(cal.subtract(c.t(), small)).isAfterOrEqualTo(cal.subtract(c.t(), large));
    }

    @Property(tries = 300)
    void addingInTwoStepsIsAddingTheSum(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        Instant t = c.t();
        assertThat(cal.add(cal.add(t, c.a()), c.b())).isEqualTo(cal.add(t, c.a().plus(c.b())));
        assertThat(cal.subtract(cal.subtract(t, c.a()), c.b())).isEqualTo(cal.subtract(t, c.a().plus(c.b())));
    }

    @Property(tries = 300)
    void positiveAmountsEndInsideAnOpenPeriodOrAtItsEnd(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        Duration d = c.a().isZero() ? Duration.ofMinutes(1) : c.a();
        Instant u = cal.add(c.t(), d);
        assertThat(u).isAfter(c.t());
        assertThat(cal.isOpen(u.minus(NANO))).as("open just before add(t, d) = %s", u).isTrue();

        Instant v = cal.subtract(c.t(), d);
        assertThat(v).isBefore(c.t());
        assertThat(cal.isOpen(v)).as("open at subtract(t, d) = %s", v).isTrue();
    }

    @Property(tries = 300)
    void addingZeroOrANegativeAmount(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        assertThat(cal.add(c.t(), Duration.ZERO)).isEqualTo(c.t());
        assertThat(cal.subtract(c.t(), Duration.ZERO)).isEqualTo(c.t());
        assertThat(cal.add(c.t(), c.a().negated())).isEqualTo(cal.subtract(c.t(), c.a()));
        assertThat(cal.subtract(c.t(), c.a().negated())).isEqualTo(cal.add(c.t(), c.a()));
        assertThat(cal.between(c.t2(), c.t())).isEqualTo(cal.between(c.t(), c.t2()).negated());
    }

    @Property(tries = 300)
    void subtractUndoesAddFromAnOpenInstant(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        Duration d = c.a().isZero() ? Duration.ofSeconds(1) : c.a();
        Instant back = cal.subtract(cal.add(c.t(), d), d);
        assertThat(back).isEqualTo(cal.nextOpen(c.t()));
        if (cal.isOpen(c.t())) {
            assertThat(back).isEqualTo(c.t());
        } else {
            assertThat(back).isAfter(c.t());
            assertThat(cal.between(c.t(), back)).isZero();
        }
    }

    @Property(tries = 300)
    void addUndoesSubtractWhenTheInstantBeforeIsOpen(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        Duration d = c.a().isZero() ? Duration.ofSeconds(1) : c.a();
        Instant forth = cal.add(cal.subtract(c.t(), d), d);
        if (cal.isOpen(c.t().minus(NANO))) {
            assertThat(forth).isEqualTo(c.t());
        } else {
            assertThat(forth).isBeforeOrEqualTo(c.t());
            assertThat(cal.between(forth, c.t())).isZero();
            assertThat(forth).isEqualTo(c.reference().previousClose(c.t()));
        }
    }

    @Property(tries = 300)
    void agreesWithTheReference(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        ReferenceCalendar ref = c.reference();
        Instant t = c.t();

        assertThat(cal.isOpen(t)).as("isOpen(%s)", t).isEqualTo(ref.isOpen(t));
        assertThat(cal.isOpen(c.t2())).as("isOpen(%s)", c.t2()).isEqualTo(ref.isOpen(c.t2()));
        assertThat(cal.add(t, c.a())).as("add(%s, %s)", t, c.a()).isEqualTo(ref.add(t, c.a()));
        assertThat(cal.subtract(t, c.b())).as("subtract(%s, %s)", t, c.b()).isEqualTo(ref.subtract(t, c.b()));
        assertThat(cal.between(t, c.t2())).as("between(%s, %s)", t, c.t2()).isEqualTo(ref.between(t, c.t2()));
        assertThat(cal.nextOpen(t)).as("nextOpen(%s)", t).isEqualTo(ref.nextOpen(t));

        Optional<Instant> close = ref.nextClose(t, 800);
        if (close.isPresent()) {
            assertThat(cal.nextClose(t)).as("nextClose(%s)", t).contains(close.get());
        } else {
            assertThat(cal.nextClose(t)).as("nextClose(%s)", t)
                    .satisfiesAnyOf(o -> assertThat(o).isEmpty(), o -> assertThat(o.get()).isAfter(t.plus(Duration.ofDays(500))));
        }

        Instant from = min(t, c.t2());
        Instant to = max(t, c.t2());
        assertThat(cal.openPeriods(from, to).collect(Collectors.toList())).as("openPeriods(%s, %s)", from, to)
                .isEqualTo(ref.openPeriods(from, to));
    }

    @Property(tries = 200)
    void periodBoundariesAgreeWithTheReference(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        Instant t = c.t();
        for (Interval p : c.reference().openPeriods(t, t.plus(Duration.ofDays(10)))) {
            Instant s = p.getStart();
            Instant e = p.getEnd();
            if (s.isAfter(t)) {
                assertThat(cal.isOpen(s)).as("open at the start %s", s).isTrue();
                assertThat(cal.isOpen(s.minus(NANO))).as("closed before the start %s", s).isFalse();
                assertThat(cal.nextOpen(s.minus(NANO))).isEqualTo(s);
                assertThat(cal.subtract(e, Duration.between(s, e))).isEqualTo(s);
            }
            if (e.isBefore(t.plus(Duration.ofDays(10)))) {
                assertThat(cal.isOpen(e.minus(NANO))).as("open before the end %s", e).isTrue();
                assertThat(cal.isOpen(e)).as("closed at the end %s", e).isFalse();
                assertThat(cal.nextClose(e.minus(NANO))).contains(e);
                assertThat(cal.add(s, Duration.between(s, e))).isEqualTo(e);
            }
        }
    }

    @Property(tries = 300)
    void openPeriodsAreSortedDisjointApartAndSumToBetween(@ForAll("cases") Case c) {
        WorkCalendar cal = c.calendar();
        Instant from = min(c.t(), c.t2());
        Instant to = max(c.t(), c.t2());
        List<Interval> periods = cal.openPeriods(from, to).collect(Collectors.toList());

        Duration sum = Duration.ZERO;
        Interval previous = null;
        for (Interval p : periods) {
            assertThat(p.getStart()).isBefore(p.getEnd()).isAfterOrEqualTo(from);
            assertThat(p.getEnd()).isBeforeOrEqualTo(to);
            if (previous != null) {
                assertThat(p.getStart()).as("apart from the previous period %s", previous).isAfter(previous.getEnd());
            }
            assertThat(cal.isOpen(p.getStart())).isTrue();
            sum = sum.plus(p.toDuration());
            previous = p;
        }
        assertThat(sum).isEqualTo(cal.between(from, to));
    }
}
