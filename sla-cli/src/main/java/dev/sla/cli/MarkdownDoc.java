package dev.sla.cli;

import java.util.List;
import java.util.Map;

/** A document as Markdown (CommonMark with GitHub's tables); footnote marks are written {@code [1]}. */
final class MarkdownDoc implements DocSink {

    private final StringBuilder sb = new StringBuilder();

    @Override
    public void title(String title, String subtitle, String language) {
        sb.append("# ").append(inline(title)).append("\n\n").append(inline(subtitle)).append("\n\n");
    }

    @Override
    public void heading(String text) {
        sb.append("## ").append(inline(text)).append("\n\n");
    }

    @Override
    public void subheading(String text) {
        sb.append("### ").append(inline(text)).append("\n\n");
    }

    @Override
    public void paragraph(String text) {
        sb.append(inline(text)).append("\n\n");
    }

    @Override
    public void list(List<String> items, boolean numbered) {
        for (int i = 0; i < items.size(); i++) {
            sb.append(numbered ? (i + 1) + ". " : "- ").append(inline(items.get(i))).append('\n');
        }
        sb.append('\n');
    }

    @Override
    public void table(List<String> header, List<List<Cell>> rows) {
        sb.append('|');
        header.forEach(h -> sb.append(' ').append(cell(h)).append(" |"));
        sb.append("\n|");
        header.forEach(h -> sb.append("---|"));
        sb.append('\n');
        for (List<Cell> row : rows) {
            sb.append('|');
            for (Cell c : row) {
                sb.append(' ').append(cell(c.text()));
                c.notes().forEach(n -> sb.append(" [").append(n).append(']'));
                sb.append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    @Override
    public void weekChart(String caption, WeekChart chart) {
        sb.append(inline(caption)).append("\n\n```text\n");
        chart.textLines().forEach(l -> sb.append(l).append('\n'));
        sb.append("```\n\n");
    }

    @Override
    public void footnotes(Map<Integer, String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        notes.forEach((n, text) -> sb.append("- [").append(n).append("] ").append(inline(text)).append('\n'));
        sb.append('\n');
    }

    @Override
    public String finish() {
        return sb.toString().stripTrailing() + "\n";
    }

    /** Text on one line, with the characters that would start Markdown markup escaped. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                out.append(' ');
            } else {
                if ("\\`*_[]<>#|".indexOf(ch) >= 0) {
                    out.append('\\');
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.isEmpty() ? " " : inline(text);
    }
}
