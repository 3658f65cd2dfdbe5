package dev.sla.cli;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.WeeklyHours;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a policy document writes itself, in one language: sentences from the resource bundle
 * {@code dev/sla/cli/doc*.properties} (MessageFormat patterns, so a quote is written twice), and weekday names, dates,
 * durations and weekly hours in the language's own forms. English keeps the document's original text.
 */
final class DocText {

    /** The languages a document can be written in, English first. */
    static final List<String> LANGUAGES = List.of("en", "ru", "fr");

    private static final String BUNDLE = "dev.sla.cli.doc";

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateText;
    private final DateTimeFormatter dateFirst;
    private final DateTimeFormatter dateCell;

    private DocText(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        // the English bundle is the base one, asked for by the root locale: no fallback to the JVM's default locale
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.equals("en") ? Locale.ROOT : locale);
        this.dateText = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
        this.dateFirst = DateTimeFormatter.ofPattern(bundle.getString("format.dateFirst"), locale);
        this.dateCell = DateTimeFormatter.ofPattern(bundle.getString("format.dateCell"), locale);
    }

    /** The words of a language, one of {@link #LANGUAGES}. */
    static DocText of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no document language '" + language + "'");
        }
        return new DocText(language);
    }

    /**
     * The language a policy's document is written in by default: the first language its plans declare, when every
     * plan that declares languages names the same one first and it is one of {@link #LANGUAGES}; else English.
     */
    static String defaultLanguage(Policy policy) {
        String found = null;
        for (Plan p : policy.plans().values()) {
            if (p.languages().isEmpty()) {
                continue;
            }
            String first = Locale.forLanguageTag(p.languages().get(0)).getLanguage();
            if (found != null && !found.equals(first)) {
                return "en";
            }
            found = first;
        }
        return found != null && LANGUAGES.contains(found) ? found : "en";
    }

    /** The language, a BCP 47 tag such as {@code ru}. */
    String language() {
        return language;
    }

    /** The words of a key with its values put in; values are given as text. */
    String s(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException ex) {
            throw new IllegalStateException("no document text '" + key + "' in " + language, ex);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Checks if the bundle has a key. */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Texts joined with the word "or", such as {@code a or b}. */
    String or(List<String> texts) {
        return String.join(" " + s("word.or") + " ", texts);
    }

    /** Clauses joined with semicolons, as the language spaces them. */
    String clauses(List<String> texts) {
        return String.join(s("format.semicolon"), texts);
    }

    /** Texts joined with the word "and". */
    String and(List<String> texts) {
        return String.join(" " + s("word.and") + " ", texts);
    }

    /**
     * A mode in words, such as {@code consultative only}; a mode the bundle does not name (a policy's own) reads as
     * its id, in English with spaces for hyphens as before.
     */
    String mode(String id) {
        String key = "mode." + id;
        return has(key) ? s(key) : language.equals("en") ? id.replace('-', ' ') : id;
    }

    /** The name of a day of the week, full or short, as the language writes it. */
    String day(DayOfWeek day, TextStyle style) {
        return day.getDisplayName(style, locale);
    }

    /** The short names of the days of the week, Monday first, padded to one width for a text chart. */
    List<String> paddedDays() {
        int width = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            width = Math.max(width, day(d, TextStyle.SHORT).length());
        }
        String[] out = new String[7];
        for (DayOfWeek d : DayOfWeek.values()) {
            StringBuilder sb = new StringBuilder(day(d, TextStyle.SHORT));
            while (sb.length() < width) {
                sb.append(' ');
            }
            out[d.getValue() - 1] = sb.toString();
        }
        return List.of(out);
    }

    /** A date in a sentence, such as {@code 2024-01-01}, {@code 1 января 2024} or {@code 1er janvier 2024}. */
    String date(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? dateFirst : dateText).format(date);
    }

    /** A date in a table cell, such as {@code 2026-01-09} or {@code 09.01.2026}. */
    String dateCell(LocalDate date) {
        return dateCell.format(date);
    }

    /** A duration in hours and minutes, such as {@code 2 h} or {@code 1 h 30 min}. */
    String time(Duration d) {
        long h = d.toHours();
        int m = d.toMinutesPart();
        int sec = d.toSecondsPart();
        StringBuilder sb = new StringBuilder();
        if (h > 0) {
            sb.append(s("unit.hours", Long.toString(h)));
        }
        if (m > 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(s("unit.minutes", Integer.toString(m)));
        }
        if (sec > 0 || sb.length() == 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(s("unit.seconds", Integer.toString(sec)));
        }
        return sb.toString();
    }

    /** The hours of a day, such as {@code 09:00-13:00,14:00-18:00}, or the word for closed. */
    String hours(DayHours h) {
        return h.isClosed() ? s("hours.closed") : h.toString();
    }

    /**
     * Weekly hours in words, grouping consecutive days with equal hours, such as {@code Mon-Fri 08:00-16:00}; in
     * English exactly as the calendar writes them.
     */
    String week(WeeklyHours w) {
        if (language.equals("en") || w.equals(WeeklyHours.ALWAYS)) {
            return w.toString();
        }
        if (w.isClosed()) {
            return s("hours.closedWeek");
        }
        return w.format(d -> day(d, TextStyle.SHORT));
    }

    /** Text with its first letter in capitals. */
    String capital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
