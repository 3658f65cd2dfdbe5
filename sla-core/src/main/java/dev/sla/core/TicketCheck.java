package dev.sla.core;

import dev.sla.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a ticket against a policy without judging it: the plan, service and severity it
 * names, the values of the policy's declared attributes, the attributes the policy does not
 * know, the statuses of its events when the policy declares statuses, and that it was not
 * received before the policy took effect. {@link Policy#evaluate(Ticket, Instant)} refuses a
 * ticket with any of these problems, with the message of the first one.
 *
 * <p>Each problem's path names the part of the ticket concerned, as a JSON pointer into the
 * ticket with its attributes side by side: {@code /plan}, {@code /service}, {@code /severity},
 * {@code /impact} or any other attribute by its name, {@code /events/0/at} (the instant it was
 * received), {@code /events/3/status}, {@code /events/2/author} (an author role that is
 * neither a party nor a value of {@code requester}) and {@code /carries/1} (content no plan
 * requires). Messages have the form {@code unknown status
 * 'in-progres' ...; did you mean 'in-progress'?; known: ...}.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TicketCheck {

    private TicketCheck() {
    }

    /**
     * Finds every problem of a ticket under a policy.
     *
     * @param policy  the policy, not null
     * @param ticket  the ticket, not null
     * @return the problems, in the order of the ticket's parts, empty if the ticket fits, not null
     */
    public static List<Problem> problems(Policy policy, Ticket ticket) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ticket, "ticket");
        PolicyLookup lookup = policy.lookup();
        List<Problem> found = new ArrayList<>();
        if (!policy.plans().containsKey(ticket.plan())) {
            found.add(new Problem("/plan", lookup.unknown("plan", ticket.plan(), policy.plans().keySet()).getMessage()));
        }
        String service = ticket.attributes().get(Ticket.SERVICE);
        if (service != null && !policy.services().containsKey(service)) {
            found.add(new Problem("/service", lookup.unknown("service", service, policy.services().keySet()).getMessage()));
        }
        String severity = ticket.attributes().get(Ticket.SEVERITY);
        if (severity != null && !lookup.severityById().containsKey(severity)) {
            found.add(new Problem("/severity",
                    lookup.unknown("severity", severity, lookup.severityById().keySet()).getMessage()));
        }
        Instant from = policy.effectiveInstant().orElse(null);
        if (from != null && ticket.received().isBefore(from)) {
            found.add(new Problem("/events/0/at", "the ticket was received at " + ticket.received() + ", before policy '"
                    + policy.id() + "' takes effect on " + policy.effectiveFrom().orElseThrow() + " (" + policy.zone()
                    + "); judge it by the version then in force"));
        }
        Contract contract = policy.boundContract();
        String named = ticket.attributes().get(Ticket.CONTRACT);
        if (contract != null || named != null) {
            contract(policy, ticket, contract, named, found);
        }
        for (Map.Entry<String, Set<String>> e : policy.attributes().entrySet()) {
            String v = ticket.attributes().get(e.getKey());
            if (v != null && !e.getValue().contains(v)) {
                found.add(new Problem("/" + e.getKey(), lookup.unknown(e.getKey() + " value", v, e.getValue()).getMessage()));
            }
        }
        for (String name : ticket.attributes().keySet()) {
            if (!Ticket.BUILT_IN_ATTRIBUTES.contains(name) && !policy.attributes().containsKey(name)
                    && !name.equals(Ticket.CONTRACT)) {
                // as the loader says of a condition on an attribute it does not know
                Set<String> usable = new TreeSet<>(Ticket.BUILT_IN_ATTRIBUTES);
                usable.addAll(policy.attributes().keySet());
                found.add(new Problem("/" + name, "unknown attribute '" + name + "' in policy '" + policy.id() + "'"
                        + Closest.hint(name, usable) + "; the policy declares no such attribute; known: "
                        + String.join(", ", usable)));
            }
        }
        Set<String> carries = ticket.carries().orElse(Set.of());
        if (!carries.isEmpty()) {
            Set<String> known = IntakeChecks.requirementIds(policy.plans());
            int i = 0;
            for (String c : carries) {
                if (!known.contains(c)) {
                    found.add(new Problem("/carries/" + i, "unknown content '" + c + "' in policy '" + policy.id() + "'"
                            + Closest.hint(c, known) + "; content is named by the ids of the plans' requirements; "
                            + (known.isEmpty() ? "none declared" : "known: " + String.join(", ", known))));
                }
                i++;
            }
        }
        Set<String> roles = null;
        List<Event> timeline = ticket.events();
        for (int i = 0; i < timeline.size(); i++) {
            String author = timeline.get(i).author();
            if (author != null) {
                if (roles == null) {
                    roles = EventAuthors.roles(policy.parties().keySet(),
                            policy.attributes().getOrDefault(Ticket.REQUESTER, Set.of()));
                }
                if (!roles.contains(author)) {
                    found.add(new Problem("/events/" + i + "/author", "unknown author role '" + author + "' at "
                            + timeline.get(i).at() + " in policy '" + policy.id() + "'" + Closest.hint(author, roles)
                            + "; an author is a party or a value of the attribute requester; known: "
                            + String.join(", ", roles)));
                }
            }
        }
        if (!policy.statuses().isEmpty()) {
            List<Event> events = ticket.events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e.status() != null && !policy.statuses().contains(e.status())) {
                    found.add(new Problem("/events/" + i + "/status", "unknown status '" + e.status() + "' at " + e.at()
                            + " in policy '" + policy.id() + "'" + Closest.hint(e.status(), policy.statuses())
                            + "; known: " + String.join(", ", policy.statuses())));
                }
            }
        }
        return found;
    }

    /**
     * The contract's problems: a ticket names a contract the policy is not bound to, or on
     * another plan than the contract's; a ticket received outside the contract's dates.
     */
    private static void contract(Policy policy, Ticket ticket, Contract contract, String named, List<Problem> found) {
        if (named != null) {
            if (contract == null) {
                found.add(new Problem("/" + Ticket.CONTRACT, "the ticket names contract '" + named + "', but policy '"
                        + policy.id() + "' is bound to no contract; bind it to the contract (Policy.withContract,"
                        + " or --contract in the sla command)"));
                return;
            } else if (!named.equals(contract.id())) {
                found.add(new Problem("/" + Ticket.CONTRACT, "the ticket names contract '" + named + "', but policy '"
                        + policy.id() + "' is bound to contract '" + contract.id() + "'"));
                return;
            } else if (!ticket.plan().equals(contract.plan())) {
                found.add(new Problem("/plan", "the ticket is on plan '" + ticket.plan() + "', but contract '"
                        + contract.id() + "' is on plan '" + contract.plan() + "'"));
            }
        }
        Instant received = ticket.received();
        ZoneId zone = contract.customerZone() != null ? contract.customerZone() : policy.zone();
        if (received.isBefore(policy.contractStart())) {
            found.add(new Problem("/events/0/at", "the ticket was received at " + received + ", before contract '"
                    + contract.id() + "' takes effect on " + contract.effectiveFrom() + " (" + zone + ")"));
        } else if (policy.contractEnd() != null && !received.isBefore(policy.contractEnd())) {
            found.add(new Problem("/events/0/at", "the ticket was received at " + received + ", after contract '"
                    + contract.id() + "' ended on " + contract.effectiveTo() + " (" + zone + ")"));
        }
    }
}
