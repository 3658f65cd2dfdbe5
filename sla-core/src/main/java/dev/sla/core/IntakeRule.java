package dev.sla.core;

import java.util.Objects;

/**
 * A rule of who may ask and how: a request whose attributes satisfy the condition is not
 * accepted, for the given reason, and is redirected to a party if one is named.
 * Rules are tried in order; the first that holds rejects.
 *
 * @param when  the condition that rejects, not null
 * @param reason  why the request is not accepted, in words, not null
 * @param redirect  the id of the party to go to instead, or null
 *
 * @since 0.1
 */
public record IntakeRule(Condition when, String reason, String redirect) {

    /**
     * Checks the fields.
     *
     * @param when  the condition, not null
     * @param reason  the reason, not null
     * @param redirect  the party id, or null
     */
    public IntakeRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reason, "reason");
    }
}
