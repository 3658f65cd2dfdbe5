package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a valid policy states, frozen: the fields behind {@link Policy}'s accessors. Two
 * policies are equal when their contents are: every field, rule and target in the same order.
 */
record PolicyContent(String id, String name, String description, LocalDate effectiveFrom, ZoneId zone,
        String vendor, Map<String, WorkCalendar> calendars, Map<String, Party> parties, Map<String, Plan> plans,
        Map<String, Service> services, StatedCells coverage, Assignment defaultAssignment,
        List<SeverityLevel> severities, List<ClassificationRule> classification, String defaultSeverity,
        List<ModeRule> modeRules, List<IntakeRule> intakeRules, Map<String, Set<String>> attributes,
        Set<String> statuses, Map<String, Metric> metrics, List<Target> targets,
        Map<String, SeverityLevel> severityById, Map<String, StatusClass> statusClasses, PlanDefaults planDefaults,
        Map<String, Parameter> parameters, Map<String, CalendarTemplate> calendarTemplates, Contract contract) {

    /** Freezes a validated draft, with its plans and coverage already copied. */
    static PolicyContent of(PolicyDraft d, Map<String, Plan> plans, StatedCells coverage) {
        Map<String, Set<String>> attrs = new LinkedHashMap<>();
        d.attributes.forEach((k, v) -> attrs.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return new PolicyContent(d.id, d.name == null ? d.id : d.name, d.description == null ? "" : d.description,
                d.effectiveFrom, d.zone, d.vendor, Collections.unmodifiableMap(new LinkedHashMap<>(d.calendars)),
                Collections.unmodifiableMap(new LinkedHashMap<>(d.parties)), plans,
                Collections.unmodifiableMap(new LinkedHashMap<>(d.services)), coverage,
                d.defaultAssignment != null ? d.defaultAssignment : Assignment.byDefault(d.vendor),
                List.copyOf(d.severities.elements), List.copyOf(d.classification.elements), d.defaultSeverity,
                List.copyOf(d.modeRules.elements), List.copyOf(d.intakeRules.elements),
                Collections.unmodifiableMap(attrs), Collections.unmodifiableSet(new LinkedHashSet<>(d.statuses)),
                Collections.unmodifiableMap(new LinkedHashMap<>(d.metrics)), List.copyOf(d.targets.elements),
                Collections.unmodifiableMap(d.severityById()),
                Collections.unmodifiableMap(new LinkedHashMap<>(d.statusClasses)),
                PlanDefaults.of(d.planDefaultAssignments, d.planDefaultModes),
                Collections.unmodifiableMap(new LinkedHashMap<>(d.parameters)),
                Collections.unmodifiableMap(new LinkedHashMap<>(d.calendarTemplates)), d.contract);
    }
}
