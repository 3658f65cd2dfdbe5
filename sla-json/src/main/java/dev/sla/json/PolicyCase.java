package dev.sla.json;

import dev.sla.core.Contract;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One example case of a policy, read from a file of cases: a name, a ticket, the instant it
 * is judged at, and the parts of the expected answer that the case states.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PolicyCase {

    /** One stated part of the answer: the metric (null for the decision), what, the value and where it is. */
    record Expectation(String metric, String what, Object expected, String text, int line, int column) {
    }

    private final String file;
    private final String name;
    private final int line;
    private final int column;
    private final Ticket ticket;
    private final Instant at;
    private final List<Expectation> expectations;
    private final Contract contract;

    PolicyCase(String file, String name, int line, int column, Ticket ticket, Instant at, List<Expectation> expectations) {
        this(file, name, line, column, ticket, at, expectations, null);
    }

    PolicyCase(String file, String name, int line, int column, Ticket ticket, Instant at, List<Expectation> expectations,
            Contract contract) {
        this.contract = contract;
        this.file = file;
        this.name = name;
        this.line = line;
        this.column = column;
        this.ticket = ticket;
        this.at = at;
        this.expectations = List.copyOf(expectations);
    }

    /**
     * Returns the name of the case.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the file of cases the case was read from.
     *
     * @return the file name or origin, not null
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line of the case in its file.
     *
     * @return the line, 1-based
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the case in its file.
     *
     * @return the column, 1-based
     */
    public int column() {
        return column;
    }

    /**
     * Returns the ticket of the case.
     *
     * @return the ticket, not null
     */
    public Ticket ticket() {
        return ticket;
    }

    /**
     * Returns the instant the ticket is judged at: the case's {@code at}, by default the
     * ticket's last event.
     *
     * @return the instant, not null
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the contract the case is judged under: the one its case, its ticket or its file
     * names.
     *
     * @return the contract, or empty when the case names none
     */
    public Optional<Contract> contract() {
        return Optional.ofNullable(contract);
    }

    /**
     * Judges the case's ticket with a policy and compares the answer with every stated
     * expectation. A case that names a contract is judged by the policy bound to it, unless
     * the policy given is already bound to a contract of that id.
     *
     * @param policy  the policy, not null
     * @return the expectations not met, in the order of the file, empty when the case passes, not null
     * @throws dev.sla.core.InvalidContractException if the case's contract does not fit the policy
     */
    public List<CaseFailure> check(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        Policy judge = contract == null || policy.contract().map(c -> c.id().equals(contract.id())).orElse(false)
                ? policy : policy.withContract(contract);
        Decision d = judge.evaluate(ticket, at);
        List<CaseFailure> failures = new ArrayList<>();
        for (Expectation e : expectations) {
            String failure = e.metric() == null ? decision(e, d) : metric(e, d.metric(e.metric()));
            if (failure != null) {
                failures.add(new CaseFailure(file, e.line(), e.column(), name, failure));
            }
        }
        return failures;
    }

    private static String decision(Expectation e, Decision d) {
        Object got;
        switch (e.what()) {
            case "accepted":
                got = d.accepted();
                break;
            case "reason": {
                String reason = d.reason().orElse(null);
                if (e.expected() == null ? reason == null : reason != null && reason.contains((String) e.expected())) {
                    return null;
                }
                return "reason expected " + (e.expected() == null ? "none" : "to contain " + quote(e.expected())) + " got "
                        + quote(reason);
            }
            case "redirect":
                got = d.redirect().orElse(null);
                break;
            case "redirectPlan":
                got = d.redirectPlan().orElse(null);
                break;
            case "missing":
                List<String> ids = new ArrayList<>();
                d.missing().forEach(r -> ids.add(r.id()));
                got = ids;
                break;
            case "performer":
                got = d.performer().orElse(dev.sla.core.Assignment.NOBODY);
                break;
            case "mode":
                got = d.mode().id();
                break;
            case "severity":
                got = d.severity().orElse(null);
                break;
            default:
                throw new IllegalStateException("unknown expectation " + e.what());
        }
        return Objects.equals(e.expected(), got) ? null
                : e.what() + " expected " + quote(e.expected()) + " got " + quote(got);
    }

    private static String metric(Expectation e, Optional<MetricResult> result) {
        String prefix = "metric '" + e.metric() + "' ";
        if (result.isEmpty()) {
            return prefix + "has no result";
        }
        MetricResult m = result.get();
        switch (e.what()) {
            case "due": {
                Instant expected = (Instant) e.expected();
                if (Objects.equals(expected, m.due())) {
                    return null;
                }
                ZoneOffset offset = e.text() == null ? ZoneOffset.UTC : OffsetDateTime.parse(e.text()).getOffset();
                return prefix + "due expected " + (e.text() == null ? "none" : e.text()) + " got "
                        + (m.due() == null ? "none"
                        : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.due().atOffset(offset)));
            }
            case "state":
                return e.expected().equals(m.state().id()) ? null
                        : prefix + "state expected '" + e.expected() + "' got '" + m.state().id() + "'";
            case "elapsed":
                return e.expected().equals(m.elapsed()) ? null
                        : prefix + "elapsed expected " + e.text() + " got " + m.elapsed();
            default:
                throw new IllegalStateException("unknown expectation " + e.what());
        }
    }

    private static String quote(Object value) {
        return value == null ? "none" : value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    /**
     * Returns the case as its name, where it is and its ticket.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "case '" + name + "' (" + file + ":" + line + ":" + column + ") " + ticket + " at " + at;
    }
}
