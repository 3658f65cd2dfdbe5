package dev.sla.core;

import java.util.Objects;

/**
 * One cell of the coverage matrix: who performs a service on a plan, in which mode.
 *
 * @param performer  the id of the performing party, or null when nobody does it
 * @param mode  how the task is handled, not null
 * @param note  an optional note in the regulation's words, may be null
 *
 * @since 0.1
 */
public record Assignment(String performer, Mode mode, String note) {

    /** The word policies use for nobody, as a performer: {@code none}. */
    public static final String NOBODY = "none";

    /**
     * Checks the fields.
     *
     * @param performer  the party id, or null for nobody
     * @param mode  the mode, not null
     * @param note  the note, may be null
     */
    public Assignment {
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * Obtains an assignment to a party.
     *
     * @param performer  the id of the party, not null
     * @param mode  the mode, not null
     * @return the assignment, not null
     */
    public static Assignment of(String performer, Mode mode) {
        return new Assignment(Objects.requireNonNull(performer, "performer"), mode, null);
    }

    /**
     * Obtains the assignment of a ticket that names no service when the policy states none:
     * the vendor, in full.
     *
     * @param vendorId  the id of the policy's vendor party, not null
     * @return the assignment, not null
     */
    public static Assignment byDefault(String vendorId) {
        return of(Objects.requireNonNull(vendorId, "vendorId"), Mode.FULL);
    }

    /**
     * Obtains an assignment to nobody, such as a service not provided or not needed.
     *
     * @param mode  the mode, not null
     * @return the assignment, not null
     */
    public static Assignment nobody(Mode mode) {
        return new Assignment(null, mode, null);
    }

    /**
     * Returns a copy with a note.
     *
     * @param text  the note, not null
     * @return the copy, not null
     */
    public Assignment withNote(String text) {
        return new Assignment(performer, mode, Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns a copy with another mode.
     *
     * @param other  the mode, not null
     * @return the copy, not null
     */
    public Assignment withMode(Mode other) {
        return new Assignment(performer, Objects.requireNonNull(other, "other"), note);
    }

    /**
     * Outputs the cell, such as {@code partner (full)} or {@code none (not-provided)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (performer == null ? NOBODY : performer) + " (" + mode + ")" + (note == null ? "" : ": " + note);
    }
}
