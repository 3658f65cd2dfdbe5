package dev.sla.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.json.DecisionJson;

/** Builds and writes the JSON output of the commands. */
final class Json {

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static String write(Object node) {
        return DecisionJson.text(node);
    }
}
