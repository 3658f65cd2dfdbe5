package dev.sla.cli;

import dev.sla.SlaException;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.EventType;
import dev.sla.core.IntakeRule;
import dev.sla.core.Metric;
import dev.sla.core.ModeRule;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Target;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A policy as a document a customer reads: its parties, plans, the coverage matrix (performer and mode per cell,
 * notes as footnotes), severity levels and how tickets are graded, who may ask, the metrics and their clocks, the
 * targets per plan and severity, and each calendar with its week drawn as a chart and the days of a year that have
 * other hours. The same walk writes Markdown or HTML through a {@link DocSink}. It reads the policy through its
 * public accessors only, so parts of the format it does not know are left out rather than breaking it.
 */
final class PolicyDocWriter {

    private final Policy policy;
    private final DocSink sink;
    private final Year year;
    private final PolicyDocParts parts;
    private final DocText t;
    private int lastNote;

    private PolicyDocWriter(Policy policy, DocSink sink, Year year, DocText text) {
        this.policy = policy;
        this.sink = sink;
        this.year = year;
        this.t = text;
        this.parts = new PolicyDocParts(policy, sink, this, text);
    }

    /** Writes the document of a policy in a language, with the days of a year that have other hours. */
    static String write(Policy policy, DocSink sink, Year year, DocText text) {
        PolicyDocWriter w = new PolicyDocWriter(policy, sink, year, text);
        w.header();
        w.parts.contract();
        w.parties();
        w.plans();
        w.coverage();
        w.severities();
        w.intake();
        w.metrics();
        w.parts.statusClasses();
        w.targets();
        w.calendars();
        return sink.finish();
    }

    private void header() {
        List<String> subtitle = new ArrayList<>();
        subtitle.add(t.s("title.policy", policy.id()));
        policy.effectiveFrom().ifPresent(d -> subtitle.add(policy.zone().equals(Policy.DEFAULT_ZONE)
                ? t.s("title.inForce", t.date(d)) : t.s("title.inForceZone", t.date(d), policy.zone().getId())));
        policy.contract().ifPresent(c -> subtitle.add(t.s("title.contract", c.customer(), c.id())));
        sink.title(policy.name(), String.join(", ", subtitle), t.language());
        if (!policy.description().isEmpty()) {
            sink.paragraph(policy.description());
        }
    }

    private void parties() {
        sink.heading(t.s("parties.heading"));
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (Party p : policy.parties().values()) {
            String role = switch (p.kind()) {
                case VENDOR -> t.s(p.id().equals(policy.vendor()) ? "party.vendorTimed" : "party.vendor");
                case CUSTOMER -> t.s("party.customer");
                default -> t.s("party.thirdParty");
            };
            rows.add(List.of(DocSink.Cell.of(p.name()), DocSink.Cell.of(role), DocSink.Cell.of(p.id())));
        }
        sink.table(List.of(t.s("column.party"), t.s("column.role"), t.s("column.id")), rows);
    }

    private void plans() {
        sink.heading(t.s("plans.heading"));
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (Plan p : policy.plans().values()) {
            String channels = String.join(", ", p.channels());
            rows.add(List.of(DocSink.Cell.of(p.name()),
                    DocSink.Cell.of(p.parent() == null ? "" : t.s("plans.inherits", planName(p.parent()))),
                    DocSink.Cell.of(String.join(", ", PolicyDocParts.languages(p, t))),
                    DocSink.Cell.of(p.enforcesChannels() && !p.channels().isEmpty() ? t.s("plans.only", channels)
                            : channels),
                    DocSink.Cell.of(p.id())));
        }
        sink.table(List.of(t.s("column.plan"), t.s("column.inherits"), t.s("column.languages"),
                t.s("column.channels"), t.s("column.id")), rows);
    }

    private void coverage() {
        sink.heading(t.s("coverage.heading"));
        sink.paragraph(t.s("coverage.intro"));
        List<String> header = new ArrayList<>();
        header.add(t.s("column.service"));
        policy.plans().values().forEach(p -> header.add(p.name()));
        Map<String, Integer> notes = new LinkedHashMap<>();
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        policy.services().values().forEach(s -> rows.add(coverageRow(s.name(), s.id(), notes)));
        rows.add(coverageRow(t.s("coverage.noService"), null, notes));
        sink.table(header, rows);
        footnotes(notes);
        parts.planDefaults();
        if (!policy.modeRules().isEmpty()) {
            sink.paragraph(t.s("coverage.modeRules"));
            List<String> items = new ArrayList<>();
            for (ModeRule r : policy.modeRules()) {
                boolean scoped = !r.performers().isEmpty() || !r.modes().isEmpty();
                String mode = t.mode(r.mode().id());
                items.add(t.s("rule.when", condition(r.when()), scoped ? t.s("coverage.scoped", mode, scope(r)) : mode)
                        + ". " + r.note());
            }
            sink.list(items, false);
        }
    }

    private List<DocSink.Cell> coverageRow(String name, String service, Map<String, Integer> notes) {
        List<DocSink.Cell> row = new ArrayList<>();
        row.add(DocSink.Cell.of(name));
        for (String plan : policy.plans().keySet()) {
            Assignment a;
            try {
                a = policy.who(plan, service);
            } catch (SlaException ex) {
                row.add(DocSink.Cell.of("—"));
                continue;
            }
            String text = a.performer() == null ? t.capital(t.mode(a.mode().id())) : parts.performers(a);
            row.add(new DocSink.Cell(text, a.note() == null ? List.of() : List.of(note(notes, a.note()))));
        }
        return row;
    }

    private void severities() {
        sink.heading(t.s("severity.heading"));
        if (policy.severities().isEmpty()) {
            sink.paragraph(t.s("severity.none"));
            return;
        }
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (SeverityLevel l : policy.severities()) {
            rows.add(List.of(DocSink.Cell.of(l.name()), DocSink.Cell.of(l.description()), DocSink.Cell.of(l.id())));
        }
        sink.table(List.of(t.s("column.level"), t.s("column.meaning"), t.s("column.id")), rows);
        if (policy.classification().isEmpty() && policy.defaultSeverity().isEmpty()) {
            sink.paragraph(t.s("severity.stated"));
            return;
        }
        sink.paragraph(t.s("severity.rules"));
        List<String> items = new ArrayList<>();
        for (ClassificationRule r : policy.classification()) {
            items.add(t.s("rule.when", condition(r.when()), levelName(r.level())) + ".");
        }
        items.add(policy.defaultSeverity().map(l -> t.s("severity.otherwise", levelName(l)))
                .orElse(t.s("severity.otherwiseNone")));
        sink.list(items, true);
    }

    private void intake() {
        sink.heading(t.s("intake.heading"));
        if (policy.intakeRules().isEmpty()) {
            sink.paragraph(t.s("intake.all"));
            parts.planRules();
            return;
        }
        sink.paragraph(t.s("intake.rules"));
        List<String> items = new ArrayList<>();
        for (IntakeRule r : policy.intakeRules()) {
            String reason = r.redirect() != null ? t.s("intake.toParty", r.reason(), partyName(r.redirect()))
                    : r.redirectPlan() != null ? t.s("intake.toPlan", r.reason(), planName(r.redirectPlan())) : r.reason();
            items.add(t.s("rule.when", condition(r.when()), reason) + ".");
        }
        sink.list(items, true);
        parts.planRules();
    }

    private void metrics() {
        sink.heading(t.s("metrics.heading"));
        List<String> items = new ArrayList<>();
        for (Metric m : policy.metrics().values()) {
            List<String> clock = new ArrayList<>();
            if (!m.kind().id().equals("elapsed")) {
                clock.add(t.s("clock.kind", t.has("clock.kind." + m.kind().id()) ? t.s("clock.kind." + m.kind().id())
                        : m.kind().id().replace('-', ' ')));
            }
            clock.add(t.s("clock.start", events(m.startOn())));
            if (!m.restartOn().isEmpty()) {
                clock.add(t.s("clock.restart", events(m.restartOn())));
            }
            if (!m.stopOn().isEmpty()) {
                clock.add(t.s("clock.stop", events(m.stopOn())));
            }
            if (!m.stopStatuses().isEmpty()) {
                clock.add(t.s("clock.stopStatus", words(m.stopStatuses())));
            }
            if (!m.pauseStatuses().isEmpty()) {
                clock.add(t.s("clock.pause", words(m.pauseStatuses())));
            }
            if (!m.voidOn().isEmpty() || !m.voidStatuses().isEmpty()) {
                List<String> v = new ArrayList<>();
                m.voidOn().forEach(e -> v.add(e.id().replace('-', ' ')));
                m.voidStatuses().forEach(s -> v.add(s.replace('-', ' ')));
                clock.add(t.s("clock.void", t.or(v.stream().sorted().toList())));
            }
            if (!m.warnings().isEmpty()) {
                clock.add(t.s("clock.warnings", m.warnings().stream().map(w -> w.before() == null
                        ? t.s("clock.warnShare", w.toString()) : t.s("clock.warnBefore", t.time(w.before())))
                        .collect(Collectors.joining(", "))));
            }
            String authors = PolicyDocParts.authors(m, this, t);
            if (!authors.isEmpty()) {
                clock.add(authors);
            }
            items.add(t.s("item.named", m.name(), t.clauses(clock)) + ".");
        }
        sink.list(items, false);
    }

    private void targets() {
        sink.heading(t.s("targets.heading"));
        sink.paragraph(t.s("targets.intro", t.s("calendars.heading")));
        List<SeverityLevel> levels = policy.severities();
        for (Metric m : policy.metrics().values()) {
            sink.subheading(m.name());
            List<String> header = new ArrayList<>();
            header.add(t.s("column.plan"));
            if (levels.isEmpty()) {
                header.add(t.s("column.target"));
            } else {
                levels.forEach(l -> header.add(l.name()));
            }
            Map<String, Integer> notes = new LinkedHashMap<>();
            List<List<DocSink.Cell>> rows = new ArrayList<>();
            boolean named = policy.targets().stream().filter(t -> t.metric().equals(m.id()) && t.calendar() != null)
                    .map(Target::calendar).distinct().count() > 1;
            for (String plan : policy.plans().keySet()) {
                List<DocSink.Cell> row = new ArrayList<>();
                row.add(DocSink.Cell.of(planName(plan)));
                if (levels.isEmpty()) {
                    row.add(targetCell(m.id(), plan, null, named, notes));
                } else {
                    levels.forEach(l -> row.add(targetCell(m.id(), plan, l.id(), named, notes)));
                }
                rows.add(row);
            }
            sink.table(header, rows);
            footnotes(notes);
            List<String> special = new ArrayList<>();
            for (Target g : policy.targets()) {
                if (g.metric().equals(m.id()) && g.service() != null) {
                    special.add(t.s("item.named", planName(g.plan()) + ", " + serviceName(g.service())
                            + (g.severity() == null ? "" : ", " + levelName(g.severity())), targetText(g, named))
                            + (g.note() == null ? "" : " (" + g.note() + ")")
                            + (g.condition() == null ? "" : " " + parts.condition(g.condition())));
                }
            }
            if (!special.isEmpty()) {
                sink.paragraph(t.s("targets.oneService"));
                sink.list(special, false);
            }
        }
    }

    private DocSink.Cell targetCell(String metric, String plan, String level, boolean named, Map<String, Integer> notes) {
        Target g;
        try {
            g = policy.target(metric, plan, level, null).orElse(null);
        } catch (SlaException ex) {
            g = null;
        }
        if (g == null) {
            return DocSink.Cell.of("—");
        }
        List<Integer> marks = new ArrayList<>();
        if (g.note() != null) {
            marks.add(note(notes, g.note()));
        }
        if (g.condition() != null) {
            marks.add(note(notes, parts.condition(g.condition())));
        }
        return new DocSink.Cell(targetText(g, named), marks);
    }

    /** A target's time in words; with the name of its calendar when the metric's targets count on several. */
    private String targetText(Target g, boolean named) {
        if (g.isNone()) {
            if (g.parameter() != null) {
                // a time the contract sets: without a contract the policy states no number
                return t.s(policy.contract().isPresent() ? "target.noneByContract" : "target.setByContract");
            }
            // a time the policy leaves to someone else shows in the policy's words
            return g.time().equals(Target.NONE) ? t.s("target.none") : g.time();
        }
        String when = g.duration() != null ? t.time(g.duration()) : g.deadline() != null ? g.deadline().toString()
                : g.time();
        return when + (named ? " (" + calendarName(g.calendar()) + ")" : "");
    }

    private void calendars() {
        sink.heading(t.s("calendars.heading"));
        for (Map.Entry<String, WorkCalendar> e : policy.calendars().entrySet()) {
            WorkCalendar cal = e.getValue();
            sink.subheading(calendarName(e.getKey()));
            List<String> facts = new ArrayList<>();
            facts.add(t.s("calendar.zone", cal.zone().getId()));
            facts.add(t.s("calendar.week", t.week(cal.weeklyHours())));
            if (!cal.holidaySets().isEmpty()) {
                String sets = cal.holidaySets().stream().map(HolidaySet::title).collect(Collectors.joining(", "));
                facts.add(cal.holidayHours().isClosed() ? t.s("calendar.holidaysClosed", sets)
                        : t.s("calendar.holidaysOpen", sets, t.hours(cal.holidayHours())));
            }
            sink.list(facts, false);
            sink.weekChart(t.s("calendar.chart", calendarName(e.getKey()), cal.zone().getId()),
                    WeekChart.of(cal.weeklyHours(), t));
            days(cal);
        }
        parts.calendarTemplates();
    }

    /** The days of the year whose hours are not the week's: holidays, days off, transferred and shortened days. */
    private void days(WorkCalendar cal) {
        TreeMap<LocalDate, String> why = new TreeMap<>();
        Set<LocalDate> closing = new java.util.HashSet<>();
        List<HolidaySet> sources = new ArrayList<>();
        sources.add(cal.ownRules());
        sources.addAll(cal.holidaySets());
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        try {
            for (HolidaySet set : sources) {
                for (DayRule r : set.rules(year)) {
                    if (r.kind() == DayRule.Kind.SHORT_DAY && !cal.appliesShortDays()) {
                        continue;
                    }
                    if (!why.containsKey(r.date()) || r.isNonWorking() && !closing.contains(r.date())) {
                        why.put(r.date(), dayRule(r));
                        if (r.kind() == DayRule.Kind.HOLIDAY || r.kind() == DayRule.Kind.DAY_OFF) {
                            closing.add(r.date());
                        }
                    }
                }
            }
            cal.overrides().forEach((d, h) -> {
                if (d.getYear() == year.getValue()) {
                    why.put(d, t.s("days.own"));
                }
            });
            for (Map.Entry<LocalDate, String> d : why.entrySet()) {
                rows.add(List.of(DocSink.Cell.of(t.dateCell(d.getKey())),
                        DocSink.Cell.of(t.day(d.getKey().getDayOfWeek(), TextStyle.SHORT)),
                        DocSink.Cell.of(t.hours(cal.hoursOn(d.getKey()))), DocSink.Cell.of(d.getValue())));
            }
        } catch (SlaException | java.time.DateTimeException ex) {
            sink.paragraph(t.s("days.unknown", year.toString(), ex.getMessage()));
            return;
        }
        if (rows.isEmpty()) {
            sink.paragraph(t.s("days.none", year.toString()));
            return;
        }
        sink.paragraph(t.s("days.intro", year.toString()));
        sink.table(List.of(t.s("column.date"), t.s("column.day"), t.s("column.hours"), t.s("column.why")), rows);
        List<String> warnings = cal.warnings(year.atDay(1).atStartOfDay(cal.zone()).toInstant(),
                year.plusYears(1).atDay(1).atStartOfDay(cal.zone()).toInstant());
        warnings.forEach(w -> sink.paragraph(t.s("days.warning", w)));
    }

    private String dayRule(DayRule r) {
        return switch (r.kind()) {
            case HOLIDAY -> t.s("day.holiday", r.note());
            case DAY_OFF -> t.s("day.off", r.note());
            case WORKING_DAY -> t.s("day.working", t.day(r.like(), TextStyle.FULL), r.note());
            default -> t.s("day.shortened", t.language().equals("en") ? HolidaysCommand.hoursAndMinutes(r.shortening())
                    : t.time(r.shortening()), r.note());
        };
    }

    // -----------------------------------------------------------------------
    private int note(Map<String, Integer> notes, String text) {
        return notes.computeIfAbsent(text, t -> ++lastNote);
    }

    private void footnotes(Map<String, Integer> notes) {
        Map<Integer, String> byNumber = new LinkedHashMap<>();
        notes.forEach((t, n) -> byNumber.put(n, t));
        sink.footnotes(byNumber);
    }

    /** A condition in words, such as {@code impact is all and requester is not owner}. */
    private String condition(Condition c) {
        if (c.anyOf().isEmpty() && c.noneOf().isEmpty() && c.present().isEmpty() && c.absent().isEmpty()) {
            return t.s("condition.always");
        }
        List<String> clauses = new ArrayList<>();
        c.anyOf().forEach((k, v) -> clauses.add(t.s(v.size() == 1 ? "condition.is" : "condition.isOneOf", k,
                values(k, v))));
        c.noneOf().forEach((k, v) -> clauses.add(t.s(v.size() == 1 ? "condition.isNot" : "condition.isNoneOf", k,
                values(k, v))));
        c.present().forEach(k -> clauses.add(t.s("condition.stated", k)));
        c.absent().forEach(k -> clauses.add(t.s("condition.notStated", k)));
        return t.and(clauses);
    }

    private String values(String attribute, Set<String> values) {
        return values.stream().sorted().map(v -> switch (attribute) {
            case "plan" -> planName(v);
            case "service" -> serviceName(v);
            case "severity" -> levelName(v);
            default -> v;
        }).collect(Collectors.joining(", "));
    }

    /** Event types in words, each with its article: {@code the ticket's receipt or a customer message}. */
    private String events(Collection<EventType> types) {
        return t.or(types.stream().map(e -> t.has("event." + e.id()) ? t.s("event." + e.id())
                : article(e.id().replace('-', ' '))).sorted().toList());
    }

    private String article(String noun) {
        return t.language().equals("en") ? ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun : noun;
    }

    private String words(Set<String> ids) {
        return t.or(ids.stream().map(s -> s.replace('-', ' ')).sorted().toList());
    }

    /** The scope of a mode rule in words: the cells of the performers and modes it concerns. */
    private String scope(ModeRule r) {
        String cells = t.s("coverage.cells", r.performers().isEmpty() ? partyName(policy.vendor())
                : t.or(r.performers().stream().map(this::partyName).toList()));
        return r.modes().isEmpty() ? cells
                : t.s("coverage.handled", cells, t.or(r.modes().stream().map(m -> t.mode(m.id())).toList()));
    }

    String partyName(String id) {
        Party p = policy.parties().get(id);
        return p == null ? id : p.name();
    }

    String planName(String id) {
        Plan p = policy.plans().get(id);
        return p == null ? id : p.name();
    }

    private String serviceName(String id) {
        return policy.services().containsKey(id) ? policy.services().get(id).name() : id;
    }

    private String levelName(String id) {
        return policy.severities().stream().filter(l -> l.id().equals(id)).map(SeverityLevel::name).findFirst().orElse(id);
    }

    String calendarName(String id) {
        WorkCalendar c = policy.calendars().get(id);
        return c == null || c.name().isEmpty() || c.name().equals(id) ? id : c.name() + " (" + id + ")";
    }
}
