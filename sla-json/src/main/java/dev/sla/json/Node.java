package dev.sla.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value with the place it was read from and its JSON pointer. */
final class Node {

    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    final Kind kind;
    final String pointer;
    final int line;
    final int column;
    /** For objects: the members in order. */
    final Map<String, Node> members;
    /** For arrays: the elements. */
    final List<Node> elements;
    /** For strings, numbers and booleans: the text. */
    final String text;

    Node(Kind kind, String pointer, int line, int column, Map<String, Node> members, List<Node> elements, String text) {
        this.kind = kind;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.members = members;
        this.elements = elements;
        this.text = text;
    }

    boolean isObject() {
        return kind == Kind.OBJECT;
    }

    boolean isArray() {
        return kind == Kind.ARRAY;
    }

    boolean isString() {
        return kind == Kind.STRING;
    }

    Node get(String name) {
        return members == null ? null : members.get(name);
    }

    String describe() {
        switch (kind) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            default:
                return "null";
        }
    }

    /** The deepest node on the way to a JSON pointer. */
    Node find(String target) {
        Node n = this;
        if (target.isEmpty() || target.equals("/")) {
            return n;
        }
        for (String raw : target.substring(1).split("/")) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            Node next = null;
            if (n.isObject()) {
                next = n.members.get(token);
            } else if (n.isArray()) {
                try {
                    int i = Integer.parseInt(token);
                    next = i >= 0 && i < n.elements.size() ? n.elements.get(i) : null;
                } catch (NumberFormatException ex) {
                    next = null;
                }
            }
            if (next == null) {
                return n;
            }
            n = next;
        }
        return n;
    }

    static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static Map<String, Node> newMembers() {
        return new LinkedHashMap<>();
    }
}
