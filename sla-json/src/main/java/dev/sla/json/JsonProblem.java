package dev.sla.json;

import java.util.Objects;

/**
 * One problem found while loading a policy: the file, line and column where it is, its
 * JSON path, and what is wrong.
 *
 * @param file  the file name or origin, not null
 * @param line  the line, from 1; 0 when the JSON was given as a tree, without places
 * @param column  the column, from 1; 0 when the line is
 * @param path  the JSON pointer of the value concerned, such as {@code /targets/3/calendar}, not null
 * @param message  what is wrong and, where possible, what would fix it, not null
 */
public record JsonProblem(String file, int line, int column, String path, String message)
        implements Comparable<JsonProblem> {

    /**
     * Checks the fields.
     *
     * @param file  the file, not null
     * @param line  the line
     * @param column  the column
     * @param path  the path, not null
     * @param message  the message, not null
     */
    public JsonProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Orders problems by line, then column, then message.
     *
     * @param other  the other problem, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(JsonProblem other) {
        int c = Integer.compare(line, other.line);
        if (c == 0) {
            c = Integer.compare(column, other.column);
        }
        return c != 0 ? c : message.compareTo(other.message);
    }

    /**
     * Outputs the problem as {@code file:line:column: message (at path)}, or
     * {@code file: message (at path)} when it has no line.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message + (path.isEmpty() ? "" : " (at " + path + ")");
    }
}
