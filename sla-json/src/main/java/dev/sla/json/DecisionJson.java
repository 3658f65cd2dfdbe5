package dev.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Writes decisions as JSON: {@code policy}, {@code version} (the policy's effective date, or
 * null), {@code contract} (the id of the contract the policy is bound to, the one that judged
 * the ticket, or null when none), {@code accepted}, {@code reason}, {@code redirect} (the party a
 * rejected request goes to, or null), {@code redirectPlan} (the plan, or support line, it
 * goes to, or null), {@code missing} (the requirements of the plan the ticket lacks, each
 * with {@code id}, {@code name} and {@code refuses}), {@code performer} (a party id or
 * {@code none}), {@code performers} (every performing party, in order), {@code mode}, {@code note},
 * {@code severity}, {@code nextChangeAt}, {@code metrics} (each with {@code metric},
 * {@code target}, {@code calendar}, {@code start}, {@code due}, {@code state},
 * {@code elapsed}, {@code remaining}, {@code paused}, {@code reason}, {@code cycles} (each
 * with {@code start}, {@code stop}, {@code due}, {@code state}, {@code elapsed},
 * {@code paused}), {@code warnings} (each with {@code threshold}, {@code at},
 * {@code reached}, {@code escalateTo}) and {@code nextChangeAt}), {@code statusTimes} (the
 * wall-clock time spent in each status, by status), {@code statusClassTimes} (by status class
 * of the policy: {@code wallTime}, {@code calendar} and {@code workingTime} on it, both null
 * when the class names no calendar) and {@code explanation}.
 * Instants are ISO-8601 offset date-times in the zone the decision picks for each metric
 * ({@link Decision#zone(MetricResult)}: the zone of its calendar) and for the decision's
 * {@code nextChangeAt} ({@link Decision#nextChangeZone()}), durations ISO-8601;
 * {@code nextChangeAt} is null when nothing changes until a new event arrives.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DecisionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DecisionJson() {
    }

    /**
     * Converts a decision to a JSON object.
     *
     * @param decision  the decision, not null
     * @param explain  true to include the explanation lines
     * @return the JSON object, not null
     */
    public static ObjectNode toJson(Decision decision, boolean explain) {
        Objects.requireNonNull(decision, "decision");
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            DecisionWriter.of(decision.policy()).write(buffer, null, decision, explain);
            return (ObjectNode) MAPPER.readTree(buffer.asParser());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Writes a decision as indented JSON text, with its explanation.
     *
     * @param decision  the decision, not null
     * @return the JSON text, not null
     */
    public static String write(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        StringWriter text = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            DecisionWriter.of(decision.policy()).write(g, null, decision, true);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return text.toString();
    }

    /**
     * Returns the zone of the metric whose answer changes first, the zone a decision's next
     * change is written in.
     *
     * @param decision  the decision, not null
     * @return the zone, not null
     */
    public static ZoneId nextChangeZone(Decision decision) {
        return Objects.requireNonNull(decision, "decision").nextChangeZone();
    }
}
