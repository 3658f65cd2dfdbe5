package dev.sla.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sla.SlaException;
import dev.sla.core.Ids;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.ContractJson;
import dev.sla.json.JsonLoadException;
import dev.sla.json.JsonProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a policy to the bundled contract a ticket names in its {@code contract} member, when the command was given
 * no {@code --contract}: each contract is bound once and kept. A name that is no bundled contract, or a contract
 * made under another policy, gets a message that says so, with the closest bundled name.
 *
 * <p>Thread-safe: the report's threads share one.
 */
final class NamedContracts {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The policy bound to a contract, or the message why it cannot be, by contract name. */
    private final ConcurrentHashMap<String, Object> bound = new ConcurrentHashMap<>();
    private final Policy policy;

    NamedContracts(Policy policy) {
        this.policy = policy;
    }

    /**
     * The policy bound to the bundled contract of that name.
     *
     * @throws CliException if there is no such bundled contract, or it does not fit the policy
     */
    Policy policy(String name) {
        Object o = bound.computeIfAbsent(name, this::bind);
        if (o instanceof Policy p) {
            return p;
        }
        throw CliException.invalid((String) o);
    }

    private Object bind(String name) {
        String text;
        try {
            text = ContractJson.bundledText(name);
        } catch (IllegalArgumentException ex) {
            return "the ticket names contract '" + name + "': " + ex.getMessage() + "; give a contract file with --contract";
        }
        try {
            return ContractJson.bind(policy, name + ".json", text);
        } catch (JsonLoadException ex) {
            StringBuilder sb = new StringBuilder("the ticket names contract '" + name + "', which does not fit policy '"
                    + policy.id() + "'");
            for (JsonProblem p : ex.problems()) {
                sb.append("; ").append(p.message());
            }
            return sb.toString();
        } catch (SlaException ex) {
            return "the ticket names contract '" + name + "', which does not fit policy '" + policy.id() + "': "
                    + ex.getMessage();
        }
    }

    /**
     * Binds the policy to the contract a ticket's JSON text names, for {@code evaluate} and {@code explain}: the
     * policy as it is when the ticket names none; a located message on stderr and exit 1 when the name is unknown.
     */
    static Policy forTicket(Policy policy, String origin, String json, PrintWriter err) {
        Named named = find(json);
        if (named == null) {
            return policy;
        }
        try {
            return new NamedContracts(policy).policy(named.name());
        } catch (CliException ex) {
            err.println(origin + ":" + named.line() + ":" + named.column() + ": " + ex.getMessage() + " (at /"
                    + Ticket.CONTRACT + ")");
            return failed(origin);
        }
    }

    private static Policy failed(String origin) {
        throw CliException.invalid("1 problem in " + origin);
    }

    /** The contract a ticket names, where its value is in the text. */
    record Named(String name, int line, int column) {
    }

    /** The contract the top-level {@code contract} member of a ticket names; null if none or the text is no JSON. */
    static Named find(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals(Ticket.CONTRACT) && value == JsonToken.VALUE_STRING) {
                    JsonLocation at = p.currentTokenLocation();
                    return new Named(p.getText(), at.getLineNr(), at.getColumnNr());
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException ex) {
            // the ticket's reader reports what is wrong with the text
            return null;
        }
    }
}
