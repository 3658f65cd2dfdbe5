package dev.sla.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.TreeSet;

/** What the writers of the sections share: the tree factory, and the text of a written tree. */
final class JsonText {

    /** Creates the written trees and prints them. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {
    }

    /** A new empty object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The text of a written document: two-space indents, one member a line, a final newline. */
    static String print(ObjectNode root) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Sets a member to an object unless the object is empty. */
    static void putIfAny(ObjectNode parent, String name, ObjectNode child) {
        if (!child.isEmpty()) {
            parent.set(name, child);
        }
    }

    /** Sets a member to the sorted strings unless there are none. */
    static void strings(ObjectNode n, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            new TreeSet<>(values).forEach(n.putArray(name)::add);
        }
    }
}
