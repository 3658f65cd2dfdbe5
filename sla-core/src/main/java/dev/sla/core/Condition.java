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
 * one) and the values it must have, or must not have. A missing attribute has no value:
 * it fails every "is one of" clause and passes every "is none of" clause.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Condition {

    /** The condition that always holds. */
    public static final Condition ALWAYS = new Condition(Map.of(), Map.of());

    private final Map<String, Set<String>> anyOf;
    private final Map<String, Set<String>> noneOf;

    private Condition(Map<String, Set<String>> anyOf, Map<String, Set<String>> noneOf) {
        this.anyOf = anyOf;
        this.noneOf = noneOf;
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
        return new Condition(with(anyOf, attribute, values), noneOf);
    }

    /**
     * Returns a condition that also requires an attribute to be none of the given values.
     *
     * @param attribute  the attribute, not null
     * @param values  the values, at least one, not null
     * @return the new condition, not null
     */
    public Condition andNot(String attribute, String... values) {
        return new Condition(anyOf, with(noneOf, attribute, values));
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
     * Checks if a ticket's attributes satisfy this condition.
     *
     * @param attributes  the attributes by name, not null
     * @return true if every clause holds
     */
    public boolean test(Map<String, String> attributes) {
        Objects.requireNonNull(attributes, "attributes");
        for (Map.Entry<String, Set<String>> e : anyOf.entrySet()) {
            String v = attributes.get(e.getKey());
            if (v == null || !e.getValue().contains(v)) {
                return false;
            }
        }
        for (Map.Entry<String, Set<String>> e : noneOf.entrySet()) {
            String v = attributes.get(e.getKey());
            if (v != null && e.getValue().contains(v)) {
                return false;
            }
        }
        return true;
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
                && noneOf.equals(((Condition) obj).noneOf);
    }

    /**
     * A hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return anyOf.hashCode() * 31 + noneOf.hashCode();
    }

    /**
     * Outputs the condition, such as {@code impact=all, requester!=owner} or {@code always}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (anyOf.isEmpty() && noneOf.isEmpty()) {
            return "always";
        }
        StringBuilder sb = new StringBuilder();
        anyOf.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(values(v)));
        noneOf.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append("!=").append(values(v)));
        return sb.toString();
    }

    private static String values(Set<String> v) {
        List<String> sorted = v.stream().sorted().toList();
        return sorted.size() == 1 ? sorted.get(0) : String.join("|", sorted);
    }
}
