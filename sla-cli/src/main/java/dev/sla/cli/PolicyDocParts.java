package dev.sla.cli;

import dev.sla.calendar.HolidaySet;
import dev.sla.core.Assignment;
import dev.sla.core.CalendarTemplate;
import dev.sla.core.Contract;
import dev.sla.core.EventAuthors;
import dev.sla.core.Metric;
import dev.sla.core.Mode;
import dev.sla.core.Parameter;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.Requirement;
import dev.sla.core.StatusClass;
import dev.sla.core.Target;
import dev.sla.core.TargetCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a policy document that follow the contract and the constructs beside the coverage matrix and the
 * targets: the contract's values (or the parameters a contract sets), the plans' defaults, what a request must carry
 * and in which channels and languages, the limits on who moves a clock, the calendars a contract sets, and the
 * classes of statuses. Words only; the layout is {@link PolicyDocWriter}'s.
 */
final class PolicyDocParts {

    private final Policy policy;
    private final DocSink sink;
    private final PolicyDocWriter names;
    private final DocText t;

    PolicyDocParts(Policy policy, DocSink sink, PolicyDocWriter names, DocText text) {
        this.policy = policy;
        this.sink = sink;
        this.names = names;
        this.t = text;
    }

    /** The contract the document is written for, or the parameters a contract sets when there is none. */
    void contract() {
        Contract c = policy.contract().orElse(null);
        if (c == null) {
            if (policy.parameters().isEmpty()) {
                return;
            }
            sink.heading(t.s("contract.parametersHeading"));
            sink.paragraph(t.s("contract.parametersIntro", t.s("target.setByContract")));
            List<List<DocSink.Cell>> rows = new ArrayList<>();
            for (Parameter p : policy.parameters().values()) {
                String kind = "parameter.kind." + p.kind().id();
                rows.add(List.of(DocSink.Cell.of(parameterName(p)), DocSink.Cell.of(t.has(kind) ? t.s(kind)
                        : p.kind().id()), DocSink.Cell.of(p.description() == null ? "" : p.description()),
                        DocSink.Cell.of(p.id())));
            }
            sink.table(List.of(t.s("column.value"), t.s("column.kind"), t.s("column.meaning"), t.s("column.id")), rows);
            return;
        }
        sink.heading(t.s("contract.heading"));
        List<String> facts = new ArrayList<>();
        facts.add(t.s("contract.customer", c.customer()));
        facts.add(t.s("contract.id", c.id()));
        if (c.plan() != null) {
            facts.add(t.s("contract.plan", names.planName(c.plan())));
        }
        facts.add(c.effectiveTo() == null ? t.s("contract.from", t.date(c.effectiveFrom()))
                : t.s("contract.fromTo", t.date(c.effectiveFrom()), t.date(c.effectiveTo())));
        c.zone().ifPresent(z -> facts.add(t.s("contract.zone", z.getId())));
        if (c.customerHolidays() != null && !c.customerHolidays().isEmpty()) {
            facts.add(t.s("contract.holidays", String.join(", ", c.customerHolidays())));
        }
        sink.list(facts, false);
        if (c.description() != null && !c.description().isEmpty()) {
            sink.paragraph(c.description());
        }
        if (!c.values().isEmpty()) {
            sink.paragraph(t.s("contract.values"));
            List<List<DocSink.Cell>> rows = new ArrayList<>();
            c.values().forEach((id, value) -> {
                Parameter p = policy.parameters().get(id);
                rows.add(List.of(DocSink.Cell.of(p == null ? id : parameterName(p)), DocSink.Cell.of(value(p, value)),
                        DocSink.Cell.of(id)));
            });
            sink.table(List.of(t.s("column.value"), t.s("column.setTo"), t.s("column.id")), rows);
        }
    }

    private static String parameterName(Parameter p) {
        return p.name() == null || p.name().isEmpty() ? p.id() : p.name();
    }

    /** A contract's value in words: a duration in hours, {@code none} as no target, others as written. */
    private String value(Parameter p, String v) {
        if (p != null && p.kind() == dev.sla.core.ParameterKind.HOURS && !t.language().equals("en")) {
            try {
                return t.week(dev.sla.calendar.WeeklyHours.parse(v));
            } catch (RuntimeException ex) {
                return v;
            }
        }
        if (v.equals(Target.NONE)) {
            return t.s("target.none");
        }
        if (v.startsWith("PT") || v.startsWith("P")) {
            try {
                return t.time(java.time.Duration.parse(v));
            } catch (java.time.format.DateTimeParseException ex) {
                return v;
            }
        }
        return v;
    }

    /** The plans' own rules: channels and languages they enforce, and what a request must carry. */
    void planRules() {
        List<String> items = new ArrayList<>();
        for (Plan p : policy.plans().values()) {
            List<String> said = new ArrayList<>();
            if (p.enforcesChannels() && !p.channels().isEmpty()) {
                said.add(t.s("request.onlyChannels", t.or(p.channels())));
            }
            if (!p.languagesByException().isEmpty()) {
                said.add(t.s("request.byException", String.join(", ", p.languagesByException())));
            }
            if (p.enforcesLanguages() && !p.languages().isEmpty()) {
                said.add(t.s("request.onlyLanguages", String.join(", ", languages(p, t))));
            }
            for (boolean refusing : new boolean[] {true, false}) {
                List<String> needs = new ArrayList<>();
                for (Requirement r : p.requirements()) {
                    if (r.refuses() == refusing) {
                        needs.add(r.isContent() ? r.name() : t.s("request.attribute", r.name(), r.attribute(),
                                r.value()));
                    }
                }
                if (!needs.isEmpty()) {
                    said.add(t.s(!refusing ? "request.carriesNoted" : needs.size() == 1 ? "request.carriesOne"
                            : "request.carriesAll", String.join(", ", needs)));
                }
            }
            if (!said.isEmpty()) {
                items.add(t.s("item.named", p.name(), t.clauses(said)) + ".");
            }
        }
        if (!items.isEmpty()) {
            sink.paragraph(t.s("request.intro"));
            sink.list(items, false);
        }
    }

    /** The languages of a plan, those it serves only by exception marked so. */
    static List<String> languages(Plan p, DocText t) {
        List<String> all = new ArrayList<>(p.languages());
        p.languagesByException().forEach(l -> all.add(t.s("plans.byException", l)));
        return all;
    }

    /** The performer and mode a plan gives a task unless a cell of the matrix says otherwise. */
    void planDefaults() {
        List<String> items = new ArrayList<>();
        Map<String, Assignment> assignments = policy.planDefaultAssignments();
        Map<String, Mode> modes = policy.planDefaultModes();
        for (Plan p : policy.plans().values()) {
            Assignment a = assignments.get(p.id());
            Mode m = modes.get(p.id());
            if (a == null && m == null) {
                continue;
            }
            List<String> said = new ArrayList<>();
            if (a != null) {
                said.add(t.s("defaults.performer", performers(a)) + (a.note() == null ? "" : " (" + a.note() + ")"));
            }
            if (m != null) {
                said.add(t.s("defaults.mode", t.mode(m.id())));
            }
            items.add(t.s("item.named", p.name(), t.clauses(said)) + ".");
        }
        if (!items.isEmpty()) {
            sink.paragraph(t.s("defaults.intro"));
            sink.list(items, false);
        }
    }

    /** An assignment in words: its performers in order, and its mode. */
    String performers(Assignment a) {
        if (a.performers().isEmpty()) {
            return t.mode(a.mode().id());
        }
        return t.or(a.performers().stream().map(names::partyName).toList())
                + (a.mode().id().equals("full") ? "" : ", " + t.mode(a.mode().id()));
    }

    /** The limits on whose events move a metric's clock, in words; empty when anyone's do. */
    static String authors(Metric m, PolicyDocWriter names, DocText t) {
        EventAuthors a = m.authors();
        if (a.isAny()) {
            return "";
        }
        List<String> said = new ArrayList<>();
        if (!a.start().isEmpty()) {
            said.add(t.s("authors.start", roles(a.start(), names, t)));
        }
        if (!a.restart().isEmpty()) {
            said.add(t.s("authors.restart", roles(a.restart(), names, t)));
        }
        if (!a.stop().isEmpty()) {
            said.add(t.s("authors.stop", roles(a.stop(), names, t)));
        }
        return t.clauses(said);
    }

    private static String roles(Set<String> roles, PolicyDocWriter names, DocText t) {
        return t.or(roles.stream().sorted().map(names::partyName).toList());
    }

    /** A conditional target's condition in words, as its footnote. */
    String condition(TargetCondition c) {
        String said = t.s("target.condition", names.calendarName(c.receivedWithin()));
        return c.otherwise() == null ? said : said + " " + c.otherwise();
    }

    /** The calendars a contract sets, when no contract is bound: what is stated and what the contract sets. */
    void calendarTemplates() {
        for (Map.Entry<String, CalendarTemplate> e : policy.calendarTemplates().entrySet()) {
            if (policy.calendars().containsKey(e.getKey())) {
                continue;
            }
            sink.subheading(e.getKey());
            List<String> facts = new ArrayList<>();
            CalendarTemplate c = e.getValue();
            facts.add(t.s("calendar.zone", c.zoneParameter() != null ? setBy(c.zoneParameter())
                    : c.customer() ? t.s("template.customerZone", c.calendar().zone().getId())
                    : c.calendar().zone().getId()));
            facts.add(t.s("calendar.week", c.hoursParameter() != null ? setBy(c.hoursParameter())
                    : t.week(c.calendar().weeklyHours())));
            if (c.holidaysParameter() != null) {
                facts.add(t.s("calendar.holidays", setBy(c.holidaysParameter())));
            } else if (!c.calendar().holidaySets().isEmpty()) {
                facts.add(t.s("calendar.holidays", c.calendar().holidaySets().stream().map(HolidaySet::title)
                        .collect(Collectors.joining(", "))));
            }
            if (c.customer()) {
                facts.add(t.s("template.customer"));
            }
            sink.list(facts, false);
        }
    }

    private String setBy(String parameter) {
        Parameter p = policy.parameters().get(parameter);
        return t.s("target.setByContract") + " (" + (p == null ? parameter : parameterName(p)) + ")";
    }

    /** The classes of statuses whose time a decision sums. */
    void statusClasses() {
        if (policy.statusClasses().isEmpty()) {
            return;
        }
        sink.heading(t.s("status.heading"));
        sink.paragraph(t.s("status.intro"));
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (StatusClass c : policy.statusClasses().values()) {
            rows.add(List.of(DocSink.Cell.of(c.id()), DocSink.Cell.of(String.join(", ", c.statuses())),
                    DocSink.Cell.of(c.calendar() == null ? t.s("status.wallClock")
                            : t.s("status.workingTime", names.calendarName(c.calendar())))));
        }
        sink.table(List.of(t.s("column.class"), t.s("column.statuses"), t.s("column.countedAs")), rows);
    }
}
