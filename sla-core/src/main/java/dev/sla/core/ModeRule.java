package dev.sla.core;

import java.util.Objects;

/**
 * A modifier of the coverage matrix: when the condition holds, the task is handled in the
 * given mode (Navixy: a fault caused by third-party software gets consultative support only).
 * Every rule that holds applies, in order; the last one wins.
 *
 * @param when  the condition, not null
 * @param mode  the mode to use, not null
 * @param note  why, in the regulation's words, not null
 *
 * @since 0.1
 */
public record ModeRule(Condition when, Mode mode, String note) {

    /**
     * Checks the fields.
     *
     * @param when  the condition, not null
     * @param mode  the mode, not null
     * @param note  the note, not null
     */
    public ModeRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(note, "note");
    }
}
