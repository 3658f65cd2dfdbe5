package dev.sla.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates realistic random tickets for a policy, the same ones for the same seed: for
 * trying a policy out on many tickets and for measuring.
 *
 * <p>Each ticket is on one of the policy's plans, names a service provided on that plan
 * (one in ten names none), states one of the policy's severity levels (one in four leaves
 * it to classification when the policy classifies), gives most declared attributes one of their declared values, and
 * has a timeline of 5 to 12 events: received at an instant of the given window, then agent
 * responses, customer messages and changes to the policy's statuses minutes to hours
 * apart, seven in ten ending with the resolved event.
 *
 * <p>This class is mutable and not thread-safe: one generator yields one sequence.
 *
 * @since 0.1
 */
public final class TicketGenerator {

    /** The fewest events of a ticket, the received event included. */
    public static final int MIN_EVENTS = 5;
    /** The most events of a ticket. */
    public static final int MAX_EVENTS = 12;

    private final RandomGenerator random;
    private final Instant from;
    private final long windowSeconds;
    private final List<String> plans;
    private final Map<String, List<String>> servicesByPlan = new TreeMap<>();
    private final List<String> severities = new ArrayList<>();
    private final Map<String, List<String>> attributes = new TreeMap<>();
    private final List<String> statuses = new ArrayList<>();
    /** Whether the policy classifies tickets, so that a ticket may leave its severity unstated. */
    private final boolean classifies;

    private TicketGenerator(Policy policy, RandomGenerator random, Instant from, Instant to) {
        this.random = random;
        this.from = from;
        this.windowSeconds = Duration.between(from, to).getSeconds();
        this.plans = new ArrayList<>(new TreeSet<>(policy.plans().keySet()));
        TreeSet<String> services = new TreeSet<>(policy.services().keySet());
        for (String plan : plans) {
            List<String> provided = new ArrayList<>();
            for (String service : services) {
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
        this.classifies = !policy.classification().isEmpty();
        policy.attributes().forEach((name, values) -> {
            if (!name.equals(Ticket.PLAN) && !name.equals(Ticket.SERVICE) && !name.equals(Ticket.SEVERITY)
                    && !values.isEmpty()) {
                attributes.put(name, new ArrayList<>(new TreeSet<>(values)));
            }
        });
        for (String status : new TreeSet<>(policy.statuses())) {
            String s = status.toLowerCase(Locale.ROOT);
            if (!s.equals("resolved") && !s.equals("cancelled") && !s.equals("closed")) {
                statuses.add(status);
            }
        }
    }

    /**
     * Obtains a generator of tickets for a policy, received in a window of time.
     *
     * @param policy  the policy whose plans, services, severities, attributes and statuses
     *     the tickets use, not null
     * @param seed  the seed: the same seed gives the same tickets
     * @param from  the earliest received instant, not null
     * @param to  the instant before which every ticket is received, after {@code from}, not null
     * @return the generator, not null
     * @throws IllegalArgumentException if the policy has no plan or the window is empty
     */
    public static TicketGenerator of(Policy policy, long seed, Instant from, Instant to) {
        return of(policy, new SplittableRandom(seed), from, to);
    }

    /**
     * Obtains a generator of tickets for a policy that takes its random choices from a
     * source of one's own: each choice is a {@code nextInt(bound)} or {@code nextLong(bound)},
     * and the choices 0 give the simplest ticket (the first plan, its first severity level
     * unless the policy classifies, no service and no other attribute, received at
     * {@code from}, agent responses a minute apart and the fifth event resolved), so a source
     * that can be replayed and shrunk makes tickets that shrink.
     *
     * @param policy  the policy whose plans, services, severities, attributes and statuses
     *     the tickets use, not null
     * @param random  the source of the choices, not null
     * @param from  the earliest received instant, not null
     * @param to  the instant before which every ticket is received, after {@code from}, not null
     * @return the generator, not null
     * @throws IllegalArgumentException if the policy has no plan or the window is empty
     * @since 0.1
     */
    public static TicketGenerator of(Policy policy, RandomGenerator random, Instant from, Instant to) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the window of received instants is empty: " + from + " to " + to);
        }
        if (policy.plans().isEmpty()) {
            throw new IllegalArgumentException("policy '" + policy.id() + "' has no plan to generate tickets on");
        }
        return new TicketGenerator(policy, random, from, to);
    }

    /**
     * Generates the next ticket.
     *
     * @return the ticket, not null
     */
    public Ticket next() {
        String plan = pick(plans);
        Ticket.Builder b = Ticket.builder(plan);
        List<String> provided = servicesByPlan.get(plan);
        if (!provided.isEmpty() && random.nextInt(10) != 0) {
            b.service(pick(provided));
        }
        if (!severities.isEmpty() && (!classifies || random.nextInt(4) != 0)) {
            b.severity(pick(severities));
        }
        attributes.forEach((name, values) -> {
            if (random.nextInt(5) != 0) {
                b.attribute(name, pick(values));
            }
        });
        Instant t = from.plusSeconds(random.nextLong(windowSeconds));
        b.received(t);
        int events = MIN_EVENTS + random.nextInt(MAX_EVENTS - MIN_EVENTS + 1);
        boolean resolves = random.nextInt(10) < 7;
        for (int i = 1; i < events; i++) {
            // the first answer within minutes to hours; later events up to a day and a half apart
            t = t.plusSeconds(60L + random.nextLong(i == 1 ? 4 * 3600L : 36 * 3600L));
            if (i == events - 1 && resolves) {
                b.event(t, EventType.RESOLVED);
                continue;
            }
            int kind = random.nextInt(10);
            if (kind < 4 || kind >= 7 && statuses.isEmpty()) {
                b.event(t, EventType.AGENT_RESPONSE);
            } else if (kind < 7) {
                b.event(t, EventType.CUSTOMER_MESSAGE);
            } else {
                b.status(t, pick(statuses));
            }
        }
        return b.build();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
