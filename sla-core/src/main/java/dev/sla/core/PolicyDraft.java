package dev.sla.core;

import dev.sla.Problem;
import dev.sla.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link PolicyBuilder} has collected so far, as stated: no check beyond
 * declarations made twice, which only the order of the calls reveals (a coverage cell
 * stated twice is found when the cells are indexed). Each element of a list keeps the
 * path its problems are reported at.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class PolicyDraft {

    final String id;
    String name;
    String description;
    LocalDate effectiveFrom;
    ZoneId zone = Policy.DEFAULT_ZONE;
    String vendor;
    final Map<String, WorkCalendar> calendars = new LinkedHashMap<>();
    final Map<String, Party> parties = new LinkedHashMap<>();
    final Map<String, Plan> plans = new LinkedHashMap<>();
    final Map<String, Service> services = new LinkedHashMap<>();
    /** The coverage cells in the order stated, twice-stated ones included. */
    final StatedCells coverage = new StatedCells();
    Assignment defaultAssignment;
    /** The default assignment each plan states, by plan id. */
    final Map<String, Assignment> planDefaultAssignments = new LinkedHashMap<>();
    /** The default mode each plan states, by plan id. */
    final Map<String, Mode> planDefaultModes = new LinkedHashMap<>();
    final Located<SeverityLevel> severities = new Located<>("/severities/levels/");
    final Set<String> severityIds = new LinkedHashSet<>();
    final Located<ClassificationRule> classification = new Located<>("/severities/rules/");
    String defaultSeverity;
    final Located<ModeRule> modeRules = new Located<>("/modes/");
    final Located<IntakeRule> intakeRules = new Located<>("/intake/");
    final Map<String, List<String>> attributes = new LinkedHashMap<>();
    final Set<String> statuses = new LinkedHashSet<>();
    final Map<String, Metric> metrics = new LinkedHashMap<>();
    final Located<Target> targets = new Located<>("/targets/");
    final Map<String, StatusClass> statusClasses = new LinkedHashMap<>();
    /** The path of each class's list of statuses, by class id. */
    final Map<String, String> statusClassPaths = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    /** The parameters a contract gives values to. */
    final Map<String, Parameter> parameters = new LinkedHashMap<>();
    /** The calendars a contract sets parts of; their ids are not in {@link #calendars} unless bound. */
    final Map<String, CalendarTemplate> calendarTemplates = new LinkedHashMap<>();
    /** The contract whose values are bound, or null. */
    Contract contract;

    /** Elements of one list with the path of each; without a given path, the list's index path. */
    static final class Located<E> {
        private final String prefix;
        final List<E> elements = new ArrayList<>();
        /** The path given with each element, or null for its index path. */
        private final List<String> paths = new ArrayList<>();

        Located(String prefix) {
            this.prefix = prefix;
        }

        void add(E element, String path) {
            paths.add(path);
            elements.add(element);
        }

        int size() {
            return elements.size();
        }

        E get(int i) {
            return elements.get(i);
        }

        /** The path of element i: the one given with it, else its index path, made only when asked. */
        String path(int i) {
            String p = paths.get(i);
            return p == null ? prefix + i : p;
        }

        /** How a message names element i: by the last step of its path, its index in the source. */
        String label(int i) {
            String p = paths.get(i);
            return p == null ? Integer.toString(i) : p.substring(p.lastIndexOf('/') + 1);
        }
    }

    PolicyDraft(String id) {
        this.id = id;
    }

    <T> void put(Map<String, T> map, String path, String key, T value, String what) {
        if (map.put(key, value) != null) {
            problems.add(new Problem(path + key, what + " '" + key + "' is declared twice"));
        }
    }

    void cover(String serviceId, String planId, Assignment cell) {
        coverage.add(serviceId, planId, cell);
    }

    void severity(SeverityLevel level, String path) {
        severities.add(level, path);
        if (!severityIds.add(level.id())) {
            problems.add(new Problem(severities.path(severities.size() - 1),
                    "severity '" + level.id() + "' is declared twice"));
        }
    }

    void attribute(String attribute, List<String> values) {
        if (attributes.put(attribute, values) != null) {
            problems.add(new Problem("/attributes/" + attribute, "attribute '" + attribute + "' is declared twice"));
        }
    }

    void status(String status) {
        if (!statuses.add(status)) {
            problems.add(new Problem("/statuses", "status '" + status + "' is declared twice"));
        }
    }

    void statusClass(StatusClass c, String statusesPath) {
        put(statusClasses, "/statusClasses/", c.id(), c, "status class");
        statusClassPaths.putIfAbsent(c.id(), statusesPath);
    }

    /** The ids of every calendar, those a contract sets included. */
    Set<String> calendarIds() {
        if (calendarTemplates.isEmpty()) {
            return calendars.keySet();
        }
        Set<String> ids = new LinkedHashSet<>(calendars.keySet());
        ids.addAll(calendarTemplates.keySet());
        return ids;
    }

    static String cellPath(String serviceId, String planId) {
        return "/services/" + serviceId + "/coverage/" + planId;
    }

    /** The severity ids, for lookups. */
    Map<String, SeverityLevel> severityById() {
        Map<String, SeverityLevel> byId = new java.util.LinkedHashMap<>();
        for (SeverityLevel l : severities.elements) {
            byId.putIfAbsent(l.id(), l);
        }
        return byId;
    }
}
