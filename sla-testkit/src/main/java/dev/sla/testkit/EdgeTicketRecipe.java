package dev.sla.testkit;

import dev.sla.core.Event;
import dev.sla.core.Metric;
import dev.sla.core.Policy;
import dev.sla.core.SeverityLevel;
import dev.sla.core.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tickets of one policy whose timelines hold the cases that are hardest on a clock: a ticket
 * of a {@link TicketRecipe}, then, from a second source of choices, its timeline cut short
 * (down to the received event alone), events moved to the instant of the event before them,
 * events replaced by changes to any status the policy declares or its metrics name (those
 * that pause, stop or void a clock included), events replaced by changes to the ticket's
 * severity or to a declared attribute (a re-prioritisation that gives a metric another target
 * in the middle of its clock), a service that the plan may not provide, and the severity left
 * to classification. With every second choice 0 it is the ticket of the recipe unchanged.
 *
 * <p>This class is thread-safe: one ticket is made at a time.
 */
final class EdgeTicketRecipe {

    /** The most choices the changes to a ticket take. */
    static final int CHOICES = 64;

    private final TicketRecipe recipe;
    private final List<String> services;
    private final List<String> statuses;
    /** The changes a timeline may hold: pairs of an attribute (the severity first) and a value. */
    private final List<String[]> changes = new ArrayList<>();
    private final boolean classifies;

    /**
     * A recipe of tickets of a policy received in a window of time.
     *
     * @param from  the first received instant, or null for the default of {@link TicketRecipe}
     * @param to  the instant before which tickets are received, or null for the default
     */
    EdgeTicketRecipe(Policy policy, Instant from, Instant to) {
        this.recipe = new TicketRecipe(policy, from, to);
        this.services = List.copyOf(new TreeSet<>(policy.services().keySet()));
        TreeSet<String> named = new TreeSet<>(policy.statuses());
        for (Metric m : policy.metrics().values()) {
            named.addAll(m.pauseStatuses());
            named.addAll(m.stopStatuses());
            named.addAll(m.voidStatuses());
        }
        this.statuses = List.copyOf(named);
        this.classifies = !policy.classification().isEmpty();
        for (SeverityLevel level : policy.severities()) {
            changes.add(new String[] {Ticket.SEVERITY, level.id()});
        }
        new TreeMap<>(policy.attributes()).forEach((attribute, values) -> {
            if (!attribute.equals(Ticket.PLAN) && !attribute.equals(Ticket.SERVICE) && !attribute.equals(Ticket.SEVERITY)) {
                for (String value : new TreeSet<>(values)) {
                    changes.add(new String[] {attribute, value});
                }
            }
        });
    }

    /** The first instant a ticket may be received at. */
    Instant from() {
        return recipe.from();
    }

    /** A ticket made from the choices of the recipe, changed by the second choices. */
    Ticket ticket(Random ticketChoices, Random edges) {
        Ticket base = recipe.ticket(ticketChoices);
        Map<String, String> attributes = new LinkedHashMap<>(base.attributes());
        String plan = attributes.remove(Ticket.PLAN);
        if (!services.isEmpty() && edges.nextInt(6) == 1) {
            attributes.put(Ticket.SERVICE, services.get(edges.nextInt(services.size())));
        }
        if (classifies && edges.nextInt(4) == 1) {
            attributes.remove(Ticket.SEVERITY);
        }
        List<Event> events = new ArrayList<>(base.events());
        int keep = events.size();
        if (edges.nextInt(5) == 1) {
            keep = 1 + edges.nextInt(events.size());
        }
        Ticket.Builder b = Ticket.builder(plan);
        attributes.forEach(b::attribute);
        Instant previous = events.get(0).at();
        b.event(events.get(0));
        for (int i = 1; i < keep; i++) {
            Event e = events.get(i);
            Instant at = edges.nextInt(5) == 1 ? previous : e.at();
            if (!statuses.isEmpty() && edges.nextInt(6) == 1) {
                b.event(Event.status(at, statuses.get(edges.nextInt(statuses.size()))));
            } else if (!changes.isEmpty() && edges.nextInt(6) == 1) {
                String[] change = changes.get(edges.nextInt(changes.size()));
                b.event(Event.change(at, change[0], change[1]));
            } else {
                b.event(new Event(at, e.type(), e.status(), e.attribute(), e.value(), e.author()));
            }
            previous = at;
        }
        return b.build();
    }
}
