package dev.sla.testkit;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.core.TicketGenerator;
import java.time.Instant;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Valid tickets of one policy made from random choices by the library's
 * {@link TicketGenerator}: a plan, a service provided on it, a severity level, values of
 * the declared attributes, received in a window of time, then agent responses, customer
 * messages and changes to the policy's statuses, most ending resolved. With every choice 0
 * it is the simplest ticket the generator makes.
 *
 * <p>This class is thread-safe: one ticket is made at a time.
 */
final class TicketRecipe {

    /** The most choices a ticket takes. */
    static final int CHOICES = 80;
    /** The start of the default window of received instants. */
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    /** The length of the default window of received instants: two years. */
    static final long WINDOW_SECONDS = 731L * 86_400;
    /** Days kept free at the end of a strict calendar's data, for the deadlines of the last tickets. */
    private static final long MARGIN_SECONDS = 60 * 86_400L;

    private final Instant from;
    private final Source source = new Source();
    private final TicketGenerator generator;

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
        this.from = start;
        this.generator = TicketGenerator.of(policy, source, start, end);
    }

    /** The first instant a ticket may be received at. */
    Instant from() {
        return from;
    }

    /** A ticket made from the choices. */
    synchronized Ticket ticket(Random r) {
        source.choices = r;
        try {
            return generator.next();
        } finally {
            source.choices = null;
        }
    }

    /** The generator's source of choices: the choices of the ticket being made. */
    private static final class Source implements RandomGenerator {
        private Random choices;

        @Override
        public long nextLong() {
            return choices.nextLong();
        }

        @Override
        public int nextInt() {
            return choices.nextInt();
        }

        @Override
        public int nextInt(int bound) {
            return choices.nextInt(bound);
        }

        @Override
        public long nextLong(long bound) {
            return choices.nextLong(bound);
        }

        @Override
        public boolean nextBoolean() {
            return choices.nextBoolean();
        }

        @Override
        public double nextDouble() {
            return choices.nextDouble();
        }
    }
}
