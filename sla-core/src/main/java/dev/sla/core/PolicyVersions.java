package dev.sla.core;

import dev.sla.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The versions of one policy over time: a ticket is judged by the version in force when
 * it was received.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PolicyVersions {

    private final List<Policy> versions;
    private final Instant[] starts;

    private PolicyVersions(List<Policy> versions) {
        this.versions = versions;
        this.starts = new Instant[versions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = versions.get(i).effectiveInstant().orElse(Instant.MIN);
        }
    }

    /**
     * Obtains the versions of a policy.
     *
     * @param versions  the versions, in any order, at least one, not null
     * @return the versions, not null
     * @throws InvalidPolicyException if the versions have different ids or two take effect at once
     * @throws IllegalArgumentException if the list is empty
     */
    public static PolicyVersions of(List<Policy> versions) {
        Objects.requireNonNull(versions, "versions");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("At least one policy version is needed");
        }
        List<Policy> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(p -> p.effectiveInstant().orElse(Instant.MIN)));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Policy p = sorted.get(i);
            if (!p.id().equals(sorted.get(0).id())) {
                problems.add(new Problem("/id", "version " + p + " has id '" + p.id() + "', not '" + sorted.get(0).id() + "'"));
            }
            if (i > 0 && sorted.get(i - 1).effectiveInstant().equals(p.effectiveInstant())) {
                problems.add(new Problem("/effectiveFrom", "versions " + sorted.get(i - 1) + " and " + p + " take effect at the same time"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(sorted.get(0).id(), problems);
        }
        return new PolicyVersions(List.copyOf(sorted));
    }

    /**
     * Obtains a single version.
     *
     * @param policy  the only version, not null
     * @return the versions, not null
     */
    public static PolicyVersions of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        return of(List.of(policy));
    }

    /**
     * Gets the versions, earliest first.
     *
     * @return the versions, not null
     */
    public List<Policy> versions() {
        return versions;
    }

    /**
     * Finds the version in force at an instant.
     *
     * @param instant  the instant, not null
     * @return the latest version that took effect at or before the instant, not null
     * @throws TicketException if no version was in force yet
     */
    public Policy inForceAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        for (int i = starts.length - 1; i >= 0; i--) {
            if (!starts[i].isAfter(instant)) {
                return versions.get(i);
            }
        }
        throw new TicketException("no version of policy '" + versions.get(0).id() + "' was in force at " + instant
                + "; the first takes effect " + versions.get(0).effectiveFrom().orElseThrow());
    }

    /**
     * Judges a ticket by the version in force when it was received.
     *
     * @param ticket  the ticket, not null
     * @param now  the instant of evaluation, not null
     * @return the decision, not null
     * @throws TicketException if no version was in force, or the ticket does not fit the version,
     *     or its instants are beyond the platform's time arithmetic
     * @throws dev.sla.calendar.CalendarDataException if a calendar has no data for a date the
     *     clock needs
     * @throws dev.sla.calendar.NoWorkingTimeException if a calendar has no working time ahead
     */
    public Decision evaluate(Ticket ticket, Instant now) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(now, "now");
        return inForceAt(ticket.received()).evaluate(ticket, now);
    }
}
