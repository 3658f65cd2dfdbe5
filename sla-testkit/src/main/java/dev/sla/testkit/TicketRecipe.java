package dev.sla.testkit;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.EventType;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.core.TicketException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Valid tickets of one policy made from random choices: a plan, a service provided on it
 * (or none), a severity level (or none, when the policy classifies), a value of each
 * declared attribute (or none), received in a window of time, then up to eleven agent
 * responses, customer messages and changes to the policy's statuses, a minute to a day and
 * a half apart, perhaps ending with the resolved event. With every choice 0 it is the
 * simplest ticket: the first plan and service, received at the start of the window, no
 * other event.
 */
final class TicketRecipe {

    /** The most choices a ticket takes. */
    static final int CHOICES = 80;
    /** The most events after the received one. */
    static final int MAX_LATER_EVENTS = 11;
    /** The start of the default window of received instants. */
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    /** The length of the default window of received instants: two years. */
    static final long WINDOW_SECONDS = 731L * 86_400;

    /** Days kept free at the end of a strict calendar's data, for the deadlines of the last tickets. */
    private static final long MARGIN_SECONDS = 60 * 86_400L;

    private final Instant from;
    private final long windowSeconds;
    private final List<String> plans;
    private final Map<String, List<String>> servicesByPlan = new TreeMap<>();
    private final List<String> severities = new ArrayList<>();
    private final Map<String, List<String>> attributes = new TreeMap<>();
    private final List<String> statuses;

    /**
     * A recipe of tickets received in 2025 and 2026, or in the part of those years that the
     * policy can judge: not before it takes effect, and inside the holiday data of its strict
     * calendars, sixty days before the data ends.
     */
    TicketRecipe(Policy policy) {
        this(policy, null, null);
    }

    /**
     * A recipe of tickets received in a window of time.
     *
     * @param from  the first received instant, or null for the default
     * @param to  the instant before which tickets are received, or null for the default
     */
    TicketRecipe(Policy policy, Instant from, Instant to) {
        if (policy.plans().isEmpty()) {
            throw new IllegalArgumentException("policy '" + policy.id() + "' has no plan to make tickets on");
        }
        Instant start = from;
        Instant end = to;
        if (start == null || end == null) {
            Instant effective = policy.effectiveInstant().orElse(FROM);
            Instant first = effective.isAfter(FROM) ? effective : FROM;
            Instant last = first.plusSeconds(WINDOW_SECONDS);
            for (WorkCalendar c : policy.calendars().values()) {
                if (c.isStrict() && c.coverage().isPresent()) {
                    Instant dataStart = c.coverage().get().getStart().atStartOfDay(c.zone()).toInstant();
                    Instant dataEnd = c.coverage().get().getEnd().atStartOfDay(c.zone()).toInstant().minusSeconds(MARGIN_SECONDS);
                    first = dataStart.isAfter(first) ? dataStart : first;
                    last = dataEnd.isBefore(last) ? dataEnd : last;
                }
            }
            start = start != null ? start : first;
            end = end != null ? end : last.isAfter(start) ? last : start.plusSeconds(86_400);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the window of received instants is empty: " + start + " to " + end);
        }
        this.from = start;
        this.windowSeconds = end.getEpochSecond() - start.getEpochSecond();
        this.plans = new ArrayList<>(new TreeSet<>(policy.plans().keySet()));
        for (String plan : plans) {
            List<String> provided = new ArrayList<>();
            for (String service : new TreeSet<>(policy.services().keySet())) {
                try {
                    Assignment cell = policy.who(plan, service);
                    if (cell.performer() != null && !cell.performer().equals(Assignment.NOBODY)) {
                        provided.add(service);
                    }
                } catch (TicketException ex) {
                    // not provided on this plan
                }
            }
            servicesByPlan.put(plan, provided);
        }
        policy.severities().forEach(level -> severities.add(level.id()));
        policy.attributes().forEach((name, values) -> {
            if (!name.equals(Ticket.PLAN) && !name.equals(Ticket.SERVICE) && !name.equals(Ticket.SEVERITY)
                    && !values.isEmpty()) {
                attributes.put(name, new ArrayList<>(new TreeSet<>(values)));
            }
        });
        this.statuses = new ArrayList<>(new TreeSet<>(policy.statuses()));
    }

    /** The first instant a ticket may be received at. */
    Instant from() {
        return from;
    }

    /** A ticket made from the choices. */
    Ticket ticket(Random r) {
        String plan = plans.get(r.nextInt(plans.size()));
        Ticket.Builder b = Ticket.builder(plan);
        List<String> provided = servicesByPlan.get(plan);
        int service = r.nextInt(provided.size() + 1);
        if (service < provided.size()) {
            b.service(provided.get(service));
        }
        if (!severities.isEmpty()) {
            int level = r.nextInt(severities.size() + 1);
            if (level < severities.size()) {
                b.severity(severities.get(level));
            }
        }
        attributes.forEach((name, values) -> {
            int value = r.nextInt(values.size() + 1);
            if (value < values.size()) {
                b.attribute(name, values.get(value));
            }
        });
        Instant t = from.plusSeconds(r.nextLong(Math.max(1, windowSeconds)));
        b.received(t);
        int later = r.nextInt(MAX_LATER_EVENTS + 1);
        for (int i = 0; i < later; i++) {
            // a minute to a day and a half after the previous event
            t = t.plusSeconds(60L + r.nextLong(36 * 3600L));
            int kinds = statuses.isEmpty() ? 2 : 3;
            int kind = r.nextInt(i == later - 1 ? kinds + 1 : kinds);
            if (kind == 0) {
                b.event(t, EventType.AGENT_RESPONSE);
            } else if (kind == 1) {
                b.event(t, EventType.CUSTOMER_MESSAGE);
            } else if (kind == kinds) {
                b.event(t, EventType.RESOLVED);
            } else {
                b.status(t, statuses.get(r.nextInt(statuses.size())));
            }
        }
        return b.build();
    }
}
