package dev.sla.testkit;

import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricKind;
import dev.sla.core.Threshold;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Metric definitions made from random choices, valid in a policy: every {@link MetricKind};
 * started by the received event, a customer message or both; restarted by a customer message
 * or an agent response, or not at all; stopped by an agent response, the resolved event,
 * both or (for an elapsed metric) nothing; sometimes voided by the resolved event; each status
 * of a pool pausing, stopping, voiding the clock or none of these; and up to three warning
 * thresholds, shares of the target or times before the due instant. No event both starts and
 * stops the clock, and none both voids and stops it. With every choice 0 it is the simplest
 * metric: elapsed, started by the received event, stopped by an agent response, nothing else.
 */
final class MetricRecipe {

    /** The most choices a metric takes. */
    static final int CHOICES = 24;
    /** The statuses the metrics of {@link SlaArbitraries#metrics()} name. */
    static final List<String> STATUSES = List.of("waiting", "on-hold", "closed", "cancelled");

    private static final int[] ROUND_SHARES = {100, 50, 25, 75};
    /** The events that may start a clock, the first the simplest. */
    private static final List<Set<EventType>> STARTS = List.of(EnumSet.of(EventType.RECEIVED),
            EnumSet.of(EventType.RECEIVED, EventType.CUSTOMER_MESSAGE), EnumSet.of(EventType.CUSTOMER_MESSAGE));
    /** The events that may restart it. */
    private static final List<Set<EventType>> RESTARTS = List.of(EnumSet.noneOf(EventType.class),
            EnumSet.of(EventType.CUSTOMER_MESSAGE), EnumSet.of(EventType.AGENT_RESPONSE));
    /** The events that may stop it. */
    private static final List<Set<EventType>> STOPS = List.of(EnumSet.of(EventType.AGENT_RESPONSE),
            EnumSet.of(EventType.AGENT_RESPONSE, EventType.RESOLVED), EnumSet.of(EventType.RESOLVED),
            EnumSet.noneOf(EventType.class));

    private MetricRecipe() {
    }

    /**
     * A metric made from the choices.
     *
     * @param random  the choices
     * @param id  the metric's id
     * @param name  the metric's name
     * @param statuses  the statuses that may pause, stop or void the clock
     */
    static Metric metric(Random random, String id, String name, List<String> statuses) {
        MetricKind kind = MetricKind.values()[random.nextInt(MetricKind.values().length)];
        Set<EventType> start = one(random, STARTS);
        Set<EventType> restart = one(random, RESTARTS);
        Set<EventType> stop = one(random, STOPS);
        Set<EventType> voidOn = EnumSet.noneOf(EventType.class);
        if (random.nextBoolean()) {
            voidOn.add(EventType.RESOLVED);
            stop.remove(EventType.RESOLVED);
        }
        if (kind == MetricKind.NEXT_REPLY) {
            // a customer message after a reply opens a cycle, the next reply fulfils it
            start = EnumSet.of(EventType.CUSTOMER_MESSAGE);
            restart = EnumSet.of(EventType.CUSTOMER_MESSAGE);
        }
        if (kind != MetricKind.ELAPSED) {
            stop.add(EventType.AGENT_RESPONSE);
        }
        stop.removeAll(start);
        Set<String> pause = new LinkedHashSet<>();
        Set<String> stopStatuses = new LinkedHashSet<>();
        Set<String> voidStatuses = new LinkedHashSet<>();
        for (String status : statuses) {
            switch (random.nextInt(4)) {
                case 1:
                    pause.add(status);
                    break;
                case 2:
                    stopStatuses.add(status);
                    break;
                case 3:
                    voidStatuses.add(status);
                    break;
                default:
            }
        }
        List<Threshold> warnings = new ArrayList<>();
        for (int w = random.nextInt(4); w > 0; w--) {
            if (random.nextBoolean()) {
                warnings.add(Threshold.before(Duration.ofMinutes(random.nextBoolean() ? 15L * (1 + random.nextInt(40))
                        : 1 + random.nextInt(600))));
            } else {
                warnings.add(Threshold.ofShare(random.nextBoolean() ? 1 + random.nextInt(100)
                        : ROUND_SHARES[random.nextInt(ROUND_SHARES.length)]));
            }
        }
        return new Metric(id, name, start, restart, stop, pause, stopStatuses, voidOn, voidStatuses, warnings, kind);
    }

    /** A copy of one of the sets, to change at will. */
    private static Set<EventType> one(Random random, List<Set<EventType>> sets) {
        Set<EventType> set = EnumSet.noneOf(EventType.class);
        set.addAll(sets.get(random.nextInt(sets.size())));
        return set;
    }
}
