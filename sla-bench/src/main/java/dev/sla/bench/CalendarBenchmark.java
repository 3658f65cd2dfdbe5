package dev.sla.bench;

import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.drools.core.time.impl.PseudoClockScheduler;
import org.jbpm.process.core.timer.BusinessCalendarImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding business hours: {@link WorkCalendar#add(Instant, Duration)} against jBPM 7's
 * {@link BusinessCalendarImpl}, on the same calendar: Mon–Fri 08:00–16:00 Europe/Moscow
 * with the Russian holidays and transferred days off (2025-2027 by decree, then the Labour
 * Code), which jBPM is given as its list of holidays up to 2032.
 *
 * <p>Each call takes the next start instant from a fixed array of {@value #STARTS}
 * instants (seeded, spread over 2025–2026, about half inside working hours), so neither
 * implementation sees the same input twice in a row.
 *
 * <p>The two calendars differ where jBPM cannot follow the Russian calendar, which is part
 * of the comparison:
 * <ul>
 *   <li>jBPM has no working weekend days: Saturday 2025-11-01, a working day in Russia
 *       (its day off moved to Monday 2025-11-03), is a day off for jBPM, so answers across
 *       it are one working day later in jBPM.</li>
 *   <li>Pre-holiday shortened days are off in both ({@code shortDays(false)}), since jBPM
 *       has only one length of day.</li>
 *   <li>When the hours run out exactly at closing time, {@code WorkCalendar} answers the
 *       closing instant (Tuesday 16:00) and jBPM the next opening (Wednesday 08:00): the
 *       same working time, a different instant.</li>
 * </ul>
 * The {@link #setUp() set-up} checks, for every start instant, that the two answers hold
 * the same working time apart from working weekend days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CalendarBenchmark {

    /** How many start instants; a power of two. */
    static final int STARTS = 256;
    private static final int MASK = STARTS - 1;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 730; // 2025 and 2026

    /** The business hours to add. */
    @Param({"1", "8", "800", "8000"})
    public int hours;

    private WorkCalendar calendar;
    private Duration amount;

    private BusinessCalendarImpl jbpmCalendar;
    private PseudoClockScheduler clock;
    private String expression;

    private final Instant[] starts = new Instant[STARTS];
    private final long[] startMillis = new long[STARTS];
    private int next;

    /**
     * Builds both calendars and the start instants, warms the {@code WorkCalendar} year
     * tables and checks that both calendars agree.
     */
    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(20250101L);
        for (int i = 0; i < STARTS; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            // even: 08:00-15:59 (inside hours on working days); odd: any minute of the day
            int minute = i % 2 == 0 ? 8 * 60 + random.nextInt(8 * 60) : random.nextInt(24 * 60);
            // whole minutes: jBPM counts whole seconds and ignores the milliseconds of the start
            starts[i] = day.atTime(LocalTime.ofSecondOfDay(minute * 60L)).atZone(MOSCOW).toInstant();
            startMillis[i] = starts[i].toEpochMilli();
        }

        HolidaySet ru = HolidaySet.builtIn("ru");
        calendar = WorkCalendar.builder()
                .name("support-hours")
                .zone("Europe/Moscow")
                .weeklyHours(WeeklyHours.parse("Mon-Fri 08:00-16:00"))
                .holidays(ru)
                .shortDays(false)
                .build();
        amount = Duration.ofHours(hours);

        // jBPM parses business.holidays with a SimpleDateFormat in the JVM's default time zone,
        // not business.cal.timezone: a holiday is midnight to midnight of the default zone.
        // Make that Moscow, or a start before 03:00 MSK on a holiday (JVM in UTC) misses the holiday.
        TimeZone.setDefault(TimeZone.getTimeZone(MOSCOW));
        Properties p = new Properties();
        p.setProperty(BusinessCalendarImpl.DAYS_PER_WEEK, "5");
        p.setProperty(BusinessCalendarImpl.HOURS_PER_DAY, "8");
        p.setProperty(BusinessCalendarImpl.START_HOUR, "8");
        p.setProperty(BusinessCalendarImpl.END_HOUR, "16");
        p.setProperty(BusinessCalendarImpl.TIMEZONE, "Europe/Moscow");
        // answers from 2025-2026 plus up to 8000 h (about four years) reach into 2031: decreed and statutory years
        p.setProperty(BusinessCalendarImpl.HOLIDAYS, jbpmHolidays(ru, 2025, 2032));
        p.setProperty(BusinessCalendarImpl.WEEKEND_DAYS, "7,1"); // java.util.Calendar.SATURDAY, SUNDAY
        // jBPM has no working weekend days: Saturday 2025-11-01 cannot be made a working day.
        clock = new PseudoClockScheduler();
        jbpmCalendar = new BusinessCalendarImpl(p, clock);
        // "8000h", not "PT8000H": jBPM turns an ISO duration into days of 24 h and then
        // counts each day as business.hours.per.day hours.
        expression = hours + "h";

        for (int i = 0; i < STARTS; i++) {
            check(starts[i], calendar.add(starts[i], amount), jbpmAt(i));
        }
        next = 0;
    }

    /**
     * Checks that jBPM's answer holds the same working time as ours, apart from the
     * working weekend days that jBPM skips.
     */
    private void check(Instant start, Instant sla, Instant jbpm) {
        if (!calendar.between(start, sla).equals(amount)) {
            throw new IllegalStateException("sla: " + start + " + " + hours + " h = " + sla);
        }
        Duration weekendWork = Duration.ZERO;
        LocalDate last = jbpm.atZone(MOSCOW).toLocalDate();
        for (LocalDate d = start.atZone(MOSCOW).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && calendar.isWorkingDay(d)) {
                Instant from = max(start, d.atStartOfDay(MOSCOW).toInstant());
                Instant to = min(jbpm, d.plusDays(1).atStartOfDay(MOSCOW).toInstant());
                weekendWork = weekendWork.plus(calendar.between(from, to));
            }
        }
        Duration jbpmWork = calendar.between(start, jbpm).minus(weekendWork);
        if (!jbpmWork.equals(amount) || jbpm.isBefore(sla)) {
            throw new IllegalStateException("start " + start + " + " + hours + " h: sla " + sla + ", jbpm " + jbpm
                    + " holds " + jbpmWork + " of working time besides " + weekendWork + " on working weekend days");
        }
    }

    private Instant jbpmAt(int i) {
        clock.setStartupTime(startMillis[i]);
        return jbpmCalendar.calculateBusinessTimeAsDate(expression).toInstant();
    }

    /** The non-working dates (holidays and days off) of the years, as jBPM's list with ranges. */
    static String jbpmHolidays(HolidaySet set, int firstYear, int lastYear) {
        List<LocalDate> dates = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            for (DayRule r : set.rules(Year.of(y))) {
                if (r.isNonWorking()) {
                    dates.add(r.date());
                }
            }
        }
        dates.sort(null);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dates.size(); ) {
            int j = i;
            while (j + 1 < dates.size() && dates.get(j + 1).equals(dates.get(j).plusDays(1))) {
                j++;
            }
            sb.append(sb.length() == 0 ? "" : ",").append(dates.get(i));
            if (j > i) {
                sb.append(':').append(dates.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) & MASK;
        return i;
    }

    /**
     * Adds the business hours with {@link WorkCalendar#add(Instant, Duration)}.
     *
     * @return the answer, consumed by JMH
     */
    @Benchmark
    public Instant sla() {
        return calendar.add(starts[nextIndex()], amount);
    }

    /**
     * Adds the business hours with jBPM's {@link BusinessCalendarImpl}, which reads the start
     * from its session clock.
     *
     * @return the answer, consumed by JMH
     */
    @Benchmark
    public Date jbpm() {
        clock.setStartupTime(startMillis[nextIndex()]);
        return jbpmCalendar.calculateBusinessTimeAsDate(expression);
    }
}
