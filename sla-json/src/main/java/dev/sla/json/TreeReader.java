package dev.sla.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads JSON text into a tree of located nodes, with limits against hostile input. */
final class TreeReader {

    /** The deepest nesting accepted. */
    static final int MAX_DEPTH = 64;
    /** The longest string accepted, in characters. */
    static final int MAX_STRING = 100_000;
    /** The largest document accepted, in characters. */
    static final int MAX_DOCUMENT = 4_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(100)
                    .maxDocumentLength(MAX_DOCUMENT)
                    .build())
            .build();

    /** Jackson's description of a place in the input, such as a start marker. */
    private static final java.util.regex.Pattern SOURCE =
            java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private final String file;
    private final List<JsonProblem> problems;
    private final String document;

    /**
     * Creates a reader of one document.
     *
     * @param file  the file name or origin, used in problems
     * @param problems  where problems go
     * @param document  what the document holds, in problems, such as {@code policy}
     */
    TreeReader(String file, List<JsonProblem> problems, String document) {
        this.file = file;
        this.problems = problems;
        this.document = document;
    }

    /** The root node, or null if the text is not JSON (the problem is recorded). */
    Node read(String text) {
        if (text.length() > MAX_DOCUMENT) {
            problems.add(new JsonProblem(file, 1, 1, "", "the file is " + text.length()
                    + " characters long; policies are limited to " + MAX_DOCUMENT));
            return null;
        }
        return parse(() -> FACTORY.createParser(text));
    }

    /** The root node of a document read from a stream of characters, or null (the problem is recorded). */
    Node read(java.io.Reader reader) {
        return parse(() -> FACTORY.createParser(reader));
    }

    /** Opens a parser on a document. */
    private interface Opener {
        JsonParser open() throws IOException;
    }

    private Node parse(Opener opener) {
        try (JsonParser p = opener.open()) {
            return read(p, true);
        } catch (IOException ex) {
            problems.add(new JsonProblem(file, 1, 1, "", "cannot read: " + ex.getMessage()));
            return null;
        }
    }

    /**
     * The value at the parser's current token (or its next one, if it has none yet), or null
     * if it cannot be read (the problem is recorded); places are those the parser reports,
     * none (line 0) for a parser over a tree.
     *
     * @param p  the parser
     * @param whole  true if the value must be the whole input
     */
    Node read(JsonParser p, boolean whole) {
        try {
            JsonToken t = p.currentToken() != null ? p.currentToken() : p.nextToken();
            if (t == null) {
                problems.add(new JsonProblem(file, 1, 1, "", "the file is empty; a " + document + " is a JSON object"));
                return null;
            }
            Node root = value(p, "", 0);
            if (whole && root != null && p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(new JsonProblem(file, l.getLineNr(), l.getColumnNr(), "",
                        "unexpected content after the end of the " + document + " object"));
                return null;
            }
            return root;
        } catch (DepthException ex) {
            return null;
        } catch (StreamConstraintsException ex) {
            // a limit of the reader (string, name or number length, document size): no location of its own
            JsonLocation l = p.currentLocation();
            String msg = ex.getOriginalMessage().replaceAll(", from `[^`]*`", "");
            problems.add(new JsonProblem(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), "",
                    "too large: " + msg));
            return null;
        } catch (JsonProcessingException ex) {
            JsonLocation l = ex.getLocation();
            String msg = ex.getOriginalMessage();
            int nl = msg.indexOf('\n');
            if (nl > 0) {
                msg = msg.substring(0, nl);
            }
            msg = JsonSyntax.plain(SOURCE.matcher(msg).replaceAll("line $1, column $2"));
            problems.add(new JsonProblem(file, l == null ? 1 : Math.max(1, l.getLineNr()),
                    l == null ? 1 : Math.max(1, l.getColumnNr()), "", "malformed JSON: " + msg));
            return null;
        } catch (IOException ex) {
            problems.add(new JsonProblem(file, 1, 1, "", "cannot read: " + ex.getMessage()));
            return null;
        }
    }

    private Node value(JsonParser p, String pointer, int depth) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = Math.max(0, l.getLineNr());
        int column = line == 0 ? 0 : Math.max(0, l.getColumnNr());
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            problems.add(new JsonProblem(file, line, column, pointer, "nesting deeper than " + MAX_DEPTH + " levels"));
            throw new DepthException();
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> members = Node.newMembers();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    int keyLine = Math.max(0, kl.getLineNr());
                    p.nextToken();
                    Node child = value(p, Node.child(pointer, name), depth + 1);
                    if (members.containsKey(name)) {
                        problems.add(new JsonProblem(file, keyLine, keyLine == 0 ? 0 : kl.getColumnNr(), Node.child(pointer, name),
                                "duplicate key '" + name + "'; it is also on line " + members.get(name).line));
                    } else {
                        members.put(name, child);
                    }
                }
                return new Node(Node.Kind.OBJECT, pointer, line, column, members, null, null);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(p, pointer + "/" + elements.size(), depth + 1));
                }
                return new Node(Node.Kind.ARRAY, pointer, line, column, null, elements, null);
            }
            case VALUE_STRING:
                return new Node(Node.Kind.STRING, pointer, line, column, null, null, string(p, pointer, line, column));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(Node.Kind.NUMBER, pointer, line, column, null, null, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(Node.Kind.BOOLEAN, pointer, line, column, null, null, p.getText());
            default:
                return new Node(Node.Kind.NULL, pointer, line, column, null, null, null);
        }
    }

    /** A string's text, or a located problem if it is longer than the limit. */
    private String string(JsonParser p, String pointer, int line, int column) throws IOException {
        try {
            return p.getText();
        } catch (StreamConstraintsException ex) {
            problems.add(new JsonProblem(file, line, column, pointer, "a string longer than " + MAX_STRING
                    + " characters; strings are limited to " + MAX_STRING));
            throw new DepthException();
        }
    }

    /** Ends reading when nesting is too deep or a string too long; the problem is already recorded. */
    static final class DepthException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
