package dev.sla.calendar;

import dev.sla.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The holidays a law fixes by date, with its rules for the days around them, from which a
 * {@link HolidaySet} computes the years its dated data does not cover.
 *
 * <p>For a year, the rules give: every holiday on its date; when carry-over is on, a
 * holiday that falls on a weekend day (outside the excepted months) moves its day off to
 * the next day that is neither a weekend day nor already off; and, when a shortening is
 * given, the working day immediately before a holiday (the day before its date, when that
 * day is neither a weekend day nor off) is shorter by it. These are the rules of articles
 * 112 and 95 of the Labour Code of the Russian Federation, with January excepted from the
 * carry-over; other countries state theirs with other values.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class StatutoryRules implements YearRules {

    private final String source;
    private final Map<MonthDay, String> holidays;
    private final Set<DayOfWeek> weekend;
    private final boolean carryOver;
    private final Set<Month> carryOverExcept;
    private final Duration shortening;
    private final boolean provisional;

    private StatutoryRules(Builder b) {
        this.source = b.source;
        this.holidays = Collections.unmodifiableMap(new TreeMap<>(b.holidays));
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(b.weekend));
        this.carryOver = b.carryOver;
        this.carryOverExcept = Collections.unmodifiableSet(b.carryOverExcept.isEmpty()
                ? EnumSet.noneOf(Month.class) : EnumSet.copyOf(b.carryOverExcept));
        this.shortening = b.shortening;
        this.provisional = b.provisional;
    }

    /**
     * Creates a builder of statutory rules.
     *
     * @param source  the law that fixes them, such as {@code Labour Code, articles 95 and 112}, not null
     * @return a new builder, not null
     */
    public static Builder builder(String source) {
        return new Builder(Objects.requireNonNull(source, "source"));
    }

    /**
     * Gets the law that fixes the rules.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Gets the holidays by month and day, with their names.
     *
     * @return the holidays, sorted, not null
     */
    public Map<MonthDay, String> holidays() {
        return holidays;
    }

    /**
     * Gets the days of the week on which a holiday is carried over, Saturday and Sunday by default.
     *
     * @return the weekend days, not null
     */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /**
     * Checks if a holiday on a weekend day moves its day off to the next working day.
     *
     * @return true if holidays are carried over
     */
    public boolean carriesOver() {
        return carryOver;
    }

    /**
     * Gets the months whose holidays are not carried over, such as January in Russia.
     *
     * @return the months, not null
     */
    public Set<Month> carryOverExcept() {
        return carryOverExcept;
    }

    /**
     * Gets how much shorter the working day before a holiday is.
     *
     * @return the shortening, empty if days before holidays are not shortened
     */
    public java.util.Optional<Duration> shortening() {
        return java.util.Optional.ofNullable(shortening);
    }

    @Override
    public boolean isProvisional() {
        return provisional;
    }

    @Override
    public String description() {
        return "statutory rules of " + source;
    }

    @Override
    public List<DayRule> rulesOf(Year year) {
        int y = year.getValue();
        // The carry-overs of the previous year may reach into this one, and the holidays of the
        // next year decide whether 31 December is a pre-holiday day.
        Map<LocalDate, String> fixed = new TreeMap<>();
        for (int i = y - 1; i <= y + 1; i++) {
            for (Map.Entry<MonthDay, String> e : holidays.entrySet()) {
                if (e.getKey().isValidYear(i)) {
                    fixed.put(e.getKey().atYear(i), e.getValue());
                }
            }
        }
        Map<LocalDate, DayRule> off = new TreeMap<>();
        fixed.forEach((date, note) -> off.put(date, new DayRule(date, DayRule.Kind.HOLIDAY, note, null, null)));
        if (carryOver) {
            fixed.forEach((date, note) -> {
                if (weekend.contains(date.getDayOfWeek()) && !carryOverExcept.contains(date.getMonth())) {
                    LocalDate to = date.plusDays(1);
                    while (weekend.contains(to.getDayOfWeek()) || off.containsKey(to)) {
                        to = to.plusDays(1);
                    }
                    off.put(to, new DayRule(to, DayRule.Kind.DAY_OFF, "day off carried over from "
                            + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date
                            + " (" + note + ")", null, null));
                }
            });
        }
        List<DayRule> rules = new ArrayList<>();
        for (DayRule r : off.values()) {
            if (r.date().getYear() == y) {
                rules.add(r);
            }
        }
        if (shortening != null) {
            Set<LocalDate> shortened = new java.util.HashSet<>();
            fixed.forEach((date, note) -> {
                LocalDate before = date.minusDays(1);
                if (before.getYear() == y && !weekend.contains(before.getDayOfWeek()) && !off.containsKey(before)
                        && shortened.add(before)) {
                    rules.add(new DayRule(before, DayRule.Kind.SHORT_DAY, "pre-holiday day before " + note, null, shortening));
                }
            });
        }
        Collections.sort(rules);
        return List.copyOf(rules);
    }

    /**
     * Checks if these rules are the same as another's.
     *
     * @param obj  the object to check, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof StatutoryRules)) {
            return false;
        }
        StatutoryRules o = (StatutoryRules) obj;
        return source.equals(o.source) && holidays.equals(o.holidays) && weekend.equals(o.weekend)
                && carryOver == o.carryOver && carryOverExcept.equals(o.carryOverExcept)
                && Objects.equals(shortening, o.shortening) && provisional == o.provisional;
    }

    /**
     * A hash code for these rules.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(source, holidays, weekend, carryOver, carryOverExcept, shortening, provisional);
    }

    /**
     * Outputs the rules briefly, such as {@code statutory rules of Labour Code (9 holidays)}.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return description() + " (" + holidays.size() + " holidays)";
    }

    /**
     * A builder of {@link StatutoryRules}. {@link #build()} checks every entry at once; each
     * problem's path points into the JSON form of a holiday set's {@code statutory} member,
     * such as {@code /statutory/holidays/01-07}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String source;
        private final Map<MonthDay, String> holidays = new TreeMap<>();
        private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private boolean carryOver;
        private final Set<Month> carryOverExcept = EnumSet.noneOf(Month.class);
        private Duration shortening;
        private boolean provisional;
        private final List<Problem> problems = new ArrayList<>();

        private Builder(String source) {
            this.source = source;
        }

        /**
         * Adds a holiday on a month and day.
         *
         * @param day  the month and day, not null
         * @param note  the holiday's name, not null
         * @return this builder
         */
        public Builder holiday(MonthDay day, String note) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(note, "note");
            if (holidays.put(day, note) != null) {
                problems.add(new Problem("/statutory/holidays/" + day.toString().substring(2),
                        "statutory holiday " + day.toString().substring(2) + " is declared twice"));
            }
            return this;
        }

        /**
         * Adds a holiday on every day from one month and day to another of the same year.
         *
         * @param from  the first day, not null
         * @param toInclusive  the last day, not before {@code from}, not null
         * @param note  the holiday's name, not null
         * @return this builder
         */
        public Builder holidays(MonthDay from, MonthDay toInclusive, String note) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(toInclusive, "toInclusive");
            Objects.requireNonNull(note, "note");
            if (toInclusive.isBefore(from)) {
                problems.add(new Problem("/statutory/holidays/" + from.toString().substring(2) + ".."
                        + toInclusive.toString().substring(2), "statutory holiday range " + from.toString().substring(2)
                        + ".." + toInclusive.toString().substring(2) + " ends before it starts"));
                return this;
            }
            // a leap year holds every month and day of the range
            for (LocalDate d = from.atYear(2000); !d.isAfter(toInclusive.atYear(2000)); d = d.plusDays(1)) {
                holiday(MonthDay.from(d), note);
            }
            return this;
        }

        /**
         * Sets the days of the week on which a holiday is carried over; Saturday and Sunday by default.
         *
         * @param days  the weekend days, at least one and not all seven, not null
         * @return this builder
         */
        public Builder weekend(Set<DayOfWeek> days) {
            Objects.requireNonNull(days, "days");
            if (days.isEmpty() || days.size() == 7) {
                problems.add(new Problem("/statutory/weekend", "the weekend must have between one and six days"));
                return this;
            }
            this.weekend = EnumSet.copyOf(days);
            return this;
        }

        /**
         * Says that a holiday falling on a weekend day moves its day off to the next day that
         * is neither a weekend day nor already off, except in the given months.
         *
         * @param except  the months whose holidays are not carried over, not null
         * @return this builder
         */
        public Builder carryOver(Set<Month> except) {
            Objects.requireNonNull(except, "except");
            this.carryOver = true;
            this.carryOverExcept.clear();
            this.carryOverExcept.addAll(except);
            return this;
        }

        /**
         * Says that the working day immediately before a holiday is shorter.
         *
         * @param by  how much earlier it closes, a positive whole number of seconds, not null
         * @return this builder
         */
        public Builder shortBeforeHoliday(Duration by) {
            Objects.requireNonNull(by, "by");
            if (by.isNegative() || by.isZero() || by.getNano() != 0) {
                problems.add(new Problem("/statutory/shortBeforeHoliday",
                        "the shortening before a holiday must be a positive whole number of seconds, not " + by));
                return this;
            }
            this.shortening = by;
            return this;
        }

        /**
         * Says whether the years computed by the rules are provisional, because an authority
         * may still move days off for them.
         *
         * @param isProvisional  true if provisional
         * @return this builder
         */
        public Builder provisional(boolean isProvisional) {
            this.provisional = isProvisional;
            return this;
        }

        /** The problems of single entries so far, in order. */
        List<Problem> entryProblems() {
            return Collections.unmodifiableList(problems);
        }

        /** The problems of the entries so far and of the whole. */
        List<Problem> problems() {
            List<Problem> found = new ArrayList<>(problems);
            if (holidays.isEmpty()) {
                found.add(new Problem("/statutory/holidays", "statutory rules need at least one holiday"));
            }
            return found;
        }

        /**
         * Builds the rules.
         *
         * @return the rules, not null
         * @throws InvalidCalendarException listing every problem, if any
         */
        public StatutoryRules build() {
            List<Problem> found = problems();
            if (!found.isEmpty()) {
                throw new InvalidCalendarException("statutory rules of " + source, found);
            }
            return new StatutoryRules(this);
        }
    }
}
