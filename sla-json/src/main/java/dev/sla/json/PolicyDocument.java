package dev.sla.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.Problem;
import dev.sla.core.InvalidPolicyException;
import dev.sla.core.Policy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy document as a whole: its own fields ({@code id}, {@code name},
 * {@code description}, {@code effectiveFrom}, {@code zone}, {@code vendor}), the order of
 * its sections, and the model's validation, whose problems are placed in the document.
 */
final class PolicyDocument {

    /** How a model problem names another rule or target: by its index among those bound. */
    private static final Pattern RULE_REFERENCE =
            Pattern.compile("\\b(classification rule|mode rule|intake rule|target) ([0-9]{1,9})\\b");

    /** The members of a policy document. */
    private static final String[] FIELDS = {"$schema", "id", "name", "description", "effectiveFrom", "zone", "vendor",
        "holidaySets", "calendars", "parties", "plans", "attributes", "statuses", "services", "defaultAssignment",
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
        Policy.Builder b = Policy.builder(id == null ? "invalid" : id);
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
        CalendarJson.read(cx, b);
        CatalogueJson.read(cx, b);
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
        if (!p.zone().equals(ZoneOffset.UTC)) {
            root.put("zone", p.zone().getId());
        }
        root.put("vendor", p.vendor());
        CalendarJson.write(p, root);
        CatalogueJson.write(p, root);
        RuleJson.write(p, root);
        MetricJson.write(p, root);
        return JsonText.print(root);
    }

    // ------------------------------------------------------------------ the model's problems in the document
    /**
     * Records the problems of the model's own validation in the document: each path and
     * each rule or target a message names is counted among the JSON elements rather than
     * among those given to the model; a problem on a path that a binding problem already
     * concerns is left out as a consequence of it.
     */
    private static void placeModelProblems(BindContext cx, InvalidPolicyException ex) {
        List<JsonProblem> earlier = cx.problems();
        Map<String, List<Integer>> bound = cx.boundIndexes();
        for (Problem p : ex.problems()) {
            String path = jsonPath(bound, p.path());
            if (!overlaps(path, earlier)) {
                cx.problemAt(path, jsonMessage(bound, p.message()));
            }
        }
    }

    /** The JSON pointer of a model problem's path, whose array indexes count only the elements bound. */
    private static String jsonPath(Map<String, List<Integer>> bound, String path) {
        for (Map.Entry<String, List<Integer>> e : bound.entrySet()) {
            String prefix = e.getKey() + "/";
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                int slash = rest.indexOf('/');
                String index = slash < 0 ? rest : rest.substring(0, slash);
                if (!index.isEmpty() && index.chars().allMatch(Character::isDigit) && index.length() < 10
                        && Integer.parseInt(index) < e.getValue().size()) {
                    return prefix + e.getValue().get(Integer.parseInt(index)) + (slash < 0 ? "" : rest.substring(slash));
                }
            }
        }
        return path;
    }

    /** A model problem's message, with the rules and targets it names counted as in the JSON. */
    private static String jsonMessage(Map<String, List<Integer>> bound, String message) {
        Matcher m = RULE_REFERENCE.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String array = m.group(1).equals("classification rule") ? "/severities/rules"
                    : m.group(1).equals("mode rule") ? "/modes" : m.group(1).equals("intake rule") ? "/intake" : "/targets";
            String path = jsonPath(bound, array + "/" + m.group(2));
            m.appendReplacement(sb, m.group(1) + " " + path.substring(array.length() + 1));
        }
        return m.appendTail(sb).toString();
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
