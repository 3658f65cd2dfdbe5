package dev.sla.testkit;

import dev.sla.calendar.HolidaySet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import java.util.Random;

/**
 * Dense holiday sets made from random choices, for the format and its readers: up to thirty
 * dated holidays, days off, transferred working days and short days over one to four years
 * between 2018 and 2028, declared years (some provisional), up to two sources, a title, up to
 * three recurring holidays, and notes of several words with doubled spaces, digits,
 * punctuation and Cyrillic. With every choice 0 it is an empty set.
 *
 * <p>This class is stateless and thread-safe.
 */
final class HolidaySetRecipe {

    /** The words of notes, titles and sources: some look like dates, numbers or markup. */
    private static final String[] WORDS = {"New", "Year", "holiday", "day", "off", "Рождество", "transferred", "from",
        "Saturday", "2025-01-04", "decree", "No.", "1335", "(draft)", "pre-holiday", "#1", "a..b"};

    private HolidaySetRecipe() {
    }

    /** A few words, now and then two spaces apart. */
    private static String words(Random r) {
        StringBuilder sb = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
        for (int n = r.nextInt(4); n > 0; n--) {
            sb.append(r.nextInt(5) == 1 ? "  " : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    /**
     * A valid dense set: distinct dates, each of one kind, and recurring holidays on no
     * working or short day and on no day twice.
     */
    static HolidaySet dense(Random r) {
        HolidaySet.Builder b = HolidaySet.builder("set-" + r.nextInt(100));
        if (r.nextBoolean()) {
            b.title(words(r));
        }
        for (int n = r.nextInt(3); n > 0; n--) {
            b.source(words(r));
        }
        int firstYear = 2018 + r.nextInt(8);
        int years = r.nextInt(4);
        for (int y = firstYear; y < firstYear + years; y++) {
            b.year(y, words(r), r.nextInt(3) == 1);
        }
        int span = Math.max(years, 1) * 365;
        Set<LocalDate> used = new HashSet<>();
        Set<MonthDay> workingOrShort = new HashSet<>();
        for (int n = r.nextInt(31); n > 0; n--) {
            LocalDate date = LocalDate.of(firstYear, 1, 1).plusDays(r.nextInt(span));
            if (!used.add(date)) {
                continue;
            }
            switch (r.nextInt(4)) {
                case 0 -> b.holiday(date, words(r));
                case 1 -> b.dayOff(date, words(r));
                case 2 -> {
                    b.workingDay(date, DayOfWeek.of(1 + r.nextInt(7)), words(r));
                    workingOrShort.add(MonthDay.from(date));
                }
                default -> {
                    b.shortDay(date, Duration.ofSeconds(1 + r.nextInt(4 * 3600)), words(r));
                    workingOrShort.add(MonthDay.from(date));
                }
            }
        }
        Set<MonthDay> recurring = new HashSet<>();
        for (int n = r.nextInt(4); n > 0; n--) {
            MonthDay md = MonthDay.of(1 + r.nextInt(12), 1 + r.nextInt(28));
            if (!workingOrShort.contains(md) && recurring.add(md)) {
                b.recurringHoliday(md, words(r));
            }
        }
        return b.build();
    }
}
