package dev.sla.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.SlaException;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.Policy;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import dev.sla.json.PolicyJson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one policy states that another does not: added, removed and changed parameters a contract sets, parties,
 * plans (with the channels and languages they enforce and what they require), status classes, services, cells (with
 * the plans' defaults), severities, rules (with the scopes of mode rules and redirects to a plan), metrics (with
 * whose events move their clocks), calendars (with those a contract sets) and targets (with their conditions). Parts of the policy format that this class does not know
 * are compared as JSON, member by member, so a newer construct shows as a change rather than going unseen.
 */
final class PolicyDiff {

    /** The sections, in the order they are reported. */
    static final List<String> SECTIONS = List.of("policy", "parameters", "parties", "plans", "attributes", "statuses",
            "statusClasses", "services", "cells", "severities", "classification", "modes", "intake", "metrics",
            "calendars", "targets", "other");

    /**
     * The top-level members of the policy JSON whose meaning the sections compare, each with its sections. When a
     * member's JSON differs and none of its sections shows a change, the member is reported under {@code other}:
     * a newer construct inside a known member is not lost.
     */
    private static final Map<String, List<String>> KNOWN_MEMBERS = Map.ofEntries(Map.entry("$schema", List.of()),
            Map.entry("id", List.of("policy")), Map.entry("name", List.of("policy")),
            Map.entry("description", List.of("policy")), Map.entry("vendor", List.of("policy")),
            Map.entry("effectiveFrom", List.of("policy")), Map.entry("zone", List.of("policy")),
            Map.entry("calendars", List.of("calendars")), Map.entry("parties", List.of("parties")),
            Map.entry("plans", List.of("plans", "cells")), Map.entry("attributes", List.of("attributes")),
            Map.entry("parameters", List.of("parameters")), Map.entry("statusClasses", List.of("statusClasses")),
            Map.entry("statuses", List.of("statuses")), Map.entry("services", List.of("services", "cells")),
            Map.entry("default", List.of("cells")), Map.entry("severities", List.of("severities", "classification")),
            Map.entry("modes", List.of("modes")), Map.entry("intake", List.of("intake")),
            Map.entry("metrics", List.of("metrics")), Map.entry("targets", List.of("targets")));

    /** What happened to an element. */
    enum Kind {
        /** In the new policy only. */
        ADDED("+", "added"),
        /** In the old policy only. */
        REMOVED("-", "removed"),
        /** In both, stated differently. */
        CHANGED("~", "changed");

        final String mark;
        final String word;

        Kind(String mark, String word) {
            this.mark = mark;
            this.word = word;
        }
    }

    /**
     * One difference.
     *
     * @param section  one of {@link #SECTIONS}
     * @param id  what changed within the section, such as a plan id or {@code custom-logos on on-premise}
     * @param kind  added, removed or changed
     * @param before  the old statement, null when added
     * @param after  the new statement, null when removed
     */
    record Change(String section, String id, Kind kind, String before, String after) {

        /** The change as one line of text, such as {@code ~ paas: PT2H on support-hours -> PT3H on support-hours}. */
        String line() {
            String what = kind == Kind.ADDED ? after : kind == Kind.REMOVED ? before : before + " -> " + after;
            return kind.mark + " " + id + (what.isEmpty() ? "" : ": " + what);
        }
    }

    private final List<Change> changes = new ArrayList<>();

    private PolicyDiff() {
    }

    /** Lists what differs between two policies, section by section. */
    static List<Change> between(Policy old, Policy neu) {
        PolicyDiff d = new PolicyDiff();
        d.policy(old, neu);
        d.keyed("parameters", old.parameters(), neu.parameters(), p -> p.kind().id() + (p.name() == null ? ""
                : ", " + p.name()) + (p.description() == null ? "" : ": " + p.description()));
        d.keyed("parties", old.parties(), neu.parties(), p -> p.name() + " (" + p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ")");
        d.keyed("plans", old.plans(), neu.plans(), p -> p.name() + (p.parent() == null ? "" : ", inherits " + p.parent())
                + (p.languages().isEmpty() ? "" : ", languages " + String.join(" ", p.languages()))
                + (p.languagesByException().isEmpty() ? "" : ", by exception " + String.join(" ", p.languagesByException()))
                + (p.channels().isEmpty() ? "" : ", channels " + String.join(" ", p.channels()))
                + (p.enforcesChannels() ? ", enforces channels" : "") + (p.enforcesLanguages() ? ", enforces languages" : "")
                + (p.requirements().isEmpty() ? "" : ", requires " + p.requirements().stream().map(Object::toString)
                        .collect(Collectors.joining("; "))));
        d.keyed("attributes", old.attributes(), neu.attributes(), v -> String.join("|", v));
        d.keyed("statuses", asMap(old.statuses()), asMap(neu.statuses()), s -> "");
        d.keyed("statusClasses", old.statusClasses(), neu.statusClasses(), c -> String.join(" ", c.statuses())
                + (c.calendar() == null ? "" : ", on " + c.calendar()));
        d.keyed("services", old.services(), neu.services(), s -> s.name());
        d.cells(old, neu);
        d.keyed("cells", prefixed("default on ", old.planDefaultAssignments()),
                prefixed("default on ", neu.planDefaultAssignments()), PolicyDiff::text);
        d.keyed("cells", prefixed("default mode on ", old.planDefaultModes()),
                prefixed("default mode on ", neu.planDefaultModes()), m -> m.id());
        d.keyed("severities", levels(old), levels(neu), l -> l.name() + (l.description().isEmpty() ? "" : ": " + l.description()));
        if (!Objects.equals(old.defaultSeverity(), neu.defaultSeverity())) {
            d.add("severities", "default", old.defaultSeverity().orElse(null), neu.defaultSeverity().orElse(null));
        }
        if (!commonOrder(old, neu).equals(commonOrder(neu, old))) {
            d.add("severities", "order", order(old), order(neu));
        }
        d.list("classification", "rule", old.classification(), neu.classification(),
                r -> "when " + r.when() + " then " + r.level());
        d.list("modes", "rule", old.modeRules(), neu.modeRules(), r -> "when " + r.when() + " then " + r.mode()
                + (r.performers().isEmpty() && r.modes().isEmpty() ? "" : " on " + r.scope()) + " (" + r.note() + ")");
        d.list("intake", "rule", old.intakeRules(), neu.intakeRules(), r -> "when " + r.when() + " not accepted: "
                + r.reason() + (r.redirect() == null ? "" : "; go to " + r.redirect())
                + (r.redirectPlan() == null ? "" : "; go to plan " + r.redirectPlan()));
        d.keyed("metrics", old.metrics(), neu.metrics(), PolicyDiff::metric);
        d.keyed("calendars", old.calendars(), neu.calendars(), PolicyDiff::calendar);
        d.keyed("calendars", prefixed("set by the contract: ", old.calendarTemplates()),
                prefixed("set by the contract: ", neu.calendarTemplates()), PolicyDiff::template);
        d.targets(old, neu);
        d.other(old, neu);
        return List.copyOf(d.changes);
    }

    private void policy(Policy old, Policy neu) {
        field("id", old.id(), neu.id());
        field("name", old.name(), neu.name());
        field("description", old.description(), neu.description());
        field("vendor", old.vendor(), neu.vendor());
        field("effectiveFrom", old.effectiveFrom().map(Object::toString).orElse(null),
                neu.effectiveFrom().map(Object::toString).orElse(null));
        field("zone", old.zone().getId(), neu.zone().getId());
        if (!old.defaultAssignment().equals(neu.defaultAssignment())) {
            add("cells", "no service, every plan", text(old.defaultAssignment()), text(neu.defaultAssignment()));
        }
    }

    private void field(String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            add("policy", name, before, after);
        }
    }

    private void cells(Policy old, Policy neu) {
        for (String service : old.services().keySet()) {
            if (!neu.services().containsKey(service)) {
                continue;
            }
            for (String plan : old.plans().keySet()) {
                if (!neu.plans().containsKey(plan)) {
                    continue;
                }
                String before = cell(old, plan, service);
                String after = cell(neu, plan, service);
                if (!before.equals(after)) {
                    add("cells", service + " on " + plan, before, after);
                }
            }
        }
    }

    private static String cell(Policy policy, String plan, String service) {
        try {
            return text(policy.who(plan, service));
        } catch (SlaException ex) {
            return "error: " + ex.getMessage();
        }
    }

    /** A cell as text; every component shows, so that a difference in any of them is seen. */
    private static String text(Assignment a) {
        String known = (a.performer() == null ? Assignment.NOBODY : a.performer()) + " (" + a.mode() + ")"
                + (a.note() == null ? "" : ": " + a.note());
        Assignment plain = new Assignment(a.performer(), a.mode(), a.note());
        return plain.equals(a) ? known : a.toString();
    }

    private void targets(Policy old, Policy neu) {
        Function<Target, String> key = t -> t.metric() + " " + t.plan() + (t.severity() == null ? "" : " " + t.severity())
                + (t.service() == null ? "" : " " + t.service());
        Map<String, List<Target>> before = old.targets().stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
                Collectors.toList()));
        Map<String, List<Target>> after = neu.targets().stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
                Collectors.toList()));
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            list("targets", k, before.getOrDefault(k, List.of()), after.getOrDefault(k, List.of()), PolicyDiff::target);
        }
    }

    private static String target(Target t) {
        return t.time() + (t.calendar() == null ? "" : " on " + t.calendar())
                + (t.condition() == null ? "" : " if received while " + t.condition().receivedWithin() + " is open")
                + (t.note() == null ? "" : " (" + t.note() + ")");
    }

    /** A calendar a contract sets: which parts the contract sets, by parameter, and what the calendar states. */
    private static String template(dev.sla.core.CalendarTemplate t) {
        WorkCalendar c = t.calendar();
        return "zone " + (t.zoneParameter() != null ? "parameter " + t.zoneParameter() : c.zone().getId())
                + ", hours " + (t.hoursParameter() != null ? "parameter " + t.hoursParameter() : c.weeklyHours())
                + (t.holidaysParameter() != null ? ", holidays parameter " + t.holidaysParameter()
                : c.holidaySets().isEmpty() ? "" : ", holidays " + c.holidaySets().stream().map(HolidaySet::name)
                        .collect(Collectors.joining(" ")))
                + (t.customer() ? ", the customer's" : "");
    }

    /** The map with each key prefixed, so that two kinds of element share a section without sharing ids. */
    private static <T> Map<String, T> prefixed(String prefix, Map<String, T> map) {
        Map<String, T> m = new LinkedHashMap<>();
        map.forEach((k, v) -> m.put(prefix + k, v));
        return m;
    }

    private static String metric(Metric m) {
        StringBuilder sb = new StringBuilder(m.name()).append(", ").append(m.kind().id());
        clause(sb, "starts on", ids(m.startOn()));
        clause(sb, "restarts on", ids(m.restartOn()));
        clause(sb, "stops on", ids(m.stopOn()));
        clause(sb, "paused in", m.pauseStatuses());
        clause(sb, "stops in", m.stopStatuses());
        clause(sb, "voided by", ids(m.voidOn()));
        clause(sb, "voided in", m.voidStatuses());
        clause(sb, "warnings", m.warnings());
        clause(sb, "started only by", m.authors().start());
        clause(sb, "restarted only by", m.authors().restart());
        clause(sb, "stopped only by", m.authors().stop());
        return sb.toString();
    }

    private static List<String> ids(Set<EventType> types) {
        return types.stream().map(EventType::id).collect(Collectors.toList());
    }

    private static void clause(StringBuilder sb, String words, Collection<?> values) {
        if (!values.isEmpty()) {
            sb.append(", ").append(words).append(' ')
                    .append(values.stream().map(Object::toString).sorted().collect(Collectors.joining(" ")));
        }
    }

    private static String calendar(WorkCalendar c) {
        return "zone " + c.zone().getId() + ", hours " + c.weeklyHours()
                + (c.holidaySets().isEmpty() ? "" : ", holidays " + c.holidaySets().stream().map(HolidaySet::name)
                        .collect(Collectors.joining(" ")))
                + (c.holidayHours().isClosed() ? "" : ", on holidays " + c.holidayHours())
                + (c.appliesShortDays() ? "" : ", no shortened days")
                + (c.overrides().isEmpty() ? "" : ", " + c.overrides().size() + " dates of their own")
                + (c.ownRules().rules().isEmpty() ? "" : ", " + c.ownRules().rules().size() + " day rules")
                + (c.isStrict() ? ", strict" : "");
    }

    private static Map<String, SeverityLevel> levels(Policy p) {
        Map<String, SeverityLevel> m = new LinkedHashMap<>();
        p.severities().forEach(l -> m.put(l.id(), l));
        return m;
    }

    /** The ids of a policy's levels that the other policy has too, in the policy's order. */
    private static List<String> commonOrder(Policy p, Policy other) {
        Set<String> ids = levels(other).keySet();
        return p.severities().stream().map(l -> l.id()).filter(ids::contains).collect(Collectors.toList());
    }

    private static Map<String, String> asMap(Set<String> ids) {
        Map<String, String> m = new LinkedHashMap<>();
        ids.forEach(i -> m.put(i, i));
        return m;
    }

    private static String order(Policy p) {
        return p.severities().stream().map(l -> l.id()).collect(Collectors.joining(" > "));
    }

    /** Compares two maps by key: a value in one only is added or removed, a value stated otherwise is changed. */
    private <T> void keyed(String section, Map<String, T> before, Map<String, T> after, Function<T, String> text) {
        for (Map.Entry<String, T> e : before.entrySet()) {
            T other = after.get(e.getKey());
            if (other == null) {
                changes.add(new Change(section, e.getKey(), Kind.REMOVED, text.apply(e.getValue()), null));
            } else if (!other.equals(e.getValue())) {
                changed(section, e.getKey(), e.getValue(), other, text);
            }
        }
        for (Map.Entry<String, T> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.add(new Change(section, e.getKey(), Kind.ADDED, null, text.apply(e.getValue())));
            }
        }
    }

    /**
     * Compares two lists: elements in both are the same; the others are paired in order as changed, and what is
     * left over is removed or added. A list whose elements are the same in another order is reported as reordered.
     */
    private <T> void list(String section, String id, List<T> before, List<T> after, Function<T, String> text) {
        List<T> gone = new ArrayList<>(before);
        List<T> come = new ArrayList<>(after);
        for (Iterator<T> it = gone.iterator(); it.hasNext();) {
            T t = it.next();
            if (come.remove(t)) {
                it.remove();
            }
        }
        int paired = Math.min(gone.size(), come.size());
        for (int i = 0; i < paired; i++) {
            changed(section, id, gone.get(i), come.get(i), text);
        }
        gone.subList(0, paired).clear();
        come.subList(0, paired).clear();
        gone.forEach(t -> changes.add(new Change(section, id, Kind.REMOVED, text.apply(t), null)));
        come.forEach(t -> changes.add(new Change(section, id, Kind.ADDED, null, text.apply(t))));
        if (paired == 0 && gone.isEmpty() && come.isEmpty() && !before.equals(after)) {
            changes.add(new Change(section, id, Kind.CHANGED, "order " + before.stream().map(text)
                    .collect(Collectors.joining("; ")), "order " + after.stream().map(text).collect(Collectors.joining("; "))));
        }
    }

    /** A change; when the text of both is the same, a part it does not show differs: the full value is shown. */
    private <T> void changed(String section, String id, T before, T after, Function<T, String> text) {
        String b = text.apply(before);
        String a = text.apply(after);
        if (b.equals(a)) {
            b = before.toString();
            a = after.toString();
        }
        changes.add(new Change(section, id, Kind.CHANGED, b, a));
    }

    private void add(String section, String id, String before, String after) {
        Kind kind = before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
        changes.add(new Change(section, id, kind, before, after));
    }

    /**
     * Compares the members of the policies' JSON that no section above covers, and, should the policies differ
     * in a way no section shows, says so.
     */
    private void other(Policy old, Policy neu) {
        JsonNode before = tree(old);
        JsonNode after = tree(neu);
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        Set<String> changed = changes.stream().map(Change::section).collect(Collectors.toSet());
        for (String name : names) {
            List<String> sections = KNOWN_MEMBERS.get(name);
            if (sections != null && (sections.isEmpty() || sections.stream().anyMatch(changed::contains))) {
                continue;
            }
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (!Objects.equals(b, a)) {
                add("other", name, b == null ? null : b.toString(), a == null ? null : a.toString());
            }
        }
        if (changes.isEmpty() && !old.equals(neu)) {
            add("other", "policy", "as stated in " + old.id(), "stated otherwise in " + neu.id());
        }
    }

    private static JsonNode tree(Policy policy) {
        try {
            return new ObjectMapper().readTree(PolicyJson.write(policy));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
