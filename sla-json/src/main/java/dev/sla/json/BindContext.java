package dev.sla.json;

import dev.sla.core.Ids;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What reading one JSON document shares: its origin, its located tree, the problems found
 * so far, and the located reading of fields, ids, texts, dates, durations and zones, each
 * reporting what is wrong where it is, with a "did you mean" where a name is close.
 */
final class BindContext {

    private final String file;
    private final Node root;
    private final List<JsonProblem> problems;
    /** The directory of the file read, against which the files it names are found; null for text. */
    private final Path directory;
    /** For arrays whose elements may be skipped: the JSON index of each element given to the model. */

    BindContext(String file, Node root, List<JsonProblem> problems, Path directory) {
        this.file = file;
        this.root = root;
        this.problems = problems;
        this.directory = directory;
    }

    /**
     * Reads a document: parses the text into a located tree, binds it, and returns what the
     * binding gives when no problem was found.
     *
     * @param origin  the file name or other origin
     * @param json  the JSON text
     * @param document  what the document holds, such as {@code policy}
     * @param failure  the message when binding gave nothing without saying why
     * @param bind  binds the tree, returning null when it cannot
     * @param fail  the exception that lists the problems
     */
    static <T> T load(String origin, String json, String document, String failure, Function<BindContext, T> bind,
            Function<List<JsonProblem>, ? extends JsonLoadException> fail) {
        return load(origin, null, json, document, failure, bind, fail);
    }

    /**
     * Reads a document read from a file in a directory, against which the files it names
     * are found.
     *
     * @param origin  the file name or other origin
     * @param directory  the directory of the file, or null for a document read from text
     * @param json  the JSON text
     * @param document  what the document holds, such as {@code policy}
     * @param failure  the message when binding gave nothing without saying why
     * @param bind  binds the tree, returning null when it cannot
     * @param fail  the exception that lists the problems
     */
    static <T> T load(String origin, Path directory, String json, String document, String failure,
            Function<BindContext, T> bind, Function<List<JsonProblem>, ? extends JsonLoadException> fail) {
        return load(origin, directory, r -> r.read(json), document, failure, bind, fail);
    }

    /**
     * Reads a document from a parser positioned on it, or from any other source of a located tree.
     *
     * @param origin  the file name or other origin
     * @param directory  the directory of the file, or null
     * @param parse  reads the tree with the given reader, returning null when it cannot
     * @param document  what the document holds, such as {@code ticket}
     * @param failure  the message when binding gave nothing without saying why
     * @param bind  binds the tree, returning null when it cannot
     * @param fail  the exception that lists the problems
     */
    static <T> T load(String origin, Path directory, Function<TreeReader, Node> parse, String document, String failure,
            Function<BindContext, T> bind, Function<List<JsonProblem>, ? extends JsonLoadException> fail) {
        List<JsonProblem> problems = new ArrayList<>();
        Node root = parse.apply(new TreeReader(origin, problems, document));
        T value = root == null ? null : bind.apply(new BindContext(origin, root, problems, directory));
        if (!problems.isEmpty() || value == null) {
            if (problems.isEmpty()) {
                problems.add(new JsonProblem(origin, 1, 1, "", failure));
            }
            Collections.sort(problems);
            throw fail.apply(problems);
        }
        return value;
    }

    Node root() {
        return root;
    }

    /** The directory of the file read, or null for a document read from text. */
    Path directory() {
        return directory;
    }

    /** The number of problems found so far, to tell whether a part added any. */
    int problemCount() {
        return problems.size();
    }

    /** The problems found so far, as a copy. */
    List<JsonProblem> problems() {
        return new ArrayList<>(problems);
    }

    // ------------------------------------------------------------------ problems
    void problem(Node at, String message) {
        problems.add(new JsonProblem(file, at.line, at.column, at.pointer, message));
    }

    /** Records a problem at a node found by a JSON pointer, under that pointer. */
    void problemAt(String pointer, String message) {
        Node at = root.find(pointer);
        problems.add(new JsonProblem(file, at.line, at.column, pointer, message));
    }

    /** Reports a missing required field at its parent, under the field's own path. */
    void missing(Node parent, String name) {
        missing(parent, name, "missing required field '" + name + "'");
    }

    /** Reports a missing required field at its parent, under the field's own path, in words of its own. */
    void missing(Node parent, String name, String message) {
        problems.add(new JsonProblem(file, parent.line, parent.column, Node.child(parent.pointer, name), message));
    }

    /** Checks the members of an object against the known names; reports the others. */
    void known(Node object, String... names) {
        Set<String> set = Set.of(names);
        for (Map.Entry<String, Node> e : object.members.entrySet()) {
            if (!set.contains(e.getKey())) {
                String near = Names.closest(e.getKey(), names);
                problem(e.getValue(), "unknown field '" + e.getKey() + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "; known fields: " + String.join(", ", names)));
            }
        }
    }

    // ------------------------------------------------------------------ located values
    Node object(Node parent, String name, boolean required) {
        Node n = parent.get(name);
        if (n == null) {
            if (required) {
                missing(parent, name);
            }
            return null;
        }
        if (!n.isObject()) {
            problem(n, "'" + name + "' must be an object, not " + n.describe());
            return null;
        }
        return n;
    }

    Node array(Node parent, String name) {
        Node n = parent.get(name);
        if (n == null) {
            return null;
        }
        if (!n.isArray()) {
            problem(n, "'" + name + "' must be an array, not " + n.describe());
            return null;
        }
        return n;
    }

    String string(Node parent, String name, boolean required) {
        Node n = parent.get(name);
        if (n == null) {
            if (required) {
                missing(parent, name);
            }
            return null;
        }
        return text(n, "'" + name + "'");
    }

    String text(Node n, String what) {
        if (!n.isString()) {
            problem(n, what + " must be a string, not " + n.describe());
            return null;
        }
        return n.text;
    }

    Boolean bool(Node parent, String name) {
        Node n = parent.get(name);
        if (n == null) {
            return null;
        }
        if (n.kind != Node.Kind.BOOLEAN) {
            problem(n, "'" + name + "' must be true or false, not " + n.describe());
            return null;
        }
        return Boolean.valueOf(n.text);
    }

    List<String> strings(Node parent, String name) {
        Node n = array(parent, name);
        List<String> out = new ArrayList<>();
        if (n != null) {
            for (Node e : n.elements) {
                String s = text(e, "each element of '" + name + "'");
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    String id(Node at, String value, String what) {
        if (value != null && !Ids.isId(value)) {
            problem(at, what + " '" + value + "' must be lower-case letters, digits and hyphens, such as 'first-response'");
            return null;
        }
        return value;
    }

    /** Runs a factory, turning its exception (a calendar's refusal included) into a problem at the node. */
    <T> T attempt(Node at, String what, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (DateTimeException | IllegalArgumentException | dev.sla.calendar.InvalidCalendarException ex) {
            problem(at, what + ": " + ex.getMessage());
            return null;
        }
    }

    LocalDate date(Node at, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException ex) {
            java.util.regex.Matcher m = ISO_DATE.matcher(text);
            String why = "";
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                why = month < 1 || month > 12 ? ": there is no month " + m.group(2)
                        : ": " + java.time.YearMonth.of(year, month) + " has " + java.time.YearMonth.of(year, month).lengthOfMonth()
                                + " days";
            }
            problem(at, "'" + text + "' is not an ISO date such as 2025-01-01" + why);
            return null;
        }
    }

    Duration duration(Node parent, String name, boolean required) {
        String s = string(parent, name, required);
        if (s == null) {
            return null;
        }
        return workingTime(parent.get(name), name, s, "");
    }

    /** A text shaped like an ISO date. */
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** Days and weeks in an ISO-8601 duration, which working time does not have. */
    private static final java.util.regex.Pattern DAYS =
            java.util.regex.Pattern.compile("[-+]?P(?:[-+]?\\d+[YMWD])+(?:T.*)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A working time such as {@code PT8H}: hours and minutes only. A day count ({@code P5D}) is
     * refused rather than taken as 24-hour days, and text that is no duration is named in the
     * format's words.
     *
     * @param at  the node of the value
     * @param name  the member, for messages
     * @param text  the text
     * @param alternatives  what else the member accepts, such as {@code , or 'none'}, or empty
     */
    Duration workingTime(Node at, String name, String text, String alternatives) {
        if (DAYS.matcher(text).matches()) {
            problem(at, "'" + name + "' " + text + " counts calendar days, which working time does not have:"
                    + " write the working hours, such as PT40H for five days of 8 working hours"
                    + " (business days are not a unit of a target)");
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeException ex) {
            problem(at, "'" + name + "' must be an ISO-8601 duration of hours and minutes such as PT8H or PT1H30M"
                    + alternatives + ", not '" + text + "'");
            return null;
        }
    }

    ZoneId zone(Node at, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException ex) {
            String near = Names.closest(zone, ZoneId.getAvailableZoneIds().toArray(new String[0]));
            problem(at, "unknown time zone '" + zone + "'" + (near != null ? "; did you mean '" + near + "'?"
                    : "; use an IANA id such as Europe/Moscow or UTC"));
            return null;
        }
    }

    static void members(Node object, Consumer<Map.Entry<String, Node>> each) {
        if (object != null) {
            object.members.entrySet().forEach(each);
        }
    }

    /**
     * Binds the entities of a section written as an object keyed by their ids (parties,
     * plans, services, metrics, calendars, holiday sets): checks each id, refuses a reserved
     * one, and reports a value that is not an object. An entity that is declared but invalid
     * gets a stand-in (its problems are already recorded), so that the model's validation
     * does not report every reference to it as unknown; the model is never returned when
     * there are binding problems.
     *
     * @param section  the section's object, or null when absent
     * @param kind  what an entity is called in messages, such as {@code plan}
     * @param shape  what the value must be, such as {@code an object with at least a 'name'}
     * @param refusal  the problem with an id, or null when it is free, checked before the shape; may be null
     * @param standIn  declares a stand-in for the id; may be null when nothing refers to the entity yet
     * @param bind  binds an entity's id and object
     */
    void entities(Node section, String kind, String shape, Function<String, String> refusal, Consumer<String> standIn,
            BiConsumer<String, Node> bind) {
        members(section, e -> {
            Node n = e.getValue();
            String entityId = id(n, e.getKey(), kind + " id");
            if (entityId == null) {
                return;
            }
            String refused = refusal == null ? null : refusal.apply(entityId);
            if (refused != null) {
                problem(n, refused);
                return;
            }
            if (!n.isObject()) {
                problem(n, kind + " '" + entityId + "' must be " + shape);
                if (standIn != null) {
                    standIn.accept(entityId);
                }
                return;
            }
            bind.accept(entityId, n);
        });
    }
}
