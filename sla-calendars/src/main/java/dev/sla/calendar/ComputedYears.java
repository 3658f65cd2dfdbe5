package dev.sla.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The years of a {@link HolidaySet} that its {@link YearRules} compute, each computed once
 * on first use and kept, with the rules of each date at hand for the day resolution.
 */
final class ComputedYears {

    private static final int FIRST = 1900;
    private static final int LAST = 2199;

    private final YearRules rules;
    private final AtomicReferenceArray<Computed> years = new AtomicReferenceArray<>(LAST - FIRST + 1);

    /** The rules of one year, by date. */
    record Computed(List<DayRule> rules, Map<LocalDate, DayRule> nonWorking, Map<LocalDate, DayRule> working,
            Map<LocalDate, DayRule> shortDays) {
    }

    ComputedYears(YearRules rules) {
        this.rules = rules;
    }

    /** The rules that compute the years. */
    YearRules rules() {
        return rules;
    }

    /**
     * Gets the computed rules of a year.
     *
     * @param year  the year
     * @return the rules by date
     */
    Computed of(int year) {
        if (year < FIRST || year > LAST) {
            return compute(year);
        }
        Computed c = years.get(year - FIRST);
        if (c == null) {
            c = compute(year);
            years.compareAndSet(year - FIRST, null, c);
        }
        return c;
    }

    private Computed compute(int year) {
        List<DayRule> list = List.copyOf(rules.rulesOf(Year.of(year)));
        Map<LocalDate, DayRule> nonWorking = new HashMap<>();
        Map<LocalDate, DayRule> working = new HashMap<>();
        Map<LocalDate, DayRule> shortDays = new HashMap<>();
        for (DayRule r : list) {
            if (r.date().getYear() != year) {
                throw new IllegalStateException(rules.description() + " gave " + r.date() + " for the year " + year);
            }
            (r.isNonWorking() ? nonWorking : r.kind() == DayRule.Kind.WORKING_DAY ? working : shortDays).put(r.date(), r);
        }
        return new Computed(list, nonWorking, working, shortDays);
    }
}
