package dev.sla.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Parameter;
import dev.sla.core.ParameterKind;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import java.util.Arrays;

/**
 * The section {@code parameters}: the values a policy leaves to each customer's contract,
 * each {@code {"kind": "duration" | "hours" | "zone" | "holidays", "name", "description"}}
 * under its id; and the reference {@code {"parameter": id}} that a target's {@code time}
 * and a calendar's {@code zone}, {@code hours} and {@code holidays} take in place of a value.
 */
final class ParameterJson {

    private ParameterJson() {
    }

    /** Reads the parameters of a policy into its builder. */
    static void read(BindContext cx, PolicyBuilder b) {
        cx.entities(cx.object(cx.root(), "parameters", false), "parameter", "an object with a 'kind'", null,
                id -> b.parameter(Parameter.of(id, kindOfUse(cx.root(), id))), (id, n) -> {
                    cx.known(n, "kind", "name", "description");
                    String kind = cx.string(n, "kind", true);
                    String name = cx.string(n, "name", false);
                    String description = cx.string(n, "description", false);
                    if (kind == null) {
                        return;
                    }
                    ParameterKind k = ParameterKind.ofId(kind).orElse(null);
                    if (k == null) {
                        String[] kinds = Arrays.stream(ParameterKind.values()).map(ParameterKind::id).toArray(String[]::new);
                        String near = Names.closest(kind, kinds);
                        cx.problem(n.get("kind"), "unknown parameter kind '" + kind + "'"
                                + (near != null ? "; did you mean '" + near + "'?" : "") + "; known: "
                                + String.join(", ", kinds));
                        // a stand-in, so that what names it is not reported as naming an unknown parameter
                        b.parameter(Parameter.of(id, kindOfUse(cx.root(), id)));
                        return;
                    }
                    b.parameter(new Parameter(id, k, name, description));
                });
    }

    /**
     * The kind of a parameter by where the document names it: a target's time takes a
     * duration, a calendar's zone, hours and holidays their own kinds; a duration if unnamed.
     */
    private static ParameterKind kindOfUse(Node root, String id) {
        Node calendars = root.get("calendars");
        if (calendars != null && calendars.isObject()) {
            for (Node c : calendars.members.values()) {
                for (ParameterKind k : new ParameterKind[] {ParameterKind.ZONE, ParameterKind.HOURS, ParameterKind.HOLIDAYS}) {
                    Node part = c.isObject() ? c.get(k.id()) : null;
                    Node ref = part != null && part.isObject() ? part.get("parameter") : null;
                    if (ref != null && ref.isString() && ref.text.equals(id)) {
                        return k;
                    }
                }
            }
        }
        return ParameterKind.DURATION;
    }

    /**
     * Reads a reference {@code {"parameter": id}}; returns the id, or null with a problem.
     */
    static String reference(BindContext cx, Node n) {
        cx.known(n, "parameter");
        String id = cx.string(n, "parameter", true);
        return id == null ? null : cx.id(n.get("parameter"), id, "parameter id");
    }

    /** A reference to a parameter, as written. */
    static ObjectNode reference(String id) {
        ObjectNode n = JsonText.object();
        n.put("parameter", id);
        return n;
    }

    /** Writes the parameters of a policy. */
    static void write(Policy p, ObjectNode root) {
        if (p.parameters().isEmpty()) {
            return;
        }
        ObjectNode section = root.putObject("parameters");
        for (Parameter parameter : p.parameters().values()) {
            ObjectNode n = section.putObject(parameter.id());
            n.put("kind", parameter.kind().id());
            if (parameter.name() != null) {
                n.put("name", parameter.name());
            }
            if (parameter.description() != null) {
                n.put("description", parameter.description());
            }
        }
    }
}
