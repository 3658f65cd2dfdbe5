package dev.sla.core;

import java.util.Objects;

/**
 * A rule of who may ask and how: a request whose attributes satisfy the condition is not
 * accepted, for the given reason, and is redirected to a party or to another plan (a
 * support line, such as eXpress client support for end users), if one is named.
 * Rules are tried in order; the first that holds rejects.
 *
 * @param when  the condition that rejects, not null
 * @param reason  why the request is not accepted, in words, not null
 * @param redirect  the id of the party to go to instead, or null
 * @param redirectPlan  the id of the plan (support line) to go to instead, or null; at most
 *     one of {@code redirect} and {@code redirectPlan} is given
 *
 * @since 0.1
 */
public record IntakeRule(Condition when, String reason, String redirect, String redirectPlan) {

    /**
     * Checks the fields.
     *
     * @param when  the condition, not null
     * @param reason  the reason, not null
     * @param redirect  the party id, or null
     * @param redirectPlan  the plan id, or null
     * @throws IllegalArgumentException if both a party and a plan are given
     */
    public IntakeRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reason, "reason");
        if (redirect != null && redirectPlan != null) {
            throw new IllegalArgumentException("an intake rule redirects to a party or to a plan, not both: '"
                    + redirect + "', plan '" + redirectPlan + "'");
        }
    }

    /**
     * Obtains a rule that redirects to a party, or nowhere.
     *
     * @param when  the condition, not null
     * @param reason  the reason, not null
     * @param redirect  the party id, or null
     */
    public IntakeRule(Condition when, String reason, String redirect) {
        this(when, reason, redirect, null);
    }

    /**
     * Obtains a rule that redirects to another plan, such as another support line.
     *
     * @param when  the condition, not null
     * @param reason  the reason, not null
     * @param planId  the plan id, not null
     * @return the rule, not null
     */
    public static IntakeRule toPlan(Condition when, String reason, String planId) {
        return new IntakeRule(when, reason, null, Objects.requireNonNull(planId, "planId"));
    }

    /**
     * Outputs where the rule sends a request, such as {@code 'partner'} or
     * {@code plan 'client-support'}.
     *
     * @return the text, empty if the rule names nowhere, not null
     */
    String destination() {
        return redirect != null ? "'" + redirect + "'" : redirectPlan != null ? "plan '" + redirectPlan + "'" : "";
    }
}
