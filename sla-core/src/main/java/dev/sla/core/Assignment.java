package dev.sla.core;

import java.util.List;
import java.util.Objects;

/**
 * One cell of the coverage matrix: who performs a service on a plan, in which mode.
 *
 * <p>A cell may name several parties that perform the task, in the order the regulation
 * names them (eXpress: the server software is updated by the customer's administrators or
 * by eXpress technical support); {@link #performer()} is the first, {@link #performers()}
 * all of them. The policy's metrics time the task when its vendor is one of them.
 *
 * @param performer  the id of the (first) performing party, or null when nobody does it
 * @param mode  how the task is handled, not null
 * @param note  an optional note in the regulation's words, may be null
 * @param performers  the ids of every performing party in order, the first being
 *     {@code performer}; empty when nobody does it, not null
 *
 * @since 0.1
 */
public record Assignment(String performer, Mode mode, String note, List<String> performers) {

    /** The word policies use for nobody, as a performer: {@code none}. */
    public static final String NOBODY = "none";

    /**
     * Checks the fields.
     *
     * @param performer  the first party id, or null for nobody
     * @param mode  the mode, not null
     * @param note  the note, may be null
     * @param performers  every party id in order, starting with {@code performer}, not null
     * @throws IllegalArgumentException if the performers do not start with the performer, or
     *     name a party twice
     */
    public Assignment {
        Objects.requireNonNull(mode, "mode");
        performers = List.copyOf(Objects.requireNonNull(performers, "performers"));
        if (performer == null ? !performers.isEmpty() : performers.isEmpty() || !performers.get(0).equals(performer)) {
            throw new IllegalArgumentException("the performers " + performers + " must start with the performer '"
                    + performer + "'");
        }
        if (performers.size() > 1 && performers.stream().distinct().count() < performers.size()) {
            throw new IllegalArgumentException("the performers " + performers + " name a party twice");
        }
    }

    /**
     * Obtains a cell performed by one party, or by nobody.
     *
     * @param performer  the party id, or null for nobody
     * @param mode  the mode, not null
     * @param note  the note, may be null
     */
    public Assignment(String performer, Mode mode, String note) {
        this(performer, mode, note, performer == null ? List.of() : List.of(performer));
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
     * Obtains an assignment to several parties, any of which performs the task, in order.
     *
     * @param performers  the party ids, at least one, not null
     * @param mode  the mode, not null
     * @return the assignment, not null
     * @throws IllegalArgumentException if no party is given, or one twice
     */
    public static Assignment of(List<String> performers, Mode mode) {
        Objects.requireNonNull(performers, "performers");
        if (performers.isEmpty()) {
            throw new IllegalArgumentException("an assignment to parties needs at least one party");
        }
        return new Assignment(performers.get(0), mode, null, performers);
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
     * Checks if a party is one of the performers.
     *
     * @param partyId  the party id, not null
     * @return true if the party performs the task
     */
    public boolean performedBy(String partyId) {
        Objects.requireNonNull(partyId, "partyId");
        for (int i = 0; i < performers.size(); i++) {
            if (performers.get(i).equals(partyId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a copy with a note.
     *
     * @param text  the note, not null
     * @return the copy, not null
     */
    public Assignment withNote(String text) {
        return new Assignment(performer, mode, Objects.requireNonNull(text, "text"), performers);
    }

    /**
     * Returns a copy with another mode.
     *
     * @param other  the mode, not null
     * @return the copy, not null
     */
    public Assignment withMode(Mode other) {
        return new Assignment(performer, Objects.requireNonNull(other, "other"), note, performers);
    }

    /**
     * Returns a copy with another mode and note, as a mode rule makes it.
     *
     * @param other  the mode, not null
     * @param text  the note, may be null
     * @return the copy, not null
     */
    Assignment withMode(Mode other, String text) {
        return new Assignment(performer, other, text, performers);
    }

    /**
     * Outputs the cell, such as {@code partner (full)}, {@code customer|express (full)} or
     * {@code none (not-provided)}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String who = performer == null ? NOBODY : performers.size() == 1 ? performer : String.join("|", performers);
        return who + " (" + mode + ")" + (note == null ? "" : ": " + note);
    }
}
