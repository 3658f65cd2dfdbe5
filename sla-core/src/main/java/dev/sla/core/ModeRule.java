package dev.sla.core;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A modifier of the coverage matrix: when the condition holds, the task is handled in the
 * given mode (Navixy: a fault caused by third-party software gets consultative support only).
 * Every rule that holds applies, in order; the last one wins.
 *
 * <p>A rule rewrites only the cells in its scope: cells one of whose performers is among
 * {@code performers} (by default, when that set is empty, the policy's vendor: a mode rule
 * says how the vendor handles a task, so it never rewrites a cell the partner or a third
 * party performs), and whose mode is among {@code modes} (by default any mode). A cell
 * nobody performs, and a cell {@code not-provided} or {@code not-needed}, is never rewritten.
 *
 * @param when  the condition, not null
 * @param mode  the mode to use, not null
 * @param note  why, in the regulation's words, not null
 * @param performers  the parties whose cells the rule rewrites; empty for the vendor's, not null
 * @param modes  the modes of the cells the rule rewrites; empty for any, not null
 *
 * @since 0.1
 */
public record ModeRule(Condition when, Mode mode, String note, Set<String> performers, Set<Mode> modes) {

    /**
     * Checks the fields.
     *
     * @param when  the condition, not null
     * @param mode  the mode, not null
     * @param note  the note, not null
     * @param performers  the parties in scope, empty for the vendor, not null
     * @param modes  the modes in scope, empty for any, not null
     */
    public ModeRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(note, "note");
        performers = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(performers, "performers")));
        modes = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(modes, "modes")));
    }

    /**
     * Obtains a rule that rewrites the cells the vendor performs, in any mode.
     *
     * @param when  the condition, not null
     * @param mode  the mode, not null
     * @param note  the note, not null
     */
    public ModeRule(Condition when, Mode mode, String note) {
        this(when, mode, note, Set.of(), Set.of());
    }

    /**
     * Returns a copy scoped to the cells of some performers in some modes.
     *
     * @param parties  the party ids, empty for the vendor, not null
     * @param cellModes  the modes, empty for any, not null
     * @return the copy, not null
     */
    public ModeRule scoped(Collection<String> parties, Collection<Mode> cellModes) {
        return new ModeRule(when, mode, note, new LinkedHashSet<>(Objects.requireNonNull(parties, "parties")),
                new LinkedHashSet<>(Objects.requireNonNull(cellModes, "cellModes")));
    }

    /**
     * Checks if the rule's scope holds a cell.
     *
     * @param cell  the cell, not null
     * @param vendor  the id of the policy's vendor, not null
     * @return true if the rule may rewrite the cell
     */
    public boolean covers(Assignment cell, String vendor) {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(vendor, "vendor");
        if (cell.performer() == null || cell.mode().equals(Mode.NOT_PROVIDED) || cell.mode().equals(Mode.NOT_NEEDED)) {
            return false;
        }
        if (!modes.isEmpty() && !modes.contains(cell.mode())) {
            return false;
        }
        if (performers.isEmpty()) {
            return cell.performedBy(vendor);
        }
        for (String p : cell.performers()) {
            if (performers.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Outputs the scope, such as {@code cells of navixy in full|log-analysis}, or
     * {@code cells of the vendor}.
     *
     * @return the text, not null
     */
    public String scope() {
        return "cells of " + (performers.isEmpty() ? "the vendor" : String.join("|", performers))
                + (modes.isEmpty() ? "" : " in " + String.join("|", modes.stream().map(Mode::id).toList()));
    }
}
