package dev.sla.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.IntakeRule;
import dev.sla.core.Mode;
import dev.sla.core.ModeRule;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.SeverityLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sections {@code severities} (levels, classification rules, default), {@code modes}
 * and {@code intake}, and the conditions of their rules: how they are read and written.
 *
 * <p>A condition {@code when} is an object of clauses, each of which must hold. A clause on
 * an attribute is a value, an array of values (the attribute is one of them),
 * {@code {"not": value or [values]}} (it is none of them, or not stated), or
 * {@code {"is": value or [values], "not": value or [values]}} (one of the first and none
 * of the second); an object clause may add {@code "present": true} (the attribute is
 * stated, so {@code {"not": [...], "present": true}} reads "stated and none of them"), or be
 * {@code {"absent": true}} (the attribute is not stated).
 *
 * <p>A mode rule may carry a {@code scope}: {@code {"performer": party or [parties],
 * "mode": mode or [modes]}}, the cells it rewrites (by default the vendor's, in any mode).
 * An intake rule's {@code redirect} is a party id, {@code {"party": id}} or
 * {@code {"plan": id}} (another support line).
 */
final class RuleJson {

    private RuleJson() {
    }

    // ------------------------------------------------------------------ reading
    /** Reads the severities, the mode rules and the intake rules of a policy into its builder. */
    static void read(BindContext cx, PolicyBuilder b) {
        severities(cx, b, cx.object(cx.root(), "severities", false));
        modes(cx, b, cx.array(cx.root(), "modes"));
        intake(cx, b, cx.array(cx.root(), "intake"));
    }

    private static void severities(BindContext cx, PolicyBuilder b, Node severities) {
        if (severities == null) {
            return;
        }
        cx.known(severities, "levels", "rules", "default");
        Node levels = cx.array(severities, "levels");
        if (levels != null) {
            for (Node l : levels.elements) {
                if (!l.isObject()) {
                    cx.problem(l, "a severity level must be an object with 'id' and 'name'");
                    continue;
                }
                cx.known(l, "id", "name", "description");
                String levelId = cx.id(l, cx.string(l, "id", true), "severity id");
                String name = cx.string(l, "name", true);
                String description = cx.string(l, "description", false);
                if (levelId != null) {
                    b.severity(new SeverityLevel(levelId, name != null ? name : levelId, description == null ? "" : description),
                            l.pointer);
                }
            }
        }
        Node rules = cx.array(severities, "rules");
        if (rules != null) {
            for (Node r : rules.elements) {
                if (!r.isObject()) {
                    cx.problem(r, "a classification rule must be an object with 'when' and 'level'");
                    continue;
                }
                cx.known(r, "when", "level");
                Condition when = condition(cx, r, true);
                String level = cx.string(r, "level", true);
                if (when != null && level != null) {
                    b.classify(new ClassificationRule(when, level), r.pointer);
                }
            }
        }
        String def = cx.string(severities, "default", false);
        if (def != null) {
            b.defaultSeverity(def);
        }
    }

    private static void modes(BindContext cx, PolicyBuilder b, Node modes) {
        if (modes == null) {
            return;
        }
        for (Node r : modes.elements) {
            if (!r.isObject()) {
                cx.problem(r, "a mode rule must be an object with 'when', 'mode' and 'note'");
                continue;
            }
            cx.known(r, "when", "mode", "note", "scope");
            Condition when = condition(cx, r, true);
            String mode = cx.string(r, "mode", true);
            String note = cx.string(r, "note", true);
            Mode m = mode == null ? null : cx.attempt(r.get("mode"), "invalid mode", () -> Mode.of(mode));
            ModeRule scoped = scope(cx, r);
            if (when != null && m != null && note != null && scoped != null) {
                b.mode(new ModeRule(when, m, note, scoped.performers(), scoped.modes()), r.pointer);
            }
        }
    }

    /** The scope of a mode rule, carried by a rule of no other meaning; an empty scope if none; null after a problem. */
    private static ModeRule scope(BindContext cx, Node rule) {
        Node n = cx.object(rule, "scope", false);
        if (n == null) {
            return rule.get("scope") == null ? new ModeRule(Condition.ALWAYS, Mode.FULL, "") : null;
        }
        cx.known(n, "performer", "mode");
        if (n.get("performer") == null && n.get("mode") == null) {
            cx.problem(n, "a scope names the cells a mode rule rewrites: {\"performer\": party or [parties],"
                    + " \"mode\": mode or [modes]}, or both");
            return null;
        }
        String[] parties = n.get("performer") == null ? new String[0] : values(cx, "performer", n.get("performer"));
        String[] modes = n.get("mode") == null ? new String[0] : values(cx, "mode", n.get("mode"));
        if (parties == null || modes == null) {
            return null;
        }
        List<Mode> cellModes = new ArrayList<>();
        for (String m : modes) {
            Mode mode = cx.attempt(n.get("mode"), "invalid mode", () -> Mode.of(m));
            if (mode == null) {
                return null;
            }
            cellModes.add(mode);
        }
        return new ModeRule(Condition.ALWAYS, Mode.FULL, "").scoped(List.of(parties), cellModes);
    }

    private static void intake(BindContext cx, PolicyBuilder b, Node intake) {
        if (intake == null) {
            return;
        }
        for (Node r : intake.elements) {
            if (!r.isObject()) {
                cx.problem(r, "an intake rule must be an object with 'when', 'reason' and optionally 'redirect'");
                continue;
            }
            cx.known(r, "when", "reason", "redirect");
            Condition when = condition(cx, r, true);
            String reason = cx.string(r, "reason", true);
            String[] redirect = redirect(cx, r.get("redirect"));
            if (when != null && reason != null && redirect != null) {
                b.intake(new IntakeRule(when, reason, redirect[0], redirect[1]), r.pointer);
            }
        }
    }

    /** Where an intake rule sends a request: {party, plan}, both null if nowhere; null after a problem. */
    private static String[] redirect(BindContext cx, Node n) {
        if (n == null) {
            return new String[2];
        }
        if (n.isString()) {
            return new String[] {n.text, null};
        }
        if (!n.isObject()) {
            cx.problem(n, "'redirect' must be a party id, {\"party\": id} or {\"plan\": id}, not " + n.describe());
            return null;
        }
        cx.known(n, "party", "plan");
        String party = n.get("party") == null ? null : cx.text(n.get("party"), "'party'");
        String plan = n.get("plan") == null ? null : cx.text(n.get("plan"), "'plan'");
        if (party != null && plan != null || n.members.isEmpty()) {
            cx.problem(n, "a redirect names a party or a plan: {\"party\": id} or {\"plan\": id}, one of them");
            return null;
        }
        return party == null && plan == null ? null : new String[] {party, plan};
    }

    /** The condition {@code when} of a rule, or null when it is missing or has a problem. */
    static Condition condition(BindContext cx, Node parent, boolean required) {
        Node n = cx.object(parent, "when", required);
        if (n == null) {
            return null;
        }
        Condition c = Condition.ALWAYS;
        boolean ok = true;
        for (Map.Entry<String, Node> e : n.members.entrySet()) {
            String attribute = e.getKey();
            Node v = e.getValue();
            if (!v.isObject()) {
                String[] anyOf = values(cx, attribute, v);
                if (anyOf == null) {
                    ok = false;
                } else {
                    c = c.and(attribute, anyOf);
                }
                continue;
            }
            cx.known(v, "is", "not", "present", "absent");
            Node is = v.get("is");
            Node not = v.get("not");
            Boolean present = flag(cx, v, "present");
            Boolean absent = flag(cx, v, "absent");
            if (present == null || absent == null) {
                ok = false;
                continue;
            }
            if (absent && v.members.size() > 1) {
                cx.problem(v, "a clause {\"absent\": true} says the attribute is not stated; it takes no other member");
                ok = false;
                continue;
            }
            if (absent) {
                c = c.andAbsent(attribute);
                continue;
            }
            if (present) {
                c = c.andPresent(attribute);
            }
            if (is == null && not == null) {
                if (present) {
                    continue;
                }
                cx.problem(v, "a clause written as an object is {\"is\": value or [values]}, {\"not\": value or [values]},"
                        + " or both, optionally with \"present\": true; or {\"present\": true}; or {\"absent\": true}");
                ok = false;
                continue;
            }
            String[] anyOf = is == null ? null : values(cx, attribute, is);
            String[] noneOf = not == null ? null : values(cx, attribute, not);
            if (is != null && anyOf == null || not != null && noneOf == null) {
                ok = false;
                continue;
            }
            c = anyOf == null ? c : c.and(attribute, anyOf);
            c = noneOf == null ? c : c.andNot(attribute, noneOf);
        }
        return ok ? c : null;
    }

    /** A flag of a clause that may only be true: false if missing, null after a problem. */
    private static Boolean flag(BindContext cx, Node clause, String name) {
        Node n = clause.get(name);
        if (n == null) {
            return Boolean.FALSE;
        }
        if (!"true".equals(n.text) || n.isString()) {
            cx.problem(n, "'" + name + "' can only be true" + ("present".equals(name)
                    ? "; for an attribute that is not stated write {\"absent\": true}"
                    : "; for an attribute that is stated write {\"present\": true}"));
            return null;
        }
        return Boolean.TRUE;
    }

    /** The values of a clause: a value or a non-empty array of distinct values; null after a problem. */
    private static String[] values(BindContext cx, String attribute, Node v) {
        List<String> values = new ArrayList<>();
        if (v.isString()) {
            values.add(v.text);
        } else if (v.isArray() && !v.elements.isEmpty()) {
            for (Node x : v.elements) {
                String s = cx.text(x, "a value of '" + attribute + "'");
                if (s != null && values.contains(s)) {
                    cx.problem(x, "'" + s + "' is listed twice in the clause on '" + attribute + "'");
                } else if (s != null) {
                    values.add(s);
                }
            }
            if (values.size() < v.elements.size()) {
                return null;
            }
        } else {
            cx.problem(v, "the clause on '" + attribute + "' must be a value, a non-empty array of values, or {\"not\": ...}");
            return null;
        }
        return values.toArray(new String[0]);
    }

    // ------------------------------------------------------------------ writing
    /** Writes the severities, the mode rules and the intake rules of a policy. */
    static void write(Policy p, ObjectNode root) {
        if (!p.severities().isEmpty() || !p.classification().isEmpty() || p.defaultSeverity().isPresent()) {
            ObjectNode sev = root.putObject("severities");
            ArrayNode levels = sev.putArray("levels");
            for (SeverityLevel l : p.severities()) {
                ObjectNode n = levels.addObject();
                n.put("id", l.id());
                n.put("name", l.name());
                if (!l.description().isEmpty()) {
                    n.put("description", l.description());
                }
            }
            if (!p.classification().isEmpty()) {
                ArrayNode rules = sev.putArray("rules");
                for (ClassificationRule r : p.classification()) {
                    ObjectNode n = rules.addObject();
                    n.set("when", condition(r.when()));
                    n.put("level", r.level());
                }
            }
            p.defaultSeverity().ifPresent(d -> sev.put("default", d));
        }
        if (!p.modeRules().isEmpty()) {
            ArrayNode modes = root.putArray("modes");
            for (ModeRule r : p.modeRules()) {
                ObjectNode n = modes.addObject();
                n.set("when", condition(r.when()));
                n.put("mode", r.mode().id());
                n.put("note", r.note());
                if (!r.performers().isEmpty() || !r.modes().isEmpty()) {
                    ObjectNode scope = n.putObject("scope");
                    if (!r.performers().isEmpty()) {
                        values(scope, "performer", r.performers());
                    }
                    if (!r.modes().isEmpty()) {
                        Set<String> ids = new LinkedHashSet<>();
                        r.modes().forEach(m -> ids.add(m.id()));
                        values(scope, "mode", ids);
                    }
                }
            }
        }
        if (!p.intakeRules().isEmpty()) {
            ArrayNode intake = root.putArray("intake");
            for (IntakeRule r : p.intakeRules()) {
                ObjectNode n = intake.addObject();
                n.set("when", condition(r.when()));
                n.put("reason", r.reason());
                if (r.redirect() != null) {
                    n.put("redirect", r.redirect());
                } else if (r.redirectPlan() != null) {
                    n.putObject("redirect").put("plan", r.redirectPlan());
                }
            }
        }
    }

    /** Writes a condition: each attribute once, with the values it must be one of, none of, or both. */
    static ObjectNode condition(Condition c) {
        ObjectNode n = JsonText.object();
        Set<String> attributes = new LinkedHashSet<>(c.anyOf().keySet());
        attributes.addAll(c.noneOf().keySet());
        attributes.addAll(c.present());
        attributes.addAll(c.absent());
        for (String attribute : attributes) {
            Set<String> anyOf = c.anyOf().get(attribute);
            Set<String> noneOf = c.noneOf().get(attribute);
            boolean present = c.present().contains(attribute);
            if (c.absent().contains(attribute)) {
                n.putObject(attribute).put("absent", true);
            } else if (noneOf == null && !present) {
                values(n, attribute, anyOf);
            } else {
                ObjectNode clause = n.putObject(attribute);
                if (anyOf != null) {
                    values(clause, "is", anyOf);
                }
                if (noneOf != null) {
                    values(clause, "not", noneOf);
                }
                if (present) {
                    clause.put("present", true);
                }
            }
        }
        return n;
    }

    private static void values(ObjectNode n, String name, Set<String> values) {
        if (values.size() == 1) {
            n.put(name, values.iterator().next());
        } else {
            new TreeSet<>(values).forEach(n.putArray(name)::add);
        }
    }
}
