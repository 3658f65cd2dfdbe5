package dev.sla.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.Problem;
import dev.sla.core.InvalidPolicyException;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A policy document as a whole: its own fields ({@code id}, {@code name},
 * {@code description}, {@code effectiveFrom}, {@code zone}, {@code vendor}), its
 * {@code parameters} ({@link ParameterJson}), the order of
 * its sections, and the model's validation, whose problems are placed in the document.
 */
final class PolicyDocument {

    /** The members of a policy document. */
    private static final String[] FIELDS = {"$schema", "id", "name", "description", "effectiveFrom", "zone", "vendor",
        "parameters", "holidaySets", "calendars", "parties", "plans", "attributes", "statuses", "statusClasses", "services", "defaultAssignment",
        "severities", "modes", "intake", "metrics", "targets"};

    private PolicyDocument() {
    }

    /** Binds a policy; returns null when problems were found. */
    static Policy read(BindContext cx) {
        Node root = cx.root();
        if (!root.isObject()) {
            cx.problem(root, "a policy must be a JSON object, not " + root.describe());
            return null;
        }
        cx.known(root, FIELDS);
        String id = cx.id(root.get("id") == null ? root : root.get("id"), cx.string(root, "id", true), "policy id");
        int before = cx.problemCount();
        PolicyBuilder b = Policy.builder(id == null ? "invalid" : id);
        String name = cx.string(root, "name", false);
        if (name != null) {
            b.name(name);
        }
        String description = cx.string(root, "description", false);
        if (description != null) {
            b.description(description);
        }
        String effective = cx.string(root, "effectiveFrom", false);
        if (effective != null) {
            LocalDate d = cx.attempt(root.get("effectiveFrom"), "'effectiveFrom' must be an ISO date such as 2025-01-01",
                    () -> LocalDate.parse(effective));
            if (d != null) {
                b.effectiveFrom(d);
            }
        }
        String zone = cx.string(root, "zone", false);
        if (zone != null) {
            ZoneId z = cx.zone(root.get("zone"), zone);
            if (z != null) {
                b.zone(z);
            }
        }
        String vendor = cx.string(root, "vendor", true);
        if (vendor != null) {
            b.vendor(vendor);
        }
        ParameterJson.read(cx, b);
        CalendarJson.read(cx, b);
        CatalogueJson.read(cx, b);
        StatusClassJson.read(cx, b);
        RuleJson.read(cx, b);
        MetricJson.read(cx, b);
        int bindingProblems = cx.problemCount() - before;
        try {
            Policy policy = b.build();
            return bindingProblems == 0 && id != null ? policy : null;
        } catch (InvalidPolicyException ex) {
            placeModelProblems(cx, ex);
            return null;
        }
    }

    /** Writes a policy: its own fields, then each section in the order of the format. */
    static String write(Policy p) {
        ObjectNode root = JsonText.object();
        root.put("id", p.id());
        root.put("name", p.name());
        if (!p.description().isEmpty()) {
            root.put("description", p.description());
        }
        p.effectiveFrom().ifPresent(d -> root.put("effectiveFrom", d.toString()));
        if (!p.zone().equals(Policy.DEFAULT_ZONE)) {
            root.put("zone", p.zone().getId());
        }
        root.put("vendor", p.vendor());
        ParameterJson.write(p, root);
        CalendarJson.write(p, root);
        CatalogueJson.write(p, root);
        StatusClassJson.write(p, root);
        RuleJson.write(p, root);
        MetricJson.write(p, root);
        return JsonText.print(root);
    }

    // ------------------------------------------------------------------ the model's problems in the document
    /**
     * Records the problems of the model's own validation in the document. The builder was
     * given the JSON path of every rule and target, so each problem arrives located and
     * names other elements by their place in the file; a problem on a path that a binding
     * problem already concerns is left out as a consequence of it.
     */
    private static void placeModelProblems(BindContext cx, InvalidPolicyException ex) {
        List<JsonProblem> earlier = cx.problems();
        for (Problem p : ex.problems()) {
            if (!overlaps(p.path(), earlier)) {
                cx.problemAt(p.path(), p.message());
            }
        }
    }

    /** A model problem on a path that a binding problem already concerns is a consequence of it. */
    private static boolean overlaps(String path, List<JsonProblem> earlier) {
        for (JsonProblem e : earlier) {
            if (within(e.path(), path) || !e.path().isEmpty() && within(path, e.path())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a JSON pointer is another or below it: /targets/1 is not below /targets/10. */
    private static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + "/");
    }
}
