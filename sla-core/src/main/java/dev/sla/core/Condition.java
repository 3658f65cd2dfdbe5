package dev.sla.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A test on a ticket's attributes: every clause must hold. A clause names an attribute
 * ({@code plan}, {@code service}, {@code severity}, {@code impact}, {@code cause},
 * {@code category}, {@code requester}, {@code channel}, {@code language}, or any custom
 * one) and the values it must have, or must not have, or whether it must be stated at all.
 * A clause holds as follows, for an attribute the ticket states with value v, and for one
 * it does not state:
 * <ul>
 * <li>"is one of V" ({@link #and}): v is in V; not stated fails;
 * <li>"is none of V" ({@link #andNot}): v is not in V; not stated holds, since an unknown
 *     value is not known to be one of V;
 * <li>"present" ({@link #andPresent}): holds for any v; not stated fails, so "present"
 *     beside "is none of V" reads "stated and not one of V";
 * <li>"absent" ({@link #andAbsent}): fails for any v; not stated holds.
 * </ul>
 *
 * <p>A clause on {@code plan} follows plan inheritance when tested with the ticket's line of
 * plans ({@link #test(Map, List)}, as a policy does): the plan "is one of V" if the plan or
 * any of its ancestors is in V, and "is none of V" if none of them is, so
 * {@code plan = on-premise} holds for a plan {@code cloud} that inherits {@code on-premise}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Condition {

    /** The condition that always holds. */
    public static final Condition ALWAYS = new Condition(Map.of(), Map.of(), Set.of(), Set.of());

    private final Map<String, Set<String>> anyOf;
    private final Map<String, Set<String>> noneOf;
    private final Set<String> present;
    private final Set<String> absent;

    private Condition(Map<String, Set<String>> anyOf, Map<String, Set<String>> noneOf, Set<String> present,
            Set<String> absent) {
        this.anyOf = anyOf;
        this.noneOf = noneOf;
        this.present = present;
        this.absent = absent;
    }

    /**
     * Obtains a condition that an attribute is one of the given values.
     *
     * @param attribute  the attribute, not null
     * @param values  the values, at least one, not null
     * @return the condition, not null
     */
    public static Condition when(String attribute, String... values) {
        return ALWAYS.and(attribute, values);
    }

    /**
     * Returns a condition that also requires an attribute to be one of the given values.
     *
     * @param attribute  the attribute, not null
     * @param values  the values, at least one, not null
     * @return the new condition, not null
     */
    public Condition and(String attribute, String... values) {
        return new Condition(with(anyOf, attribute, values), noneOf, present, absent);
    }

    /**
     * Returns a condition that also requires an attribute to be none of the given values.
     *
     * @param attribute  the attribute, not null
     * @param values  the values, at least one, not null
     * @return the new condition, not null
     */
    public Condition andNot(String attribute, String... values) {
        return new Condition(anyOf, with(noneOf, attribute, values), present, absent);
    }

    /**
     * Returns a condition that also requires an attribute to be stated, whatever its value.
     *
     * @param attribute  the attribute, not null
     * @return the new condition, not null
     */
    public Condition andPresent(String attribute) {
        return new Condition(anyOf, noneOf, with(present, attribute), absent);
    }

    /**
     * Returns a condition that also requires an attribute not to be stated.
     *
     * @param attribute  the attribute, not null
     * @return the new condition, not null
     */
    public Condition andAbsent(String attribute) {
        return new Condition(anyOf, noneOf, present, with(absent, attribute));
    }

    private static Set<String> with(Set<String> set, String attribute) {
        Objects.requireNonNull(attribute, "attribute");
        Set<String> copy = new java.util.LinkedHashSet<>(set);
        copy.add(attribute);
        return Collections.unmodifiableSet(copy);
    }

    private static Map<String, Set<String>> with(Map<String, Set<String>> map, String attribute, String... values) {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException("Condition on '" + attribute + "' needs at least one value");
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>(map);
        copy.put(attribute, Set.of(values));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Gets the "is one of" clauses.
     *
     * @return attribute to allowed values, not null
     */
    public Map<String, Set<String>> anyOf() {
        return anyOf;
    }

    /**
     * Gets the "is none of" clauses.
     *
     * @return attribute to excluded values, not null
     */
    public Map<String, Set<String>> noneOf() {
        return noneOf;
    }

    /**
     * Gets the attributes that must be stated.
     *
     * @return the attribute names, not null
     */
    public Set<String> present() {
        return present;
    }

    /**
     * Gets the attributes that must not be stated.
     *
     * @return the attribute names, not null
     */
    public Set<String> absent() {
        return absent;
    }

    /**
     * Checks if a ticket's attributes satisfy this condition, a clause on {@code plan}
     * comparing the plan as stated (no inheritance).
     *
     * @param attributes  the attributes by name, not null
     * @return true if every clause holds
     */
    public boolean test(Map<String, String> attributes) {
        return test(attributes, null);
    }

    /**
     * Checks if a ticket's attributes satisfy this condition, a clause on {@code plan}
     * following plan inheritance: it holds as for the plan or any of its ancestors.
     *
     * @param attributes  the attributes by name, not null
     * @param planLine  the ticket's plan and its ancestors, nearest first, or null to compare
     *     the plan as stated
     * @return true if every clause holds
     */
    public boolean test(Map<String, String> attributes, List<String> planLine) {
        Objects.requireNonNull(attributes, "attributes");
        for (Map.Entry<String, Set<String>> e : anyOf.entrySet()) {
            if (planLine != null && e.getKey().equals(Ticket.PLAN)) {
                if (!anyIn(planLine, e.getValue())) {
                    return false;
                }
                continue;
            }
            String v = attributes.get(e.getKey());
            if (v == null || !e.getValue().contains(v)) {
                return false;
            }
        }
        for (Map.Entry<String, Set<String>> e : noneOf.entrySet()) {
            if (planLine != null && e.getKey().equals(Ticket.PLAN)) {
                if (anyIn(planLine, e.getValue())) {
                    return false;
                }
                continue;
            }
            String v = attributes.get(e.getKey());
            if (v != null && e.getValue().contains(v)) {
                return false;
            }
        }
        if (!present.isEmpty()) {
            for (String a : present) {
                if (attributes.get(a) == null) {
                    return false;
                }
            }
        }
        if (!absent.isEmpty()) {
            for (String a : absent) {
                if (attributes.get(a) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean anyIn(List<String> line, Set<String> values) {
        for (int i = 0; i < line.size(); i++) {
            if (values.contains(line.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks if this condition equals another.
     *
     * @param obj  the object, null returns false
     * @return true if the same clauses
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Condition && anyOf.equals(((Condition) obj).anyOf)
                && noneOf.equals(((Condition) obj).noneOf) && present.equals(((Condition) obj).present)
                && absent.equals(((Condition) obj).absent);
    }

    /**
     * A hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ((anyOf.hashCode() * 31 + noneOf.hashCode()) * 31 + present.hashCode()) * 31 + absent.hashCode();
    }

    /**
     * Outputs the condition, such as {@code impact=all, requester!=owner},
     * {@code channel!=back-office, channel present}, {@code channel absent} or {@code always}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (anyOf.isEmpty() && noneOf.isEmpty() && present.isEmpty() && absent.isEmpty()) {
            return "always";
        }
        StringBuilder sb = new StringBuilder();
        anyOf.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(values(v)));
        noneOf.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append("!=").append(values(v)));
        present.forEach(k -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" present"));
        absent.forEach(k -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" absent"));
        return sb.toString();
    }

    private static String values(Set<String> v) {
        List<String> sorted = v.stream().sorted().toList();
        return sorted.size() == 1 ? sorted.get(0) : String.join("|", sorted);
    }
}
