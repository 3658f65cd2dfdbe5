package dev.sla.testkit;

import dev.sla.calendar.CalendarDataException;
import dev.sla.core.Decision;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.DecisionJson;
import dev.sla.json.PolicyJson;
import dev.sla.json.TicketJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.assertj.core.api.Assertions;

/**
 * Checks the invariants every policy must keep, each in one line of a test:
 * <pre>
 * {@literal @}Test
 * void myPolicyKeepsTheInvariants() {
 *     PolicyInvariants.of(PolicyJson.read(Path.of("my-policy.json"))).checkAll();
 * }
 * </pre>
 * <ul>
 * <li>{@link #everyCellAnswers()}: every plan and service has an answer;
 * <li>{@link #noDueBeforeStart()}: no due instant precedes the start of its clock;
 * <li>{@link #laterReceiptNeverGivesEarlierDeadline()};
 * <li>{@link #pauseNeverMakesDeadlineEarlier()};
 * <li>{@link #evaluationIsDeterministicAndThreadSafe()};
 * <li>{@link #jsonRoundTripIsIdentity()}.
 * </ul>
 * The checks over tickets draw {@linkplain #withTries(int) 200} tickets of the policy, as
 * {@link SlaArbitraries#edgeTickets(Policy)} makes them (realistic timelines, now and then
 * with the cases hardest on a clock: changes of status, severity and attributes, events at
 * one instant, timelines cut short), from a {@linkplain #withSeed(long) fixed seed}; when one breaks an invariant, the ticket is shrunk to a simple one and the
 * assertion error shows it as JSON, with the metric and the instants that break the
 * invariant. {@link #check(Ticket)} runs the checks over tickets on one ticket, for a
 * property of one's own. A ticket whose answer needs a strict calendar past its holiday
 * data (the calendar refuses with a {@link CalendarDataException}) has no answer to check,
 * and counts as passing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PolicyInvariants {

    /** The default number of tickets drawn by each check. */
    private static final int DEFAULT_TRIES = 200;
    /** The default seed. */
    private static final long DEFAULT_SEED = 20_251_031L;
    /** The most choices one try takes: a ticket's and the check's own. */
    private static final int CHOICES = TicketRecipe.CHOICES + EdgeTicketRecipe.CHOICES + 8;
    /** Fourteen days, in seconds: how long after its last event a ticket is judged, at most. */
    private static final long TWO_WEEKS = 14 * 86_400L;

    private final Policy policy;
    private final int tries;
    private final long seed;
    private final Instant from;
    private final Instant to;
    private final EdgeTicketRecipe recipe;

    private PolicyInvariants(Policy policy, int tries, long seed, Instant from, Instant to) {
        this.policy = policy;
        this.tries = tries;
        this.seed = seed;
        this.from = from;
        this.to = to;
        this.recipe = new EdgeTicketRecipe(policy, from, to);
    }

    /**
     * Obtains the invariants of a policy.
     *
     * @param policy  the policy, not null
     * @return the invariants, not null
     * @throws IllegalArgumentException if the policy has no plan
     */
    public static PolicyInvariants of(Policy policy) {
        return new PolicyInvariants(Objects.requireNonNull(policy, "policy"), DEFAULT_TRIES, DEFAULT_SEED, null, null);
    }

    /**
     * Returns a copy that draws a number of tickets for each check, 200 by default.
     *
     * @param count  the number of tickets, positive
     * @return the copy, not null
     * @throws IllegalArgumentException if the count is not positive
     */
    public PolicyInvariants withTries(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("the number of tries must be positive: " + count);
        }
        return new PolicyInvariants(policy, count, seed, from, to);
    }

    /**
     * Returns a copy that draws its tickets from another seed; the same seed draws the same tickets.
     *
     * @param newSeed  the seed
     * @return the copy, not null
     */
    public PolicyInvariants withSeed(long newSeed) {
        return new PolicyInvariants(policy, tries, newSeed, from, to);
    }

    /**
     * Returns a copy that draws tickets received in a window of time, by default 2025 and
     * 2026 as far as the policy can judge them (see {@link SlaArbitraries#tickets(Policy)}).
     *
     * @param earliest  the earliest received instant, not null
     * @param before  the instant before which every ticket is received, after {@code earliest}, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the window is empty
     */
    public PolicyInvariants withReceivedBetween(Instant earliest, Instant before) {
        return new PolicyInvariants(policy, tries, seed, Objects.requireNonNull(earliest, "earliest"),
                Objects.requireNonNull(before, "before"));
    }

    /**
     * Checks every invariant.
     *
     * @throws AssertionError naming the first invariant broken, and the ticket that breaks it
     */
    public void checkAll() {
        everyCellAnswers();
        noDueBeforeStart();
        laterReceiptNeverGivesEarlierDeadline();
        pauseNeverMakesDeadlineEarlier();
        evaluationIsDeterministicAndThreadSafe();
        jsonRoundTripIsIdentity();
    }

    /**
     * Checks the invariants over tickets on one ticket: no due instant before its start, a
     * later receipt never gives an earlier deadline, a pause never makes a deadline earlier,
     * and the ticket's JSON reads back equal; for a property of one's own over
     * {@link SlaArbitraries#tickets(Policy)} or {@link SlaArbitraries#edgeTickets(Policy)}.
     *
     * @param ticket  a ticket of the policy, not null
     * @throws AssertionError naming the invariant broken
     */
    public void check(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        List<String> failures = new ArrayList<>();
        Random choices = new Random(ticket.hashCode());
        try {
            add(failures, "no due instant precedes its start", dueBeforeStart(ticket, choices));
            add(failures, "a later receipt never gives an earlier deadline", laterReceipt(ticket, choices));
            add(failures, "a pause never makes a deadline earlier", pause(ticket, choices));
        } catch (CalendarDataException ex) {
            // a strict calendar refuses to answer past its holiday data: no answer to check
            failures.clear();
        }
        add(failures, "the JSON round trip of a ticket is the identity", ticketRoundTrip(ticket));
        if (!failures.isEmpty()) {
            Assertions.fail(String.join("\n", failures) + "\nticket: " + TicketJson.write(ticket));
        }
    }

    private static void add(List<String> failures, String invariant, String failure) {
        if (failure != null) {
            failures.add("invariant '" + invariant + "' is broken: " + failure);
        }
    }

    /**
     * Checks that every plan and service has an answer: who performs it, and a decision for a
     * ticket of that plan and service.
     *
     * @throws AssertionError listing every plan and service without an answer
     */
    public void everyCellAnswers() {
        List<String> failures = new ArrayList<>();
        for (String plan : new TreeSet<>(policy.plans().keySet())) {
            List<String> services = new ArrayList<>(new TreeSet<>(policy.services().keySet()));
            if (services.isEmpty()) {
                services.add(null);
            }
            for (String service : services) {
                try {
                    if (service != null) {
                        policy.who(plan, service);
                    }
                    policy.evaluate(Ticket.builder(plan).service(service).received(recipe.from()).build(), recipe.from());
                } catch (RuntimeException ex) {
                    failures.add("plan '" + plan + "'" + (service == null ? "" : ", service '" + service + "'") + ": " + ex.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            Assertions.fail("invariant 'every plan x service cell answers' is broken in policy '" + policy.id() + "':\n  "
                    + String.join("\n  ", failures));
        }
    }

    /**
     * Checks that no due instant of a metric or of any of its cycles precedes the start of
     * its clock, judged up to two weeks after the ticket's last event.
     *
     * @throws AssertionError naming the shrunk ticket that breaks it
     */
    public void noDueBeforeStart() {
        overTickets("no due instant precedes its start", this::dueBeforeStart);
    }

    /**
     * Checks that a ticket received later (with the same plan, service, severity and other
     * attributes, and no other event) never has an earlier due instant of any metric.
     *
     * @throws AssertionError naming the shrunk ticket that breaks it
     */
    public void laterReceiptNeverGivesEarlierDeadline() {
        overTickets("a later receipt never gives an earlier deadline", this::laterReceipt);
    }

    /**
     * Checks that putting a ticket for a while into a status that pauses a metric, then back
     * into its former status, never makes that metric's due instant earlier.
     *
     * @throws AssertionError naming the shrunk ticket that breaks it
     */
    public void pauseNeverMakesDeadlineEarlier() {
        overTickets("a pause never makes a deadline earlier", this::pause);
    }

    /**
     * Checks that evaluating tickets gives the same decisions, explanation included, every
     * time and from many threads at once.
     *
     * @throws AssertionError naming the first ticket whose decisions differ
     */
    public void evaluationIsDeterministicAndThreadSafe() {
        Random random = new Random(seed);
        List<Ticket> tickets = new ArrayList<>();
        List<Instant> instants = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Math.min(tries, 64); i++) {
            Ticket t = recipe.ticket(random, random);
            Instant at = last(t).plusSeconds(random.nextInt((int) TWO_WEEKS));
            String first;
            try {
                first = DecisionJson.write(policy.evaluate(t, at));
            } catch (CalendarDataException ex) {
                // a strict calendar refuses to answer past its holiday data: no answer to compare
                continue;
            }
            tickets.add(t);
            instants.add(at);
            expected.add(first);
        }
        if (tickets.isEmpty()) {
            return;
        }
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int offset = thread;
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 8; round++) {
                        for (int k = 0; k < tickets.size(); k++) {
                            int i = (k * (offset + 1) + round) % tickets.size();
                            String got = DecisionJson.write(policy.evaluate(tickets.get(i), instants.get(i)));
                            if (!got.equals(expected.get(i))) {
                                return "ticket " + TicketJson.write(tickets.get(i)) + "\njudged at " + instants.get(i)
                                        + " first gave\n" + expected.get(i) + "\nthen\n" + got;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<String> run : runs) {
                String failure = run.get();
                if (failure != null) {
                    Assertions.fail("invariant 'evaluation is deterministic and thread-safe' is broken: " + failure);
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        } catch (ExecutionException ex) {
            Assertions.fail("invariant 'evaluation is deterministic and thread-safe' is broken: evaluation throws "
                    + ex.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Checks that the policy written as JSON reads back into an equal policy that writes the
     * same text, and that tickets of the policy do the same.
     *
     * @throws AssertionError showing the difference, or naming the shrunk ticket that breaks it
     */
    public void jsonRoundTripIsIdentity() {
        String written = PolicyJson.write(policy);
        Policy again = PolicyJson.read(policy.id() + ".json", written);
        if (!again.equals(policy)) {
            Assertions.fail("invariant 'the JSON round trip is the identity' is broken: policy '" + policy.id()
                    + "' written as JSON reads back different:\n" + written);
        }
        String twice = PolicyJson.write(again);
        if (!twice.equals(written)) {
            Assertions.fail("invariant 'the JSON round trip is the identity' is broken: policy '" + policy.id()
                    + "' written, read and written again gives other text:\n" + written + "\nthen\n" + twice);
        }
        overTickets("the JSON round trip of a ticket is the identity", (t, r) -> ticketRoundTrip(t));
    }

    // ------------------------------------------------------------------ checks of one ticket
    void overTickets(String invariant, java.util.function.BiFunction<Ticket, Random, String> check) {
        Function<Random, String> trial = r -> {
            Ticket t = recipe.ticket(r, r);
            String failure = check.apply(t, r);
            return failure == null ? null : "ticket " + TicketJson.write(t) + "\n" + failure;
        };
        Trials.Failure f = Trials.run(seed, tries, CHOICES, trial);
        if (f != null) {
            Assertions.fail("invariant '" + invariant + "' of policy '" + policy.id() + "' is broken (try " + f.attempt()
                    + " of seed " + seed + ", shrunk in " + f.steps() + " steps) by " + f.message());
        }
    }

    private String dueBeforeStart(Ticket t, Random r) {
        Instant at = last(t).plusSeconds(r.nextLong(TWO_WEEKS));
        for (MetricResult m : policy.evaluate(t, at).metrics()) {
            if (m.start() != null && m.due() != null && m.due().isBefore(m.start())) {
                return "judged at " + at + ", metric '" + m.metric() + "' started " + m.start() + " is due " + m.due();
            }
            for (MetricResult.Cycle c : m.cycles()) {
                if (c.start() != null && c.due() != null && c.due().isBefore(c.start())) {
                    return "judged at " + at + ", metric '" + m.metric() + "': the cycle started " + c.start()
                            + " is due " + c.due();
                }
            }
        }
        return null;
    }

    private String laterReceipt(Ticket t, Random r) {
        Instant first = t.received();
        Instant later = first.plusSeconds(1 + r.nextLong(30 * 86_400L));
        Decision a = policy.evaluate(received(t, first), first);
        Decision b = policy.evaluate(received(t, later), later);
        for (MetricResult ma : a.metrics()) {
            MetricResult mb = b.metric(ma.metric()).orElse(null);
            if (mb != null && ma.due() != null && mb.due() != null && mb.due().isBefore(ma.due())) {
                return "metric '" + ma.metric() + "': received " + first + " it is due " + ma.due() + ", received later, "
                        + later + ", it is due earlier, " + mb.due();
            }
        }
        return null;
    }

    /** The ticket's attributes, received at an instant, without other events. */
    private static Ticket received(Ticket t, Instant at) {
        Ticket.Builder b = Ticket.builder(t.plan());
        t.attributes().forEach((name, value) -> {
            if (!name.equals(Ticket.PLAN)) {
                b.attribute(name, value);
            }
        });
        return b.received(at).build();
    }

    private String pause(Ticket t, Random r) {
        List<Metric> pausing = new ArrayList<>();
        for (Metric m : policy.metrics().values()) {
            if (!m.pauseStatuses().isEmpty()) {
                pausing.add(m);
            }
        }
        if (pausing.isEmpty()) {
            return null;
        }
        Metric metric = pausing.get(r.nextInt(pausing.size()));
        List<String> pauses = new ArrayList<>(new TreeSet<>(metric.pauseStatuses()));
        String pauseStatus = pauses.get(r.nextInt(pauses.size()));
        Instant at = last(t).plusSeconds(r.nextLong(TWO_WEEKS));
        long span = Math.max(1, at.getEpochSecond() - t.received().getEpochSecond());
        // half a second off the whole seconds of the events, so that no event shares its instant
        Instant from = t.received().plusSeconds(r.nextLong(span)).plusMillis(500);
        Instant to = from.plusSeconds(60 + r.nextLong(3 * 86_400L));
        String former = null;
        boolean statusInBetween = false;
        for (Event e : t.events()) {
            if (e.type() == EventType.STATUS && !e.at().isAfter(from)) {
                former = e.status();
            }
            if (e.type() == EventType.STATUS && e.at().isAfter(from) && !e.at().isAfter(to)) {
                statusInBetween = true;
            }
        }
        if (former == null) {
            for (String s : new TreeSet<>(policy.statuses())) {
                if (!metric.pauseStatuses().contains(s) && !metric.stopStatuses().contains(s)
                        && !metric.voidStatuses().contains(s)) {
                    former = s;
                    break;
                }
            }
        }
        List<Event> events = new ArrayList<>(t.events());
        events.add(Event.status(from, pauseStatus));
        if (!statusInBetween && former != null) {
            events.add(Event.status(to, former));
        }
        events.sort(Comparator.comparing(Event::at));
        Ticket.Builder b = Ticket.builder(t.plan());
        for (Map.Entry<String, String> e : t.attributes().entrySet()) {
            if (!e.getKey().equals(Ticket.PLAN)) {
                b.attribute(e.getKey(), e.getValue());
            }
        }
        events.forEach(b::event);
        Ticket paused = b.build();
        MetricResult before = policy.evaluate(t, at).metric(metric.id()).orElse(null);
        MetricResult after = policy.evaluate(paused, at).metric(metric.id()).orElse(null);
        if (before != null && after != null && before.due() != null && after.due() != null
                && after.due().isBefore(before.due())) {
            return "judged at " + at + ", metric '" + metric.id() + "' is due " + before.due() + "; in status '" + pauseStatus
                    + "' from " + from + (statusInBetween || former == null ? "" : " to " + to + " (then '" + former + "')")
                    + " it is due earlier, " + after.due();
        }
        return null;
    }

    private String ticketRoundTrip(Ticket t) {
        String json = TicketJson.write(t);
        Ticket again = TicketJson.read("ticket.json", json);
        return again.equals(t) ? null : "written as JSON it reads back as " + again;
    }

    private static Instant last(Ticket t) {
        List<Event> events = t.events();
        return events.get(events.size() - 1).at();
    }
}
