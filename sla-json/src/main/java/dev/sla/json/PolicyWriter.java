package dev.sla.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.EventType;
import dev.sla.core.IntakeRule;
import dev.sla.core.Metric;
import dev.sla.core.Mode;
import dev.sla.core.ModeRule;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Writes a policy in the JSON format the loader reads. */
final class PolicyWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyWriter() {
    }

    static String write(Policy p) {
        ObjectNode root = MAPPER.createObjectNode();
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
        Map<String, HolidaySet> userSets = new LinkedHashMap<>();
        ObjectNode calendars = MAPPER.createObjectNode();
        p.calendars().forEach((id, c) -> calendars.set(id, calendar(id, c, userSets)));
        if (!userSets.isEmpty()) {
            ObjectNode sets = root.putObject("holidaySets");
            userSets.forEach((name, set) -> sets.set(name, holidaySet(set)));
        }
        if (!calendars.isEmpty()) {
            root.set("calendars", calendars);
        }
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
        if (!p.defaultAssignment().equals(Assignment.of(p.vendor(), Mode.FULL))) {
            cell(root, "defaultAssignment", p.defaultAssignment());
        }
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
                }
            }
        }
        if (!p.metrics().isEmpty()) {
            ObjectNode metrics = root.putObject("metrics");
            for (Metric m : p.metrics().values()) {
                ObjectNode n = metrics.putObject(m.id());
                n.put("name", m.name());
                if (!m.startOn().equals(Set.of(EventType.RECEIVED))) {
                    events(n, "start", m.startOn());
                }
                events(n, "restart", m.restartOn());
                events(n, "stop", m.stopOn());
                strings(n, "pause", m.pauseStatuses());
                strings(n, "stopStatuses", m.stopStatuses());
            }
        }
        if (!p.targets().isEmpty()) {
            ArrayNode targets = root.putArray("targets");
            for (Target t : p.targets()) {
                ObjectNode n = targets.addObject();
                n.put("metric", t.metric());
                n.put("plan", t.plan());
                if (t.severity() != null) {
                    n.put("severity", t.severity());
                }
                if (t.service() != null) {
                    n.put("service", t.service());
                }
                n.put("time", t.duration() == null ? Binder.NOBODY : t.duration().toString());
                if (t.calendar() != null) {
                    n.put("calendar", t.calendar());
                }
                if (t.note() != null) {
                    n.put("note", t.note());
                }
            }
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static ObjectNode calendar(String id, WorkCalendar c, Map<String, HolidaySet> userSets) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("zone", c.zone().getId());
        n.put("hours", c.weeklyHours().toString());
        ArrayNode sets = MAPPER.createArrayNode();
        for (HolidaySet set : c.holidaySets()) {
            if (!isBuiltIn(set)) {
                userSets.put(set.name(), set);
            }
            sets.add(set.name());
        }
        HolidaySet own = c.ownRules();
        if (!own.rules().isEmpty() || !own.recurringHolidays().isEmpty()) {
            String name = id + "-days";
            userSets.put(name, own);
            sets.add(name);
        }
        if (!sets.isEmpty()) {
            n.set("holidays", sets);
        }
        if (!c.appliesShortDays()) {
            n.put("shortDays", false);
        }
        if (!c.holidayHours().isClosed()) {
            n.put("holidayHours", c.holidayHours().toString());
        }
        if (c.isStrict()) {
            n.put("strict", true);
        }
        if (!c.overrides().isEmpty()) {
            ObjectNode o = n.putObject("overrides");
            new TreeSet<>(c.overrides().keySet()).forEach(d -> o.put(d.toString(), c.overrides().get(d).toString()));
        }
        return n;
    }

    private static boolean isBuiltIn(HolidaySet set) {
        return HolidaySet.builtInNames().contains(set.name()) && HolidaySet.builtIn(set.name()).equals(set);
    }

    private static ObjectNode holidaySet(HolidaySet set) {
        ObjectNode n = MAPPER.createObjectNode();
        if (!set.title().equals(set.name())) {
            n.put("name", set.title());
        }
        if (!set.sources().isEmpty()) {
            set.sources().forEach(n.putArray("sources")::add);
        }
        if (!set.yearSources().isEmpty()) {
            ObjectNode years = n.putObject("years");
            set.yearSources().forEach((y, s) -> {
                if (set.isProvisional(java.time.Year.of(y))) {
                    ObjectNode yn = years.putObject(String.valueOf(y));
                    yn.put("source", s);
                    yn.put("provisional", true);
                } else {
                    years.put(String.valueOf(y), s);
                }
            });
        }
        ObjectNode holidays = MAPPER.createObjectNode();
        ObjectNode daysOff = MAPPER.createObjectNode();
        ObjectNode working = MAPPER.createObjectNode();
        ObjectNode shortDays = MAPPER.createObjectNode();
        for (DayRule r : set.rules()) {
            switch (r.kind()) {
                case HOLIDAY:
                    holidays.put(r.date().toString(), r.note());
                    break;
                case DAY_OFF:
                    daysOff.put(r.date().toString(), r.note());
                    break;
                case WORKING_DAY: {
                    ObjectNode w = working.putObject(r.date().toString());
                    w.put("like", r.like().name().toLowerCase(Locale.ROOT));
                    w.put("note", r.note());
                    break;
                }
                default: {
                    ObjectNode s = shortDays.putObject(r.date().toString());
                    s.put("by", r.shortening().toString());
                    s.put("note", r.note());
                }
            }
        }
        putIfAny(n, "holidays", holidays);
        putIfAny(n, "daysOff", daysOff);
        putIfAny(n, "workingDays", working);
        putIfAny(n, "shortDays", shortDays);
        if (!set.recurringHolidays().isEmpty()) {
            ObjectNode rec = n.putObject("recurring");
            set.recurringHolidays().forEach((md, note) -> rec.put(md.toString().substring(2), note));
        }
        return n;
    }

    private static void putIfAny(ObjectNode parent, String name, ObjectNode child) {
        if (!child.isEmpty()) {
            parent.set(name, child);
        }
    }

    private static void cell(ObjectNode parent, String name, Assignment a) {
        if (a.performer() != null && a.mode().equals(Mode.FULL) && a.note() == null) {
            parent.put(name, a.performer());
            return;
        }
        ObjectNode n = parent.putObject(name);
        n.put("performer", a.performer() == null ? Binder.NOBODY : a.performer());
        n.put("mode", a.mode().id());
        if (a.note() != null) {
            n.put("note", a.note());
        }
    }

    private static ObjectNode condition(Condition c) {
        ObjectNode n = MAPPER.createObjectNode();
        c.anyOf().forEach((k, v) -> values(n, k, v));
        c.noneOf().forEach((k, v) -> values(n.putObject(k), "not", v));
        return n;
    }

    private static void values(ObjectNode n, String name, Set<String> values) {
        if (values.size() == 1) {
            n.put(name, values.iterator().next());
        } else {
            new TreeSet<>(values).forEach(n.putArray(name)::add);
        }
    }

    private static void events(ObjectNode n, String name, Set<EventType> types) {
        if (!types.isEmpty()) {
            ArrayNode a = n.putArray(name);
            types.stream().sorted().forEach(t -> a.add(t.id()));
        }
    }

    private static void strings(ObjectNode n, String name, Set<String> values) {
        if (!values.isEmpty()) {
            new TreeSet<>(values).forEach(n.putArray(name)::add);
        }
    }
}
