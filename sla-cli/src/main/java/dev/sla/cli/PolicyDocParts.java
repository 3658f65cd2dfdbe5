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

    PolicyDocParts(Policy policy, DocSink sink, PolicyDocWriter names) {
        this.policy = policy;
        this.sink = sink;
        this.names = names;
    }

    /** The contract the document is written for, or the parameters a contract sets when there is none. */
    void contract() {
        Contract c = policy.contract().orElse(null);
        if (c == null) {
            if (policy.parameters().isEmpty()) {
                return;
            }
            sink.heading("Set by the contract");
            sink.paragraph("Each customer's contract sets these values; where the document says \"set by the "
                    + "contract\", the customer's contract states the number.");
            List<List<DocSink.Cell>> rows = new ArrayList<>();
            for (Parameter p : policy.parameters().values()) {
                rows.add(List.of(DocSink.Cell.of(parameterName(p)), DocSink.Cell.of(p.kind().id()),
                        DocSink.Cell.of(p.description() == null ? "" : p.description()), DocSink.Cell.of(p.id())));
            }
            sink.table(List.of("Value", "Kind", "Meaning", "Id"), rows);
            return;
        }
        sink.heading("Contract");
        List<String> facts = new ArrayList<>();
        facts.add("Customer: " + c.customer() + ".");
        facts.add("Contract: " + c.id() + ".");
        if (c.plan() != null) {
            facts.add("Plan: " + names.planName(c.plan()) + ".");
        }
        facts.add("In force from " + c.effectiveFrom() + (c.effectiveTo() == null ? "" : " to " + c.effectiveTo()
                + " inclusive") + ".");
        c.zone().ifPresent(z -> facts.add("The customer's time zone: " + z.getId() + "."));
        if (c.customerHolidays() != null && !c.customerHolidays().isEmpty()) {
            facts.add("The customer's holidays: " + String.join(", ", c.customerHolidays()) + ".");
        }
        sink.list(facts, false);
        if (c.description() != null && !c.description().isEmpty()) {
            sink.paragraph(c.description());
        }
        if (!c.values().isEmpty()) {
            sink.paragraph("The values the contract sets:");
            List<List<DocSink.Cell>> rows = new ArrayList<>();
            c.values().forEach((id, value) -> {
                Parameter p = policy.parameters().get(id);
                rows.add(List.of(DocSink.Cell.of(p == null ? id : parameterName(p)), DocSink.Cell.of(value(value)),
                        DocSink.Cell.of(id)));
            });
            sink.table(List.of("Value", "Set to", "Id"), rows);
        }
    }

    private static String parameterName(Parameter p) {
        return p.name() == null || p.name().isEmpty() ? p.id() : p.name();
    }

    /** A contract's value in words: a duration in hours, {@code none} as no target, others as written. */
    private static String value(String v) {
        if (v.equals(Target.NONE)) {
            return "no target";
        }
        if (v.startsWith("PT") || v.startsWith("P")) {
            try {
                return PolicyDocWriter.time(java.time.Duration.parse(v));
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
                said.add("a request is accepted only by " + String.join(" or ", p.channels())
                        + "; in another channel it is not accepted");
            }
            if (!p.languagesByException().isEmpty()) {
                said.add("served in " + String.join(", ", p.languagesByException()) + " only by exception");
            }
            if (p.enforcesLanguages() && !p.languages().isEmpty()) {
                said.add("a request is accepted only in " + String.join(", ", languages(p))
                        + "; in another language it is not accepted");
            }
            for (boolean refusing : new boolean[] {true, false}) {
                List<String> needs = new ArrayList<>();
                for (Requirement r : p.requirements()) {
                    if (r.refuses() == refusing) {
                        needs.add(r.isContent() ? r.name() : r.name() + " (" + r.attribute() + " is " + r.value() + ")");
                    }
                }
                if (!needs.isEmpty()) {
                    said.add("a request carries " + String.join(", ", needs) + (refusing
                            ? "; without " + (needs.size() == 1 ? "it" : "any of them") + " the request is not accepted"
                            : "; what is missing is noted, the request is still accepted"));
                }
            }
            if (!said.isEmpty()) {
                items.add(p.name() + ": " + String.join("; ", said) + ".");
            }
        }
        if (!items.isEmpty()) {
            sink.paragraph("What each plan asks of a request:");
            sink.list(items, false);
        }
    }

    private static List<String> languages(Plan p) {
        List<String> all = new ArrayList<>(p.languages());
        p.languagesByException().forEach(l -> all.add(l + " (by exception)"));
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
            StringBuilder sb = new StringBuilder(p.name()).append(": ");
            if (a != null) {
                sb.append("a task the matrix does not state is ").append(performers(a)).append(a.note() == null ? ""
                        : " (" + a.note() + ")");
            }
            if (m != null) {
                sb.append(a == null ? "" : "; ").append("every task is handled ").append(PolicyDocWriter.modeWords(
                        m.id())).append(" unless its cell says otherwise");
            }
            items.add(sb.append('.').toString());
        }
        if (!items.isEmpty()) {
            sink.paragraph("Defaults of the plans (a plan inherits those of the plan it inherits):");
            sink.list(items, false);
        }
    }

    /** An assignment in words: its performers in order, and its mode. */
    String performers(Assignment a) {
        if (a.performers().isEmpty()) {
            return PolicyDocWriter.modeWords(a.mode().id());
        }
        return a.performers().stream().map(names::partyName).collect(Collectors.joining(" or "))
                + (a.mode().id().equals("full") ? "" : ", " + PolicyDocWriter.modeWords(a.mode().id()));
    }

    /** The limits on whose events move a metric's clock, in words; empty when anyone's do. */
    static String authors(Metric m, PolicyDocWriter names) {
        EventAuthors a = m.authors();
        if (a.isAny()) {
            return "";
        }
        List<String> said = new ArrayList<>();
        if (!a.start().isEmpty()) {
            said.add("started only by events of " + roles(a.start(), names));
        }
        if (!a.restart().isEmpty()) {
            said.add("counted afresh only by events of " + roles(a.restart(), names));
        }
        if (!a.stop().isEmpty()) {
            said.add("met only by events of " + roles(a.stop(), names));
        }
        return String.join("; ", said);
    }

    private static String roles(Set<String> roles, PolicyDocWriter names) {
        return roles.stream().sorted().map(names::partyName).collect(Collectors.joining(" or "));
    }

    /** A conditional target's condition in words, as its footnote. */
    String condition(TargetCondition c) {
        return "The target holds only for tickets received while " + names.calendarName(c.receivedWithin())
                + " is open; otherwise best effort: no deadline, the time is still measured"
                + (c.otherwise() == null ? "." : ". " + c.otherwise());
    }

    /** The calendars a contract sets, when no contract is bound: what is stated and what the contract sets. */
    void calendarTemplates() {
        for (Map.Entry<String, CalendarTemplate> e : policy.calendarTemplates().entrySet()) {
            if (policy.calendars().containsKey(e.getKey())) {
                continue;
            }
            CalendarTemplate t = e.getValue();
            sink.subheading(e.getKey());
            List<String> facts = new ArrayList<>();
            facts.add("Time zone: " + (t.zoneParameter() != null ? setBy(t.zoneParameter())
                    : t.customer() ? "the customer's, as the contract states, else " + t.calendar().zone().getId()
                    : t.calendar().zone().getId()) + ".");
            facts.add("Every week: " + (t.hoursParameter() != null ? setBy(t.hoursParameter())
                    : t.calendar().weeklyHours().toString()) + ".");
            if (t.holidaysParameter() != null) {
                facts.add("Holidays: " + setBy(t.holidaysParameter()) + ".");
            } else if (!t.calendar().holidaySets().isEmpty()) {
                facts.add("Holidays: " + t.calendar().holidaySets().stream().map(HolidaySet::title)
                        .collect(Collectors.joining(", ")) + ".");
            }
            if (t.customer()) {
                facts.add("Counted in the customer's time zone and holidays where the contract states them.");
            }
            sink.list(facts, false);
        }
    }

    private String setBy(String parameter) {
        Parameter p = policy.parameters().get(parameter);
        return Target.SET_BY_CONTRACT + " (" + (p == null ? parameter : parameterName(p)) + ")";
    }

    /** The classes of statuses whose time a decision sums. */
    void statusClasses() {
        if (policy.statusClasses().isEmpty()) {
            return;
        }
        sink.heading("Time in status");
        sink.paragraph("The time a ticket spends in its statuses is summed in these classes:");
        List<List<DocSink.Cell>> rows = new ArrayList<>();
        for (StatusClass c : policy.statusClasses().values()) {
            rows.add(List.of(DocSink.Cell.of(c.id()), DocSink.Cell.of(String.join(", ", c.statuses())),
                    DocSink.Cell.of(c.calendar() == null ? "wall-clock time" : "working time of "
                            + names.calendarName(c.calendar()))));
        }
        sink.table(List.of("Class", "Statuses", "Counted as"), rows);
    }
}
