package dev.sla.calendar;

import dev.sla.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * A named set of day rules shared by calendars: holidays, transferred days off, weekend
 * days that work and shortened days, for the dates of the years it covers, plus
 * holidays that recur every year.
 *
 * <p>A set with dated rules covers the years it declares (else those of its dated rules);
 * a calendar warns past them only if the set declares its years (else its dates are one-off
 * ones, which no other year lacks). A set with only recurring holidays covers all years.
 *
 * <p>Sets come from three places: {@link #builtIn(String)} (such as {@code ru}, the
 * Russian production calendar), {@link #builder(String)}, and {@link #parse(CharSequence)}
 * of the text format described there.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HolidaySet {

    /** The name of the set holding a calendar's own rules. */
    static final String OWN = "own";

    private final String name;
    private final String title;
    private final List<String> sources;
    private final Map<Integer, String> yearSources;
    private final Set<Integer> provisional;
    private final LocalDateRange coverage;
    private final Map<LocalDate, DayRule> nonWorking;
    private final Map<LocalDate, DayRule> working;
    private final Map<LocalDate, DayRule> shortDays;
    private final Map<MonthDay, String> recurring;
    /** The years the set's rules compute, or null if it has no such rules. */
    private final ComputedYears computed;

    private HolidaySet(Builder b, LocalDateRange coverage) {
        this.name = b.name;
        this.title = b.title == null ? b.name : b.title;
        this.sources = List.copyOf(b.sources);
        this.yearSources = Collections.unmodifiableMap(new TreeMap<>(b.yearSources));
        this.provisional = Collections.unmodifiableSet(new TreeSet<>(b.provisional));
        this.coverage = coverage;
        Map<LocalDate, DayRule> nw = new HashMap<>();
        Map<LocalDate, DayRule> w = new HashMap<>();
        Map<LocalDate, DayRule> sd = new HashMap<>();
        for (Builder.Entry e : b.rules) {
            DayRule r = e.rule();
            (r.isNonWorking() ? nw : r.kind() == DayRule.Kind.WORKING_DAY ? w : sd).put(r.date(), r);
        }
        this.nonWorking = nw;
        this.working = w;
        this.shortDays = sd;
        this.recurring = Collections.unmodifiableMap(new TreeMap<>(b.recurring));
        this.computed = b.yearRules == null ? null : new ComputedYears(b.yearRules);
    }

    /**
     * Obtains a built-in holiday set by name.
     *
     * <p>The library's own set is {@code ru}, the production calendar of the Russian
     * Federation (non-working holidays, days off transferred by the yearly government
     * decrees, working weekend days and pre-holiday shortened days), with the decree of
     * each year named in its data, and the Labour Code's statutory rules for the years
     * without a decree. Every {@link HolidaySetProvider} on the class path or module path
     * adds its sets, such as the country sets of the module {@code sla-holidays}.
     *
     * @param name  the name of the set, not null
     * @return the set, not null
     * @throws IllegalArgumentException if there is no built-in set of that name; the
     *     message lists the known names
     */
    public static HolidaySet builtIn(String name) {
        Objects.requireNonNull(name, "name");
        return BuiltInSets.get(name);
    }

    /**
     * Gets the names of the built-in holiday sets: the library's own and those of every
     * {@link HolidaySetProvider} found.
     *
     * @return the names, sorted, not null
     */
    public static Set<String> builtInNames() {
        return BuiltInSets.names();
    }

    /**
     * Obtains a holiday set from its text form.
     *
     * <p>The text has one entry per line; blank lines and lines starting with {@code #}
     * are ignored:
     * <pre>
     * set ru
     * name Russian Federation production calendar
     * source Labour Code of the Russian Federation, articles 95 and 112
     * year 2025 source Government decree of 04.10.2024 No. 1335
     * year 2026 provisional source draft decree
     * holiday 2025-01-01..2025-01-06 New Year holidays
     * dayoff 2025-05-02 day off transferred from Saturday 2025-01-04
     * working 2025-11-01 MONDAY working Saturday
     * short 2025-03-07 PT1H pre-holiday day
     * recurring 12-25 Christmas Day
     * statutory source Labour Code, articles 95 and 112
     * statutory provisional
     * statutory carryover except 01
     * statutory short PT1H
     * statutory holiday 01-01..01-06 New Year holidays
     * </pre>
     * {@code set} names the set and must come first. Each {@code year} line declares a
     * covered year with its source, optionally {@code provisional}; dated entries must
     * lie in declared years. The text after the fixed fields is the entry's note. The
     * {@code statutory} lines state the {@link StatutoryRules} of the years without dated
     * data, starting with their source ({@code statutory weekend SATURDAY SUNDAY} is the
     * default). {@link #format()} writes this form.
     *
     * <p>Every problem, whether in the syntax of a line or found by the checks of
     * {@link Builder#build()} (a date declared twice, a date outside the declared years),
     * names its line: {@code holiday set:12: ...}; its path is empty.
     *
     * @param text  the text, not null
     * @return the set, not null
     * @throws InvalidCalendarException listing every problem with its line number
     */
    public static HolidaySet parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return HolidaySetFormat.parse(text, "holiday set");
    }

    /**
     * Outputs the set in the text form that {@link #parse(CharSequence)} reads, one dated
     * rule a line, in a canonical order: {@code parse(s.format()).equals(s)}.
     *
     * @return the text, not null
     * @throws InvalidCalendarException if a name, title, source or note cannot be written on
     *     one line: it is blank, has a line break or starts or ends with a blank (the set's
     *     name must be one word); a set read by {@code parse} never has one
     */
    public String format() {
        return HolidaySetFormat.format(this);
    }

    /**
     * Creates a builder of a holiday set.
     *
     * @param name  the name of the set, used in messages, not null
     * @return a new builder, not null
     */
    public static Builder builder(String name) {
        return new Builder(name, false);
    }

    /**
     * Creates a builder of the rules a calendar declares itself, as a set named {@code own}
     * whose problems name no set.
     *
     * @return a new builder
     */
    static Builder ownRulesBuilder() {
        return new Builder(OWN, true);
    }

    /**
     * Gets the name of the set, such as {@code ru}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the title of the set, such as {@code Russian Federation production calendar}.
     *
     * @return the title; the name if none was given, not null
     */
    public String title() {
        return title;
    }

    /**
     * Gets the sources that apply to every year, such as the law defining the holidays.
     *
     * @return the sources, not null
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * Gets the source of a year's data, such as the decree that transferred its days off.
     *
     * @param year  the year, not null
     * @return the source, empty if none was declared
     */
    public Optional<String> source(Year year) {
        return Optional.ofNullable(yearSources.get(year.getValue()));
    }

    /**
     * Checks if a year's data is provisional, not yet final.
     *
     * @param year  the year, not null
     * @return true if provisional
     */
    public boolean isProvisional(Year year) {
        return provisional.contains(year.getValue())
                || computed != null && computed.rules().isProvisional() && computes(year.atDay(1));
    }

    /**
     * Gets the rules that compute the years outside the set's dated data, such as the
     * holidays the law fixes.
     *
     * @return the rules, empty if outside its dated data the set has only its recurring holidays
     */
    public Optional<YearRules> yearRules() {
        return computed == null ? Optional.empty() : Optional.of(computed.rules());
    }

    /** Checks if the rules of a date are computed by the set's year rules rather than dated. */
    private boolean computes(LocalDate date) {
        return computed != null && (coverage == null || !coverage.contains(date));
    }

    /**
     * Gets the dates whose rules the set knows from dated data; outside them its year rules,
     * if any, and its recurring holidays apply.
     *
     * @return the covered dates, empty if the set has no dated data and so covers every year
     *     by its year rules or recurring holidays
     */
    public Optional<LocalDateRange> coverage() {
        return Optional.ofNullable(coverage);
    }

    /**
     * Gets the holidays that recur every year, with their notes.
     *
     * @return the recurring holidays, sorted, not null
     */
    public Map<MonthDay, String> recurringHolidays() {
        return recurring;
    }

    /**
     * Gets every dated rule of a year, including recurring holidays on their dates, in date order.
     *
     * @param year  the year, not null
     * @return the rules, not null
     */
    public List<DayRule> rules(Year year) {
        List<DayRule> list = new ArrayList<>();
        boolean computes = computes(year.atDay(1));
        if (computes) {
            list.addAll(computed.of(year.getValue()).rules());
        } else {
            for (Map<LocalDate, DayRule> map : List.of(nonWorking, working, shortDays)) {
                for (DayRule r : map.values()) {
                    if (r.date().getYear() == year.getValue()) {
                        list.add(r);
                    }
                }
            }
        }
        Map<LocalDate, DayRule> dated = computes ? computed.of(year.getValue()).nonWorking() : nonWorking;
        recurring.forEach((md, note) -> {
            if (md.isValidYear(year.getValue()) && !dated.containsKey(md.atYear(year.getValue()))) {
                list.add(new DayRule(md.atYear(year.getValue()), DayRule.Kind.HOLIDAY, note, null, null));
            }
        });
        Collections.sort(list);
        return list;
    }

    /**
     * Gets the dates of one kind in a year, in order.
     *
     * @param kind  the kind of rule, not null
     * @param year  the year, not null
     * @return the dates, not null
     */
    public List<LocalDate> dates(DayRule.Kind kind, Year year) {
        List<LocalDate> list = new ArrayList<>();
        for (DayRule r : rules(year)) {
            if (r.kind() == kind) {
                list.add(r.date());
            }
        }
        return list;
    }

    /** The holiday or day off on a date, or null. */
    DayRule nonWorking(LocalDate date) {
        DayRule r = computes(date) ? computed.of(date.getYear()).nonWorking().get(date) : nonWorking.get(date);
        if (r == null && !recurring.isEmpty()) {
            String note = recurring.get(MonthDay.from(date));
            if (note != null) {
                r = new DayRule(date, DayRule.Kind.HOLIDAY, note, null, null);
            }
        }
        return r;
    }

    /** Checks if a date is a holiday or day off, building nothing. */
    boolean isNonWorking(LocalDate date) {
        return (computes(date) ? computed.of(date.getYear()).nonWorking() : nonWorking).containsKey(date)
                || !recurring.isEmpty() && recurring.containsKey(MonthDay.from(date));
    }

    /** The working-day rule of a date, or null. */
    DayRule working(LocalDate date) {
        return (computes(date) ? computed.of(date.getYear()).working() : working).get(date);
    }

    /** The short-day rule of a date, or null. */
    DayRule shortDay(LocalDate date) {
        return (computes(date) ? computed.of(date.getYear()).shortDays() : shortDays).get(date);
    }

    /** Every working-day rule, for validation across sets. */
    Map<LocalDate, DayRule> workingRules() {
        return working;
    }

    /**
     * Checks if this set has the same name, title, sources, coverage and rules as another.
     *
     * @param obj  the object to check, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof HolidaySet)) {
            return false;
        }
        HolidaySet o = (HolidaySet) obj;
        return name.equals(o.name) && title.equals(o.title) && sources.equals(o.sources)
                && yearSources.equals(o.yearSources) && provisional.equals(o.provisional)
                && Objects.equals(coverage, o.coverage) && nonWorking.equals(o.nonWorking)
                && working.equals(o.working) && shortDays.equals(o.shortDays) && recurring.equals(o.recurring)
                && Objects.equals(yearRules().orElse(null), o.yearRules().orElse(null));
    }

    /**
     * A hash code for this set.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, yearSources, nonWorking.keySet(), recurring);
    }

    /**
     * Gets the years declared with their sources.
     *
     * @return year to source, sorted, not null
     */
    public Map<Integer, String> yearSources() {
        return yearSources;
    }

    /**
     * Gets every dated rule, in date order.
     *
     * @return the rules, not null
     */
    public List<DayRule> rules() {
        List<DayRule> list = new ArrayList<>(nonWorking.values());
        list.addAll(working.values());
        list.addAll(shortDays.values());
        Collections.sort(list);
        return list;
    }

    /**
     * Outputs the set's name and coverage, such as {@code ru[2020-01-01/2027-01-01]}.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return name + (coverage == null ? "" : "[" + coverage + "]");
    }

    /**
     * A builder of a {@link HolidaySet}. {@link #build()} checks every entry at once; each
     * problem's path points into the set's JSON form, such as {@code /years/2025},
     * {@code /holidays/2025-01-01..2025-01-08}, {@code /workingDays/2025-11-01} or
     * {@code /recurring/12-25}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String name;
        /** True for the rules a calendar declares itself: messages then name no set. */
        private final boolean ownRules;
        private String title;
        private final List<String> sources = new ArrayList<>();
        private final Map<Integer, String> yearSources = new TreeMap<>();
        private final Set<Integer> provisional = new TreeSet<>();
        private final List<Entry> rules = new ArrayList<>();
        private final Map<MonthDay, String> recurring = new HashMap<>();
        private YearRules yearRules;
        private final List<Located> problems = new ArrayList<>();
        private final Map<Integer, Integer> yearLines = new HashMap<>();
        /** The text the entries come from, such as {@code ru.txt}, or null if not from text. */
        private String origin;
        /** The line of the text the next entries come from, or 0. */
        private int line;

        /** A dated rule with the place it was declared. */
        private record Entry(DayRule rule, String path, int line) {
        }

        /** A problem with its JSON path and, for a set read from text, its line. */
        private record Located(String path, int line, String message) {
        }

        private Builder(String name, boolean ownRules) {
            this.name = Objects.requireNonNull(name, "name");
            this.ownRules = ownRules;
        }

        /** Says that the following entries come from a line of a text. */
        Builder at(String textOrigin, int lineNumber) {
            this.origin = textOrigin;
            this.line = lineNumber;
            return this;
        }

        /**
         * Sets the title, a longer human name of the set.
         *
         * @param title  the title, not null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Adds a source that applies to every year, such as a law.
         *
         * @param source  the source, not null
         * @return this builder
         */
        public Builder source(String source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Declares a year as covered by the set, naming the source of its data.
         *
         * @param year  the year
         * @param source  where the year's data comes from, not null
         * @param isProvisional  true if the data is not yet final
         * @return this builder
         */
        public Builder year(int year, String source, boolean isProvisional) {
            Objects.requireNonNull(source, "source");
            if (yearSources.put(year, source) != null) {
                problems.add(new Located("/years/" + year, line, "year " + year + " is declared twice"));
            }
            yearLines.put(year, line);
            if (isProvisional) {
                provisional.add(year);
            }
            return this;
        }

        /**
         * Adds a public holiday.
         *
         * @param date  the date, not null
         * @param note  the holiday's name, not null
         * @return this builder
         */
        public Builder holiday(LocalDate date, String note) {
            Objects.requireNonNull(date, "date");
            return add(new DayRule(date, DayRule.Kind.HOLIDAY, note, null, null), "/holidays/" + date);
        }

        /**
         * Adds a public holiday on every date of a range.
         *
         * @param from  the first date, not null
         * @param toInclusive  the last date, not before {@code from}, not null
         * @param note  the holiday's name, not null
         * @return this builder
         */
        public Builder holidays(LocalDate from, LocalDate toInclusive, String note) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(toInclusive, "toInclusive");
            Objects.requireNonNull(note, "note");
            String path = "/holidays/" + from + ".." + toInclusive;
            if (toInclusive.isBefore(from)) {
                problems.add(new Located(path, line, "holiday range " + from + ".." + toInclusive + " ends before it starts"));
            }
            for (LocalDate d = from; !d.isAfter(toInclusive); d = d.plusDays(1)) {
                add(new DayRule(d, DayRule.Kind.HOLIDAY, note, null, null), path);
            }
            return this;
        }

        /**
         * Adds a day off on a date that would otherwise be a working day, such as a
         * transferred day off.
         *
         * @param date  the date, not null
         * @param note  why, not null
         * @return this builder
         */
        public Builder dayOff(LocalDate date, String note) {
            Objects.requireNonNull(date, "date");
            return add(new DayRule(date, DayRule.Kind.DAY_OFF, note, null, null), "/daysOff/" + date);
        }

        /**
         * Adds a working day on a date that would otherwise be a day off, with the hours of
         * another day of the week.
         *
         * @param date  the date, not null
         * @param like  the day of the week whose hours it takes, not null
         * @param note  why, not null
         * @return this builder
         */
        public Builder workingDay(LocalDate date, DayOfWeek like, String note) {
            Objects.requireNonNull(date, "date");
            return add(new DayRule(date, DayRule.Kind.WORKING_DAY, note, Objects.requireNonNull(like, "like"), null),
                    "/workingDays/" + date);
        }

        /**
         * Adds a shortened day, closing earlier by the given amount; a shortening that is not
         * a positive whole number of seconds is reported by {@link #build()}.
         *
         * @param date  the date, not null
         * @param shortening  how much earlier the day closes, positive, not null
         * @param note  why, not null
         * @return this builder
         */
        public Builder shortDay(LocalDate date, Duration shortening, String note) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(shortening, "shortening");
            Objects.requireNonNull(note, "note");
            String path = "/shortDays/" + date;
            String bad = DayRule.checkShortening(date, shortening);
            if (bad != null) {
                problems.add(new Located(path, line, bad));
                return this;
            }
            return add(new DayRule(date, DayRule.Kind.SHORT_DAY, note, null, shortening), path);
        }

        private Builder add(DayRule rule, String path) {
            rules.add(new Entry(rule, path, line));
            return this;
        }

        /**
         * Adds a holiday that recurs every year on the same day of the same month.
         *
         * @param day  the month and day, not null
         * @param note  the holiday's name, not null
         * @return this builder
         */
        public Builder recurringHoliday(MonthDay day, String note) {
            Objects.requireNonNull(day, "day");
            if (recurring.put(day, Objects.requireNonNull(note, "note")) != null) {
                problems.add(new Located("/recurring/" + day.toString().substring(2), line,
                        "recurring holiday " + day + " is declared twice"));
            }
            return this;
        }

        /**
         * Sets the rules that compute the years outside the set's dated data (or every year,
         * if it has none), such as the holidays a law fixes with their carry-overs.
         *
         * @param rules  the rules, not null
         * @return this builder
         */
        public Builder yearRules(YearRules rules) {
            this.yearRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** Where problems are: {@code " in set 'x'"}, or nothing for a calendar's own rules. */
        private String inSet() {
            return ownRules ? "" : " in set '" + name + "'";
        }

        /**
         * Describes every problem of the entries so far, each with its path and, for a set
         * read from text, its line.
         *
         * @return the problems, empty if none
         */
        List<Problem> problems() {
            List<Located> found = new ArrayList<>(problems);
            Integer previous = null;
            for (Integer year : yearSources.keySet()) {
                if (previous != null && year != previous + 1) {
                    found.add(new Located("/years/" + year, yearLines.getOrDefault(year, 0), "declared years of set '"
                            + name + "' skip " + (previous + 1) + (year - previous > 2 ? "-" + (year - 1) : "")
                            + "; covered years must follow one another"));
                }
                previous = year;
            }
            Map<LocalDate, List<Entry>> byDate = new TreeMap<>();
            for (Entry e : rules) {
                DayRule r = e.rule();
                byDate.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(e);
                if (!yearSources.isEmpty() && !yearSources.containsKey(r.date().getYear())) {
                    found.add(new Located(e.path(), e.line(), r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " " + r.date() + " lies in " + r.date().getYear() + ", which is not a declared year of set '"
                            + name + "'"));
                }
            }
            String[] what = {"a holiday or day off", "a working day", "a short day"};
            byDate.forEach((date, list) -> {
                Entry[] latest = new Entry[3];
                for (Entry e : list) {
                    DayRule r = e.rule();
                    int g = r.isNonWorking() ? 0 : r.kind() == DayRule.Kind.WORKING_DAY ? 1 : 2;
                    if (latest[g] != null) {
                        found.add(new Located(e.path(), e.line(), date + " is declared " + what[g] + " twice" + inSet()));
                    }
                    latest[g] = e;
                }
                boolean holiday = latest[0] != null || recurring.containsKey(MonthDay.from(date));
                for (int g = 1; g <= 2 && holiday; g++) {
                    if (latest[g] != null) {
                        found.add(new Located(latest[g].path(), latest[g].line(), date + " is both a holiday and "
                                + what[g] + inSet()));
                    }
                }
            });
            List<Problem> result = new ArrayList<>(found.size());
            for (Located l : found) {
                result.add(origin == null ? new Problem(l.path(), l.message())
                        : new Problem("", origin + ":" + l.line() + ": " + l.message()));
            }
            return result;
        }

        /**
         * Builds the set.
         *
         * @return the set, not null
         * @throws InvalidCalendarException listing every problem, if any
         */
        public HolidaySet build() {
            List<Problem> found = problems();
            if (!found.isEmpty()) {
                throw new InvalidCalendarException(origin != null ? origin : "holiday set '" + name + "'", found);
            }
            LocalDateRange coverage = null;
            if (!yearSources.isEmpty()) {
                int first = ((TreeMap<Integer, String>) yearSources).firstKey();
                int last = ((TreeMap<Integer, String>) yearSources).lastKey();
                coverage = LocalDateRange.of(LocalDate.of(first, 1, 1), LocalDate.of(last + 1, 1, 1));
            } else if (!rules.isEmpty()) {
                IntSummaryStatistics years = rules.stream().mapToInt(e -> e.rule().date().getYear()).summaryStatistics();
                coverage = LocalDateRange.of(LocalDate.of(years.getMin(), 1, 1), LocalDate.of(years.getMax() + 1, 1, 1));
            }
            return new HolidaySet(this, coverage);
        }
    }
}
