package dev.sla.core;

import dev.sla.Problem;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of what a policy says about intake beyond its intake rules, checked with the
 * rest of the policy ({@link PolicyValidator}): the channels, languages and requirements of
 * each plan, the authors that move each metric's clock, and the conditions of targets.
 * Each problem carries the JSON path of the element concerned.
 */
final class IntakeChecks {

    private final PolicyDraft d;
    private final List<Problem> found;

    private IntakeChecks(PolicyDraft d, List<Problem> found) {
        this.d = d;
        this.found = found;
    }

    /** Adds the problems of a draft's plans, metrics and targets to a list. */
    static void check(PolicyDraft d, List<Problem> found) {
        IntakeChecks c = new IntakeChecks(d, found);
        for (Plan p : d.plans.values()) {
            c.plan(p);
        }
        Set<String> roles = roles(d);
        for (Metric m : d.metrics.values()) {
            c.authors("/metrics/" + m.id() + "/authors/start", m.authors().start(), roles);
            c.authors("/metrics/" + m.id() + "/authors/restart", m.authors().restart(), roles);
            c.authors("/metrics/" + m.id() + "/authors/stop", m.authors().stop(), roles);
        }
        for (int i = 0; i < d.targets.size(); i++) {
            TargetCondition when = d.targets.get(i).condition();
            if (when != null && !d.calendars.containsKey(when.receivedWithin())) {
                c.unknown(d.targets.path(i) + "/condition/receivedWithin", "calendar", when.receivedWithin(),
                        d.calendars.keySet());
            }
        }
    }

    /** The roles an event's author may have: the parties and the declared values of {@code requester}. */
    static Set<String> roles(PolicyDraft d) {
        return EventAuthors.roles(d.parties.keySet(), d.attributes.getOrDefault(Ticket.REQUESTER, List.of()));
    }

    private void plan(Plan p) {
        String path = "/plans/" + p.id();
        for (String l : p.languagesByException()) {
            if (p.languages().contains(l)) {
                found.add(new Problem(path + "/languagesByException", "language '" + l + "' is listed both as a language"
                        + " of plan '" + p.id() + "' and as one served only by exception; keep it in one list"));
            }
        }
        if (p.enforcesChannels() && p.channels().isEmpty()) {
            found.add(new Problem(path + "/enforce", "plan '" + p.id() + "' enforces channels but lists none; list its"
                    + " channels under 'channels'"));
        }
        if (p.enforcesLanguages() && p.languages().isEmpty() && p.languagesByException().isEmpty()) {
            found.add(new Problem(path + "/enforce", "plan '" + p.id() + "' enforces languages but lists none; list its"
                    + " languages under 'languages'"));
        }
        Set<String> ids = new HashSet<>();
        List<Requirement> rs = p.requirements();
        for (int i = 0; i < rs.size(); i++) {
            Requirement r = rs.get(i);
            String at = path + "/requirements/" + i;
            if (!ids.add(r.id())) {
                found.add(new Problem(at + "/id", "requirement '" + r.id() + "' is stated twice on plan '" + p.id() + "'"));
            }
            for (int k = 0; k < r.services().size(); k++) {
                if (!d.services.containsKey(r.services().get(k))) {
                    unknown(at + "/services/" + k, "service", r.services().get(k), d.services.keySet());
                }
            }
            if (r.isContent()) {
                continue;
            }
            List<String> values = d.attributes.get(r.attribute());
            if (values == null && !Ticket.BUILT_IN_ATTRIBUTES.contains(r.attribute())) {
                Set<String> usable = new TreeSet<>(Ticket.BUILT_IN_ATTRIBUTES);
                usable.addAll(d.attributes.keySet());
                unknown(at + "/attribute", "attribute", r.attribute(), usable);
            } else if (values != null && !values.contains(r.value())) {
                unknown(at + "/value", r.attribute() + " value", r.value(), values);
            }
        }
    }

    private void authors(String path, Set<String> authors, Set<String> roles) {
        for (String a : new TreeSet<>(authors)) {
            if (!roles.contains(a)) {
                found.add(new Problem(path, "unknown author role '" + a + "'" + Closest.hint(a, roles)
                        + "; an author is a party or a value of the attribute requester; known: " + String.join(", ", roles)));
            }
        }
    }

    private void unknown(String path, String what, String value, Collection<String> ids) {
        found.add(new Problem(path, "unknown " + what + " '" + value + "'" + Closest.hint(value, ids) + "; "
                + (ids.isEmpty() ? "none declared" : "known: " + String.join(", ", new LinkedHashSet<>(ids)))));
    }

    /** The ids of every requirement of a policy's plans. */
    static Set<String> requirementIds(Map<String, Plan> plans) {
        Set<String> ids = new TreeSet<>();
        for (Plan p : plans.values()) {
            for (Requirement r : p.requirements()) {
                if (r.isContent()) {
                    ids.add(r.id());
                }
            }
        }
        return ids;
    }
}
