package dev.sla.core;

import dev.sla.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a policy's parameters: a target's time names a declared parameter of kind
 * {@code duration}, a calendar's zone, hours and holidays one of kind {@code zone},
 * {@code hours} and {@code holidays}; every declared parameter is used; a calendar id is
 * declared once, whether or not a contract sets it.
 */
final class PolicyParameters {

    private PolicyParameters() {
    }

    /** The problems of a draft's parameters, in the order of a policy file. */
    static List<Problem> problems(PolicyDraft d) {
        if (d.parameters.isEmpty() && d.calendarTemplates.isEmpty()) {
            boolean named = false;
            for (Target t : d.targets.elements) {
                named |= t.parameter() != null;
            }
            if (!named) {
                return List.of();
            }
        }
        List<Problem> found = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, CalendarTemplate> e : d.calendarTemplates.entrySet()) {
            String path = "/calendars/" + e.getKey();
            if (d.contract == null && d.calendars.containsKey(e.getKey())) {
                found.add(new Problem(path, "calendar '" + e.getKey() + "' is declared twice"));
            }
            CalendarTemplate c = e.getValue();
            check(d, found, used, path + "/zone", c.zoneParameter(), ParameterKind.ZONE, "a calendar's zone");
            check(d, found, used, path + "/hours", c.hoursParameter(), ParameterKind.HOURS, "a calendar's hours");
            check(d, found, used, path + "/holidays", c.holidaysParameter(), ParameterKind.HOLIDAYS,
                    "a calendar's holidays");
        }
        for (int i = 0; i < d.targets.size(); i++) {
            Target t = d.targets.get(i);
            check(d, found, used, d.targets.path(i) + "/time", t.parameter(), ParameterKind.DURATION, "a target's time");
        }
        for (String id : d.parameters.keySet()) {
            if (!used.contains(id)) {
                found.add(new Problem("/parameters/" + id, "parameter '" + id
                        + "' is named by no target or calendar; name it, or remove it"));
            }
        }
        return found;
    }

    private static void check(PolicyDraft d, List<Problem> found, Set<String> used, String path, String id,
            ParameterKind kind, String what) {
        if (id == null) {
            return;
        }
        used.add(id);
        Parameter p = d.parameters.get(id);
        if (p == null) {
            found.add(new Problem(path, "unknown parameter '" + id + "'" + Closest.hint(id, d.parameters.keySet())
                    + (d.parameters.isEmpty() ? "; the policy declares no parameters" : "; known: "
                    + String.join(", ", d.parameters.keySet()))));
        } else if (p.kind() != kind) {
            found.add(new Problem(path, "parameter '" + id + "' is of kind " + p.kind().id() + ", but " + what
                    + " takes a parameter of kind " + kind.id()));
        }
    }
}
