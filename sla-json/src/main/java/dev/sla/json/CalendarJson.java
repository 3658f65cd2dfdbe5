package dev.sla.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.calendar.DayHours;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.Problem;
import dev.sla.calendar.InvalidCalendarException;
import dev.sla.calendar.StatutoryRules;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.CalendarTemplate;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sections {@code holidaySets} and {@code calendars}: how they are read and written.
 *
 * <p>A holiday set is {@code {"name", "sources", "years", "holidays", "daysOff",
 * "workingDays", "shortDays", "recurring", "statutory", "ics"}}: {@code statutory} holds
 * the rules of the years without dated data (see {@link StatutoryJson}), {@code ics} names
 * an iCalendar file, relative to the policy file, whose days off the set takes besides its
 * own entries (see {@link IcsSetFile}); a set read from one is written with its days inline.
 * A calendar is {@code {"zone", "hours",
 * "holidays": [set names], "days", "shortDays": boolean, "holidayHours", "strict",
 * "overrides", "customer"}}, where {@code days} holds the calendar's own day rules in the form of a
 * holiday set's {@code holidays}, {@code workingDays}, {@code shortDays} and
 * {@code recurring}. A calendar's {@code zone}, {@code hours} and {@code holidays} may each be
 * {@code {"parameter": id}}, set by each customer's contract, and {@code "customer": true}
 * makes it count in the customer's zone and holidays that a contract states: such a
 * calendar is a {@link CalendarTemplate}.
 */
final class CalendarJson {

    /** The members of a holiday set. */
    private static final String[] SET_FIELDS =
        {"name", "sources", "years", "holidays", "daysOff", "workingDays", "shortDays", "recurring", "statutory", "ics"};
    /** The members of a calendar's own day rules. */
    private static final String[] DAYS_FIELDS = {"holidays", "workingDays", "shortDays", "recurring"};

    private final BindContext cx;
    private final Map<String, HolidaySet> userSets = new HashMap<>();

    private CalendarJson(BindContext cx) {
        this.cx = cx;
    }

    /** Reads the holiday sets and the calendars of a policy into its builder. */
    static void read(BindContext cx, PolicyBuilder b) {
        CalendarJson reader = new CalendarJson(cx);
        reader.holidaySets(cx.object(cx.root(), "holidaySets", false));
        reader.calendars(b, cx.object(cx.root(), "calendars", false));
    }

    // ------------------------------------------------------------------ reading holiday sets
    private void holidaySets(Node sets) {
        cx.entities(sets, "holiday set", "an object", null, null, (setId, n) -> {
            if (HolidaySet.builtInNames().contains(setId)) {
                cx.problem(n, "holiday set '" + setId + "' has the name of a built-in set; choose another name");
                return;
            }
            cx.known(n, SET_FIELDS);
            int before = cx.problemCount();
            HolidaySet.Builder sb = HolidaySet.builder(setId);
            String title = cx.string(n, "name", false);
            if (title != null) {
                sb.title(title);
            }
            cx.strings(n, "sources").forEach(sb::source);
            BindContext.members(cx.object(n, "years", false), y -> {
                Integer year = cx.attempt(y.getValue(), "a year must be written as four digits", () -> Integer.valueOf(y.getKey()));
                Node v = y.getValue();
                if (year == null) {
                    return;
                }
                if (v.isString()) {
                    sb.year(year, v.text, false);
                } else if (v.isObject()) {
                    cx.known(v, "source", "provisional");
                    String source = cx.string(v, "source", true);
                    Boolean prov = cx.bool(v, "provisional");
                    if (source != null) {
                        sb.year(year, source, prov != null && prov);
                    }
                } else {
                    cx.problem(v, "year " + year + " must be its source as a string, or {\"source\": ..., \"provisional\": ...}");
                }
            });
            dayRules(n, new DayRules() {
                @Override
                public void holidays(Node at, LocalDate from, LocalDate to, String note) {
                    sb.holidays(from, to, note);
                }

                @Override
                public void add(DayRule r) {
                    switch (r.kind()) {
                        case HOLIDAY:
                            sb.holiday(r.date(), r.note());
                            break;
                        case DAY_OFF:
                            sb.dayOff(r.date(), r.note());
                            break;
                        case WORKING_DAY:
                            sb.workingDay(r.date(), r.like(), r.note());
                            break;
                        default:
                            sb.shortDay(r.date(), r.shortening(), r.note());
                    }
                }

                @Override
                public void recurring(MonthDay day, String note) {
                    sb.recurringHoliday(day, note);
                }
            });
            Node statutory = cx.object(n, "statutory", false);
            if (statutory != null) {
                StatutoryRules rules = StatutoryJson.read(cx, n, statutory, CalendarJson::locate);
                if (rules != null) {
                    sb.yearRules(rules);
                }
            }
            String ics = cx.string(n, "ics", false);
            if (ics != null) {
                IcsSetFile.read(cx, n.get("ics"), ics, sb, n.get("years") == null);
            }
            if (cx.problemCount() == before) {
                try {
                    userSets.put(setId, sb.build());
                } catch (InvalidCalendarException ex) {
                    for (Problem p : ex.problems()) {
                        cx.problem(locate(n, p.path()), p.message());
                    }
                }
            }
        });
    }

    /** Where the day rules read from a holiday set or a calendar's {@code days} go. */
    private interface DayRules {
        /** Adds a holiday on every date of a range written {@code from..to}. */
        void holidays(Node at, LocalDate from, LocalDate to, String note);

        /** Adds one dated rule. */
        void add(DayRule rule);

        /** Adds a holiday every year on a day. */
        void recurring(MonthDay day, String note);

        /** Checks if days off (closed days that are not public holidays) may be given. */
        default boolean takesDaysOff() {
            return true;
        }
    }

    /** Reads the dated and recurring day rules of an object: a holiday set, or a calendar's own days. */
    private void dayRules(Node n, DayRules to) {
        BindContext.members(cx.object(n, "holidays", false), h -> {
            String note = cx.text(h.getValue(), "the holiday's name");
            String key = h.getKey();
            int dots = key.indexOf("..");
            if (note == null) {
                return;
            }
            if (dots < 0) {
                LocalDate d = cx.date(h.getValue(), key);
                if (d != null) {
                    to.add(new DayRule(d, DayRule.Kind.HOLIDAY, note, null, null));
                }
            } else {
                LocalDate from = cx.date(h.getValue(), key.substring(0, dots));
                LocalDate until = cx.date(h.getValue(), key.substring(dots + 2));
                if (from != null && until != null) {
                    to.holidays(h.getValue(), from, until, note);
                }
            }
        });
        BindContext.members(to.takesDaysOff() ? cx.object(n, "daysOff", false) : null, h -> {
            LocalDate d = cx.date(h.getValue(), h.getKey());
            String note = cx.text(h.getValue(), "the note");
            if (d != null && note != null) {
                to.add(new DayRule(d, DayRule.Kind.DAY_OFF, note, null, null));
            }
        });
        BindContext.members(cx.object(n, "workingDays", false), h -> {
            LocalDate d = cx.date(h.getValue(), h.getKey());
            Node v = h.getValue();
            if (!v.isObject()) {
                cx.problem(v, "a working day must be {\"like\": \"monday\", \"note\": ...}");
                return;
            }
            cx.known(v, "like", "note");
            String like = cx.string(v, "like", true);
            String note = cx.string(v, "note", true);
            DayOfWeek dow = like == null ? null : weekday(v.get("like"), like);
            if (d != null && dow != null && note != null) {
                to.add(new DayRule(d, DayRule.Kind.WORKING_DAY, note, dow, null));
            }
        });
        BindContext.members(cx.object(n, "shortDays", false), h -> {
            LocalDate d = cx.date(h.getValue(), h.getKey());
            Node v = h.getValue();
            if (!v.isObject()) {
                cx.problem(v, "a short day must be {\"by\": \"PT1H\", \"note\": ...}");
                return;
            }
            cx.known(v, "by", "note");
            Duration stated = cx.duration(v, "by", true);
            if (stated != null && (stated.isZero() || stated.isNegative())) {
                cx.problem(v.get("by"), "'by' must be a positive duration such as PT1H, not " + stated);
            }
            Duration by = stated != null && !stated.isZero() && !stated.isNegative() ? stated : null;
            String note = cx.string(v, "note", true);
            if (d != null && by != null && note != null) {
                cx.attempt(v, "short day " + h.getKey(), () -> {
                    to.add(new DayRule(d, DayRule.Kind.SHORT_DAY, note, null, by));
                    return Boolean.TRUE;
                });
            }
        });
        BindContext.members(cx.object(n, "recurring", false), h -> {
            MonthDay md = cx.attempt(h.getValue(), "a recurring holiday's key must be MM-DD such as 12-25",
                    () -> MonthDay.parse("--" + h.getKey()));
            String note = cx.text(h.getValue(), "the holiday's name");
            if (md != null && note != null) {
                to.recurring(md, note);
            }
        });
    }

    // ------------------------------------------------------------------ reading calendars
    private void calendars(PolicyBuilder b, Node calendars) {
        cx.entities(calendars, "calendar", "an object", null,
                calId -> b.calendar(calId, WorkCalendar.always(ZoneOffset.UTC)), (calId, n) -> {
            cx.known(n, "name", "zone", "hours", "holidays", "days", "shortDays", "holidayHours", "strict", "overrides",
                    "customer");
            int before = cx.problemCount();
            WorkCalendar.Builder cb = WorkCalendar.builder().name(calId);
            // a part named by a parameter gets a stand-in that a contract replaces
            String zoneParameter = parameter(n, "zone");
            String hoursParameter = parameter(n, "hours");
            String holidaysParameter = parameter(n, "holidays");
            Boolean customer = cx.bool(n, "customer");
            if (zoneParameter != null) {
                cb.zone(ZoneOffset.UTC);
            }
            if (hoursParameter != null) {
                cb.weeklyHours(WeeklyHours.ALWAYS);
            }
            String zone = zoneParameter != null || isObject(n, "zone") ? null : cx.string(n, "zone", true);
            if (zone != null) {
                ZoneId z = cx.zone(n.get("zone"), zone);
                if (z != null) {
                    cb.zone(z);
                }
            }
            String hours = hoursParameter != null || isObject(n, "hours") ? null : cx.string(n, "hours", true);
            if (hours != null) {
                WeeklyHours w = cx.attempt(n.get("hours"), "invalid hours", () -> WeeklyHours.parse(hours));
                if (w != null) {
                    cb.weeklyHours(w);
                }
            }
            if (holidaysParameter == null && !isObject(n, "holidays")) {
                holidaySetsOf(n, cb);
            }
            Node days = cx.object(n, "days", false);
            if (days != null) {
                cx.known(days, DAYS_FIELDS);
                dayRules(days, ownDays(cb));
            }
            Boolean shortDays = cx.bool(n, "shortDays");
            if (shortDays != null) {
                cb.shortDays(shortDays);
            }
            Boolean strict = cx.bool(n, "strict");
            if (strict != null) {
                cb.strict(strict);
            }
            String holidayHours = cx.string(n, "holidayHours", false);
            if (holidayHours != null) {
                DayHours h = cx.attempt(n.get("holidayHours"), "invalid holiday hours", () -> DayHours.parse(holidayHours));
                if (h != null) {
                    cb.holidayHours(h);
                }
            }
            BindContext.members(cx.object(n, "overrides", false), o -> {
                LocalDate d = cx.date(o.getValue(), o.getKey());
                String h = cx.text(o.getValue(), "the hours of an override");
                DayHours hours2 = h == null ? null : cx.attempt(o.getValue(), "invalid hours", () -> DayHours.parse(h));
                if (d != null && hours2 != null) {
                    cb.override(d, hours2);
                }
            });
            if (cx.problemCount() > before) {
                b.calendar(calId, WorkCalendar.always(ZoneOffset.UTC));
                return;
            }
            try {
                WorkCalendar built = cb.build();
                if (zoneParameter != null || hoursParameter != null || holidaysParameter != null
                        || Boolean.TRUE.equals(customer)) {
                    b.calendar(calId, new CalendarTemplate(built, zoneParameter, hoursParameter, holidaysParameter,
                            Boolean.TRUE.equals(customer)));
                } else {
                    b.calendar(calId, built);
                }
            } catch (InvalidCalendarException ex) {
                locateCalendarProblems(calId, n, ex);
                b.calendar(calId, WorkCalendar.always(ZoneOffset.UTC));
            }
        });
    }

    /** The parameter a calendar's part names ({@code {"parameter": id}}), or null if it states a value. */
    private String parameter(Node n, String part) {
        return isObject(n, part) ? ParameterJson.reference(cx, n.get(part)) : null;
    }

    private static boolean isObject(Node n, String part) {
        return n.get(part) != null && n.get(part).isObject();
    }

    /** The holiday sets a calendar follows, by name: the policy's own sets, then the built-in ones. */
    private void holidaySetsOf(Node n, WorkCalendar.Builder cb) {
        Node sets = cx.array(n, "holidays");
        if (sets == null) {
            return;
        }
        Node declared = cx.root().get("holidaySets");
        for (Node s : sets.elements) {
            String setName = cx.text(s, "a holiday set name");
            if (setName == null) {
                continue;
            }
            HolidaySet set = userSets.get(setName);
            if (set == null) {
                try {
                    // the library's own sets are found without asking every provider for its names
                    set = HolidaySet.builtIn(setName);
                } catch (IllegalArgumentException ex) {
                    set = null;
                }
            }
            if (set == null) {
                if (declared != null && declared.isObject() && declared.members.containsKey(setName)) {
                    continue;
                }
                List<String> names = new ArrayList<>(HolidaySet.builtInNames());
                names.addAll(userSets.keySet());
                // a country code one letter off is as likely another country as a typo: no guess for short names
                String near = setName.length() <= 3 ? null : Names.closest(setName, names.toArray(new String[0]));
                cx.problem(s, "unknown holiday set '" + setName + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
                        + "; known: " + knownSets());
            } else {
                cb.holidays(set);
            }
        }
    }

    /**
     * The holiday sets a policy may name, for a message: the built-in sets named by one word (such as
     * {@code ru}, or the country codes of a provider), then the policy's own; the built-in sets of
     * subdivisions (such as {@code de-by}) are only counted.
     */
    private String knownSets() {
        Set<String> names = new LinkedHashSet<>();
        int subdivisions = 0;
        for (String name : HolidaySet.builtInNames()) {
            if (name.indexOf('-') < 0) {
                names.add(name);
            } else {
                subdivisions++;
            }
        }
        names.addAll(userSets.keySet());
        return String.join(", ", names) + (subdivisions == 0 ? "" : "; and " + subdivisions
                + " built-in sets of subdivisions, such as "
                + HolidaySet.builtInNames().stream().filter(n -> n.indexOf('-') >= 0).findFirst().orElseThrow());
    }

    /** The calendar's own day rules, as read from its {@code days}. */
    private DayRules ownDays(WorkCalendar.Builder cb) {
        return new DayRules() {
            @Override
            public void holidays(Node at, LocalDate from, LocalDate to, String note) {
                if (to.isBefore(from)) {
                    cx.problem(at, "holiday range " + from + ".." + to + " ends before it starts");
                    return;
                }
                from.datesUntil(to.plusDays(1)).forEach(d -> cb.holiday(d, note));
            }

            @Override
            public void add(DayRule r) {
                switch (r.kind()) {
                    case HOLIDAY:
                        cb.holiday(r.date(), r.note());
                        break;
                    case WORKING_DAY:
                        cb.workingDay(r.date(), r.like(), r.note());
                        break;
                    case SHORT_DAY:
                        cb.shortDay(r.date(), r.shortening(), r.note());
                        break;
                    default:
                        throw new IllegalStateException("a calendar's own days have no " + r.kind());
                }
            }

            @Override
            public void recurring(MonthDay day, String note) {
                cb.recurringHoliday(day, note);
            }

            @Override
            public boolean takesDaysOff() {
                return false;
            }
        };
    }

    /** The day of the week a text names, such as {@code monday}, or null after recording a problem. */
    private DayOfWeek weekday(Node at, String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        cx.problem(at, "'" + text + "' is not a day of the week such as monday");
        return null;
    }

    /** Records the problems the calendar's own validation found, each at the member its path names. */
    private void locateCalendarProblems(String calId, Node n, InvalidCalendarException ex) {
        for (Problem p : ex.problems()) {
            cx.problem(locate(n, p.path()), "calendar '" + calId + "': " + p.message());
        }
    }

    /**
     * Finds the node a calendar's or holiday set's problem path points to.
     *
     * @param node  the calendar or holiday set
     * @param path  a JSON pointer relative to it
     * @return the node, or its deepest ancestor that exists
     */
    private static Node locate(Node node, String path) {
        Node at = node;
        if (path.isEmpty()) {
            return at;
        }
        for (String token : path.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            Node next = null;
            if (at.isObject()) {
                next = at.get(key);
            } else if (at.isArray() && key.matches("[0-9]{1,9}") && Integer.parseInt(key) < at.elements.size()) {
                next = at.elements.get(Integer.parseInt(key));
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }

    // ------------------------------------------------------------------ writing
    /**
     * Writes the holiday sets and the calendars of a policy: every set a calendar follows that
     * is not built in, once under its name; each calendar's own day rules inline, under
     * {@code days}, so that they take no name of a set.
     *
     * @throws IllegalArgumentException if two different sets have one name, or a set that
     *     is not built in has the name of a built-in set: a file could not tell them apart;
     *     or a set's year rules are not {@link StatutoryRules}
     */
    static void write(Policy p, ObjectNode root) {
        Map<String, HolidaySet> userSets = new LinkedHashMap<>();
        ObjectNode calendars = JsonText.object();
        p.calendars().forEach((id, c) -> {
            if (!p.calendarTemplates().containsKey(id)) {
                calendars.set(id, calendar(c, userSets));
            }
        });
        p.calendarTemplates().forEach((id, t) -> {
            ObjectNode n = calendar(t.calendar(), userSets);
            if (t.zoneParameter() != null) {
                n.set("zone", ParameterJson.reference(t.zoneParameter()));
            }
            if (t.hoursParameter() != null) {
                n.set("hours", ParameterJson.reference(t.hoursParameter()));
            }
            if (t.holidaysParameter() != null) {
                n.set("holidays", ParameterJson.reference(t.holidaysParameter()));
            }
            if (t.customer()) {
                n.put("customer", true);
            }
            calendars.set(id, n);
        });
        if (!userSets.isEmpty()) {
            ObjectNode sets = root.putObject("holidaySets");
            userSets.forEach((name, set) -> sets.set(name, holidaySet(set)));
        }
        if (!calendars.isEmpty()) {
            root.set("calendars", calendars);
        }
    }

    private static ObjectNode calendar(WorkCalendar c, Map<String, HolidaySet> userSets) {
        ObjectNode n = JsonText.object();
        n.put("zone", c.zone().getId());
        n.put("hours", c.weeklyHours().toString());
        ArrayNode sets = JsonText.MAPPER.createArrayNode();
        for (HolidaySet set : c.holidaySets()) {
            if (!isBuiltIn(set)) {
                if (HolidaySet.builtInNames().contains(set.name())) {
                    throw new IllegalArgumentException("holiday set '" + set.name()
                            + "' differs from the built-in set of that name; give it another name");
                }
                HolidaySet earlier = userSets.putIfAbsent(set.name(), set);
                if (earlier != null && !earlier.equals(set)) {
                    throw new IllegalArgumentException("two different holiday sets are named '" + set.name()
                            + "'; a policy file names each set once");
                }
            }
            sets.add(set.name());
        }
        if (!sets.isEmpty()) {
            n.set("holidays", sets);
        }
        HolidaySet own = c.ownRules();
        if (!own.rules().isEmpty() || !own.recurringHolidays().isEmpty()) {
            ObjectNode days = n.putObject("days");
            writeDayRules(own, days);
        }
        if (!c.appliesShortDays()) {
            n.put("shortDays", false);
        }
        if (!c.holidayHours().isClosed()) {
            n.put("holidayHours", c.holidayHours().toString());
        }
        if (c.isStrict()) {
            n.put("strict", true);
        }
        if (!c.overrides().isEmpty()) {
            ObjectNode o = n.putObject("overrides");
            new TreeSet<>(c.overrides().keySet()).forEach(d -> o.put(d.toString(), c.overrides().get(d).toString()));
        }
        return n;
    }

    private static boolean isBuiltIn(HolidaySet set) {
        return HolidaySet.builtInNames().contains(set.name()) && HolidaySet.builtIn(set.name()).equals(set);
    }

    private static ObjectNode holidaySet(HolidaySet set) {
        ObjectNode n = JsonText.object();
        if (!set.title().equals(set.name())) {
            n.put("name", set.title());
        }
        if (!set.sources().isEmpty()) {
            set.sources().forEach(n.putArray("sources")::add);
        }
        if (!set.yearSources().isEmpty()) {
            ObjectNode years = n.putObject("years");
            set.yearSources().forEach((y, s) -> {
                if (set.isProvisional(Year.of(y))) {
                    ObjectNode yn = years.putObject(String.valueOf(y));
                    yn.put("source", s);
                    yn.put("provisional", true);
                } else {
                    years.put(String.valueOf(y), s);
                }
            });
        }
        writeDayRules(set, n);
        set.yearRules().ifPresent(r -> n.set("statutory", StatutoryJson.write(r)));
        return n;
    }

    /** Writes the dated and recurring rules of a set into an object: a holiday set, or a calendar's own days. */
    private static void writeDayRules(HolidaySet set, ObjectNode n) {
        ObjectNode holidays = JsonText.object();
        ObjectNode daysOff = JsonText.object();
        ObjectNode working = JsonText.object();
        ObjectNode shortDays = JsonText.object();
        for (DayRule r : set.rules()) {
            switch (r.kind()) {
                case HOLIDAY:
                    holidays.put(r.date().toString(), r.note());
                    break;
                case DAY_OFF:
                    daysOff.put(r.date().toString(), r.note());
                    break;
                case WORKING_DAY: {
                    ObjectNode w = working.putObject(r.date().toString());
                    w.put("like", r.like().name().toLowerCase(Locale.ROOT));
                    w.put("note", r.note());
                    break;
                }
                default: {
                    ObjectNode s = shortDays.putObject(r.date().toString());
                    s.put("by", r.shortening().toString());
                    s.put("note", r.note());
                }
            }
        }
        JsonText.putIfAny(n, "holidays", holidays);
        JsonText.putIfAny(n, "daysOff", daysOff);
        JsonText.putIfAny(n, "workingDays", working);
        JsonText.putIfAny(n, "shortDays", shortDays);
        if (!set.recurringHolidays().isEmpty()) {
            ObjectNode rec = n.putObject("recurring");
            set.recurringHolidays().forEach((md, note) -> rec.put(md.toString().substring(2), note));
        }
    }
}
