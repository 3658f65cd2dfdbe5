package dev.sla.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of intake that the ticket's plan decides: the channels and languages it
 * enforces, and its requirements ({@link Plan}). It runs after the policy's intake rules,
 * whose refusals (with a place to go) come first.
 */
final class PlanIntake {

    private PlanIntake() {
    }

    /**
     * Judges a ticket by its plan after the intake rules: refuses a channel or a language the
     * plan enforces and does not serve, then a lack that refuses; lists what the ticket lacks.
     */
    static Evaluator.Intake judge(Plan plan, Ticket t, Map<String, String> attrs, Evaluator.Intake byRules, Trace trace) {
        List<Requirement> missing = missing(plan, t, attrs);
        if (!missing.isEmpty()) {
            trace.missing(plan.id(), missing);
        }
        if (!byRules.accepted()) {
            return missing.isEmpty() ? byRules : new Evaluator.Intake(false, byRules.reason(), byRules.redirect(), byRules.redirectPlan(), missing);
        }
        String channel = attrs.get(Ticket.CHANNEL);
        if (plan.enforcesChannels() && channel != null && !plan.channels().isEmpty()
                && !plan.channels().contains(channel)) {
            String reason = "channel '" + channel + "' is not accepted on plan '" + plan.id()
                    + "'; support is reached through " + String.join(", ", plan.channels());
            trace.planRefused(reason);
            return new Evaluator.Intake(false, reason, null, null, missing);
        }
        String language = attrs.get(Ticket.LANGUAGE);
        if (language != null && plan.enforcesLanguages() && !plan.serves(language)
                && !(plan.languages().isEmpty() && plan.languagesByException().isEmpty())) {
            String reason = "language '" + language + "' is not served on plan '" + plan.id() + "'; support is given in "
                    + served(plan);
            trace.planRefused(reason);
            return new Evaluator.Intake(false, reason, null, null, missing);
        }
        if (language != null && plan.languagesByException().contains(language) && !plan.languages().contains(language)) {
            trace.byException(plan.id(), language);
        }
        for (Requirement r : missing) {
            if (r.refuses()) {
                StringBuilder reason = new StringBuilder("the request lacks what plan '" + plan.id() + "' requires: ");
                String comma = "";
                for (Requirement m : missing) {
                    if (m.refuses()) {
                        reason.append(comma).append(m.name());
                        comma = "; ";
                    }
                }
                trace.planRefused(reason.toString());
                return new Evaluator.Intake(false, reason.toString(), null, null, missing);
            }
        }
        return missing.isEmpty() ? byRules : new Evaluator.Intake(true, null, null, null, missing);
    }

    /** The requirements of the plan the ticket states it does not meet, in the plan's order. */
    static List<Requirement> missing(Plan plan, Ticket t, Map<String, String> attrs) {
        List<Requirement> requirements = plan.requirements();
        if (requirements.isEmpty()) {
            return List.of();
        }
        Set<String> carries = t.carries().orElse(null);
        String service = attrs.get(Ticket.SERVICE);
        List<Requirement> missing = null;
        for (Requirement r : requirements) {
            if (r.concerns(service) && r.missingFrom(attrs, carries)) {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(r);
            }
        }
        return missing == null ? List.of() : List.copyOf(missing);
    }

    /** The languages of a plan in words: {@code ru, en (by exception)}. */
    static String served(Plan plan) {
        StringBuilder sb = new StringBuilder(String.join(", ", plan.languages()));
        for (String l : plan.languagesByException()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(l).append(" (by exception)");
        }
        return sb.toString();
    }
}
