package dev.sla.json;

import dev.sla.Problem;
import dev.sla.core.MetricState;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.core.TicketCheck;
import dev.sla.core.TicketException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A file of example cases of a policy, which {@code sla test} runs: each case a ticket (or
 * the short form of {@code sla deadline}: plan, severity, service, received), the instant it
 * is judged at, and the parts of the answer it expects.
 * <pre>
 * {"policy": "navixy-ru",
 *  "cases": [
 *    {"name": "level 1 on PaaS on Friday afternoon is due on the working Saturday",
 *     "plan": "paas", "severity": "level-1", "received": "2025-10-31T15:00:00+03:00",
 *     "expect": {"accepted": true, "performer": "navixy", "mode": "full", "severity": "level-1",
 *                "metrics": {"first-response": {"due": "2025-11-01T09:00:00+03:00", "state": "running"}}}},
 *    {"name": "an answered ticket", "at": "2025-11-03T12:00:00+03:00",
 *     "ticket": {"plan": "paas", "severity": "level-2", "events": [...]},
 *     "expect": {"metrics": {"first-response": {"state": "met", "elapsed": "PT1H"}}}}]}
 * </pre>
 * {@code expect} states any of {@code accepted}, {@code redirect} (null: none),
 * {@code performer} ({@code none}: nobody), {@code mode}, {@code severity} (null: none) and,
 * per metric, {@code due} (null: none), {@code state} and {@code elapsed}; what it does not
 * state is not checked. {@code at} is by default the instant the short form's ticket is
 * received, or the last event of a ticket. Instants compare as instants, whatever their
 * offset. Every id is checked against the policy when the file is read, with "did you mean".
 * A file may name a {@code contract} (a bundled contract such as {@code express-example}, or
 * a contract file, relative to the file of cases), and a case may name its own; a case is
 * judged by the policy bound to the contract its case names, else to the one its ticket names
 * (a bundled contract), else to the file's; the short form's ticket then names the contract,
 * so it must be on the contract's plan and received while the contract is in force.
 * The JSON Schema is {@link #schema()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PolicyCases {

    private static final String[] ROOT_MEMBERS = {"$schema", "policy", "contract", "description", "cases"};
    private static final String[] CASE_MEMBERS = {"name", "description", "ticket", "plan", "severity", "service",
        "received", "contract", "at", "expect"};
    private static final String[] EXPECT_MEMBERS = {"accepted", "reason", "redirect", "redirectPlan", "missing", "performer",
        "mode", "severity", "metrics"};
    private static final String[] METRIC_MEMBERS = {"due", "state", "elapsed"};

    private final String origin;
    private final List<PolicyCase> cases;

    private PolicyCases(String origin, List<PolicyCase> cases) {
        this.origin = origin;
        this.cases = Collections.unmodifiableList(new ArrayList<>(cases));
    }

    /**
     * Reads a file of cases in UTF-8, checking every id against the policy.
     *
     * @param file  the file, not null
     * @param policy  the policy the cases are for, not null
     * @return the cases, not null
     * @throws CaseLoadException listing every problem with its place, or saying that the file cannot be read
     */
    public static PolicyCases read(Path file, Policy policy) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new CaseLoadException(List.of(new JsonProblem(file.toString(), 0, 0, "", "cannot read the file: "
                    + (ex instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : ex instanceof java.nio.charset.MalformedInputException ? "it is not UTF-8 text" : String.valueOf(ex.getMessage())))));
        }
        return read(file.toString(), text, policy);
    }

    /**
     * Reads cases from JSON text, checking every id against the policy.
     *
     * @param origin  the file name or other origin, used in problems and failures, not null
     * @param json  the JSON text, not null
     * @param policy  the policy the cases are for, not null
     * @return the cases, not null
     * @throws CaseLoadException listing every problem with its place
     */
    public static PolicyCases read(String origin, String json, Policy policy) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(policy, "policy");
        List<JsonProblem> problems = new ArrayList<>();
        Node root = new TreeReader(origin, problems, "cases").read(json);
        List<PolicyCase> cases = new ArrayList<>();
        if (root != null) {
            BindContext cx = new BindContext(origin, root, problems, null);
            bind(cx, root, policy, cases, origin, problems);
        }
        if (!problems.isEmpty() || root == null) {
            if (problems.isEmpty()) {
                problems.add(new JsonProblem(origin, 1, 1, "", "the cases could not be read"));
            }
            Collections.sort(problems);
            throw new CaseLoadException(problems);
        }
        return new PolicyCases(origin, cases);
    }

    /**
     * Checks if a bundled policy ships a file of cases; every bundled policy does.
     *
     * @param name  the name of a bundled policy, such as {@code navixy-ru}, not null
     * @return true if it has one
     */
    public static boolean hasBundled(String name) {
        Objects.requireNonNull(name, "name");
        return PolicyJson.bundledNames().contains(name) && PolicyCases.class.getResource(resource(name)) != null;
    }

    /**
     * Gets the JSON text of the cases a bundled policy ships, derived from its regulation's statements.
     *
     * @param name  the name of a bundled policy, such as {@code navixy-ru}, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if there is no such bundled policy or it has no cases
     */
    public static String bundledText(String name) {
        if (!hasBundled(name)) {
            throw new IllegalArgumentException("no cases of a bundled policy '" + name + "'; bundled policies: "
                    + String.join(", ", PolicyJson.bundledNames()));
        }
        return text(resource(name));
    }

    /**
     * Reads the cases a bundled policy ships, checked against the bundled policy.
     *
     * @param name  the name of a bundled policy, such as {@code navixy-ru}, not null
     * @return the cases, not null
     * @throws IllegalArgumentException if there is no such bundled policy or it has no cases
     */
    public static PolicyCases bundled(String name) {
        String text = bundledText(name);
        return read(name + ".cases.json", text, PolicyJson.bundled(name));
    }

    /**
     * Gets the JSON Schema (draft 2020-12) of files of cases.
     *
     * @return the schema text, not null
     */
    public static String schema() {
        return text("cases.schema.json");
    }

    /**
     * Returns the file the cases were read from.
     *
     * @return the file name or origin, not null
     */
    public String origin() {
        return origin;
    }

    /**
     * Returns the cases, in the order of the file.
     *
     * @return the cases, unmodifiable, not null
     */
    public List<PolicyCase> cases() {
        return cases;
    }

    /**
     * Runs every case with a policy.
     *
     * @param policy  the policy, not null
     * @return every expectation not met, in the order of the file; empty when every case passes; not null
     */
    public List<CaseFailure> run(Policy policy) {
        List<CaseFailure> failures = new ArrayList<>();
        for (PolicyCase c : cases) {
            failures.addAll(c.check(policy));
        }
        return failures;
    }

    private static String resource(String name) {
        return "policies/" + name + ".cases.json";
    }

    private static String text(String resource) {
        try (InputStream in = PolicyCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ------------------------------------------------------------------ binding
    private static void bind(BindContext cx, Node root, Policy policy, List<PolicyCase> out, String origin,
            List<JsonProblem> problems) {
        if (!root.isObject()) {
            cx.problem(root, "a file of cases must be a JSON object with 'cases', not " + root.describe());
            return;
        }
        cx.known(root, ROOT_MEMBERS);
        String policyId = cx.string(root, "policy", false);
        if (policyId != null && !policyId.equals(policy.id())) {
            cx.problem(root.get("policy"), "the cases are for policy '" + policyId + "', not '" + policy.id() + "'");
        }
        cx.string(root, "description", false);
        Policy fileContract = root.get("contract") == null ? null
                : contract(cx, root.get("contract"), policy, origin, problems);
        Node list = cx.array(root, "cases");
        if (list == null) {
            if (root.get("cases") == null) {
                cx.missing(root, "cases", "missing required field 'cases', the list of cases");
            }
            return;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Node c : list.elements) {
            PolicyCase pc = bindCase(cx, c, policy, fileContract, origin, problems);
            if (pc != null && !names.add(pc.name())) {
                cx.problem(c.get("name"), "a second case named '" + pc.name() + "'");
            }
            if (pc != null) {
                out.add(pc);
            }
        }
    }

    private static PolicyCase bindCase(BindContext cx, Node c, Policy unbound, Policy fileContract, String origin,
            List<JsonProblem> problems) {
        if (!c.isObject()) {
            cx.problem(c, "a case must be an object with 'name', a ticket and 'expect', not " + c.describe());
            return null;
        }
        int before = cx.problemCount();
        cx.known(c, CASE_MEMBERS);
        String name = cx.string(c, "name", true);
        cx.string(c, "description", false);
        Node ticketNode = c.get("ticket");
        // the contract of the case, else of its ticket, else of the file
        Node contractNode = c.get("contract");
        if (contractNode == null && ticketNode != null && ticketNode.isObject()
                && ticketNode.get(Ticket.CONTRACT) != null && ticketNode.get(Ticket.CONTRACT).isString()
                && ContractJson.bundledNames().contains(ticketNode.get(Ticket.CONTRACT).text)) {
            contractNode = ticketNode.get(Ticket.CONTRACT);
        }
        Policy policy = contractNode != null ? contract(cx, contractNode, unbound, origin, problems)
                : fileContract != null ? fileContract : unbound;
        if (policy == null) {
            return null;
        }
        boolean shortForm = c.get("plan") != null || c.get("received") != null || c.get("severity") != null
                || c.get("service") != null;
        Ticket ticket = null;
        if (ticketNode != null && shortForm) {
            cx.problem(ticketNode, "give either 'ticket' or the short form (plan, severity, service, received), not both");
        } else if (ticketNode != null) {
            ticket = ticket(cx, new BindContext(origin, ticketNode, problems, null), ticketNode, policy);
        } else if (shortForm) {
            ticket = shortTicket(cx, c, policy);
        } else {
            cx.missing(c, "ticket", "a case needs 'ticket', or 'plan' and 'received' (with 'severity' and 'service' if need be)");
        }
        Instant at = null;
        Node atNode = c.get("at");
        if (atNode != null) {
            at = instant(cx, atNode);
        } else if (ticket != null) {
            at = ticket.events().get(ticket.events().size() - 1).at();
        }
        List<PolicyCase.Expectation> expectations = new ArrayList<>();
        Node expect = cx.object(c, "expect", true);
        if (expect != null) {
            expectations(cx, expect, policy, expectations);
        }
        if (cx.problemCount() > before || name == null || ticket == null || at == null) {
            return null;
        }
        return new PolicyCase(origin, name, c.line, c.column, ticket, at, expectations,
                policy.contract().orElse(null));
    }

    /**
     * The policy bound to the contract a member names: a contract file relative to the file of cases, else a bundled
     * contract of that name; null, with a problem, when there is no such contract or it does not fit the policy.
     */
    private static Policy contract(BindContext cx, Node n, Policy policy, String origin, List<JsonProblem> problems) {
        String name = cx.text(n, "'contract'");
        if (name == null) {
            return null;
        }
        Path file = null;
        try {
            Path dir = Path.of(origin).toAbsolutePath().getParent();
            file = name.isEmpty() ? null : dir == null ? Path.of(name) : dir.resolve(name);
        } catch (java.nio.file.InvalidPathException ex) {
            // not a file name: a bundled name or unknown
        }
        try {
            if (file != null && Files.isRegularFile(file)) {
                return ContractJson.bind(policy, file);
            }
            if (ContractJson.bundledNames().contains(name)) {
                return policy.withContract(ContractJson.bundled(name));
            }
        } catch (JsonLoadException ex) {
            problems.addAll(ex.problems());
            cx.problem(n, "contract '" + name + "' could not be read or does not fit policy '" + policy.id() + "'");
            return null;
        } catch (dev.sla.core.InvalidContractException ex) {
            StringBuilder sb = new StringBuilder();
            ex.problems().forEach(p -> sb.append("; ").append(p.message()));
            cx.problem(n, "contract '" + name + "' does not fit policy '" + policy.id() + "'" + sb);
            return null;
        }
        cx.problem(n, "unknown contract '" + name + "': no contract file of that name beside the file of cases and "
                + Names.notBundled("contract", "contracts", name, ContractJson.bundledNames()).getMessage());
        return null;
    }

    private static Ticket ticket(BindContext cx, BindContext tc, Node node, Policy policy) {
        Ticket t = TicketJson.bind(tc);
        if (t == null) {
            return null;
        }
        for (Problem p : TicketCheck.problems(policy, t)) {
            String name = p.path().substring(1);
            boolean attribute = !p.path().startsWith("/events/") && !p.path().startsWith("/carries/")
                    && !Ticket.BUILT_IN_ATTRIBUTES.contains(name) && !name.equals(Ticket.CONTRACT);
            cx.problem(node.find(attribute ? "/attributes/" + name : p.path()), p.message());
        }
        return t;
    }

    private static Ticket shortTicket(BindContext cx, Node c, Policy policy) {
        String plan = cx.string(c, "plan", true);
        String severity = cx.string(c, "severity", false);
        String service = cx.string(c, "service", false);
        Node received = c.get("received");
        Instant at = null;
        if (received == null) {
            cx.missing(c, "received", "the short form needs 'received', an ISO-8601 instant such as 2025-10-31T15:00:00+03:00");
        } else {
            at = instant(cx, received);
        }
        if (plan == null || at == null) {
            return null;
        }
        Ticket t;
        try {
            Ticket.Builder b = Ticket.builder(plan).severity(severity).service(service).received(at);
            policy.contract().ifPresent(k -> b.attribute(Ticket.CONTRACT, k.id()));
            t = b.build();
        } catch (TicketException ex) {
            cx.problem(c, ex.getMessage());
            return null;
        }
        for (Problem p : TicketCheck.problems(policy, t)) {
            Node at2 = p.path().startsWith("/events/0") ? c.get("received") : c.get(p.path().substring(1));
            cx.problem(at2 != null ? at2 : c, p.message());
        }
        return t;
    }

    private static Instant instant(BindContext cx, Node n) {
        if (!n.isString()) {
            cx.problem(n, "an instant must be a string such as 2025-10-31T15:00:00+03:00, not " + n.describe());
            return null;
        }
        try {
            return OffsetDateTime.parse(n.text).toInstant();
        } catch (DateTimeException ex) {
            cx.problem(n, "'" + n.text + "' is not an ISO-8601 instant with an offset, such as 2025-10-31T15:00:00+03:00");
            return null;
        }
    }

    private static void expectations(BindContext cx, Node expect, Policy policy, List<PolicyCase.Expectation> out) {
        cx.known(expect, EXPECT_MEMBERS);
        Node accepted = expect.get("accepted");
        if (accepted != null) {
            if (accepted.kind != Node.Kind.BOOLEAN) {
                cx.problem(accepted, "'accepted' must be true or false, not " + accepted.describe());
            } else {
                out.add(new PolicyCase.Expectation(null, "accepted", Boolean.parseBoolean(accepted.text), accepted.text,
                        accepted.line, accepted.column));
            }
        }
        Node reason = expect.get("reason");
        if (reason != null && reason.kind == Node.Kind.STRING && reason.text.isBlank()) {
            cx.problem(reason, "'reason' must hold the words the reason contains, or be null for no reason");
        } else {
            id(cx, expect, "reason", true, null, out);
        }
        id(cx, expect, "redirect", true, policy.parties().keySet(), out);
        id(cx, expect, "redirectPlan", true, policy.plans().keySet(), out);
        missing(cx, expect, policy, out);
        List<String> performers = new ArrayList<>(policy.parties().keySet());
        performers.add(dev.sla.core.Assignment.NOBODY);
        id(cx, expect, "performer", false, performers, out);
        id(cx, expect, "mode", false, null, out);
        List<String> levels = new ArrayList<>();
        policy.severities().forEach(l -> levels.add(l.id()));
        id(cx, expect, "severity", true, levels, out);
        Node metrics = cx.object(expect, "metrics", false);
        if (metrics == null) {
            return;
        }
        for (Map.Entry<String, Node> e : metrics.members.entrySet()) {
            String metric = e.getKey();
            Node m = e.getValue();
            if (!policy.metrics().containsKey(metric)) {
                String near = Names.closest(metric, policy.metrics().keySet().toArray(new String[0]));
                cx.problem(m, "unknown metric '" + metric + "'" + (near != null ? "; did you mean '" + near + "'?"
                        : "; known: " + String.join(", ", policy.metrics().keySet())));
                continue;
            }
            if (!m.isObject()) {
                cx.problem(m, "metric '" + metric + "' must be an object of due, state and elapsed, not " + m.describe());
                continue;
            }
            cx.known(m, METRIC_MEMBERS);
            Node due = m.get("due");
            if (due != null) {
                if (due.kind == Node.Kind.NULL) {
                    out.add(new PolicyCase.Expectation(metric, "due", null, null, due.line, due.column));
                } else {
                    Instant t = instant(cx, due);
                    if (t != null) {
                        out.add(new PolicyCase.Expectation(metric, "due", t, due.text, due.line, due.column));
                    }
                }
            }
            Node state = m.get("state");
            if (state != null) {
                List<String> states = new ArrayList<>();
                for (MetricState s : MetricState.values()) {
                    states.add(s.id());
                }
                String text = cx.text(state, "'state'");
                if (text != null && !states.contains(text)) {
                    String near = Names.closest(text, states.toArray(new String[0]));
                    cx.problem(state, "unknown state '" + text + "'" + (near != null ? "; did you mean '" + near + "'?"
                            : "; known: " + String.join(", ", states)));
                } else if (text != null) {
                    out.add(new PolicyCase.Expectation(metric, "state", text, text, state.line, state.column));
                }
            }
            Node elapsed = m.get("elapsed");
            if (elapsed != null) {
                String text = cx.text(elapsed, "'elapsed'");
                if (text != null) {
                    try {
                        out.add(new PolicyCase.Expectation(metric, "elapsed", Duration.parse(text), text, elapsed.line,
                                elapsed.column));
                    } catch (DateTimeException ex) {
                        cx.problem(elapsed, "'" + text + "' is not an ISO-8601 duration such as PT2H30M");
                    }
                }
            }
        }
    }

    /** An expected id: a string of the known ones (any when null), or null where allowed. */
    /** The requirements a case expects the ticket to lack, in its plan's order: ids of requirements of the policy. */
    private static void missing(BindContext cx, Node expect, Policy policy, List<PolicyCase.Expectation> out) {
        Node n = expect.get("missing");
        if (n == null) {
            return;
        }
        if (!n.isArray()) {
            cx.problem(n, "'missing' must be an array of requirement ids, not " + n.describe());
            return;
        }
        Set<String> known = new java.util.TreeSet<>();
        policy.plans().values().forEach(p -> p.requirements().forEach(r -> known.add(r.id())));
        List<String> ids = new ArrayList<>();
        boolean bad = false;
        for (Node e : n.elements) {
            String id = cx.text(e, "each element of 'missing'");
            if (id == null) {
                bad = true;
            } else if (!known.contains(id)) {
                String near = Names.closest(id, known.toArray(new String[0]));
                cx.problem(e, "unknown requirement '" + id + "'" + (near != null ? "; did you mean '" + near + "'?"
                        : known.isEmpty() ? "; the policy's plans list no requirements" : "; known: " + String.join(", ", known)));
                bad = true;
            } else {
                ids.add(id);
            }
        }
        if (!bad) {
            out.add(new PolicyCase.Expectation(null, "missing", List.copyOf(ids), String.join(", ", ids), n.line, n.column));
        }
    }

    private static void id(BindContext cx, Node expect, String what, boolean nullable, java.util.Collection<String> known,
            List<PolicyCase.Expectation> out) {
        Node n = expect.get(what);
        if (n == null) {
            return;
        }
        if (n.kind == Node.Kind.NULL && nullable) {
            out.add(new PolicyCase.Expectation(null, what, null, null, n.line, n.column));
            return;
        }
        String text = cx.text(n, "'" + what + "'");
        if (text == null) {
            return;
        }
        if (known != null && !known.contains(text)) {
            String near = Names.closest(text, known.toArray(new String[0]));
            cx.problem(n, "unknown " + what + " '" + text + "'" + (near != null ? "; did you mean '" + near + "'?"
                    : "; known: " + String.join(", ", known)));
            return;
        }
        out.add(new PolicyCase.Expectation(null, what, text, text, n.line, n.column));
    }
}
