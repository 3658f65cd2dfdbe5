package dev.sla.core;

/**
 * How a performer handles a task: in full, consultatively, by analysing logs, and so on.
 * Modes are open-ended: the constants are the common ones, {@link #of(String)} makes others.
 *
 * @param id  the id, such as {@code consultative}, not null
 *
 * @since 0.1
 */
public record Mode(String id) {

    /** The task is performed in full. */
    public static final Mode FULL = new Mode("full");
    /** Only advice is given; the requester performs the task. */
    public static final Mode CONSULTATIVE = new Mode("consultative");
    /** The problem is analysed from the logs the requester provides. */
    public static final Mode LOG_ANALYSIS = new Mode("log-analysis");
    /** The task is done automatically, such as updates that always bring the newest version. */
    public static final Mode AUTOMATIC = new Mode("automatic");
    /** Nobody needs to do the task on this plan. */
    public static final Mode NOT_NEEDED = new Mode("not-needed");
    /** The task is not provided on this plan. */
    public static final Mode NOT_PROVIDED = new Mode("not-provided");
    /**
     * The request is not accepted as it was made (wrong requester, channel or support line):
     * nobody performs it; the decision says why and where to go instead.
     */
    public static final Mode NOT_ACCEPTED = new Mode("not-accepted");

    /**
     * Checks the id.
     *
     * @param id  the id, lower-case letters, digits and hyphens, not null
     */
    public Mode {
        Ids.check(id, "mode id");
    }

    /**
     * Obtains a mode by id.
     *
     * @param id  the id, not null
     * @return the mode, not null
     */
    public static Mode of(String id) {
        return new Mode(id);
    }

    /**
     * Checks if this mode has the same id as another. Written out rather than left to the
     * record: the generated method is linked on its first call, which costs a short command
     * more than the whole comparison.
     *
     * @param other  the other object, null returns false
     * @return true if the other is a mode with the same id
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Mode && id.equals(((Mode) other).id);
    }

    /**
     * Returns a hash code of the id.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * Outputs the id.
     *
     * @return the id, not null
     */
    @Override
    public String toString() {
        return id;
    }
}
