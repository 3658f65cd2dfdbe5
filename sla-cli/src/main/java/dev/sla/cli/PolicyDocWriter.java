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
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private int lastNote;

    private PolicyDocWriter(Policy policy, DocSink sink, Year year) {
        this.policy = policy;
        this.sink = sink;
        this.year = year;
        this.parts = new PolicyDocParts(policy, sink, this);
    }

    /** Writes the document of a policy, with the days of a year that have other hours. */
    static String write(Policy policy, DocSink sink, Year year) {
        PolicyDocWriter w = new PolicyDocWriter(policy, sink, year);
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
        sink.title(policy.name(), "Policy " + policy.id() + policy.effectiveFrom().map(d -> ", in force from " + d
                + (policy.zone().equals(Policy.DEFAULT_ZONE) ? "" : " (" + policy.zone().getId() + ")"))
                .orElse("") + policy.contract().map(c -> ", for " + c.customer() + " under contract " + c.id()).orElse(""),
                "en");
        if (!policy.description().isEmpty()) {
            sink.paragraph(policy.description());
        }
    }

    private void parties() {
        sink.heading("Parties");
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (Party p : policy.parties().values()) {
            String role = switch (p.kind()) {
                case VENDOR -> p.id().equals(policy.vendor()) ? "Vendor, whose support the service levels time" : "Vendor";
                case CUSTOMER -> "Customer";
                default -> "Third party";
            };
            rows.add(List.of(DocSink.Cell.of(p.name()), DocSink.Cell.of(role), DocSink.Cell.of(p.id())));
        }
        sink.table(List.of("Party", "Role", "Id"), rows);
    }

    private void plans() {
        sink.heading("Plans");
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (Plan p : policy.plans().values()) {
            rows.add(List.of(DocSink.Cell.of(p.name()),
                    DocSink.Cell.of(p.parent() == null ? "" : planName(p.parent()) + " (its terms apply where this plan "
                            + "states none)"),
                    DocSink.Cell.of(String.join(", ", languages(p))), DocSink.Cell.of(String.join(", ", p.channels())
                            + (p.enforcesChannels() && !p.channels().isEmpty() ? " (only)" : "")),
                    DocSink.Cell.of(p.id())));
        }
        sink.table(List.of("Plan", "Inherits", "Languages", "Channels", "Id"), rows);
    }

    private static List<String> languages(Plan p) {
        List<String> all = new ArrayList<>(p.languages());
        p.languagesByException().forEach(l -> all.add(l + " (by exception)"));
        return all;
    }

    private void coverage() {
        sink.heading("Coverage");
        sink.paragraph("Who performs each service on each plan, and how.");
        List<String> header = new ArrayList<>();
        header.add("Service");
        policy.plans().values().forEach(p -> header.add(p.name()));
        Map<String, Integer> notes = new LinkedHashMap<>();
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        policy.services().values().forEach(s -> rows.add(coverageRow(s.name(), s.id(), notes)));
        rows.add(coverageRow("A request that names no service", null, notes));
        sink.table(header, rows);
        footnotes(notes);
        parts.planDefaults();
        if (!policy.modeRules().isEmpty()) {
            sink.paragraph("Whoever performs a task, these rules change how it is handled (the last that holds applies):");
            List<String> items = new ArrayList<>();
            for (ModeRule r : policy.modeRules()) {
                boolean scoped = !r.performers().isEmpty() || !r.modes().isEmpty();
                items.add("When " + condition(r.when()) + ": " + modeWords(r.mode().id()) + (scoped ? ", for the "
                        + scope(r) : "") + ". " + r.note());
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
            String text = a.performer() == null ? capital(modeWords(a.mode().id())) : parts.performers(a);
            row.add(new DocSink.Cell(text, a.note() == null ? List.of() : List.of(note(notes, a.note()))));
        }
        return row;
    }

    private void severities() {
        sink.heading("Severity levels");
        if (policy.severities().isEmpty()) {
            sink.paragraph("Tickets are not graded by severity.");
            return;
        }
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (SeverityLevel l : policy.severities()) {
            rows.add(List.of(DocSink.Cell.of(l.name()), DocSink.Cell.of(l.description()), DocSink.Cell.of(l.id())));
        }
        sink.table(List.of("Level", "Meaning", "Id"), rows);
        if (policy.classification().isEmpty() && policy.defaultSeverity().isEmpty()) {
            sink.paragraph("The level is stated on the ticket.");
            return;
        }
        sink.paragraph("A ticket that does not state its level gets the level of the first rule that holds:");
        List<String> items = new ArrayList<>();
        for (ClassificationRule r : policy.classification()) {
            items.add("When " + condition(r.when()) + ": " + levelName(r.level()) + ".");
        }
        items.add(policy.defaultSeverity().map(l -> "Otherwise: " + levelName(l) + ".")
                .orElse("Otherwise the ticket has no level."));
        sink.list(items, true);
    }

    private void intake() {
        sink.heading("Who may ask");
        if (policy.intakeRules().isEmpty()) {
            sink.paragraph("Every request is accepted that its plan accepts.");
            parts.planRules();
            return;
        }
        sink.paragraph("A request is not accepted when the first of these rules that holds says so:");
        List<String> items = new ArrayList<>();
        for (IntakeRule r : policy.intakeRules()) {
            items.add("When " + condition(r.when()) + ": " + r.reason() + (r.redirect() != null
                    ? " (it goes to " + partyName(r.redirect()) + ")" : r.redirectPlan() != null
                    ? " (it goes to the plan " + planName(r.redirectPlan()) + ")" : "") + ".");
        }
        sink.list(items, true);
        parts.planRules();
    }

    private void metrics() {
        sink.heading("Service levels");
        List<String> items = new ArrayList<>();
        for (Metric m : policy.metrics().values()) {
            List<String> clock = new ArrayList<>();
            if (!m.kind().id().equals("elapsed")) {
                clock.add("a clock of kind " + m.kind().id().replace('-', ' '));
            }
            clock.add("counted from " + events(m.startOn()));
            if (!m.restartOn().isEmpty()) {
                clock.add("counted afresh from " + events(m.restartOn()));
            }
            if (!m.stopOn().isEmpty()) {
                clock.add("met by " + events(m.stopOn()));
            }
            if (!m.stopStatuses().isEmpty()) {
                clock.add("met when the ticket becomes " + words(m.stopStatuses()));
            }
            if (!m.pauseStatuses().isEmpty()) {
                clock.add("paused while the ticket is " + words(m.pauseStatuses()));
            }
            if (!m.voidOn().isEmpty() || !m.voidStatuses().isEmpty()) {
                List<String> v = new ArrayList<>();
                m.voidOn().forEach(e -> v.add(e.id().replace('-', ' ')));
                m.voidStatuses().forEach(s -> v.add(s.replace('-', ' ')));
                clock.add("not applicable once " + String.join(" or ", v.stream().sorted().toList()));
            }
            if (!m.warnings().isEmpty()) {
                clock.add("agents are warned at " + m.warnings().stream().map(w -> w.before() == null ? w.toString()
                        + " of the time" : time(w.before()) + " before the deadline").collect(Collectors.joining(", ")));
            }
            String authors = PolicyDocParts.authors(m, this);
            if (!authors.isEmpty()) {
                clock.add(authors);
            }
            items.add(m.name() + ": " + String.join("; ", clock) + ".");
        }
        sink.list(items, false);
    }

    private void targets() {
        sink.heading("Targets");
        sink.paragraph("The time within which the vendor answers, counted in the working hours of the calendar named "
                + "(see Working hours), while the clock runs.");
        List<SeverityLevel> levels = policy.severities();
        for (Metric m : policy.metrics().values()) {
            sink.subheading(m.name());
            List<String> header = new ArrayList<>();
            header.add("Plan");
            if (levels.isEmpty()) {
                header.add("Target");
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
            for (Target t : policy.targets()) {
                if (t.metric().equals(m.id()) && t.service() != null) {
                    special.add(planName(t.plan()) + ", " + serviceName(t.service())
                            + (t.severity() == null ? "" : ", " + levelName(t.severity())) + ": " + targetText(t, named)
                            + (t.note() == null ? "" : " (" + t.note() + ")")
                            + (t.condition() == null ? "" : " " + parts.condition(t.condition())));
                }
            }
            if (!special.isEmpty()) {
                sink.paragraph("For one service only:");
                sink.list(special, false);
            }
        }
    }

    private DocSink.Cell targetCell(String metric, String plan, String level, boolean named, Map<String, Integer> notes) {
        Target t;
        try {
            t = policy.target(metric, plan, level, null).orElse(null);
        } catch (SlaException ex) {
            t = null;
        }
        if (t == null) {
            return DocSink.Cell.of("—");
        }
        List<Integer> marks = new ArrayList<>();
        if (t.note() != null) {
            marks.add(note(notes, t.note()));
        }
        if (t.condition() != null) {
            marks.add(note(notes, parts.condition(t.condition())));
        }
        return new DocSink.Cell(targetText(t, named), marks);
    }

    /** A target's time in words; with the name of its calendar when the metric's targets count on several. */
    private String targetText(Target t, boolean named) {
        if (t.isNone()) {
            if (t.parameter() != null) {
                // a time the contract sets: without a contract the policy states no number
                return policy.contract().isPresent() ? "no target (the contract sets none)" : Target.SET_BY_CONTRACT;
            }
            // a time the policy leaves to someone else shows in the policy's words
            return t.time().equals(Target.NONE) ? "no target" : t.time();
        }
        String when = t.duration() != null ? time(t.duration()) : t.deadline() != null ? t.deadline().toString() : t.time();
        return when + (named ? " (" + calendarName(t.calendar()) + ")" : "");
    }

    private void calendars() {
        sink.heading("Working hours");
        for (Map.Entry<String, WorkCalendar> e : policy.calendars().entrySet()) {
            WorkCalendar cal = e.getValue();
            sink.subheading(calendarName(e.getKey()));
            List<String> facts = new ArrayList<>();
            facts.add("Time zone: " + cal.zone().getId() + ".");
            facts.add("Every week: " + cal.weeklyHours() + ".");
            if (!cal.holidaySets().isEmpty()) {
                facts.add("Holidays: " + cal.holidaySets().stream().map(HolidaySet::title).collect(Collectors.joining(", "))
                        + (cal.holidayHours().isClosed() ? ", closed." : "; on holidays open " + cal.holidayHours() + "."));
            }
            sink.list(facts, false);
            sink.weekChart("Weekly hours of " + calendarName(e.getKey()) + ", " + cal.zone().getId() + " time.",
                    WeekChart.of(cal.weeklyHours()));
            days(cal);
        }
        parts.calendarTemplates();
    }

    /** The days of the year whose hours are not the week's: holidays, days off, transferred and shortened days. */
    private void days(WorkCalendar cal) {
        TreeMap<LocalDate, String> why = new TreeMap<>();
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
                    String said = why.get(r.date());
                    if (said == null || r.isNonWorking() && !said.startsWith("Holiday") && !said.startsWith("Day off")) {
                        why.put(r.date(), dayRule(r));
                    }
                }
            }
            cal.overrides().forEach((d, h) -> {
                if (d.getYear() == year.getValue()) {
                    why.put(d, "Hours of their own");
                }
            });
            for (Map.Entry<LocalDate, String> d : why.entrySet()) {
                rows.add(List.of(DocSink.Cell.of(d.getKey().toString()),
                        DocSink.Cell.of(d.getKey().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)),
                        DocSink.Cell.of(cal.hoursOn(d.getKey()).toString()), DocSink.Cell.of(d.getValue())));
            }
        } catch (SlaException | java.time.DateTimeException ex) {
            sink.paragraph("The days of " + year + " are not known: " + ex.getMessage());
            return;
        }
        if (rows.isEmpty()) {
            sink.paragraph("In " + year + " every day has the hours of its weekday.");
            return;
        }
        sink.paragraph("Days of " + year + " with other hours:");
        sink.table(List.of("Date", "Day", "Hours", "Why"), rows);
        List<String> warnings = cal.warnings(year.atDay(1).atStartOfDay(cal.zone()).toInstant(),
                year.plusYears(1).atDay(1).atStartOfDay(cal.zone()).toInstant());
        warnings.forEach(w -> sink.paragraph("Note: " + w));
    }

    private static String dayRule(DayRule r) {
        return switch (r.kind()) {
            case HOLIDAY -> "Holiday: " + r.note();
            case DAY_OFF -> "Day off: " + r.note();
            case WORKING_DAY -> "Working day with " + r.like().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + "'s hours: " + r.note();
            default -> "Shortened by " + HolidaysCommand.hoursAndMinutes(r.shortening()) + ": " + r.note();
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
            return "always";
        }
        List<String> clauses = new ArrayList<>();
        c.anyOf().forEach((k, v) -> clauses.add(k + (v.size() == 1 ? " is " : " is one of ") + values(k, v)));
        c.noneOf().forEach((k, v) -> clauses.add(k + (v.size() == 1 ? " is not " : " is none of ") + values(k, v)));
        c.present().forEach(k -> clauses.add(k + " is stated"));
        c.absent().forEach(k -> clauses.add(k + " is not stated"));
        return String.join(" and ", clauses);
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
    private static String events(Collection<EventType> types) {
        return types.stream().map(t -> switch (t) {
            case RECEIVED -> "the ticket's receipt";
            case RESOLVED -> "the ticket's resolution";
            case STATUS -> "a change of status";
            case CHANGE -> "a change of the ticket's values";
            default -> article(t.id().replace('-', ' '));
        }).sorted().collect(Collectors.joining(" or "));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String words(Set<String> ids) {
        return ids.stream().map(s -> s.replace('-', ' ')).sorted().collect(Collectors.joining(" or "));
    }

    /** A mode in words, such as {@code consultative only}. */
    static String modeWords(String mode) {
        return switch (mode) {
            case "full" -> "in full";
            case "consultative" -> "consultative only";
            case "log-analysis" -> "log-based analysis";
            case "automatic" -> "automatic";
            case "not-needed" -> "not needed";
            case "not-provided" -> "not provided";
            default -> mode.replace('-', ' ');
        };
    }

    /** A duration in hours and minutes, such as {@code 2 h} or {@code 1 h 30 min}. */
    static String time(Duration d) {
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        StringBuilder sb = new StringBuilder();
        if (h > 0) {
            sb.append(h).append(" h");
        }
        if (m > 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(m).append(" min");
        }
        if (s > 0 || sb.length() == 0) {
            sb.append(sb.length() == 0 ? "" : " ").append(s).append(" s");
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The scope of a mode rule in words: the cells of the performers and modes it concerns. */
    private String scope(ModeRule r) {
        return "cells of " + (r.performers().isEmpty() ? partyName(policy.vendor()) : r.performers().stream()
                .map(this::partyName).collect(Collectors.joining(" or "))) + (r.modes().isEmpty() ? "" : " handled "
                + r.modes().stream().map(m -> modeWords(m.id())).collect(Collectors.joining(" or ")));
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
