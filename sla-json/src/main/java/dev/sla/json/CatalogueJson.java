package dev.sla.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Assignment;
import dev.sla.core.Mode;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.Requirement;
import dev.sla.core.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sections {@code parties}, {@code plans}, {@code attributes}, {@code statuses},
 * {@code services} with their coverage, and {@code defaultAssignment}: how they are read
 * and written.
 *
 * <p>A coverage cell is a party id (performed in full), or {@code {"performer", "mode",
 * "note"}} where the performer {@code none} means nobody and then needs a mode, and where
 * the performer may be an array of party ids, any of which performs the task, in order.
 *
 * <p>A plan may list {@code languagesByException}, {@code enforce} its {@code channels}
 * and {@code languages}, and list {@code requirements}, each {@code {"id", "name"}} for
 * content or {@code {"id", "name", "attribute", "value"}} for an attribute's value, with
 * {@code "refuses": true} if a request lacking it is not accepted.
 *
 * <p>
 * A plan may state {@code defaultAssignment} (a cell: who performs a ticket on it that
 * names no service) and {@code defaultMode} (the mode in which the vendor handles the cells
 * it performs in full on it); plans inheriting it share both unless they state their own.
 */
final class CatalogueJson {

    private CatalogueJson() {
    }

    // ------------------------------------------------------------------ reading
    /** Reads the parties, plans, attributes, statuses, services and default assignment into the builder. */
    static void read(BindContext cx, PolicyBuilder b) {
        Node root = cx.root();
        parties(cx, b, cx.object(root, "parties", true));
        plans(cx, b, cx.object(root, "plans", true));
        attributes(cx, b, cx.object(root, "attributes", false));
        Node statuses = cx.array(root, "statuses");
        if (statuses != null) {
            for (Node s : statuses.elements) {
                String v = cx.id(s, cx.text(s, "a status"), "status");
                if (v != null) {
                    b.statuses(v);
                }
            }
        }
        services(cx, b, cx.object(root, "services", false));
        Node def = root.get("defaultAssignment");
        if (def != null) {
            Assignment a = cell(cx, def);
            if (a != null) {
                b.defaultAssignment(a);
            }
        }
    }

    private static void parties(BindContext cx, PolicyBuilder b, Node parties) {
        cx.entities(parties, "party", "an object with 'name' and 'kind'",
                partyId -> partyId.equals(Assignment.NOBODY) ? "'none' is reserved for cells nobody performs; choose another party id" : null,
                partyId -> b.party(Party.of(partyId, partyId, Party.Kind.THIRD_PARTY)), (partyId, n) -> {
            cx.known(n, "name", "kind");
            String name = cx.string(n, "name", true);
            String kind = cx.string(n, "kind", true);
            Party.Kind k = null;
            if (kind != null) {
                k = Names.partyKind(kind);
                if (k == null) {
                    cx.problem(n.get("kind"), "unknown party kind '" + kind + "'; use vendor, customer or third-party");
                }
            }
            if (name != null && k != null) {
                b.party(Party.of(partyId, name, k));
            } else {
                b.party(Party.of(partyId, partyId, k == null ? Party.Kind.THIRD_PARTY : k));
            }
        });
    }

    private static void plans(BindContext cx, PolicyBuilder b, Node plans) {
        cx.entities(plans, "plan", "an object with at least a 'name'", null, planId -> b.plan(Plan.of(planId, planId)),
                (planId, n) -> {
            cx.known(n, "name", "inherits", "languages", "channels", "languagesByException", "enforce", "requirements",
                    "defaultAssignment", "defaultMode");
            String name = cx.string(n, "name", true);
            String parent = cx.string(n, "inherits", false);
            List<String> languages = cx.strings(n, "languages");
            List<String> channels = cx.strings(n, "channels");
            List<String> byException = cx.strings(n, "languagesByException");
            boolean enforcesChannels = false;
            boolean enforcesLanguages = false;
            Node enforce = cx.array(n, "enforce");
            if (enforce != null) {
                for (Node e : enforce.elements) {
                    String what = cx.text(e, "each element of 'enforce'");
                    if ("channels".equals(what)) {
                        enforcesChannels = true;
                    } else if ("languages".equals(what)) {
                        enforcesLanguages = true;
                    } else if (what != null) {
                        String near = Names.closest(what, ENFORCED);
                        cx.problem(e, "a plan enforces 'channels' or 'languages', not '" + what + "'"
                                + (near != null ? "; did you mean '" + near + "'?" : ""));
                    }
                }
            }
            List<Requirement> requirements = requirements(cx, n);
            b.plan(new Plan(planId, name != null ? name : planId, parent, languages, channels, byException,
                    enforcesChannels, enforcesLanguages, requirements));
            planDefaults(cx, b, planId, n);
        });
    }

    /** What a plan can enforce. */
    private static final String[] ENFORCED = {"channels", "languages"};

    /**
     * A plan's requirements: each {@code {"id", "name", "attribute", "value", "refuses", "services"}},
     * content when it names no attribute; the ones with a problem are left out.
     */
    private static List<Requirement> requirements(BindContext cx, Node plan) {
        Node list = cx.array(plan, "requirements");
        List<Requirement> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (Node r : list.elements) {
            if (!r.isObject()) {
                cx.problem(r, "a requirement must be an object with 'id' and 'name', and 'attribute' and 'value' for an"
                        + " attribute the request must have");
                continue;
            }
            cx.known(r, "id", "name", "attribute", "value", "refuses", "services");
            String id = cx.id(r.get("id") == null ? r : r.get("id"), cx.string(r, "id", true), "requirement id");
            String name = cx.string(r, "name", true);
            String attribute = cx.string(r, "attribute", false);
            String value = cx.string(r, "value", false);
            Boolean refuses = cx.bool(r, "refuses");
            List<String> services = cx.strings(r, "services");
            if (twice(cx, r.get("services"), services, id)) {
                continue;
            }
            if (attribute != null && value == null) {
                cx.missing(r, "value", "missing required field 'value': the value attribute '" + attribute
                        + "' must have");
                continue;
            }
            if (value != null && attribute == null) {
                cx.missing(r, "attribute", "missing required field 'attribute': the attribute that must have the value '"
                        + value + "'");
                continue;
            }
            if (id == null || name == null) {
                continue;
            }
            Requirement req = cx.attempt(r, "requirement '" + id + "'",
                    () -> new Requirement(id, name, attribute, value, Boolean.TRUE.equals(refuses), services));
            if (req != null) {
                out.add(req);
            }
        }
        return out;
    }

    /** Reports each service a requirement lists a second time; true if there is one. */
    private static boolean twice(BindContext cx, Node list, List<String> services, String id) {
        if (list == null || list.elements == null || list.elements.size() != services.size()) {
            return false;
        }
        boolean found = false;
        for (int i = 0; i < services.size(); i++) {
            if (services.indexOf(services.get(i)) != i) {
                cx.problem(list.elements.get(i), "service '" + services.get(i) + "' is listed twice in requirement '"
                        + id + "'");
                found = true;
            }
        }
        return found;
    }

    /** A plan's default assignment and default mode, if it states them. */
    private static void planDefaults(BindContext cx, PolicyBuilder b, String planId, Node plan) {
        Node def = plan.get("defaultAssignment");
        if (def != null) {
            Assignment a = cell(cx, def);
            if (a != null) {
                b.defaultAssignment(planId, a);
            }
        }
        String mode = cx.string(plan, "defaultMode", false);
        if (mode != null) {
            Mode m = cx.attempt(plan.get("defaultMode"), "invalid mode", () -> Mode.of(mode));
            if (m != null) {
                b.defaultMode(planId, m);
            }
        }
    }

    private static void attributes(BindContext cx, PolicyBuilder b, Node attributes) {
        BindContext.members(attributes, e -> {
            Node n = e.getValue();
            if (!n.isArray()) {
                cx.problem(n, "attribute '" + e.getKey() + "' must list its values as an array of strings");
                return;
            }
            List<String> values = new ArrayList<>();
            for (Node v : n.elements) {
                String s = cx.text(v, "a value of attribute '" + e.getKey() + "'");
                if (s != null) {
                    values.add(s);
                }
            }
            b.attribute(e.getKey(), values.toArray(new String[0]));
        });
    }

    private static void services(BindContext cx, PolicyBuilder b, Node services) {
        cx.entities(services, "service", "an object with 'name' and 'coverage'", null,
                serviceId -> b.service(Service.of(serviceId, serviceId)), (serviceId, n) -> {
            cx.known(n, "name", "coverage");
            String name = cx.string(n, "name", true);
            b.service(Service.of(serviceId, name != null ? name : serviceId));
            BindContext.members(cx.object(n, "coverage", true), c -> {
                Assignment a = cell(cx, c.getValue());
                if (a != null) {
                    b.cover(serviceId, c.getKey(), a);
                }
            });
        });
    }

    /** A cell: a party id (mode full), or {performer, mode, note}; null after a problem. */
    private static Assignment cell(BindContext cx, Node n) {
        if (n.isString()) {
            if (n.text.equals(Assignment.NOBODY)) {
                cx.problem(n, "a cell nobody performs must say why: {\"performer\": \"none\", \"mode\": \"not-provided\"}");
                return null;
            }
            return Assignment.of(n.text, Mode.FULL);
        }
        if (!n.isObject()) {
            cx.problem(n, "a coverage cell must be a party id or an object with 'performer', 'mode' and 'note', not " + n.describe());
            return null;
        }
        cx.known(n, "performer", "mode", "note");
        Node p = n.get("performer");
        boolean several = p != null && p.isArray();
        List<String> performers = several ? performers(cx, p) : null;
        String performer = several ? null : cx.string(n, "performer", true);
        String mode = cx.string(n, "mode", Assignment.NOBODY.equals(performer));
        String note = cx.string(n, "note", false);
        if (performer == null && performers == null) {
            return null;
        }
        Mode m = mode == null ? Mode.FULL : cx.attempt(n.get("mode"), "invalid mode", () -> Mode.of(mode));
        if (m == null) {
            return null;
        }
        if (performers != null) {
            return new Assignment(performers.get(0), m, note, performers);
        }
        return new Assignment(performer.equals(Assignment.NOBODY) ? null : performer, m, note);
    }

    /** The performers of a cell as an array: distinct party ids, at least two; null after a problem. */
    private static List<String> performers(BindContext cx, Node array) {
        if (array.elements.size() < 2) {
            cx.problem(array, "an array of performers names at least two parties, any of which performs the task;"
                    + " name one party as a string");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node e : array.elements) {
            String s = cx.text(e, "a performer");
            if (s == null) {
                return null;
            }
            if (s.equals(Assignment.NOBODY)) {
                cx.problem(e, "'none' cannot be one of several performers");
                return null;
            }
            if (out.contains(s)) {
                cx.problem(e, "performer '" + s + "' is listed twice");
                return null;
            }
            out.add(s);
        }
        return out;
    }

    // ------------------------------------------------------------------ writing
    /** Writes the parties, plans, attributes, statuses, services and default assignment of a policy. */
    static void write(Policy p, ObjectNode root) {
        ObjectNode parties = root.putObject("parties");
        for (Party party : p.parties().values()) {
            ObjectNode n = parties.putObject(party.id());
            n.put("name", party.name());
            n.put("kind", Names.partyKind(party.kind()));
        }
        ObjectNode plans = root.putObject("plans");
        for (Plan plan : p.plans().values()) {
            ObjectNode n = plans.putObject(plan.id());
            n.put("name", plan.name());
            if (plan.parent() != null) {
                n.put("inherits", plan.parent());
            }
            if (!plan.languages().isEmpty()) {
                plan.languages().forEach(n.putArray("languages")::add);
            }
            if (!plan.channels().isEmpty()) {
                plan.channels().forEach(n.putArray("channels")::add);
            }
            if (!plan.languagesByException().isEmpty()) {
                plan.languagesByException().forEach(n.putArray("languagesByException")::add);
            }
            if (plan.enforcesChannels() || plan.enforcesLanguages()) {
                ArrayNode enforce = n.putArray("enforce");
                if (plan.enforcesChannels()) {
                    enforce.add("channels");
                }
                if (plan.enforcesLanguages()) {
                    enforce.add("languages");
                }
            }
            if (!plan.requirements().isEmpty()) {
                ArrayNode rs = n.putArray("requirements");
                for (Requirement r : plan.requirements()) {
                    ObjectNode o = rs.addObject();
                    o.put("id", r.id());
                    o.put("name", r.name());
                    if (r.attribute() != null) {
                        o.put("attribute", r.attribute());
                        o.put("value", r.value());
                    }
                    if (r.refuses()) {
                        o.put("refuses", true);
                    }
                    if (!r.services().isEmpty()) {
                        ArrayNode services = o.putArray("services");
                        r.services().forEach(services::add);
                    }
                }
            }
            Assignment def = p.planDefaultAssignments().get(plan.id());
            if (def != null) {
                cell(n, "defaultAssignment", def);
            }
            Mode mode = p.planDefaultModes().get(plan.id());
            if (mode != null) {
                n.put("defaultMode", mode.id());
            }
        }
        if (!p.attributes().isEmpty()) {
            ObjectNode attrs = root.putObject("attributes");
            p.attributes().forEach((k, v) -> v.forEach(attrs.putArray(k)::add));
        }
        if (!p.statuses().isEmpty()) {
            p.statuses().forEach(root.putArray("statuses")::add);
        }
        if (!p.services().isEmpty()) {
            ObjectNode services = root.putObject("services");
            p.services().values().forEach(s -> {
                ObjectNode n = services.putObject(s.id());
                n.put("name", s.name());
                ObjectNode coverage = n.putObject("coverage");
                p.coverage().getOrDefault(s.id(), Map.of()).forEach((plan, cell) -> cell(coverage, plan, cell));
            });
        }
        if (!p.defaultAssignment().equals(Assignment.byDefault(p.vendor()))) {
            cell(root, "defaultAssignment", p.defaultAssignment());
        }
    }

    private static void cell(ObjectNode parent, String name, Assignment a) {
        if (a.performers().size() == 1 && a.mode().equals(Mode.FULL) && a.note() == null) {
            parent.put(name, a.performer());
            return;
        }
        ObjectNode n = parent.putObject(name);
        if (a.performers().size() > 1) {
            a.performers().forEach(n.putArray("performer")::add);
        } else {
            n.put("performer", a.performer() == null ? Assignment.NOBODY : a.performer());
        }
        n.put("mode", a.mode().id());
        if (a.note() != null) {
            n.put("note", a.note());
        }
    }
}
