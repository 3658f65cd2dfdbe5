package dev.sla.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's contract under a policy: what the regulation leaves to it ("depends on the
 * contract"), as values of the policy's {@link Parameter}s, and the customer's own time zone
 * and holidays. {@link Policy#withContract(Contract)} binds it to its policy.
 *
 * <p>Each value is text in the form of its parameter's {@link ParameterKind}: a working time
 * ({@code PT8H}), weekly hours ({@code Mon-Fri 09:00-18:00}), a zone ({@code Europe/Moscow})
 * or holiday set names separated by commas ({@code ru}). The effective dates are read in the
 * customer's zone, or the policy's zone if the contract states none.
 *
 * @param id  the contract id, lower-case letters, digits and hyphens, not null
 * @param customer  the customer's name, not null
 * @param policy  the id of the policy it is made under, not null
 * @param plan  the id of the customer's plan, not null
 * @param effectiveFrom  the first day it is in force, not null
 * @param effectiveTo  the last day it is in force, or null if open-ended
 * @param values  parameter id to value text, in the order stated, not null
 * @param customerZone  the customer's time zone, or null
 * @param customerHolidays  the names of the customer's holiday sets, empty if not stated, not null
 * @param description  what the contract is, or null
 *
 * @since 0.1
 */
public record Contract(String id, String customer, String policy, String plan, LocalDate effectiveFrom,
        LocalDate effectiveTo, Map<String, String> values, ZoneId customerZone, List<String> customerHolidays,
        String description) {

    /**
     * Checks the fields and copies the collections.
     *
     * @param id  the id, not null
     * @param customer  the customer's name, not null
     * @param policy  the policy id, not null
     * @param plan  the plan id, not null
     * @param effectiveFrom  the first day, not null
     * @param effectiveTo  the last day, or null
     * @param values  the values, not null
     * @param customerZone  the zone, or null
     * @param customerHolidays  the set names, null for none
     * @param description  the description, or null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule or the contract ends before it starts
     */
    public Contract {
        Ids.check(Objects.requireNonNull(id, "id"), "contract id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("contract '" + id + "' ends on " + effectiveTo + ", before it starts on "
                    + effectiveFrom);
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        customerHolidays = customerHolidays == null ? List.of() : List.copyOf(customerHolidays);
    }

    /**
     * Obtains an open-ended contract without customer zone or holidays.
     *
     * @param id  the id, not null
     * @param customer  the customer's name, not null
     * @param policy  the policy id, not null
     * @param plan  the plan id, not null
     * @param effectiveFrom  the first day in force, not null
     * @param values  parameter id to value text, not null
     * @return the contract, not null
     * @throws IllegalArgumentException if the id breaks the {@link Ids} rule
     */
    public static Contract of(String id, String customer, String policy, String plan, LocalDate effectiveFrom,
            Map<String, String> values) {
        return new Contract(id, customer, policy, plan, effectiveFrom, null, values, null, null, null);
    }

    /**
     * Returns a copy that ends on a day.
     *
     * @param lastDay  the last day in force, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the day is before {@link #effectiveFrom()}
     */
    public Contract withEffectiveTo(LocalDate lastDay) {
        return new Contract(id, customer, policy, plan, effectiveFrom, Objects.requireNonNull(lastDay, "lastDay"), values,
                customerZone, customerHolidays, description);
    }

    /**
     * Returns a copy with the customer's time zone.
     *
     * @param zone  the zone, not null
     * @return the copy, not null
     */
    public Contract withCustomerZone(ZoneId zone) {
        return new Contract(id, customer, policy, plan, effectiveFrom, effectiveTo, values,
                Objects.requireNonNull(zone, "zone"), customerHolidays, description);
    }

    /**
     * Returns a copy with the customer's holiday sets.
     *
     * @param setNames  the names of the sets, such as {@code fr}, not null
     * @return the copy, not null
     */
    public Contract withCustomerHolidays(List<String> setNames) {
        return new Contract(id, customer, policy, plan, effectiveFrom, effectiveTo, values, customerZone,
                Objects.requireNonNull(setNames, "setNames"), description);
    }

    /**
     * Returns a copy with a description.
     *
     * @param text  the description, not null
     * @return the copy, not null
     */
    public Contract withDescription(String text) {
        return new Contract(id, customer, policy, plan, effectiveFrom, effectiveTo, values, customerZone, customerHolidays,
                Objects.requireNonNull(text, "text"));
    }

    /**
     * Gets the customer's time zone.
     *
     * @return the zone, empty if the contract states none
     */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(customerZone);
    }

    /**
     * Gets the instant the contract takes effect: the start of {@link #effectiveFrom()} in a zone.
     *
     * @param policyZone  the zone to read the date in when the contract states no customer zone, not null
     * @return the instant, not null
     */
    public Instant start(ZoneId policyZone) {
        return effectiveFrom.atStartOfDay(customerZone != null ? customerZone : policyZone).toInstant();
    }

    /**
     * Gets the instant the contract ends: the end of {@link #effectiveTo()} in a zone.
     *
     * @param policyZone  the zone to read the date in when the contract states no customer zone, not null
     * @return the instant, exclusive, empty if open-ended
     */
    public Optional<Instant> end(ZoneId policyZone) {
        return effectiveTo == null ? Optional.empty()
                : Optional.of(effectiveTo.plusDays(1).atStartOfDay(customerZone != null ? customerZone : policyZone)
                        .toInstant());
    }
}
