package dev.sla.core;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whose events move a metric's clock: the author roles whose events may start, restart and
 * stop it (Navixy: the response time counts from the last e-mail of the authorised partner,
 * so only the partner's messages restart it). An empty set lets every author through; an
 * event that names no author is let through too, the ticket not saying who wrote it.
 *
 * @param start  the roles whose events may start the clock, empty for any, not null
 * @param restart  the roles whose events may restart it, empty for any, not null
 * @param stop  the roles whose events may stop it, fulfilling the metric, empty for any, not null
 *
 * @since 0.1
 */
public record EventAuthors(Set<String> start, Set<String> restart, Set<String> stop) {

    /** No limit: every author's events move the clock. */
    public static final EventAuthors ANY = new EventAuthors(Set.of(), Set.of(), Set.of());

    /**
     * Checks the fields.
     *
     * @param start  the start roles, not null
     * @param restart  the restart roles, not null
     * @param stop  the stop roles, not null
     */
    public EventAuthors {
        start = Set.copyOf(Objects.requireNonNull(start, "start"));
        restart = Set.copyOf(Objects.requireNonNull(restart, "restart"));
        stop = Set.copyOf(Objects.requireNonNull(stop, "stop"));
        for (Set<String> roles : java.util.List.of(start, restart, stop)) {
            for (String role : roles) {
                Ids.check(role, "author role");
            }
        }
    }

    /**
     * Obtains a limit on restarts only.
     *
     * @param roles  the roles whose events may restart the clock, not null
     * @return the limit, not null
     */
    public static EventAuthors restartBy(String... roles) {
        return new EventAuthors(Set.of(), Set.of(Objects.requireNonNull(roles, "roles")), Set.of());
    }

    /**
     * Checks if this sets no limit.
     *
     * @return true if every set is empty
     */
    public boolean isAny() {
        return start.isEmpty() && restart.isEmpty() && stop.isEmpty();
    }

    /**
     * Checks if an author may start the clock.
     *
     * @param author  the author's role, or null if not stated
     * @return true if the role is let through
     */
    public boolean mayStart(String author) {
        return author == null || start.isEmpty() || start.contains(author);
    }

    /**
     * Checks if an author may restart the clock.
     *
     * @param author  the author's role, or null if not stated
     * @return true if the role is let through
     */
    public boolean mayRestart(String author) {
        return author == null || restart.isEmpty() || restart.contains(author);
    }

    /**
     * Checks if an author may stop the clock.
     *
     * @param author  the author's role, or null if not stated
     * @return true if the role is let through
     */
    public boolean mayStop(String author) {
        return author == null || stop.isEmpty() || stop.contains(author);
    }

    /**
     * The roles an event's author may have in a policy: its parties and the values of the
     * attribute {@link Ticket#REQUESTER}.
     */
    static Set<String> roles(Collection<String> parties, Collection<String> requesters) {
        Set<String> roles = new LinkedHashSet<>(parties);
        roles.addAll(requesters);
        return roles;
    }
}
