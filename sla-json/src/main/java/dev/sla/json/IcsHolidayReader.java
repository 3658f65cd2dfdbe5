package dev.sla.json;

import biweekly.ICalendar;
import biweekly.component.ICalComponent;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.ParseWarning;
import biweekly.io.text.ICalReader;
import biweekly.property.Categories;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.RecurrenceRule;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the days off of an iCalendar file into a holiday set's builder.
 *
 * <p>The rules: an all-day event ({@code DTSTART;VALUE=DATE}) is a holiday on each of its
 * dates, from its start to the day before its {@code DTEND} (one day without an end, or
 * its whole-day {@code DURATION}); a day off rather than a holiday when its
 * {@code CATEGORIES} include {@code day off}; named by its {@code SUMMARY}. An all-day
 * event with a plain yearly {@code RRULE} ({@code FREQ=YEARLY}, with no count, end,
 * interval or other parts than the month and day of its start) is a recurring holiday on
 * each of its days. A cancelled event ({@code STATUS:CANCELLED}) is no day off. Two events
 * on one date give one day off named by both, a holiday if either is one. An event that
 * Microsoft Outlook marks all-day ({@code X-MICROSOFT-CDO-ALLDAYEVENT:TRUE}) and writes from
 * midnight to midnight in a time zone is an all-day event on the dates as written. Everything
 * else is a problem located by its line: a timed event, an event without a start or a name,
 * another recurrence ({@code RRULE}, {@code RDATE}, {@code EXDATE}, {@code RECURRENCE-ID}),
 * a to-do, a journal entry or a free/busy entry, a file without a calendar, and every
 * warning of the iCalendar parser. Time zones and alarms are ignored.
 */
final class IcsHolidayReader {

    /** A problem of the file, at its line. */
    record Located(int line, String message) {
    }

    /** The components that are no days off, by their iCalendar name, with what they are called. */
    private static final Map<String, String> REFUSED =
            Map.of("VTODO", "a to-do", "VJOURNAL", "a journal entry", "VFREEBUSY", "a free/busy entry");

    private final List<Located> problems = new ArrayList<>();
    private final Map<LocalDate, DayRule> dated = new TreeMap<>();
    private final Map<MonthDay, String> recurring = new TreeMap<>();

    private IcsHolidayReader() {
    }

    /**
     * Reads the days off of an iCalendar text into a builder, unless the text has problems.
     *
     * @param text  the iCalendar text
     * @param into  the builder that takes the holidays, days off and recurring holidays
     * @param yearsSource  if not null, the years from the first dated event to the last are
     *     declared with this source: a calendar exported year by year covers those years, and
     *     past them its data may be missing
     * @return the problems, each with its line, empty if the days off were added
     */
    static List<Located> read(String text, HolidaySet.Builder into, String yearsSource) {
        IcsHolidayReader r = new IcsHolidayReader();
        r.parse(text);
        if (r.problems.isEmpty()) {
            if (yearsSource != null && !r.dated.isEmpty()) {
                int first = ((TreeMap<LocalDate, DayRule>) r.dated).firstKey().getYear();
                int last = ((TreeMap<LocalDate, DayRule>) r.dated).lastKey().getYear();
                for (int y = first; y <= last; y++) {
                    into.year(y, yearsSource, false);
                }
            }
            r.dated.values().forEach(d -> {
                if (d.kind() == DayRule.Kind.DAY_OFF) {
                    into.dayOff(d.date(), d.note());
                } else {
                    into.holiday(d.date(), d.note());
                }
            });
            r.recurring.forEach(into::recurringHoliday);
        }
        return List.copyOf(r.problems);
    }

    private void parse(String text) {
        List<Integer> eventLines = new ArrayList<>();
        List<Integer> calendarLines = new ArrayList<>();
        Map<String, List<Integer>> refusedLines = new TreeMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim().toUpperCase(Locale.ROOT);
            if (l.equals("BEGIN:VEVENT")) {
                eventLines.add(i + 1);
            } else if (l.equals("BEGIN:VCALENDAR")) {
                calendarLines.add(i + 1);
            } else if (l.startsWith("BEGIN:") && REFUSED.containsKey(l.substring(6))) {
                refusedLines.computeIfAbsent(l.substring(6), k -> new ArrayList<>()).add(i + 1);
            }
        }
        List<ICalendar> calendars = new ArrayList<>();
        try (ICalReader reader = new ICalReader(text)) {
            ICalendar ical;
            while ((ical = reader.readNext()) != null) {
                calendars.add(ical);
                for (ParseWarning w : reader.getWarnings()) {
                    problems.add(new Located(w.getLineNumber() == null ? 1 : w.getLineNumber(),
                            (w.getPropertyName() == null ? "" : w.getPropertyName() + ": ") + w.getMessage()));
                }
            }
        } catch (IOException ex) {
            problems.add(new Located(1, "cannot read the iCalendar text: " + ex.getMessage()));
            return;
        }
        if (calendars.isEmpty()) {
            problems.add(new Located(1, "no calendar found: an iCalendar file starts with BEGIN:VCALENDAR"));
            return;
        }
        int event = 0;
        Map<String, Integer> refusedSeen = new TreeMap<>();
        for (int c = 0; c < calendars.size(); c++) {
            ICalendar ical = calendars.get(c);
            for (Map.Entry<Class<? extends ICalComponent>, List<ICalComponent>> e : ical.getComponents().asMap().entrySet()) {
                for (ICalComponent component : e.getValue()) {
                    if (component instanceof VEvent) {
                        continue;
                    }
                    if (component instanceof VTimezone) {
                        continue;
                    }
                    String name = component.getClass().getSimpleName().toUpperCase(Locale.ROOT);
                    if (REFUSED.containsKey(name)) {
                        int seen = refusedSeen.merge(name, 1, Integer::sum) - 1;
                        List<Integer> at = refusedLines.getOrDefault(name, List.of());
                        int line = seen < at.size() ? at.get(seen) : lineOf(calendarLines, c);
                        problems.add(new Located(line, REFUSED.get(name) + " (" + name + ") is not a day off;"
                                + " a holiday set's file holds all-day events only"));
                    }
                }
            }
            for (VEvent ev : ical.getEvents()) {
                int line = event < eventLines.size() ? eventLines.get(event) : lineOf(calendarLines, c);
                event++;
                event(ev, line);
            }
        }
    }

    private static int lineOf(List<Integer> lines, int index) {
        return index < lines.size() ? lines.get(index) : 1;
    }

    /** Reads one event that begins on a line. */
    private void event(VEvent ev, int line) {
        String summary = ev.getSummary() == null ? null : ev.getSummary().getValue();
        String note = summary == null ? null : summary.replaceAll("\\s+", " ").trim();
        String what = note == null || note.isEmpty() ? "event" : "event '" + note + "'";
        Status status = ev.getStatus();
        if (status != null && status.isCancelled()) {
            return;
        }
        DateStart start = ev.getDateStart();
        if (start == null || start.getValue() == null) {
            problems.add(new Located(line, what + " has no start date (DTSTART)"));
            return;
        }
        ICalDate startValue = start.getValue();
        LocalDate from = date(startValue);
        if (from == null) {
            problems.add(new Located(line, what + " has a start date (DTSTART) that is not a valid date"));
            return;
        }
        boolean outlookAllDay = startValue.hasTime() && markedAllDay(ev) && midnight(startValue);
        if (startValue.hasTime() && !outlookAllDay) {
            problems.add(new Located(line, what + " on " + from + " is timed (DTSTART has a time); a holiday set takes"
                    + " all-day events only (DTSTART;VALUE=DATE)"));
            return;
        }
        if (note == null || note.isEmpty()) {
            problems.add(new Located(line, "event on " + from + " has no name (SUMMARY); name the holiday"));
            return;
        }
        LocalDate until = end(ev, from, what, line, outlookAllDay);
        if (until == null) {
            return;
        }
        if (!ev.getRecurrenceDates().isEmpty() || !ev.getExceptionDates().isEmpty() || ev.getRecurrenceId() != null
                || !ev.getExceptionRules().isEmpty()) {
            problems.add(new Located(line, what + " on " + from + " has RDATE, EXDATE, EXRULE or RECURRENCE-ID;"
                    + " a holiday is a plain all-day event, or one that recurs yearly (RRULE:FREQ=YEARLY)"));
            return;
        }
        RecurrenceRule rrule = ev.getRecurrenceRule();
        boolean yearly = false;
        if (rrule != null && rrule.getValue() != null) {
            if (!plainYearly(rrule.getValue(), from)) {
                problems.add(new Located(line, what + " on " + from + " recurs other than every year on its date;"
                        + " only a plain RRULE:FREQ=YEARLY (no COUNT, UNTIL, INTERVAL or BY parts) is a recurring holiday"));
                return;
            }
            yearly = true;
        }
        boolean dayOff = false;
        for (Categories cs : ev.getCategories()) {
            for (String c : cs.getValues()) {
                dayOff |= c.trim().equalsIgnoreCase("day off");
            }
        }
        DayRule.Kind kind = dayOff ? DayRule.Kind.DAY_OFF : DayRule.Kind.HOLIDAY;
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            if (yearly) {
                recurring.merge(MonthDay.from(d), note, IcsHolidayReader::both);
            } else {
                LocalDate date = d;
                dated.merge(d, new DayRule(d, kind, note, null, null), (a, b) -> new DayRule(date,
                        a.kind() == DayRule.Kind.HOLIDAY || b.kind() == DayRule.Kind.HOLIDAY ? DayRule.Kind.HOLIDAY
                                : DayRule.Kind.DAY_OFF, both(a.note(), b.note()), null, null));
            }
        }
    }

    /**
     * The day after an event's last date, or null after reporting a problem; an event Outlook marks all-day may end
     * at midnight.
     */
    private LocalDate end(VEvent ev, LocalDate from, String what, int line, boolean outlookAllDay) {
        DateEnd end = ev.getDateEnd();
        if (end != null && end.getValue() != null) {
            LocalDate until = date(end.getValue());
            if (until == null || end.getValue().hasTime() && !(outlookAllDay && midnight(end.getValue()))) {
                problems.add(new Located(line, what + " on " + from + " ends at a time (DTEND); an all-day event"
                        + " ends on a date (DTEND;VALUE=DATE)"));
                return null;
            }
            if (!until.isAfter(from)) {
                problems.add(new Located(line, what + " on " + from + " ends on " + until
                        + ", not after its start; DTEND is the day after the last day off"));
                return null;
            }
            return until;
        }
        if (ev.getDuration() != null && ev.getDuration().getValue() != null) {
            biweekly.util.Duration d = ev.getDuration().getValue();
            long seconds = d.toMillis() / 1000;
            if (d.isPrior() || seconds <= 0 || seconds % 86_400 != 0) {
                problems.add(new Located(line, what + " on " + from + " lasts " + d
                        + "; an all-day event lasts whole days, such as P1D"));
                return null;
            }
            return from.plusDays(seconds / 86_400);
        }
        return from.plusDays(1);
    }

    /** Checks if Microsoft Outlook (or its older web calendar) marks an event all-day. */
    private static boolean markedAllDay(VEvent ev) {
        for (String name : new String[] {"X-MICROSOFT-CDO-ALLDAYEVENT", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT"}) {
            biweekly.property.RawProperty p = ev.getExperimentalProperty(name);
            if (p != null && p.getValue() != null && p.getValue().trim().equalsIgnoreCase("TRUE")) {
                return true;
            }
        }
        return false;
    }

    /** Checks if a date-time value is midnight as written in the file. */
    private static boolean midnight(ICalDate value) {
        DateTimeComponents raw = value.getRawComponents();
        return raw != null && raw.getHour() == 0 && raw.getMinute() == 0 && raw.getSecond() == 0;
    }

    /** Checks if a recurrence is every year on the month and day of its start, without end. */
    private static boolean plainYearly(Recurrence r, LocalDate start) {
        return r.getFrequency() == Frequency.YEARLY && r.getCount() == null && r.getUntil() == null
                && (r.getInterval() == null || r.getInterval() == 1)
                && r.getBySecond().isEmpty() && r.getByMinute().isEmpty() && r.getByHour().isEmpty()
                && r.getByDay().isEmpty() && r.getByYearDay().isEmpty() && r.getByWeekNo().isEmpty()
                && r.getBySetPos().isEmpty() && r.getXRules().isEmpty()
                && (r.getByMonth().isEmpty() || r.getByMonth().equals(List.of(start.getMonthValue())))
                && (r.getByMonthDay().isEmpty() || r.getByMonthDay().equals(List.of(start.getDayOfMonth())));
    }

    /** The date of a date value as written in the file, or null if it is not one. */
    private static LocalDate date(ICalDate value) {
        DateTimeComponents raw = value.getRawComponents();
        try {
            if (raw != null) {
                return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
            }
            return value.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        } catch (DateTimeException ex) {
            return null;
        }
    }

    /** The names of two events on one date. */
    private static String both(String first, String second) {
        return first.equals(second) ? first : first + "; " + second;
    }
}
