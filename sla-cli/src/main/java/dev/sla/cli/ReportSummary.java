package dev.sla.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.SeverityLevel;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a report: per plan, severity and metric, how many tickets, how many in
 * each state, the share met, and the median and 90th percentile of the elapsed business
 * time; and over the run, how many tickets were read, not accepted, or bad.
 *
 * <p>The share met is met / (met + breached): the running clocks are not decided yet. The
 * elapsed times are those of the metrics with a target (every state but {@code none} and
 * {@code not-applicable}). Memory does not grow with the number of tickets.
 *
 * <p>This class is mutable and not thread-safe: each thread fills its own, then they are merged.
 */
final class ReportSummary {

    /** The states every group shows, in this order; any other state a metric reports follows. */
    static final List<String> STATES = List.of("met", "breached", "running", "paused", "not-applicable", "best-effort", "none");

    private final Map<Key, Group> groups = new HashMap<>();
    /** The groups by plan, then severity ("" for none), then metric: the path of {@link #add}. */
    private final Map<String, Map<String, Map<String, Group>>> byPlan = new HashMap<>();
    private long tickets;
    private long rejected;
    private long errors;

    /** A group: plan, severity (null when none) and metric. */
    record Key(String plan, String severity, String metric) {
    }

    /** The counts of one group. */
    static final class Group {
        long count;
        /** The two commonest states, counted apart from the others. */
        long met;
        long breached;
        final Map<String, Long> states = new LinkedHashMap<>();
        final ElapsedHistogram elapsed = new ElapsedHistogram();

        Group() {
            STATES.forEach(s -> states.put(s, 0L));
        }

        void count(String state) {
            switch (state) {
                case "met":
                    met++;
                    break;
                case "breached":
                    breached++;
                    break;
                default:
                    states.merge(state, 1L, Long::sum);
            }
        }

        long state(String id) {
            if (id.equals("met")) {
                return met + states.getOrDefault(id, 0L);
            }
            if (id.equals("breached")) {
                return breached + states.getOrDefault(id, 0L);
            }
            return states.getOrDefault(id, 0L);
        }

        /** Met / (met + breached), or null when none is decided. */
        Double shareMet() {
            long decided = state("met") + state("breached");
            return decided == 0 ? null : (double) state("met") / decided;
        }
    }

    /** Counts the decision on a ticket on a plan. */
    void add(String plan, Decision d) {
        tickets++;
        if (!d.accepted()) {
            rejected++;
        }
        String severity = d.severity().orElse(null);
        Map<String, Group> byMetric = byPlan.computeIfAbsent(plan, k -> new HashMap<>())
                .computeIfAbsent(severity == null ? "" : severity, k -> new HashMap<>());
        for (MetricResult m : d.metrics()) {
            Group g = byMetric.get(m.metric());
            if (g == null) {
                g = group(new Key(plan, severity, m.metric()));
                byMetric.put(m.metric(), g);
            }
            g.count++;
            String state = m.state().id();
            g.count(state);
            if (!state.equals("none") && !state.equals("not-applicable")) {
                g.elapsed.add(m.elapsed());
            }
        }
    }

    private Group group(Key key) {
        return groups.computeIfAbsent(key, x -> new Group());
    }

    /** Counts a line that is not a valid ticket. */
    void error() {
        tickets++;
        errors++;
    }

    /** Adds the counts of another summary. */
    void addAll(ReportSummary other) {
        tickets += other.tickets;
        rejected += other.rejected;
        errors += other.errors;
        other.groups.forEach((k, g) -> {
            Group mine = group(k);
            mine.count += g.count;
            mine.met += g.met;
            mine.breached += g.breached;
            g.states.forEach((s, n) -> mine.states.merge(s, n, Long::sum));
            mine.elapsed.addAll(g.elapsed);
        });
    }

    long tickets() {
        return tickets;
    }

    long errors() {
        return errors;
    }

    /** The groups in the policy's order of plans, severities (none last) and metrics. */
    List<Map.Entry<Key, Group>> groups(Policy policy) {
        List<String> plans = new ArrayList<>(policy.plans().keySet());
        List<String> severities = new ArrayList<>();
        for (SeverityLevel s : policy.severities()) {
            severities.add(s.id());
        }
        List<String> metrics = new ArrayList<>(policy.metrics().keySet());
        Comparator<String> plan = order(plans);
        Comparator<String> severity = order(severities);
        Comparator<String> metric = order(metrics);
        List<Map.Entry<Key, Group>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Comparator.<Map.Entry<Key, Group>, String>comparing(e -> e.getKey().plan(), plan)
                .thenComparing(e -> e.getKey().severity(), Comparator.nullsLast(severity))
                .thenComparing(e -> e.getKey().metric(), metric));
        return sorted;
    }

    /** Orders known ids as listed, then unknown ones alphabetically. */
    private static Comparator<String> order(List<String> ids) {
        return Comparator.<String>comparingInt(s -> ids.indexOf(s) < 0 ? Integer.MAX_VALUE : ids.indexOf(s))
                .thenComparing(Comparator.naturalOrder());
    }

    /** The states shown: the usual ones, then any other that occurred. */
    private List<String> stateColumns() {
        List<String> columns = new ArrayList<>(STATES);
        for (Group g : groups.values()) {
            for (String s : g.states.keySet()) {
                if (!columns.contains(s)) {
                    columns.add(s);
                }
            }
        }
        return columns;
    }

    /** The summary as JSON. */
    ObjectNode toJson(Policy policy, String at) {
        ObjectNode root = Json.object();
        root.put("policy", policy.id());
        root.put("at", at);
        root.put("tickets", tickets);
        root.put("rejected", rejected);
        root.put("errors", errors);
        ArrayNode list = root.putArray("groups");
        List<String> columns = stateColumns();
        for (Map.Entry<Key, Group> e : groups(policy)) {
            Group g = e.getValue();
            ObjectNode n = list.addObject();
            n.put("plan", e.getKey().plan());
            n.put("severity", e.getKey().severity());
            n.put("metric", e.getKey().metric());
            n.put("count", g.count);
            for (String s : columns) {
                n.put(s, g.state(s));
            }
            Double share = g.shareMet();
            if (share == null) {
                n.putNull("share-met");
            } else {
                n.put("share-met", Math.round(share * 10_000) / 10_000.0);
            }
            n.put("median-elapsed", text(g.elapsed.percentile(0.5)));
            n.put("p90-elapsed", text(g.elapsed.percentile(0.9)));
        }
        return root;
    }

    private static String text(Duration d) {
        return d == null ? null : d.toString();
    }

    /** Prints the summary as a table. */
    void printTable(Policy policy, PrintWriter w) {
        List<String> columns = stateColumns();
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("plan", "severity", "metric", "count"));
        head.addAll(columns);
        head.addAll(List.of("met %", "median", "p90"));
        rows.add(head.toArray(new String[0]));
        for (Map.Entry<Key, Group> e : groups(policy)) {
            Group g = e.getValue();
            List<String> row = new ArrayList<>(List.of(e.getKey().plan(),
                    e.getKey().severity() == null ? "-" : e.getKey().severity(), e.getKey().metric(),
                    Long.toString(g.count)));
            for (String s : columns) {
                row.add(Long.toString(g.state(s)));
            }
            Double share = g.shareMet();
            row.add(share == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", share * 100));
            row.add(hours(g.elapsed.percentile(0.5)));
            row.add(hours(g.elapsed.percentile(0.9)));
            rows.add(row.toArray(new String[0]));
        }
        int[] width = new int[head.size()];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                String pad = " ".repeat(width[i] - r[i].length());
                sb.append(i < 3 ? r[i] + pad : pad + r[i]);
            }
            w.println(sb.toString().stripTrailing());
        }
        w.println(tickets + " tickets, " + rejected + " not accepted, " + errors + " bad"
                + (errors == 1 ? " line" : " lines"));
    }

    /** A duration as hours and minutes, such as {@code 3h05m}; {@code -} for none. */
    private static String hours(Duration d) {
        if (d == null) {
            return "-";
        }
        long minutes = d.toMinutes();
        return String.format(java.util.Locale.ROOT, "%dh%02dm", minutes / 60, minutes % 60);
    }
}
