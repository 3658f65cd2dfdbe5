package dev.sla.json;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Transparency;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.Interval;

/**
 * Writes a calendar's open periods, or its days off, as iCalendar text: one {@code VEVENT}
 * per open period (in UTC) or per run of consecutive days off with one name and kind
 * (all-day), each with a UID made of the feed's id and the event's start, so that a
 * calendar application that subscribes sees the same event again on every refresh.
 */
final class IcsWriter {

    /** The product that writes the files. */
    static final String PRODUCT_ID = "-//sla//sla iCalendar feed//EN";
    /** The category of a day off that is not a public holiday, which the reader understands. */
    static final String DAY_OFF = "day off";
    /** The category of a public holiday. */
    static final String HOLIDAY = "holiday";

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_STAMP = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsWriter() {
    }

    /** The open periods of the dates {@code from..to} in the calendar's zone. */
    static String openPeriods(WorkCalendar calendar, LocalDate from, LocalDate to, String feedId, Instant stamp) {
        ICalendar ical = feed(feedId + " open periods");
        Instant start = from.atStartOfDay(calendar.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        for (Interval p : (Iterable<Interval>) calendar.openPeriods(start, end)::iterator) {
            VEvent ev = new VEvent();
            ev.setUid(feedId + "-" + UTC_STAMP.format(p.getStart()) + "@sla");
            ev.setDateTimeStamp(Date.from(stamp));
            ev.setDateStart(Date.from(p.getStart()), true);
            ev.setDateEnd(Date.from(p.getEnd()), true);
            ev.setSummary(calendar.name() + " open");
            ev.setTransparency(Transparency.opaque());
            ical.addEvent(ev);
        }
        return write(ical);
    }

    /** The holidays and days off of the dates {@code from..to}, by the calendar's own rules and its sets. */
    static String daysOff(WorkCalendar calendar, LocalDate from, LocalDate to, String feedId, Instant stamp) {
        ICalendar ical = feed(feedId + " days off");
        List<DayRule> days = daysOff(calendar, from, to);
        for (int i = 0; i < days.size(); ) {
            DayRule first = days.get(i);
            int j = i + 1;
            while (j < days.size() && days.get(j).kind() == first.kind() && days.get(j).note().equals(first.note())
                    && days.get(j).date().equals(days.get(j - 1).date().plusDays(1))) {
                j++;
            }
            LocalDate last = days.get(j - 1).date();
            VEvent ev = new VEvent();
            ev.setUid(feedId + "-" + DAY_STAMP.format(first.date()) + "@sla");
            ev.setDateTimeStamp(Date.from(stamp));
            ev.setDateStart(date(first.date()), false);
            ev.setDateEnd(date(last.plusDays(1)), false);
            ev.setSummary(first.note());
            ev.addCategories(first.kind() == DayRule.Kind.DAY_OFF ? DAY_OFF : HOLIDAY);
            ev.setTransparency(Transparency.transparent());
            ical.addEvent(ev);
            i = j;
        }
        return write(ical);
    }

    /**
     * The days off of a calendar in a range, in date order: on each date without an
     * override, the holiday or day off of its own rules, else of its first set that has one.
     */
    static List<DayRule> daysOff(WorkCalendar calendar, LocalDate from, LocalDate to) {
        List<HolidaySet> sources = new ArrayList<>();
        sources.add(calendar.ownRules());
        sources.addAll(calendar.holidaySets());
        Map<Integer, List<Map<LocalDate, DayRule>>> years = new HashMap<>();
        List<DayRule> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.overrides().containsKey(d)) {
                continue;
            }
            List<Map<LocalDate, DayRule>> year = years.computeIfAbsent(d.getYear(), y -> {
                List<Map<LocalDate, DayRule>> bySet = new ArrayList<>();
                for (HolidaySet s : sources) {
                    Map<LocalDate, DayRule> off = new HashMap<>();
                    s.rules(java.time.Year.of(y)).stream().filter(DayRule::isNonWorking).forEach(r -> off.put(r.date(), r));
                    bySet.add(off);
                }
                return bySet;
            });
            for (Map<LocalDate, DayRule> off : year) {
                DayRule r = off.get(d);
                if (r != null) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    private static ICalendar feed(String name) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setName(name);
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        return ical;
    }

    /** A date as the writer writes it: midnight of the default zone, which it formats back to the same date. */
    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String write(ICalendar ical) {
        return Biweekly.write(ical).go();
    }
}
