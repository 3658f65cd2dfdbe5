package dev.sla.testkit;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.TimeRange;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A calendar made from random choices, with a description of the builder calls that made
 * it (shown when a property fails). With every choice 0 it is the simplest calendar: UTC,
 * one range on Mondays, no holidays.
 *
 * <p>Calendars vary in everything the arithmetic depends on: the zone (with and without
 * daylight saving time, half-hour offsets), weekly hours of one to three ranges a day
 * with closed days, touching ranges, overnight ranges, whole days and 24/7, ranges on
 * whole seconds, minutes or quarter hours biased towards the DST change hours, dated
 * holidays, working days, short days and overrides (possibly overnight, possibly
 * overlapping the next day, now and then on a date a holiday rules), recurring holidays,
 * holiday hours, and sometimes the built-in {@code ru} set.
 *
 * @param calendar  the calendar
 * @param description  how it was built
 */
record CalendarRecipe(WorkCalendar calendar, String description) {

    /** The zones of calendars: with daylight saving time and without, half-hour offsets. */
    static final List<String> ZONES = List.of("UTC", "Europe/Moscow", "Europe/Paris", "America/New_York",
            "Australia/Sydney", "Asia/Kolkata");
    /** The zones without daylight saving time. */
    static final List<String> ZONES_WITHOUT_DST = List.of("UTC", "Europe/Moscow", "Asia/Kolkata", "Asia/Tokyo");
    /** The zones with daylight saving time. */
    static final List<String> ZONES_WITH_DST = List.of("Europe/Paris", "America/New_York", "Australia/Sydney");

    /** Instants are drawn from these years; rules from a little around them. */
    static final Instant FIRST_INSTANT = Instant.parse("2019-01-01T00:00:00Z");
    static final Instant END_INSTANT = Instant.parse("2029-01-01T00:00:00Z");
    private static final LocalDate FIRST_RULE = LocalDate.of(2018, 11, 1);
    private static final LocalDate LAST_RULE = LocalDate.of(2029, 6, 30);

    /** Wall-clock times that ranges like to start or end at: the DST change hours, office hours, midnight. */
    private static final int[] FAVOURITE_MINUTES = {0, 30, 60, 90, 120, 135, 150, 165, 180, 210, 240, 480, 540, 780,
            840, 1020, 1080, 1320, 1380, 1440};

    @Override
    public String toString() {
        return description;
    }

    static CalendarRecipe random(Random r) {
        return random(r, ZONES);
    }

    static CalendarRecipe random(Random r, List<String> zones) {
        return random(r, zones, 1);
    }

    /**
     * A calendar in one of the zones whose times and lengths are whole multiples of
     * {@code least} seconds (60: every opening and closing on a whole minute); the choices
     * are read as for any calendar.
     */
    static CalendarRecipe random(Random r, List<String> zones, int least) {
        StringBuilder desc = new StringBuilder("WorkCalendar.builder()");
        String zone = zones.get(r.nextInt(zones.size()));
        WorkCalendar.Builder b = WorkCalendar.builder().name("generated").zone(zone);
        desc.append(".zone(\"").append(zone).append("\")");

        WeeklyHours weekly = randomWeekly(r, least);
        b.weeklyHours(weekly);
        desc.append(".weeklyHours(WeeklyHours.parse(\"").append(weekly).append("\"))");

        boolean ru = r.nextInt(3) == 2;
        Set<LocalDate> ruDates = new HashSet<>();
        Set<MonthDay> ruWorkingDays = new HashSet<>();
        if (ru) {
            HolidaySet set = HolidaySet.builtIn("ru");
            b.holidays(set);
            desc.append(".holidays(HolidaySet.builtIn(\"ru\"))");
            for (int y = FIRST_RULE.getYear(); y <= LAST_RULE.getYear(); y++) {
                for (DayRule rule : set.rules(Year.of(y))) {
                    ruDates.add(rule.date());
                    if (rule.kind() == DayRule.Kind.WORKING_DAY) {
                        ruWorkingDays.add(MonthDay.from(rule.date()));
                    }
                }
            }
        }
        if (r.nextInt(5) == 4) {
            b.shortDays(false);
            desc.append(".shortDays(false)");
        }
        if (r.nextInt(7) == 6) {
            DayHours h = randomDay(r, unit(r, least), 1 + r.nextInt(2), r.nextInt(3) == 2);
            b.holidayHours(h);
            desc.append(".holidayHours(DayHours.parse(\"").append(h).append("\"))");
        }

        Set<MonthDay> recurring = new TreeSet<>();
        if (r.nextInt(3) == 2) {
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                MonthDay md = MonthDay.from(LocalDate.ofYearDay(2024, 1 + r.nextInt(366)));
                if (!ruWorkingDays.contains(md) && recurring.add(md)) {
                    b.recurringHoliday(md, "recurring " + i);
                    desc.append(".recurringHoliday(MonthDay.parse(\"").append(md).append("\"), \"r\")");
                }
            }
        }

        int rules = r.nextInt(250);
        Set<LocalDate> used = new HashSet<>();
        long span = LAST_RULE.toEpochDay() - FIRST_RULE.toEpochDay() + 1;
        for (int i = 0; i < rules; i++) {
            LocalDate date = FIRST_RULE.plusDays(r.nextInt((int) span));
            if (ruDates.contains(date) || recurring.contains(MonthDay.from(date)) || !used.add(date)) {
                continue;
            }
            int kind = r.nextInt(100);
            if (kind < 40) {
                b.holiday(date, "holiday " + i);
                desc.append(".holiday(LocalDate.parse(\"").append(date).append("\"), \"h\")");
            } else if (kind < 62) {
                DayOfWeek like = DayOfWeek.of(1 + r.nextInt(7));
                b.workingDay(date, like, "working " + i);
                desc.append(".workingDay(LocalDate.parse(\"").append(date).append("\"), ").append(like).append(", \"w\")");
            } else if (kind < 84) {
                Duration shortening = r.nextBoolean() ? Duration.ofHours(1) : Duration.ofSeconds(unit(r, least) * (1L + r.nextInt(40)));
                b.shortDay(date, shortening, "short " + i);
                desc.append(".shortDay(LocalDate.parse(\"").append(date).append("\"), Duration.parse(\"").append(shortening)
                        .append("\"), \"s\")");
            } else {
                DayHours h = r.nextInt(4) == 0 ? DayHours.CLOSED : randomDay(r, unit(r, least), 1 + r.nextInt(3), r.nextInt(3) == 0);
                b.override(date, h);
                desc.append(".override(LocalDate.parse(\"").append(date).append("\"), DayHours.parse(\"").append(h).append("\"))");
            }
        }
        if (r.nextInt(4) == 3 && (!ruDates.isEmpty() || !recurring.isEmpty())) {
            // an override on a date the ru set or a recurring holiday rules: the override wins
            List<LocalDate> ruled = new ArrayList<>(new TreeSet<>(ruDates));
            for (MonthDay md : recurring) {
                for (int y = FIRST_RULE.getYear() + 1; y < LAST_RULE.getYear(); y++) {
                    if (md.isValidYear(y)) {
                        ruled.add(md.atYear(y));
                    }
                }
            }
            LocalDate date = ruled.get(r.nextInt(ruled.size()));
            if (used.add(date)) {
                DayHours h = r.nextInt(3) == 0 ? DayHours.CLOSED : randomDay(r, unit(r), 1 + r.nextInt(2), false);
                b.override(date, h);
                desc.append(".override(LocalDate.parse(\"").append(date).append("\"), DayHours.parse(\"").append(h).append("\"))");
            }
        }
        return new CalendarRecipe(b.build(), desc.append(".build()").toString());
    }

    /** The granularity of generated times, in seconds: mostly quarter hours, sometimes minutes or seconds. */
    static int unit(Random r) {
        int k = r.nextInt(20);
        return k < 13 ? 900 : k < 18 ? 60 : 1;
    }

    /** The granularity of generated times, in seconds, as {@link #unit(Random)} draws it, at least {@code least}. */
    static int unit(Random r, int least) {
        return Math.max(unit(r), least);
    }

    /**
     * Random weekly hours: 24/7 one time in eight, otherwise each day closed, all day or one
     * to three ranges, and some days' last range extended overnight without overlapping
     * the next day.
     */
    static WeeklyHours randomWeekly(Random r) {
        return randomWeekly(r, 1);
    }

    /** Random weekly hours as {@link #randomWeekly(Random)} makes them, on multiples of {@code least} seconds. */
    static WeeklyHours randomWeekly(Random r, int least) {
        if (r.nextInt(8) == 7) {
            return WeeklyHours.ALWAYS;
        }
        int unit = unit(r, least);
        List<List<int[]>> days = new ArrayList<>();
        boolean any = false;
        for (int d = 0; d < 7; d++) {
            List<int[]> ranges = new ArrayList<>();
            int k = r.nextInt(16);
            if (k < 4) {
                // closed
            } else if (k == 4) {
                ranges.add(new int[] {0, 86_400});
            } else {
                ranges.addAll(randomRanges(r, unit, 1 + r.nextInt(3)));
            }
            any |= !ranges.isEmpty();
            days.add(ranges);
        }
        if (!any) {
            days.get(0).add(new int[] {9 * 3600, 17 * 3600});
        }
        for (int d = 0; d < 7; d++) {
            List<int[]> ranges = days.get(d);
            if (ranges.isEmpty() || r.nextInt(4) != 3) {
                continue;
            }
            int[] last = ranges.get(ranges.size() - 1);
            List<int[]> next = days.get((d + 1) % 7);
            int limit = Math.min(last[0], next.isEmpty() ? 86_400 : next.get(0)[0]);
            if (limit >= unit) {
                last[1] = 86_400 + unit * (1 + r.nextInt(limit / unit));
            }
        }
        WeeklyHours.Builder b = WeeklyHours.builder();
        for (int d = 0; d < 7; d++) {
            for (int[] range : days.get(d)) {
                b.on(DayOfWeek.of(d + 1), TimeRange.ofSeconds(range[0], range[1]));
            }
        }
        return b.build();
    }

    /** One day's hours: {@code count} ranges, the last one overnight if asked. */
    static DayHours randomDay(Random r, int unit, int count, boolean overnight) {
        List<int[]> ranges = randomRanges(r, unit, count);
        int[] last = ranges.get(ranges.size() - 1);
        if (overnight && last[0] >= unit) {
            last[1] = 86_400 + unit * (1 + r.nextInt(last[0] / unit));
        }
        List<TimeRange> list = new ArrayList<>();
        for (int[] range : ranges) {
            list.add(TimeRange.ofSeconds(range[0], range[1]));
        }
        return DayHours.of(list);
    }

    /** {@code count} sorted ranges within {@code [0, 86400]}, not overlapping, sometimes touching. */
    static List<int[]> randomRanges(Random r, int unit, int count) {
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < 2 * count) {
            int p;
            if (r.nextInt(3) == 2) {
                p = FAVOURITE_MINUTES[r.nextInt(FAVOURITE_MINUTES.length)] * 60;
            } else {
                p = unit * r.nextInt(86_400 / unit + 1);
            }
            // a time taken already: the next free one, so that the choices 0 end too
            while (points.contains(p)) {
                p = p + unit > 86_400 ? 0 : p + unit;
            }
            points.add(p);
        }
        Integer[] p = points.toArray(new Integer[0]);
        for (int i = 2; i < p.length; i += 2) {
            if (r.nextInt(4) == 3) {
                p[i] = p[i - 1];
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < p.length; i += 2) {
            ranges.add(new int[] {p[i], p[i + 1]});
        }
        return ranges;
    }
}
