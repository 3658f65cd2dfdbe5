package dev.sla.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The defaults a plan states for itself and for the plans that inherit it: the assignment of
 * a ticket that names no service (InSales Social: nothing but system-error fixes), and the
 * mode in which the vendor handles the cells it performs in full (Navixy On-premise and
 * Cloud: consultative). A plan that states none has its nearest ancestor's; the policy's
 * default assignment is the last resort.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param assignments  plan id to the default assignment it states, not null
 * @param modes  plan id to the default mode it states, not null
 */
record PlanDefaults(Map<String, Assignment> assignments, Map<String, Mode> modes) {

    /** No plan states a default. */
    static final PlanDefaults NONE = new PlanDefaults(Map.of(), Map.of());

    /** Freezes the defaults as stated. */
    static PlanDefaults of(Map<String, Assignment> assignments, Map<String, Mode> modes) {
        if (assignments.isEmpty() && modes.isEmpty()) {
            return NONE;
        }
        return new PlanDefaults(Collections.unmodifiableMap(new LinkedHashMap<>(assignments)),
                Collections.unmodifiableMap(new LinkedHashMap<>(modes)));
    }

    /** The value stated by the nearest plan of a line, and that plan; null if none states one. */
    static <T> Resolved<T> nearest(Map<String, T> stated, Iterable<String> line) {
        if (stated.isEmpty()) {
            return null;
        }
        for (String plan : line) {
            T value = stated.get(plan);
            if (value != null) {
                return new Resolved<>(value, plan);
            }
        }
        return null;
    }
}
