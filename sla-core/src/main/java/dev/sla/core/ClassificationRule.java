package dev.sla.core;

import java.util.Objects;

/**
 * A rule of a severity scheme: a ticket whose attributes satisfy the condition gets the level.
 * Rules are tried in order; the first that holds decides.
 *
 * @param when  the condition, not null
 * @param level  the id of the severity level, not null
 *
 * @since 0.1
 */
public record ClassificationRule(Condition when, String level) {

    /**
     * Checks the fields.
     *
     * @param when  the condition, not null
     * @param level  the level id, not null
     */
    public ClassificationRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(level, "level");
    }
}
