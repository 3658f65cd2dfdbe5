package dev.sla.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.Problem;
import dev.sla.calendar.InvalidCalendarException;
import dev.sla.calendar.StatutoryRules;
import dev.sla.calendar.YearRules;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A holiday set's member {@code statutory}: the holidays a law fixes by month and day, with
 * its rules for the days around them, read into {@link StatutoryRules} and written back.
 *
 * <p>The form is {@code {"source": "...", "holidays": {"MM-DD" or "MM-DD..MM-DD": name},
 * "carryOver": true or {"except": ["MM", ...]}, "shortBeforeHoliday": "PT1H",
 * "weekend": ["saturday", "sunday"], "provisional": true}}; {@code source} and
 * {@code holidays} are required; without {@code carryOver} holidays on a weekend are not
 * carried over, without {@code shortBeforeHoliday} no day is shortened, and the weekend is
 * Saturday and Sunday unless given.
 */
final class StatutoryJson {

    /** The members of statutory rules. */
    private static final String[] FIELDS =
        {"source", "holidays", "carryOver", "shortBeforeHoliday", "weekend", "provisional"};
    /** The default weekend, written only when it differs. */
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private StatutoryJson() {
    }

    /**
     * Reads the statutory rules of a holiday set.
     *
     * @param cx  the document's context
     * @param set  the holiday set's object, against which the rules' problem paths are located
     * @param n  the {@code statutory} object
     * @param locate  finds the node a path relative to the set points to
     * @return the rules, or null when a problem was recorded
     */
    static StatutoryRules read(BindContext cx, Node set, Node n, BiFunction<Node, String, Node> locate) {
        cx.known(n, FIELDS);
        int before = cx.problemCount();
        String source = cx.string(n, "source", true);
        StatutoryRules.Builder b = StatutoryRules.builder(source == null ? "" : source);
        Node holidays = cx.object(n, "holidays", true);
        BindContext.members(holidays, h -> {
            String note = cx.text(h.getValue(), "the holiday's name");
            String key = h.getKey();
            int dots = key.indexOf("..");
            MonthDay from = monthDay(cx, h.getValue(), dots < 0 ? key : key.substring(0, dots));
            MonthDay to = dots < 0 ? from : monthDay(cx, h.getValue(), key.substring(dots + 2));
            if (note != null && from != null && to != null) {
                if (dots < 0) {
                    b.holiday(from, note);
                } else {
                    b.holidays(from, to, note);
                }
            }
        });
        Node carry = n.get("carryOver");
        if (carry != null) {
            if (carry.kind == Node.Kind.BOOLEAN) {
                if (Boolean.parseBoolean(carry.text)) {
                    b.carryOver(Set.of());
                }
            } else if (carry.isObject()) {
                cx.known(carry, "except");
                Set<Month> except = EnumSet.noneOf(Month.class);
                Node months = cx.array(carry, "except");
                if (months != null) {
                    for (Node m : months.elements) {
                        String mm = cx.text(m, "a month of 'except'");
                        Month month = mm == null || !mm.matches("0[1-9]|1[0-2]") ? null : Month.of(Integer.parseInt(mm));
                        if (mm != null && month == null) {
                            cx.problem(m, "'" + mm + "' is not a month; write it MM, such as 01 for January");
                        }
                        if (month != null) {
                            except.add(month);
                        }
                    }
                }
                b.carryOver(except);
            } else {
                cx.problem(carry, "'carryOver' must be true, false or {\"except\": [\"01\"]}, not " + carry.describe());
            }
        }
        Duration by = cx.duration(n, "shortBeforeHoliday", false);
        if (by != null) {
            b.shortBeforeHoliday(by);
        }
        Node weekend = cx.array(n, "weekend");
        if (weekend != null) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Node d : weekend.elements) {
                String day = cx.text(d, "a day of 'weekend'");
                DayOfWeek dow = day == null ? null : dayOfWeek(day);
                if (day != null && dow == null) {
                    cx.problem(d, "'" + day + "' is not a day of the week such as saturday");
                }
                if (dow != null && !days.add(dow)) {
                    cx.problem(d, "weekend day '" + day + "' is given twice");
                }
            }
            b.weekend(days);
        }
        Boolean provisional = cx.bool(n, "provisional");
        if (provisional != null) {
            b.provisional(provisional);
        }
        if (cx.problemCount() > before) {
            return null;
        }
        try {
            return b.build();
        } catch (InvalidCalendarException ex) {
            for (Problem p : ex.problems()) {
                cx.problem(locate.apply(set, p.path()), p.message());
            }
            return null;
        }
    }

    private static MonthDay monthDay(BindContext cx, Node at, String text) {
        try {
            if (text.matches("[0-9]{2}-[0-9]{2}")) {
                return MonthDay.parse("--" + text);
            }
        } catch (java.time.DateTimeException ex) {
            // reported below, in words of the format
        }
        cx.problem(at, "'" + text + "' is not a month and day such as 01-07");
        return null;
    }

    private static DayOfWeek dayOfWeek(String day) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(day)) {
                return d;
            }
        }
        return null;
    }

    /**
     * Writes year rules as a holiday set's {@code statutory} member.
     *
     * @throws IllegalArgumentException if the rules are not statutory rules: the format has no
     *     form for rules computed by code
     */
    static ObjectNode write(YearRules rules) {
        if (!(rules instanceof StatutoryRules)) {
            throw new IllegalArgumentException("the year rules '" + rules.description()
                    + "' are not statutory rules; a policy file can hold only statutory rules");
        }
        StatutoryRules s = (StatutoryRules) rules;
        ObjectNode n = JsonText.object();
        n.put("source", s.source());
        ObjectNode holidays = n.putObject("holidays");
        List<Map.Entry<MonthDay, String>> days = new ArrayList<>(s.holidays().entrySet());
        for (int i = 0; i < days.size(); ) {
            int j = i + 1;
            while (j < days.size() && days.get(j).getValue().equals(days.get(i).getValue())
                    && next(days.get(j - 1).getKey()).equals(days.get(j).getKey())) {
                j++;
            }
            String from = days.get(i).getKey().toString().substring(2);
            String to = days.get(j - 1).getKey().toString().substring(2);
            holidays.put(j - i == 1 ? from : from + ".." + to, days.get(i).getValue());
            i = j;
        }
        if (s.carriesOver()) {
            if (s.carryOverExcept().isEmpty()) {
                n.put("carryOver", true);
            } else {
                ArrayNode except = n.putObject("carryOver").putArray("except");
                s.carryOverExcept().forEach(m -> except.add(String.format(Locale.ROOT, "%02d", m.getValue())));
            }
        }
        s.shortening().ifPresent(by -> n.put("shortBeforeHoliday", by.toString()));
        if (!s.weekend().equals(WEEKEND)) {
            ArrayNode weekend = n.putArray("weekend");
            s.weekend().forEach(d -> weekend.add(d.name().toLowerCase(Locale.ROOT)));
        }
        if (s.isProvisional()) {
            n.put("provisional", true);
        }
        return n;
    }

    /** The next month and day in a leap year, or the same day at the end of the year. */
    private static MonthDay next(MonthDay day) {
        LocalDate d = day.atYear(2000);
        return d.getDayOfYear() == 366 ? day : MonthDay.from(d.plusDays(1));
    }
}
