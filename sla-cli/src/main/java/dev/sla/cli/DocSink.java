package dev.sla.cli;

import java.util.List;
import java.util.Map;

/**
 * Where {@link PolicyDocWriter} writes a document: headings, paragraphs, lists, tables with footnote marks, week
 * charts and footnotes, each format in its own class ({@link MarkdownDoc}, {@link HtmlDoc}). Text is given plain;
 * each format escapes it.
 */
interface DocSink {

    /**
     * A table cell: its text and the numbers of the footnotes it refers to.
     *
     * @param text  the text
     * @param notes  the footnote numbers, in order
     */
    record Cell(String text, List<Integer> notes) {

        /** A cell without footnotes. */
        static Cell of(String text) {
            return new Cell(text, List.of());
        }
    }

    /** Starts the document with its title, a subtitle line and the language of its text (a BCP 47 tag). */
    void title(String title, String subtitle, String language);

    /** A section heading. */
    void heading(String text);

    /** A heading within a section. */
    void subheading(String text);

    /** A paragraph. */
    void paragraph(String text);

    /** A list, numbered or not. */
    void list(List<String> items, boolean numbered);

    /** A table with a header row; the first column names the rows. */
    void table(List<String> header, List<List<Cell>> rows);

    /** The weekly hours of a calendar as a chart. */
    void weekChart(String caption, WeekChart chart);

    /** Footnotes by number, after the table that refers to them. */
    void footnotes(Map<Integer, String> notes);

    /** Ends the document and returns its text. */
    String finish();
}
