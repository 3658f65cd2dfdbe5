package dev.sla.core;

import java.util.Objects;

/**
 * A number or setting that a policy leaves to each customer's {@link Contract}: the working
 * time of a target, the weekly hours, zone or holiday sets of a calendar. Targets and
 * calendars name it in place of a value; {@link Policy#withContract(Contract)} puts the
 * contract's value there.
 *
 * @param id  the id, as contracts name it, such as {@code first-response-highest}, not null
 * @param kind  what the value is, not null
 * @param name  the name in the regulation's words, or null
 * @param description  what the contract states, or null
 *
 * @since 0.1
 */
public record Parameter(String id, ParameterKind kind, String name, String description) {

    /**
     * Checks the fields.
     *
     * @param id  the id, lower-case letters, digits and hyphens, not null
     * @param kind  the kind, not null
     * @param name  the name, or null
     * @param description  the description, or null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public Parameter {
        Ids.check(Objects.requireNonNull(id, "id"), "parameter id");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Obtains a parameter without name or description.
     *
     * @param id  the id, not null
     * @param kind  the kind, not null
     * @return the parameter, not null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public static Parameter of(String id, ParameterKind kind) {
        return new Parameter(id, kind, null, null);
    }
}
