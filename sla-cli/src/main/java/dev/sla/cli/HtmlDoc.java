package dev.sla.cli;

import java.util.List;
import java.util.Map;

/**
 * A document as one self-contained HTML5 file: its style sheet inline (with print rules), its week charts as
 * inline SVG, no script and nothing fetched from the network.
 */
final class HtmlDoc implements DocSink {

    private static final String STYLE = String.join("\n",
            "body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.45;",
            "  color: #1d1d1f; margin: 0 auto; max-width: 60rem; padding: 1.5rem; }",
            "h1 { font-size: 1.8rem; margin-bottom: 0.2rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; }",
            ".subtitle { color: #555; margin-top: 0; }",
            "table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }",
            "th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }",
            "th { background: #eef1f5; } tbody th { font-weight: normal; background: #f7f8fa; }",
            "sup a { text-decoration: none; } .notes { font-size: 0.85rem; color: #444; list-style: none; padding-left: 0; }",
            "figure { margin: 0.5rem 0 1rem; } figcaption { font-size: 0.9rem; color: #444; }",
            "svg.week { width: 100%; max-width: 48rem; height: auto; }",
            "svg.week .open { fill: #2f6fb0; } svg.week .closed { fill: #eceff3; }",
            "svg.week text { font-size: 12px; fill: #333; font-family: inherit; }",
            "@media print {",
            "  body { max-width: none; padding: 0; font-size: 10pt; }",
            "  h2 { break-after: avoid; } table, figure { break-inside: avoid; }",
            "  a { color: inherit; } * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }",
            "}");

    private static final int LABEL = 44;
    private static final int HOUR = 20;
    private static final int ROW = 22;
    private static final int TOP = 18;

    private final StringBuilder sb = new StringBuilder();

    @Override
    public void title(String title, String subtitle, String language) {
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(attr(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(text(title)).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(text(subtitle)).append("</p>\n");
    }

    @Override
    public void heading(String text) {
        sb.append("<h2>").append(text(text)).append("</h2>\n");
    }

    @Override
    public void subheading(String text) {
        sb.append("<h3>").append(text(text)).append("</h3>\n");
    }

    @Override
    public void paragraph(String text) {
        sb.append("<p>").append(text(text)).append("</p>\n");
    }

    @Override
    public void list(List<String> items, boolean numbered) {
        String tag = numbered ? "ol" : "ul";
        sb.append('<').append(tag).append(">\n");
        items.forEach(i -> sb.append("<li>").append(text(i)).append("</li>\n"));
        sb.append("</").append(tag).append(">\n");
    }

    @Override
    public void table(List<String> header, List<List<Cell>> rows) {
        sb.append("<table>\n<thead>\n<tr>");
        header.forEach(h -> sb.append("<th scope=\"col\">").append(text(h)).append("</th>"));
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (List<Cell> row : rows) {
            sb.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th" : "td";
                sb.append('<').append(tag).append(i == 0 ? " scope=\"row\">" : ">").append(text(row.get(i).text()));
                row.get(i).notes().forEach(n -> sb.append("<sup><a href=\"#note-").append(n).append("\">")
                        .append(n).append("</a></sup>"));
                sb.append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    @Override
    public void weekChart(String caption, WeekChart chart) {
        int width = LABEL + 24 * HOUR + 130;
        int height = TOP + 7 * ROW;
        sb.append("<figure>\n<svg class=\"week\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(attr(caption)).append("\">\n");
        for (int h = 0; h <= 24; h += 3) {
            sb.append("<text x=\"").append(LABEL + h * HOUR).append("\" y=\"12\" text-anchor=\"middle\">")
                    .append(String.format("%02d", h)).append("</text>\n");
        }
        for (int d = 0; d < 7; d++) {
            int y = TOP + d * ROW;
            sb.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(text(chart.dayName(d))).append("</text>\n");
            sb.append("<rect class=\"closed\" x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(24 * HOUR).append("\" height=\"").append(ROW - 4).append("\"/>\n");
            for (int[] s : chart.spans(d)) {
                sb.append("<rect class=\"open\" x=\"").append(num(LABEL + s[0] * HOUR / 3600.0)).append("\" y=\"")
                        .append(y + 2).append("\" width=\"").append(num((s[1] - s[0]) * HOUR / 3600.0))
                        .append("\" height=\"").append(ROW - 4).append("\"/>\n");
            }
            sb.append("<text x=\"").append(LABEL + 24 * HOUR + 8).append("\" y=\"").append(y + 15).append("\">")
                    .append(text(chart.hoursText(d))).append("</text>\n");
        }
        sb.append("</svg>\n<figcaption>").append(text(caption)).append("</figcaption>\n</figure>\n");
    }

    @Override
    public void footnotes(Map<Integer, String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        sb.append("<ul class=\"notes\">\n");
        notes.forEach((n, t) -> sb.append("<li id=\"note-").append(n).append("\"><sup>").append(n).append("</sup> ")
                .append(text(t)).append("</li>\n"));
        sb.append("</ul>\n");
    }

    @Override
    public String finish() {
        return sb.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    /** Text escaped for an element's content. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Text escaped for a quoted attribute value. */
    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
