package dev.sla.cli;

import dev.sla.SlaException;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.threeten.extra.Interval;

/**
 * The deadlines that move between two policies, over a sample of receipt instants: every opening and closing of
 * every calendar of either policy between two dates, a minute after each opening, the middle of each open period, a
 * minute before each closing, and the start of each day in each calendar's zone and in each policy's. Each ticket
 * of the sample names a plan, a severity level and a service (none, or one that a target names) that both policies
 * know, and is asked for every metric both policies have, with no event but its receipt.
 */
final class DeadlineSample {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * A deadline that moves.
     *
     * @param plan  the plan id
     * @param severity  the severity level id, or null
     * @param service  the service id, or null
     * @param metric  the metric id
     * @param received  when the ticket was received
     * @param zone  the zone to show the instants in
     * @param before  the answer of the old policy: a due instant, or the state and reason when there is none
     * @param after  the answer of the new policy, likewise
     */
    record Move(String plan, String severity, String service, String metric, Instant received, ZoneId zone,
            String before, String after) {

        /** The move as one line of text. */
        String line() {
            return plan + (severity == null ? "" : " " + severity) + (service == null ? "" : " " + service) + " "
                    + metric + " received " + Json.instant(received, zone) + ": " + before + " -> " + after;
        }
    }

    /**
     * The outcome of a sample.
     *
     * @param questions  how many deadlines were compared
     * @param moves  those that differ, by plan, severity, service, receipt and metric
     * @param warnings  what could not be sampled, such as a calendar without data for the dates
     */
    record Result(int questions, List<Move> moves, List<String> warnings) {
    }

    private DeadlineSample() {
    }

    /**
     * Compares the deadlines of two policies for tickets received from the start of one date to the end of another.
     *
     * @param old  the old policy
     * @param neu  the new policy
     * @param from  the first date, read in each calendar's zone
     * @param to  the last date, inclusive
     */
    static Result compare(Policy old, Policy neu, LocalDate from, LocalDate to) {
        List<String> warnings = new ArrayList<>();
        NavigableSet<Instant> instants = new TreeSet<>();
        Set<WorkCalendar> calendars = new LinkedHashSet<>(old.calendars().values());
        calendars.addAll(neu.calendars().values());
        for (WorkCalendar cal : calendars) {
            instants(cal, from, to, instants, warnings);
        }
        for (ZoneId zone : new LinkedHashSet<>(List.of(old.zone(), neu.zone()))) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                instants.add(d.atStartOfDay(zone).toInstant());
            }
        }
        List<String> plans = common(old.plans().keySet(), neu.plans().keySet());
        List<String> severities = new ArrayList<>(common(old.severities().stream().map(l -> l.id()).toList(),
                neu.severities().stream().map(l -> l.id()).toList()));
        if (severities.isEmpty()) {
            severities.add(null);
        }
        List<String> services = new ArrayList<>();
        services.add(null);
        for (Target t : old.targets()) {
            addService(services, t.service(), neu);
        }
        for (Target t : neu.targets()) {
            addService(services, t.service(), old);
        }
        List<String> metrics = common(old.metrics().keySet(), neu.metrics().keySet());
        List<Move> moves = new ArrayList<>();
        int questions = 0;
        for (String plan : plans) {
            for (String severity : severities) {
                for (String service : services) {
                    for (Instant received : instants) {
                        Ticket ticket = Ticket.builder(plan).severity(severity).service(service).received(received).build();
                        Answer a = Answer.of(old, ticket);
                        Answer b = Answer.of(neu, ticket);
                        for (String metric : metrics) {
                            questions++;
                            if (!a.key(metric).equals(b.key(metric))) {
                                moves.add(new Move(plan, severity, service, metric, received, b.zone(neu, metric),
                                        a.text(old, metric), b.text(neu, metric)));
                            }
                        }
                    }
                }
            }
        }
        return new Result(questions, List.copyOf(moves), List.copyOf(warnings));
    }

    private static void addService(List<String> services, String service, Policy other) {
        if (service != null && other.services().containsKey(service) && !services.contains(service)) {
            services.add(service);
        }
    }

    private static List<String> common(Collection<String> a, Collection<String> b) {
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (b.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Adds a calendar's sample instants of the dates. */
    private static void instants(WorkCalendar cal, LocalDate from, LocalDate to, Set<Instant> into, List<String> warnings) {
        Instant start = from.atStartOfDay(cal.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(cal.zone()).toInstant();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            into.add(d.atStartOfDay(cal.zone()).toInstant());
        }
        try {
            cal.openPeriods(start, end).forEach((Interval p) -> {
                Instant s = p.getStart();
                Instant e = p.getEnd();
                into.add(s);
                into.add(e);
                into.add(s.plus(Duration.between(s, e).dividedBy(2)));
                if (Duration.between(s, e).compareTo(MINUTE.multipliedBy(2)) > 0) {
                    into.add(s.plus(MINUTE));
                    into.add(e.minus(MINUTE));
                }
            });
        } catch (SlaException ex) {
            warnings.add("calendar '" + cal.name() + "': " + ex.getMessage());
        }
    }

    /** A policy's decision on one ticket, or why it has none. */
    private record Answer(Decision decision, String error) {

        static Answer of(Policy policy, Ticket ticket) {
            try {
                return new Answer(policy.evaluate(ticket, ticket.received()), null);
            } catch (SlaException ex) {
                return new Answer(null, "error: " + ex.getMessage());
            }
        }

        /**
         * What is compared: the due instant of a metric whatever its zone, or its state when it has none; the
         * words of a reason are not an answer.
         */
        String key(String metric) {
            if (decision != null && !decision.accepted()) {
                return "not accepted";
            }
            MetricResult m = decision == null ? null : decision.metric(metric).orElse(null);
            return m == null ? text(null, metric) : m.due() != null ? "due " + m.due() : m.state().id();
        }

        /** The due instant of a metric in its calendar's zone, or its state and reason when it has none. */
        String text(Policy policy, String metric) {
            if (decision == null) {
                return error;
            }
            if (!decision.accepted()) {
                return "not accepted: " + decision.reason().orElse("");
            }
            MetricResult m = decision.metric(metric).orElse(null);
            if (m == null) {
                return "no metric";
            }
            if (m.due() != null) {
                return "due " + (policy == null ? m.due().toString() : Json.instant(m.due(), zone(policy, m)));
            }
            return m.state().id() + (m.reason() == null ? "" : ": " + m.reason());
        }

        ZoneId zone(Policy policy, String metric) {
            MetricResult m = decision == null ? null : decision.metric(metric).orElse(null);
            return m == null ? policy.zone() : zone(policy, m);
        }

        private static ZoneId zone(Policy policy, MetricResult m) {
            WorkCalendar cal = m.calendar() == null ? null : policy.calendars().get(m.calendar());
            return cal == null ? policy.zone() : cal.zone();
        }
    }
}
