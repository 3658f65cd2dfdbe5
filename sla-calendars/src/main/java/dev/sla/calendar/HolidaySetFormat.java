package dev.sla.calendar;

import dev.sla.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The text form of a {@link HolidaySet}: the parser behind {@link HolidaySet#parse(CharSequence)}
 * and the writer behind {@link HolidaySet#format()}. The writer's output is canonical: the
 * header lines, then one dated rule a line in date order, then the recurring holidays.
 */
final class HolidaySetFormat {

    private static final String ENTRIES = "set, name, source, year, holiday, dayoff, working, short, recurring or statutory";
    private static final String STATUTORY = "statutory source TEXT, statutory provisional, statutory holiday MM-DD[..MM-DD] NOTE, "
            + "statutory weekend DAY..., statutory carryover [except MM...] or statutory short DURATION";

    private HolidaySetFormat() {
    }

    // ------------------------------------------------------------------ writer
    /**
     * Writes a set in its canonical text form.
     *
     * @param set  the set
     * @return the text, ending with a line break
     * @throws InvalidCalendarException if a text of the set cannot be written on one line
     */
    static String format(HolidaySet set) {
        List<Problem> problems = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String name = set.name();
        if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            problems.add(new Problem("", "the set's name '" + name + "' is not one word"));
        }
        sb.append("set ").append(name).append('\n');
        if (!set.title().equals(name)) {
            sb.append("name ").append(writable(set.title(), "the title", problems)).append('\n');
        }
        for (String source : set.sources()) {
            sb.append("source ").append(writable(source, "a source", problems)).append('\n');
        }
        for (Map.Entry<Integer, String> e : set.yearSources().entrySet()) {
            sb.append("year ").append(e.getKey())
                    .append(set.isProvisional(Year.of(e.getKey())) ? " provisional" : "")
                    .append(" source ").append(writable(e.getValue(), "the source of " + e.getKey(), problems)).append('\n');
        }
        for (DayRule r : set.rules()) {
            switch (r.kind()) {
                case HOLIDAY:
                    sb.append("holiday ").append(r.date());
                    break;
                case DAY_OFF:
                    sb.append("dayoff ").append(r.date());
                    break;
                case WORKING_DAY:
                    sb.append("working ").append(r.date()).append(' ').append(r.like());
                    break;
                default:
                    sb.append("short ").append(r.date()).append(' ').append(r.shortening());
                    break;
            }
            sb.append(' ').append(writable(r.note(), "the note of " + r.date(), problems)).append('\n');
        }
        for (Map.Entry<MonthDay, String> e : set.recurringHolidays().entrySet()) {
            String day = e.getKey().toString().substring(2);
            sb.append("recurring ").append(day).append(' ')
                    .append(writable(e.getValue(), "the note of recurring " + day, problems)).append('\n');
        }
        set.yearRules().ifPresent(rules -> {
            if (rules instanceof StatutoryRules) {
                statutory((StatutoryRules) rules, sb, problems);
            } else {
                problems.add(new Problem("", "the years of set '" + name + "' outside its data are computed by "
                        + rules.description() + ", which has no text form"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidCalendarException("holiday set '" + name + "'", problems);
        }
        return sb.toString();
    }

    /** Writes statutory rules, holidays of consecutive days with one name as a range. */
    private static void statutory(StatutoryRules rules, StringBuilder sb, List<Problem> problems) {
        sb.append("statutory source ").append(writable(rules.source(), "the source of the statutory rules", problems))
                .append('\n');
        if (rules.isProvisional()) {
            sb.append("statutory provisional\n");
        }
        if (!rules.weekend().equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
            sb.append("statutory weekend");
            rules.weekend().forEach(d -> sb.append(' ').append(d));
            sb.append('\n');
        }
        if (rules.carriesOver()) {
            sb.append("statutory carryover");
            if (!rules.carryOverExcept().isEmpty()) {
                sb.append(" except");
                rules.carryOverExcept().forEach(m -> sb.append(String.format(" %02d", m.getValue())));
            }
            sb.append('\n');
        }
        rules.shortening().ifPresent(by -> sb.append("statutory short ").append(by).append('\n'));
        List<Map.Entry<MonthDay, String>> days = new ArrayList<>(rules.holidays().entrySet());
        for (int i = 0; i < days.size(); ) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue().equals(days.get(i).getValue())
                    && days.get(j).getKey().atYear(2000).plusDays(1).equals(days.get(j + 1).getKey().atYear(2000))) {
                j++;
            }
            String from = days.get(i).getKey().toString().substring(2);
            sb.append("statutory holiday ").append(from)
                    .append(j > i ? ".." + days.get(j).getKey().toString().substring(2) : "").append(' ')
                    .append(writable(days.get(i).getValue(), "the note of statutory " + from, problems)).append('\n');
            i = j + 1;
        }
    }

    /** Returns the text if it can be written at the end of a line, else records a problem. */
    private static String writable(String text, String what, List<Problem> problems) {
        if (text.isBlank() || !text.strip().equals(text) || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            problems.add(new Problem("", what + " '" + text + "' cannot be written on one line"));
        }
        return text;
    }

    // ------------------------------------------------------------------ parser
    /**
     * Reads the text form.
     *
     * @param text  the text, not null
     * @param origin  the file name or description used in messages
     * @return the set
     * @throws InvalidCalendarException listing every problem with its line number
     */
    static HolidaySet parse(CharSequence text, String origin) {
        Objects.requireNonNull(text, "text");
        List<Problem> problems = new ArrayList<>();
        HolidaySet.Builder b = null;
        Statutory statutory = new Statutory();
        String[] lines = text.toString().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            Line line = new Line(origin, i + 1, content, problems);
            String keyword = line.field(0);
            if (keyword.equals("set")) {
                if (b != null) {
                    line.problem("'set' appears twice");
                } else {
                    String name = line.need(1, "the set's name");
                    if (name != null) {
                        b = HolidaySet.builder(name);
                    }
                }
                continue;
            }
            if (b == null) {
                line.problem("the first entry must be 'set NAME'");
                continue;
            }
            b.at(origin, i + 1);
            if (keyword.equals("statutory")) {
                statutory.entry(line);
            } else {
                entry(b, keyword, line);
            }
        }
        if (b == null) {
            problems.add(new Problem("", origin + ": no 'set NAME' line"));
        } else {
            statutory.finish(b);
            if (problems.isEmpty()) {
                // the builder checks itself once, on building
                try {
                    return b.build();
                } catch (InvalidCalendarException ex) {
                    problems.addAll(ex.problems());
                }
            } else {
                problems.addAll(b.problems());
            }
        }
        throw new InvalidCalendarException(origin, problems);
    }

    /** Reads one entry after the {@code set} line into the builder, recording its problems. */
    private static void entry(HolidaySet.Builder b, String keyword, Line line) {
        switch (keyword) {
            case "name": {
                String title = line.rest(1);
                if (title != null) {
                    b.title(title);
                }
                break;
            }
            case "source": {
                String source = line.rest(1);
                if (source != null) {
                    b.source(source);
                }
                break;
            }
            case "year": {
                Integer year = line.year(1);
                boolean provisional = "provisional".equals(line.field(2));
                int at = provisional ? 3 : 2;
                if (year == null) {
                    return;
                }
                if (!"source".equals(line.field(at))) {
                    line.problem("expected 'year YYYY [provisional] source TEXT'");
                    return;
                }
                String source = line.rest(at + 1);
                if (source != null) {
                    b.year(year, source, provisional);
                }
                break;
            }
            case "holiday": {
                String dates = line.need(1, "the date");
                if (dates == null) {
                    return;
                }
                int dots = dates.indexOf("..");
                LocalDate from = line.date(dots < 0 ? dates : dates.substring(0, dots));
                LocalDate to = dots < 0 ? from : line.date(dates.substring(dots + 2));
                String note = line.rest(2);
                if (from != null && to != null && note != null) {
                    if (dots < 0) {
                        b.holiday(from, note);
                    } else {
                        b.holidays(from, to, note);
                    }
                }
                break;
            }
            case "dayoff": {
                LocalDate date = line.date(line.need(1, "the date"));
                String note = line.rest(2);
                if (date != null && note != null) {
                    b.dayOff(date, note);
                }
                break;
            }
            case "working": {
                LocalDate date = line.date(line.need(1, "the date"));
                DayOfWeek like = line.weekday(line.need(2, "the day of the week whose hours it takes"));
                String note = line.rest(3);
                if (date != null && like != null && note != null) {
                    b.workingDay(date, like, note);
                }
                break;
            }
            case "short": {
                LocalDate date = line.date(line.need(1, "the date"));
                Duration by = line.duration(line.need(2, "the shortening"));
                String note = line.rest(3);
                if (date != null && by != null && note != null) {
                    b.shortDay(date, by, note);
                }
                break;
            }
            case "recurring": {
                MonthDay day = line.monthDay(line.need(1, "the month and day, MM-DD"));
                String note = line.rest(2);
                if (day != null && note != null) {
                    b.recurringHoliday(day, note);
                }
                break;
            }
            default:
                line.problem("unknown entry '" + keyword + "'; expected " + ENTRIES);
        }
    }

    /** The {@code statutory} lines of a text, read into the builder of statutory rules. */
    private static final class Statutory {
        private StatutoryRules.Builder rules;
        private Line first;

        void entry(Line line) {
            String what = line.need(1, "what the statutory line states: " + STATUTORY);
            if (what == null) {
                return;
            }
            if (rules == null && !what.equals("source")) {
                line.problem("the first statutory line must be 'statutory source TEXT'");
                return;
            }
            int before = rules == null ? 0 : rules.entryProblems().size();
            switch (what) {
                case "source": {
                    String source = line.rest(2);
                    if (rules != null) {
                        line.problem("'statutory source' appears twice");
                    } else if (source != null) {
                        rules = StatutoryRules.builder(source);
                        first = line;
                    }
                    return;
                }
                case "provisional":
                    rules.provisional(true);
                    break;
                case "holiday": {
                    String days = line.need(2, "the month and day, MM-DD or MM-DD..MM-DD");
                    if (days == null) {
                        return;
                    }
                    int dots = days.indexOf("..");
                    MonthDay from = line.monthDay(dots < 0 ? days : days.substring(0, dots));
                    MonthDay to = dots < 0 ? from : line.monthDay(days.substring(dots + 2));
                    String note = line.rest(3);
                    if (from != null && to != null && note != null) {
                        rules.holidays(from, to, note);
                    }
                    break;
                }
                case "weekend": {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    String[] f = line.content.split("\\s+");
                    for (int k = 2; k < f.length; k++) {
                        DayOfWeek day = line.weekday(f[k]);
                        if (day == null) {
                            return;
                        }
                        days.add(day);
                    }
                    rules.weekend(days);
                    break;
                }
                case "carryover": {
                    Set<Month> except = EnumSet.noneOf(Month.class);
                    String[] f = line.content.split("\\s+");
                    if (f.length > 2 && !f[2].equals("except")) {
                        line.problem("expected 'statutory carryover [except MM...]'");
                        return;
                    }
                    for (int k = 3; k < f.length; k++) {
                        if (!f[k].matches("0[1-9]|1[0-2]")) {
                            line.problem("invalid month '" + f[k] + "'; expected two digits from 01 to 12");
                            return;
                        }
                        except.add(Month.of(Integer.parseInt(f[k])));
                    }
                    rules.carryOver(except);
                    break;
                }
                case "short": {
                    Duration by = line.duration(line.need(2, "the shortening"));
                    if (by != null) {
                        rules.shortBeforeHoliday(by);
                    }
                    break;
                }
                default:
                    line.problem("unknown statutory entry '" + what + "'; expected " + STATUTORY);
                    return;
            }
            if (rules.entryProblems().size() > before) {
                line.problem(rules.entryProblems().get(before).message());
            }
        }

        /** Gives the rules read to the set's builder; a problem of the lines was recorded with its line. */
        void finish(HolidaySet.Builder b) {
            if (rules == null) {
                return;
            }
            List<Problem> found = rules.problems();
            if (found.isEmpty()) {
                b.yearRules(rules.build());
            } else if (found.size() > rules.entryProblems().size()) {
                first.problem(found.get(found.size() - 1).message());
            }
        }
    }

    /**
     * Splits stripped text at runs of whitespace into at most {@code limit} fields, the last
     * one holding the rest of the text, as {@code text.split("\\s+", limit)} does, without
     * compiling a regular expression for every line read.
     */
    static String[] fields(String text, int limit) {
        List<String> found = new ArrayList<>(limit);
        int i = 0;
        int n = text.length();
        while (i < n && found.size() < limit - 1) {
            int end = i;
            while (end < n && !space(text.charAt(end))) {
                end++;
            }
            if (end == n) {
                break;
            }
            found.add(text.substring(i, end));
            i = end;
            while (i < n && space(text.charAt(i))) {
                i++;
            }
        }
        found.add(text.substring(i));
        return found.toArray(new String[0]);
    }

    /** Checks if a character is whitespace as the {@code \s} of a regular expression means it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * One line of the text with its fields. Each reader returns null and records one
     * problem (the first of the line) when the field is missing or invalid.
     */
    private static final class Line {
        private final String origin;
        private final int number;
        private final String content;
        private final String[] fields;
        private final List<Problem> problems;
        private boolean failed;

        Line(String origin, int number, String content, List<Problem> problems) {
            this.origin = origin;
            this.number = number;
            this.content = content;
            this.fields = fields(content, 5);
            this.problems = problems;
        }

        void problem(String message) {
            if (!failed) {
                problems.add(new Problem("", origin + ":" + number + ": " + message));
                failed = true;
            }
        }

        /** The field at an index, or null if the line is shorter. */
        String field(int index) {
            return index < fields.length ? fields[index] : null;
        }

        String need(int index, String what) {
            String f = field(index);
            if (f == null) {
                problem("missing " + what);
            }
            return f;
        }

        /** The text after the first {@code skip} whitespace-separated fields; must not be empty. */
        String rest(int skip) {
            String[] f = fields(content, skip + 1);
            if (f.length <= skip || f[skip].isBlank()) {
                problem("missing the note at the end of the line");
                return null;
            }
            return f[skip].strip();
        }

        Integer year(int index) {
            String f = need(index, "the year");
            if (f == null) {
                return null;
            }
            if (!f.matches("[0-9]{4}")) {
                problem("invalid year '" + f + "'; expected four digits such as 2025");
                return null;
            }
            return Integer.valueOf(f);
        }

        LocalDate date(String text) {
            if (text == null) {
                return null;
            }
            try {
                if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                    int year = digits(text, 0, 4);
                    int month = digits(text, 5, 7);
                    int day = digits(text, 8, 10);
                    if (year >= 0 && month >= 0 && day >= 0) {
                        return LocalDate.of(year, month, day);
                    }
                }
                return LocalDate.parse(text);
            } catch (DateTimeException ex) {
                problem("invalid date '" + text + "'; expected an existing date written YYYY-MM-DD");
                return null;
            }
        }

        /** The number written by the digits from {@code from} to {@code to}, or -1 if one is not a digit. */
        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        DayOfWeek weekday(String text) {
            if (text == null) {
                return null;
            }
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.name().equalsIgnoreCase(text)) {
                    return d;
                }
            }
            problem("unknown weekday '" + text + "'; expected MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY");
            return null;
        }

        Duration duration(String text) {
            if (text == null) {
                return null;
            }
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException ex) {
                problem("invalid shortening '" + text + "'; expected an ISO-8601 duration such as PT1H or PT30M");
                return null;
            }
        }

        MonthDay monthDay(String text) {
            if (text == null) {
                return null;
            }
            try {
                return MonthDay.parse("--" + text);
            } catch (DateTimeParseException ex) {
                problem("invalid month and day '" + text + "'; expected an existing day written MM-DD such as 12-25");
                return null;
            }
        }
    }
}
