package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.TimeRange;
import dev.sla.calendar.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text forms of the value types are canonical: {@code parse(toString())} gives the value back. */
class ValueTypeProperties {

    /** Ranges on whole seconds, minutes or quarter hours, up to 24 hours long, overnight or not. */
    @Provide
    Arbitrary<TimeRange> ranges() {
        return Arbitraries.of(1, 60, 900).flatMap(unit -> Arbitraries.integers().between(0, 86_400 / unit - 1)
                .flatMap(start -> Arbitraries.integers().between(1, 86_400 / unit)
                        .map(length -> TimeRange.ofSeconds(start * unit, (start + length) * unit))));
    }

    @Provide
    Arbitrary<DayHours> days() {
        return Choices.of(20, r -> r.nextInt(8) == 7 ? DayHours.CLOSED
                : CalendarRecipe.randomDay(r, CalendarRecipe.unit(r), 1 + r.nextInt(4), r.nextInt(3) == 0));
    }

    @Provide
    Arbitrary<WeeklyHours> weeks() {
        return SlaArbitraries.weeklyHours();
    }

    @Property(tries = 500)
    void timeRangeTextRoundTrips(@ForAll("ranges") TimeRange r) {
        TimeRange back = TimeRange.parse(r.toString());
        assertThat(back).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
        assertThat(back.startSecond()).isEqualTo(r.startSecond());
        assertThat(back.endSecond()).isEqualTo(r.endSecond());
        assertThat(r.isOvernight()).isEqualTo(r.toString().endsWith("+1"));
        assertThat(r.length()).isEqualTo(Duration.ofSeconds(r.endSecond() - r.startSecond()));
    }

    @Property(tries = 300)
    void timeRangeOrderIsConsistentWithEquals(@ForAll("ranges") TimeRange a, @ForAll("ranges") TimeRange b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    }

    @Property(tries = 500)
    void dayHoursTextRoundTrips(@ForAll("days") DayHours h) {
        DayHours back = DayHours.parse(h.toString());
        assertThat(back).isEqualTo(h).hasSameHashCodeAs(h).hasToString(h.toString());
        assertThat(DayHours.of(h.ranges())).isEqualTo(h);
        Duration sum = h.ranges().stream().map(TimeRange::length).reduce(Duration.ZERO, Duration::plus);
        assertThat(h.length()).isEqualTo(sum);
    }

    @Property(tries = 300)
    void dayHoursAreEqualExactlyWhenTheirTextIs(@ForAll("days") DayHours a, @ForAll("days") DayHours b) {
        assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
        assertThat(a.equals(DayHours.parse(a.toString()))).isTrue();
    }

    @Property(tries = 500)
    void weeklyHoursTextRoundTrips(@ForAll("weeks") WeeklyHours w) {
        WeeklyHours back = WeeklyHours.parse(w.toString());
        assertThat(back).isEqualTo(w).hasSameHashCodeAs(w).hasToString(w.toString());
        Duration sum = Duration.ZERO;
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(back.on(d)).isEqualTo(w.on(d));
            sum = sum.plus(w.on(d).length());
        }
        assertThat(w.length()).isEqualTo(sum);
    }
}
