package dev.sla.cli;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.TimeRange;
import dev.sla.calendar.WeeklyHours;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly hours of a calendar as a chart: for each day of the week, Monday first, the spans of the day that are
 * open, in seconds of the day. A range that crosses midnight is drawn on its day up to 24:00 and on the next day
 * from 00:00 (Sunday's goes on to Monday).
 */
final class WeekChart {

    private static final int DAY = 86_400;
    /** The columns of a text row: one per half hour. */
    private static final int COLUMNS = 48;

    private final WeeklyHours hours;
    private final List<List<int[]>> spans;
    private final DocText text;
    private final List<String> days;

    private WeekChart(WeeklyHours hours, List<List<int[]>> spans, DocText text) {
        this.hours = hours;
        this.spans = spans;
        this.text = text;
        this.days = text.paddedDays();
    }

    /** Draws weekly hours, with the day names and words of a language. */
    static WeekChart of(WeeklyHours hours, DocText text) {
        List<List<int[]>> spans = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            spans.add(new ArrayList<>());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            int i = day.getValue() - 1;
            for (TimeRange r : hours.on(day).ranges()) {
                spans.get(i).add(new int[] {r.startSecond(), Math.min(r.endSecond(), DAY)});
                if (r.isOvernight()) {
                    spans.get((i + 1) % 7).add(new int[] {0, r.endSecond() - DAY});
                }
            }
        }
        return new WeekChart(hours, spans, text);
    }

    /** The open spans of a day, 0 for Monday, as {start, end} seconds of the day. */
    List<int[]> spans(int day) {
        return spans.get(day);
    }

    /** The hours of a day of the week as text, such as {@code 08:00-16:00} or {@code closed}. */
    String hoursText(int day) {
        DayHours h = hours.on(DayOfWeek.of(day + 1));
        return text.hours(h);
    }

    /** The short name of a day of the week in the chart's language, 0 for Monday. */
    String dayName(int day) {
        return text.day(DayOfWeek.of(day + 1), TextStyle.SHORT);
    }

    /**
     * The chart as lines of text, one per half hour: {@code █} open the whole half hour, {@code ▌} part of it,
     * {@code ·} closed; the hours of the day after it.
     */
    List<String> textLines() {
        List<String> lines = new ArrayList<>();
        StringBuilder scale = new StringBuilder(" ".repeat(days.get(0).length() + 2));
        for (int h = 0; h <= 24; h += 3) {
            scale.append(String.format("%02d", h));
            if (h < 24) {
                scale.append("    ");
            }
        }
        lines.add(scale.toString());
        for (int d = 0; d < 7; d++) {
            StringBuilder sb = new StringBuilder(days.get(d)).append("  ");
            for (int c = 0; c < COLUMNS; c++) {
                int from = c * (DAY / COLUMNS);
                int to = from + DAY / COLUMNS;
                int open = 0;
                for (int[] s : spans.get(d)) {
                    open += Math.max(0, Math.min(to, s[1]) - Math.max(from, s[0]));
                }
                sb.append(open >= to - from ? '█' : open > 0 ? '▌' : '·');
            }
            lines.add(sb.append("  ").append(hoursText(d)).toString());
        }
        return lines;
    }
}
