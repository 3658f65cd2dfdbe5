package dev.sla.json;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.InvalidCalendarException;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.EventType;
import dev.sla.core.IntakeRule;
import dev.sla.core.InvalidPolicyException;
import dev.sla.core.Metric;
import dev.sla.core.Mode;
import dev.sla.core.ModeRule;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.Problem;
import dev.sla.core.Service;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Binds a located JSON tree to a policy, recording every problem with its place. */
final class Binder {

    /** How a model problem names another rule or target: by its index among those bound. */
    private static final java.util.regex.Pattern RULE_REFERENCE =
            java.util.regex.Pattern.compile("\\b(classification rule|mode rule|intake rule|target) ([0-9]{1,9})\\b");

    /** The value of {@code performer} for a cell nobody performs. */
    static final String NOBODY = "none";

    private final String file;
    private final Node root;
    private final List<JsonProblem> problems;
    private final Map<String, HolidaySet> userSets = new HashMap<>();
    /** For arrays whose elements may be skipped: the JSON index of each element given to the builder. */
    private final Map<String, List<Integer>> bound = new HashMap<>();

    Binder(String file, Node root, List<JsonProblem> problems) {
        this.file = file;
        this.root = root;
        this.problems = problems;
    }

    // ------------------------------------------------------------------ problems
    void problem(Node at, String message) {
        problems.add(new JsonProblem(file, at.line, at.column, at.pointer, message));
    }

    /**
     * Declares a stand-in for an entity that is declared but invalid (its problems are
     * already recorded), so that the model's validation does not report every reference
     * to it as unknown. The policy is never returned when there are binding problems.
     */
    private static void standIn(Runnable declare) {
        declare.run();
    }

    /** Reports a missing required field at its parent, under the field's own path. */
    private void missing(Node parent, String name) {
        problems.add(new JsonProblem(file, parent.line, parent.column, Node.child(parent.pointer, name),
                "missing required field '" + name + "'"));
    }

    /** Checks the members of an object against the known names; reports the others. */
    private void known(Node object, String... names) {
        Set<String> set = Set.of(names);
        for (Map.Entry<String, Node> e : object.members.entrySet()) {
            if (!set.contains(e.getKey())) {
                String near = Names.closest(e.getKey(), names);
                problem(e.getValue(), "unknown field '" + e.getKey() + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "; known fields: " + String.join(", ", names)));
            }
        }
    }

    private Node object(Node parent, String name, boolean required) {
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

    private Node array(Node parent, String name) {
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

    private String string(Node parent, String name, boolean required) {
        Node n = parent.get(name);
        if (n == null) {
            if (required) {
                missing(parent, name);
            }
            return null;
        }
        return text(n, "'" + name + "'");
    }

    private String text(Node n, String what) {
        if (!n.isString()) {
            problem(n, what + " must be a string, not " + n.describe());
            return null;
        }
        return n.text;
    }

    private Boolean bool(Node parent, String name) {
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

    private List<String> strings(Node parent, String name) {
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

    private String id(Node at, String value, String what) {
        if (value != null && !Names.isId(value)) {
            problem(at, what + " '" + value + "' must be lower-case letters, digits and hyphens, such as 'first-response'");
            return null;
        }
        return value;
    }

    /** Runs a factory, turning its exception into a problem at the node. */
    private <T> T attempt(Node at, String what, java.util.function.Supplier<T> factory) {
        try {
            return factory.get();
        } catch (DateTimeException | IllegalArgumentException ex) {
            problem(at, what + ": " + ex.getMessage());
            return null;
        }
    }

    private void members(Node object, Consumer<Map.Entry<String, Node>> each) {
        if (object != null) {
            object.members.entrySet().forEach(each);
        }
    }

    // ------------------------------------------------------------------ policy
    /** Binds the policy; returns null when problems were found. */
    Policy bind() {
        if (!root.isObject()) {
            problem(root, "a policy must be a JSON object, not " + root.describe());
            return null;
        }
        known(root, "$schema", "id", "name", "description", "effectiveFrom", "zone", "vendor", "holidaySets",
                "calendars", "parties", "plans", "attributes", "statuses", "services", "defaultAssignment",
                "severities", "modes", "intake", "metrics", "targets");
        String id = id(root.get("id") == null ? root : root.get("id"), string(root, "id", true), "policy id");
        int before = problems.size();
        Policy.Builder b = Policy.builder(id == null ? "invalid" : id);
        String name = string(root, "name", false);
        if (name != null) {
            b.name(name);
        }
        String description = string(root, "description", false);
        if (description != null) {
            b.description(description);
        }
        String effective = string(root, "effectiveFrom", false);
        if (effective != null) {
            LocalDate d = attempt(root.get("effectiveFrom"), "'effectiveFrom' must be an ISO date such as 2025-01-01",
                    () -> LocalDate.parse(effective));
            if (d != null) {
                b.effectiveFrom(d);
            }
        }
        String zone = string(root, "zone", false);
        if (zone != null) {
            ZoneId z = zone(root.get("zone"), zone);
            if (z != null) {
                b.zone(z);
            }
        }
        String vendor = string(root, "vendor", true);
        if (vendor != null) {
            b.vendor(vendor);
        }
        holidaySets(object(root, "holidaySets", false));
        calendars(b, object(root, "calendars", false));
        parties(b, object(root, "parties", true));
        plans(b, object(root, "plans", true));
        attributes(b, object(root, "attributes", false));
        Node statuses = array(root, "statuses");
        if (statuses != null) {
            for (Node s : statuses.elements) {
                String v = id(s, text(s, "a status"), "status");
                if (v != null) {
                    b.statuses(v);
                }
            }
        }
        services(b, object(root, "services", false));
        Node def = root.get("defaultAssignment");
        if (def != null) {
            Assignment a = cell(def);
            if (a != null) {
                b.defaultAssignment(a);
            }
        }
        severities(b, object(root, "severities", false));
        rules(b);
        metrics(b, object(root, "metrics", false));
        targets(b, array(root, "targets"));
        int bindingProblems = problems.size() - before;
        try {
            Policy policy = b.build();
            return bindingProblems == 0 && id != null ? policy : null;
        } catch (InvalidPolicyException ex) {
            List<JsonProblem> earlier = new ArrayList<>(problems);
            for (Problem p : ex.problems()) {
                String path = jsonPath(p.path());
                if (!overlaps(path, earlier)) {
                    Node at = root.find(path);
                    problems.add(new JsonProblem(file, at.line, at.column, path, jsonMessage(p.message())));
                }
            }
            return null;
        }
    }

    /**
     * Notes that an element of an array (targets, rules, levels) was given to the builder:
     * the model counts only those, so its index of an element differs from the JSON index
     * once an element before it was skipped for a problem.
     */
    private void bound(Node element) {
        String p = element.pointer;
        int slash = p.lastIndexOf('/');
        bound.computeIfAbsent(p.substring(0, slash), k -> new ArrayList<>()).add(Integer.valueOf(p.substring(slash + 1)));
    }

    /** The JSON pointer of a model problem's path, whose array indexes count only the elements bound. */
    private String jsonPath(String path) {
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
    private String jsonMessage(String message) {
        java.util.regex.Matcher m = RULE_REFERENCE.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String array = m.group(1).equals("classification rule") ? "/severities/rules"
                    : m.group(1).equals("mode rule") ? "/modes" : m.group(1).equals("intake rule") ? "/intake" : "/targets";
            String path = jsonPath(array + "/" + m.group(2));
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

    private ZoneId zone(Node at, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException ex) {
            String near = Names.closest(zone, ZoneId.getAvailableZoneIds().toArray(new String[0]));
            problem(at, "unknown time zone '" + zone + "'" + (near != null ? "; did you mean '" + near + "'?"
                    : "; use an IANA id such as Europe/Moscow or UTC"));
            return null;
        }
    }

    // ------------------------------------------------------------------ calendars
    private void holidaySets(Node sets) {
        members(sets, e -> {
            String setId = id(e.getValue(), e.getKey(), "holiday set id");
            Node n = e.getValue();
            if (setId == null || !n.isObject()) {
                if (setId != null) {
                    problem(n, "holiday set '" + setId + "' must be an object");
                }
                return;
            }
            if (HolidaySet.builtInNames().contains(setId)) {
                problem(n, "holiday set '" + setId + "' has the name of a built-in set; choose another name");
                return;
            }
            known(n, "name", "sources", "years", "holidays", "daysOff", "workingDays", "shortDays", "recurring");
            int before = problems.size();
            HolidaySet.Builder sb = HolidaySet.builder(setId);
            String title = string(n, "name", false);
            if (title != null) {
                sb.title(title);
            }
            strings(n, "sources").forEach(sb::source);
            members(object(n, "years", false), y -> {
                Integer year = attempt(y.getValue(), "a year must be written as four digits", () -> Integer.valueOf(y.getKey()));
                Node v = y.getValue();
                if (year == null) {
                    return;
                }
                if (v.isString()) {
                    sb.year(year, v.text, false);
                } else if (v.isObject()) {
                    known(v, "source", "provisional");
                    String source = string(v, "source", true);
                    Boolean prov = bool(v, "provisional");
                    if (source != null) {
                        sb.year(year, source, prov != null && prov);
                    }
                } else {
                    problem(v, "year " + year + " must be its source as a string, or {\"source\": ..., \"provisional\": ...}");
                }
            });
            members(object(n, "holidays", false), h -> {
                String note = text(h.getValue(), "the holiday's name");
                String key = h.getKey();
                int dots = key.indexOf("..");
                if (note == null) {
                    return;
                }
                if (dots < 0) {
                    LocalDate d = date(h.getValue(), key);
                    if (d != null) {
                        sb.holiday(d, note);
                    }
                } else {
                    LocalDate from = date(h.getValue(), key.substring(0, dots));
                    LocalDate to = date(h.getValue(), key.substring(dots + 2));
                    if (from != null && to != null) {
                        sb.holidays(from, to, note);
                    }
                }
            });
            members(object(n, "daysOff", false), h -> {
                LocalDate d = date(h.getValue(), h.getKey());
                String note = text(h.getValue(), "the note");
                if (d != null && note != null) {
                    sb.dayOff(d, note);
                }
            });
            members(object(n, "workingDays", false), h -> {
                LocalDate d = date(h.getValue(), h.getKey());
                Node v = h.getValue();
                if (!v.isObject()) {
                    problem(v, "a working day must be {\"like\": \"monday\", \"note\": ...}");
                    return;
                }
                known(v, "like", "note");
                String like = string(v, "like", true);
                String note = string(v, "note", true);
                DayOfWeek dow = like == null ? null : attempt(v.get("like"), "'like' must be a day of the week such as monday",
                        () -> DayOfWeek.valueOf(like.toUpperCase(Locale.ROOT)));
                if (d != null && dow != null && note != null) {
                    sb.workingDay(d, dow, note);
                }
            });
            members(object(n, "shortDays", false), h -> {
                LocalDate d = date(h.getValue(), h.getKey());
                Node v = h.getValue();
                if (!v.isObject()) {
                    problem(v, "a short day must be {\"by\": \"PT1H\", \"note\": ...}");
                    return;
                }
                known(v, "by", "note");
                Duration by = duration(v, "by", true);
                String note = string(v, "note", true);
                if (d != null && by != null && note != null) {
                    attempt(v, "short day " + h.getKey(), () -> sb.shortDay(d, by, note));
                }
            });
            members(object(n, "recurring", false), h -> {
                MonthDay md = attempt(h.getValue(), "a recurring holiday's key must be MM-DD such as 12-25",
                        () -> MonthDay.parse("--" + h.getKey()));
                String note = text(h.getValue(), "the holiday's name");
                if (md != null && note != null) {
                    sb.recurringHoliday(md, note);
                }
            });
            if (problems.size() == before) {
                try {
                    userSets.put(setId, sb.build());
                } catch (InvalidCalendarException ex) {
                    for (dev.sla.Problem p : ex.problems()) {
                        problem(locate(n, p.path()), p.message());
                    }
                }
            }
        });
    }

    private LocalDate date(Node at, String text) {
        return attempt(at, "'" + text + "' is not an ISO date such as 2025-01-01", () -> LocalDate.parse(text));
    }

    private Duration duration(Node parent, String name, boolean required) {
        String s = string(parent, name, required);
        if (s == null) {
            return null;
        }
        return attempt(parent.get(name), "'" + name + "' must be an ISO-8601 duration such as PT8H, not '" + s + "'",
                () -> Duration.parse(s));
    }

    private void calendars(Policy.Builder b, Node calendars) {
        members(calendars, e -> {
            String calId = id(e.getValue(), e.getKey(), "calendar id");
            Node n = e.getValue();
            if (calId == null) {
                return;
            }
            if (!n.isObject()) {
                problem(n, "calendar '" + calId + "' must be an object");
                standIn(() -> b.calendar(calId, WorkCalendar.always(ZoneOffset.UTC)));
                return;
            }
            known(n, "name", "zone", "hours", "holidays", "shortDays", "holidayHours", "strict", "overrides");
            int before = problems.size();
            WorkCalendar.Builder cb = WorkCalendar.builder().name(calId);
            String zone = string(n, "zone", true);
            if (zone != null) {
                ZoneId z = zone(n.get("zone"), zone);
                if (z != null) {
                    cb.zone(z);
                }
            }
            String hours = string(n, "hours", true);
            if (hours != null) {
                WeeklyHours w = attempt(n.get("hours"), "invalid hours", () -> WeeklyHours.parse(hours));
                if (w != null) {
                    cb.weeklyHours(w);
                }
            }
            Node sets = array(n, "holidays");
            if (sets != null) {
                for (Node s : sets.elements) {
                    String setName = text(s, "a holiday set name");
                    if (setName == null) {
                        continue;
                    }
                    HolidaySet set = userSets.get(setName);
                    if (set == null && HolidaySet.builtInNames().contains(setName)) {
                        set = HolidaySet.builtIn(setName);
                    }
                    if (set == null) {
                        Set<String> names = new LinkedHashSet<>(HolidaySet.builtInNames());
                        names.addAll(userSets.keySet());
                        if (root.get("holidaySets") != null && root.get("holidaySets").isObject()
                                && root.get("holidaySets").members.containsKey(setName)) {
                            continue;
                        }
                        problem(s, "unknown holiday set '" + setName + "'; known: " + String.join(", ", names));
                    } else {
                        cb.holidays(set);
                    }
                }
            }
            Boolean shortDays = bool(n, "shortDays");
            if (shortDays != null) {
                cb.shortDays(shortDays);
            }
            Boolean strict = bool(n, "strict");
            if (strict != null) {
                cb.strict(strict);
            }
            String holidayHours = string(n, "holidayHours", false);
            if (holidayHours != null) {
                DayHours h = attempt(n.get("holidayHours"), "invalid holiday hours", () -> DayHours.parse(holidayHours));
                if (h != null) {
                    cb.holidayHours(h);
                }
            }
            members(object(n, "overrides", false), o -> {
                LocalDate d = date(o.getValue(), o.getKey());
                String h = text(o.getValue(), "the hours of an override");
                DayHours hours2 = h == null ? null : attempt(o.getValue(), "invalid hours", () -> DayHours.parse(h));
                if (d != null && hours2 != null) {
                    cb.override(d, hours2);
                }
            });
            if (problems.size() > before) {
                standIn(() -> b.calendar(calId, WorkCalendar.always(ZoneOffset.UTC)));
                return;
            }
            try {
                b.calendar(calId, cb.build());
            } catch (InvalidCalendarException ex) {
                for (dev.sla.Problem p : ex.problems()) {
                    problem(locate(n, p.path()), "calendar '" + calId + "': " + p.message());
                }
                standIn(() -> b.calendar(calId, WorkCalendar.always(ZoneOffset.UTC)));
            }
        });
    }

    /** The node a calendar's or holiday set's problem path points to, or its deepest existing ancestor. */
    private static Node locate(Node node, String path) {
        Node at = node;
        if (path.isEmpty()) {
            return at;
        }
        for (String token : path.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            Node next = null;
            if (at.isObject()) {
                next = at.get(key);
            } else if (at.isArray() && key.matches("[0-9]{1,9}") && Integer.parseInt(key) < at.elements.size()) {
                next = at.elements.get(Integer.parseInt(key));
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }

    // ------------------------------------------------------------------ parties, plans, services
    private void parties(Policy.Builder b, Node parties) {
        members(parties, e -> {
            Node n = e.getValue();
            String partyId = id(n, e.getKey(), "party id");
            if (partyId == null) {
                return;
            }
            if (partyId.equals(NOBODY)) {
                problem(n, "'none' is reserved for cells nobody performs; choose another party id");
                return;
            }
            if (!n.isObject()) {
                problem(n, "party '" + partyId + "' must be an object with 'name' and 'kind'");
                standIn(() -> b.party(Party.of(partyId, partyId, Party.Kind.THIRD_PARTY)));
                return;
            }
            known(n, "name", "kind");
            String name = string(n, "name", true);
            String kind = string(n, "kind", true);
            Party.Kind k = null;
            if (kind != null) {
                k = Names.partyKind(kind);
                if (k == null) {
                    problem(n.get("kind"), "unknown party kind '" + kind + "'; use vendor, customer or third-party");
                }
            }
            if (name != null && k != null) {
                b.party(Party.of(partyId, name, k));
            } else {
                Party.Kind kk = k;
                standIn(() -> b.party(Party.of(partyId, partyId, kk == null ? Party.Kind.THIRD_PARTY : kk)));
            }
        });
    }

    private void plans(Policy.Builder b, Node plans) {
        members(plans, e -> {
            Node n = e.getValue();
            String planId = id(n, e.getKey(), "plan id");
            if (planId == null) {
                return;
            }
            if (!n.isObject()) {
                problem(n, "plan '" + planId + "' must be an object with at least a 'name'");
                standIn(() -> b.plan(Plan.of(planId, planId)));
                return;
            }
            known(n, "name", "inherits", "languages", "channels");
            String name = string(n, "name", true);
            String parent = string(n, "inherits", false);
            List<String> languages = strings(n, "languages");
            List<String> channels = strings(n, "channels");
            b.plan(new Plan(planId, name != null ? name : planId, parent, languages, channels));
        });
    }

    private void attributes(Policy.Builder b, Node attributes) {
        members(attributes, e -> {
            Node n = e.getValue();
            if (!n.isArray()) {
                problem(n, "attribute '" + e.getKey() + "' must list its values as an array of strings");
                return;
            }
            List<String> values = new ArrayList<>();
            for (Node v : n.elements) {
                String s = text(v, "a value of attribute '" + e.getKey() + "'");
                if (s != null) {
                    values.add(s);
                }
            }
            b.attribute(e.getKey(), values.toArray(new String[0]));
        });
    }

    private void services(Policy.Builder b, Node services) {
        members(services, e -> {
            Node n = e.getValue();
            String serviceId = id(n, e.getKey(), "service id");
            if (serviceId == null) {
                return;
            }
            if (!n.isObject()) {
                problem(n, "service '" + serviceId + "' must be an object with 'name' and 'coverage'");
                standIn(() -> b.service(Service.of(serviceId, serviceId)));
                return;
            }
            known(n, "name", "coverage");
            String name = string(n, "name", true);
            b.service(Service.of(serviceId, name != null ? name : serviceId));
            members(object(n, "coverage", true), c -> {
                Assignment a = cell(c.getValue());
                if (a != null) {
                    b.cover(serviceId, c.getKey(), a);
                }
            });
        });
    }

    /** A cell: a party id (mode full), or {performer, mode, note}. */
    Assignment cell(Node n) {
        if (n.isString()) {
            if (n.text.equals(NOBODY)) {
                problem(n, "a cell nobody performs must say why: {\"performer\": \"none\", \"mode\": \"not-provided\"}");
                return null;
            }
            return Assignment.of(n.text, Mode.FULL);
        }
        if (!n.isObject()) {
            problem(n, "a coverage cell must be a party id or an object with 'performer', 'mode' and 'note', not " + n.describe());
            return null;
        }
        known(n, "performer", "mode", "note");
        String performer = string(n, "performer", true);
        String mode = string(n, "mode", NOBODY.equals(performer));
        String note = string(n, "note", false);
        if (performer == null) {
            return null;
        }
        Mode m = mode == null ? Mode.FULL : attempt(n.get("mode"), "invalid mode", () -> Mode.of(mode));
        if (m == null) {
            return null;
        }
        return new Assignment(performer.equals(NOBODY) ? null : performer, m, note);
    }

    // ------------------------------------------------------------------ rules
    private void severities(Policy.Builder b, Node severities) {
        if (severities == null) {
            return;
        }
        known(severities, "levels", "rules", "default");
        Node levels = array(severities, "levels");
        if (levels != null) {
            for (Node l : levels.elements) {
                if (!l.isObject()) {
                    problem(l, "a severity level must be an object with 'id' and 'name'");
                    continue;
                }
                known(l, "id", "name", "description");
                String levelId = id(l, string(l, "id", true), "severity id");
                String name = string(l, "name", true);
                String description = string(l, "description", false);
                if (levelId != null) {
                    b.severity(new SeverityLevel(levelId, name != null ? name : levelId, description == null ? "" : description));
                    bound(l);
                }
            }
        }
        Node rules = array(severities, "rules");
        if (rules != null) {
            for (Node r : rules.elements) {
                if (!r.isObject()) {
                    problem(r, "a classification rule must be an object with 'when' and 'level'");
                    continue;
                }
                known(r, "when", "level");
                Condition when = condition(r, true);
                String level = string(r, "level", true);
                if (when != null && level != null) {
                    b.classify(new ClassificationRule(when, level));
                    bound(r);
                }
            }
        }
        String def = string(severities, "default", false);
        if (def != null) {
            b.defaultSeverity(def);
        }
    }

    private void rules(Policy.Builder b) {
        Node modes = array(root, "modes");
        if (modes != null) {
            for (Node r : modes.elements) {
                if (!r.isObject()) {
                    problem(r, "a mode rule must be an object with 'when', 'mode' and 'note'");
                    continue;
                }
                known(r, "when", "mode", "note");
                Condition when = condition(r, true);
                String mode = string(r, "mode", true);
                String note = string(r, "note", true);
                Mode m = mode == null ? null : attempt(r.get("mode"), "invalid mode", () -> Mode.of(mode));
                if (when != null && m != null && note != null) {
                    b.mode(new ModeRule(when, m, note));
                    bound(r);
                }
            }
        }
        Node intake = array(root, "intake");
        if (intake != null) {
            for (Node r : intake.elements) {
                if (!r.isObject()) {
                    problem(r, "an intake rule must be an object with 'when', 'reason' and optionally 'redirect'");
                    continue;
                }
                known(r, "when", "reason", "redirect");
                Condition when = condition(r, true);
                String reason = string(r, "reason", true);
                String redirect = string(r, "redirect", false);
                if (when != null && reason != null) {
                    b.intake(new IntakeRule(when, reason, redirect));
                    bound(r);
                }
            }
        }
    }

    /** A condition: {attribute: value | [values] | {"not": value | [values]}}. */
    private Condition condition(Node parent, boolean required) {
        Node n = object(parent, "when", required);
        if (n == null) {
            return null;
        }
        Condition c = Condition.ALWAYS;
        boolean ok = true;
        for (Map.Entry<String, Node> e : n.members.entrySet()) {
            Node v = e.getValue();
            boolean negated = false;
            if (v.isObject()) {
                known(v, "not");
                v = v.get("not");
                negated = true;
                if (v == null) {
                    problem(e.getValue(), "a negated clause is written {\"not\": value or [values]}");
                    ok = false;
                    continue;
                }
            }
            List<String> values = new ArrayList<>();
            if (v.isString()) {
                values.add(v.text);
            } else if (v.isArray() && !v.elements.isEmpty()) {
                for (Node x : v.elements) {
                    String s = text(x, "a value of '" + e.getKey() + "'");
                    if (s != null && values.contains(s)) {
                        problem(x, "'" + s + "' is listed twice in the clause on '" + e.getKey() + "'");
                    } else if (s != null) {
                        values.add(s);
                    }
                }
                if (values.size() < v.elements.size()) {
                    ok = false;
                    continue;
                }
            } else {
                problem(v, "the clause on '" + e.getKey() + "' must be a value, a non-empty array of values, or {\"not\": ...}");
                ok = false;
                continue;
            }
            String[] array = values.toArray(new String[0]);
            c = negated ? c.andNot(e.getKey(), array) : c.and(e.getKey(), array);
        }
        return ok ? c : null;
    }

    // ------------------------------------------------------------------ metrics, targets
    private void metrics(Policy.Builder b, Node metrics) {
        members(metrics, e -> {
            Node n = e.getValue();
            String metricId = id(n, e.getKey(), "metric id");
            if (metricId == null) {
                return;
            }
            if (!n.isObject()) {
                problem(n, "metric '" + metricId + "' must be an object");
                standIn(() -> b.metric(Metric.of(metricId, metricId)));
                return;
            }
            known(n, "name", "start", "restart", "stop", "pause", "stopStatuses");
            String name = string(n, "name", true);
            Set<EventType> start = events(n, "start");
            if (n.get("start") == null) {
                start = Set.of(EventType.RECEIVED);
            }
            Set<EventType> restart = events(n, "restart");
            Set<EventType> stop = events(n, "stop");
            List<String> pause = strings(n, "pause");
            List<String> stopStatuses = strings(n, "stopStatuses");
            if (name != null && start != null && restart != null && stop != null) {
                Set<EventType> s = start;
                Metric m = attempt(n, "metric '" + metricId + "'",
                        () -> new Metric(metricId, name, s, restart, stop, Set.copyOf(pause), Set.copyOf(stopStatuses)));
                if (m != null) {
                    b.metric(m);
                    return;
                }
            }
            standIn(() -> b.metric(Metric.of(metricId, name != null ? name : metricId)));
        });
    }

    private Set<EventType> events(Node parent, String name) {
        Node n = array(parent, name);
        Set<EventType> out = new LinkedHashSet<>();
        if (n == null) {
            return parent.get(name) == null ? out : null;
        }
        boolean ok = true;
        for (Node e : n.elements) {
            String s = text(e, "an event type");
            if (s == null) {
                ok = false;
                continue;
            }
            EventType t = null;
            for (EventType type : EventType.values()) {
                t = type.id().equals(s) ? type : t;
            }
            if (t == null) {
                String near = Names.closest(s, "received", "customer-message", "agent-response", "status", "resolved");
                problem(e, "unknown event type '" + s + "'" + (near != null ? "; did you mean '" + near + "'?" : "")
                        + "; known: received, customer-message, agent-response, status, resolved");
                ok = false;
            } else {
                out.add(t);
            }
        }
        return ok ? out : null;
    }

    private void targets(Policy.Builder b, Node targets) {
        if (targets == null) {
            return;
        }
        for (Node t : targets.elements) {
            if (!t.isObject()) {
                problem(t, "a target must be an object with 'metric', 'plan', 'time' and 'calendar'");
                continue;
            }
            known(t, "metric", "plan", "severity", "service", "time", "calendar", "note");
            String metric = string(t, "metric", true);
            String plan = string(t, "plan", true);
            String severity = string(t, "severity", false);
            String service = string(t, "service", false);
            String time = string(t, "time", true);
            String calendar = string(t, "calendar", false);
            String note = string(t, "note", false);
            if (metric == null || plan == null || time == null) {
                continue;
            }
            if (time.equals(NOBODY)) {
                if (calendar != null) {
                    problem(t.get("calendar"), "a target of 'none' counts no time, so it takes no calendar");
                    continue;
                }
                b.target(new Target(metric, plan, severity, service, null, null, note));
                bound(t);
                continue;
            }
            Duration d = attempt(t.get("time"), "'time' must be an ISO-8601 duration such as PT8H, or 'none'",
                    () -> Duration.parse(time));
            if (d == null) {
                continue;
            }
            if (d.isNegative() || d.isZero()) {
                problem(t.get("time"), "'time' must be a positive duration, not " + time);
                continue;
            }
            if (calendar == null) {
                problem(t, "missing required field 'calendar': the calendar the time " + time + " is counted on");
                continue;
            }
            b.target(new Target(metric, plan, severity, service, d, calendar, note));
            bound(t);
        }
    }
}
