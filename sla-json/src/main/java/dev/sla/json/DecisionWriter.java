package dev.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.sla.core.Assignment;
import dev.sla.core.Contract;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.Requirement;
import dev.sla.core.StatusClassTime;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

/**
 * Writes decisions with Jackson's streaming generator, as {@link DecisionJson} describes them:
 * the one writer of the decision format, behind {@link DecisionJson}, the {@link SlaModule}
 * and {@code sla report}'s lines.
 *
 * <p>This class is mutable and not thread-safe (it keeps a buffer for instants): one per
 * thread.
 *
 * @since 0.1
 */
public final class DecisionWriter {

    private static final SerializedString ACCEPTED = new SerializedString("accepted");
    private static final SerializedString CALENDAR = new SerializedString("calendar");
    private static final SerializedString DUE = new SerializedString("due");
    private static final SerializedString ELAPSED = new SerializedString("elapsed");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString METRIC = new SerializedString("metric");
    private static final SerializedString METRICS = new SerializedString("metrics");
    private static final SerializedString MODE = new SerializedString("mode");
    private static final SerializedString NOTE = new SerializedString("note");
    private static final SerializedString PAUSED = new SerializedString("paused");
    private static final SerializedString PERFORMER = new SerializedString("performer");
    private static final SerializedString POLICY = new SerializedString("policy");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString REDIRECT = new SerializedString("redirect");
    private static final SerializedString REDIRECT_PLAN = new SerializedString("redirectPlan");
    private static final SerializedString PERFORMERS = new SerializedString("performers");
    private static final SerializedString REMAINING = new SerializedString("remaining");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString STATE = new SerializedString("state");
    private static final SerializedString TARGET = new SerializedString("target");
    private static final SerializedString VERSION = new SerializedString("version");
    private static final SerializedString CONTRACT = new SerializedString("contract");
    private static final SerializedString NEXT_CHANGE_AT = new SerializedString("nextChangeAt");
    private static final SerializedString CYCLES = new SerializedString("cycles");
    private static final SerializedString STOP = new SerializedString("stop");
    private static final SerializedString WARNINGS = new SerializedString("warnings");
    private static final SerializedString THRESHOLD = new SerializedString("threshold");
    private static final SerializedString AT = new SerializedString("at");
    private static final SerializedString REACHED = new SerializedString("reached");
    private static final SerializedString ESCALATE_TO = new SerializedString("escalateTo");
    private static final SerializedString STATUS_TIMES = new SerializedString("statusTimes");
    private static final SerializedString STATUS_CLASS_TIMES = new SerializedString("statusClassTimes");
    private static final SerializedString WALL_TIME = new SerializedString("wallTime");
    private static final SerializedString WORKING_TIME = new SerializedString("workingTime");
    private static final SerializedString MISSING = new SerializedString("missing");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString REFUSES = new SerializedString("refuses");

    private static final SerializedString EXPLANATION = new SerializedString("explanation");

    private final Policy policy;
    private final String version;
    private final String contract;
    private final char[] buffer = new char[32];

    private DecisionWriter(Policy policy) {
        this.policy = policy;
        this.version = policy == null ? null : policy.effectiveFrom().map(Object::toString).orElse(null);
        this.contract = policy == null ? null : policy.contract().map(Contract::id).orElse(null);
    }

    /**
     * Obtains a writer for the decisions of any policy.
     *
     * @return the writer, not null
     */
    public static DecisionWriter create() {
        return new DecisionWriter(null);
    }

    /**
     * Obtains a writer for the decisions of a policy (it writes decisions of any policy; those
     * of this one a little faster).
     *
     * @param policy  the policy, not null
     * @return the writer, not null
     */
    public static DecisionWriter of(Policy policy) {
        return new DecisionWriter(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Writes a decision as one JSON object, the members of {@link DecisionJson} in its order,
     * not followed by a line end.
     *
     * @param g  the generator, not null
     * @param id  the ticket's id, written first as {@code id}, or null to write none
     * @param d  the decision, not null
     * @param explain  true to write the explanation lines last, as {@code explanation}
     * @throws IOException if the generator cannot write
     */
    public void write(JsonGenerator g, String id, Decision d, boolean explain) throws IOException {
        Objects.requireNonNull(g, "g");
        Policy p = Objects.requireNonNull(d, "d").policy();
        g.writeStartObject();
        if (id != null) {
            g.writeFieldName(ID);
            g.writeString(id);
        }
        g.writeFieldName(POLICY);
        g.writeString(p.id());
        g.writeFieldName(VERSION);
        g.writeString(p == policy ? version : p.effectiveFrom().map(Object::toString).orElse(null));
        g.writeFieldName(CONTRACT);
        g.writeString(p == policy ? contract : p.contract().map(Contract::id).orElse(null));
        g.writeFieldName(ACCEPTED);
        g.writeBoolean(d.accepted());
        g.writeFieldName(REASON);
        g.writeString(d.reason().orElse(null));
        g.writeFieldName(REDIRECT);
        g.writeString(d.redirect().orElse(null));
        g.writeFieldName(REDIRECT_PLAN);
        g.writeString(d.redirectPlan().orElse(null));
        g.writeFieldName(MISSING);
        g.writeStartArray();
        for (Requirement r : d.missing()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(r.id());
            g.writeFieldName(NAME);
            g.writeString(r.name());
            g.writeFieldName(REFUSES);
            g.writeBoolean(r.refuses());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(PERFORMER);
        g.writeString(d.performer().orElse(Assignment.NOBODY));
        g.writeFieldName(PERFORMERS);
        g.writeStartArray();
        for (String party : d.assignment().performers()) {
            g.writeString(party);
        }
        g.writeEndArray();
        g.writeFieldName(MODE);
        g.writeString(d.mode().id());
        g.writeFieldName(NOTE);
        g.writeString(d.assignment().note());
        g.writeFieldName(SEVERITY);
        g.writeString(d.severity().orElse(null));
        instant(g, NEXT_CHANGE_AT, d.nextChange().orElse(null), d.nextChange().isPresent() ? d.nextChangeZone() : null);
        g.writeFieldName(METRICS);
        g.writeStartArray();
        for (MetricResult m : d.metrics()) {
            writeMetric(g, m, d.zone(m));
        }
        g.writeEndArray();
        g.writeFieldName(STATUS_TIMES);
        g.writeStartObject();
        for (Map.Entry<String, Duration> e : d.statusTimes().entrySet()) {
            g.writeFieldName(e.getKey());
            g.writeString(duration(e.getValue()));
        }
        g.writeEndObject();
        g.writeFieldName(STATUS_CLASS_TIMES);
        g.writeStartObject();
        for (StatusClassTime t : d.statusClassTimes().values()) {
            g.writeFieldName(t.statusClass());
            g.writeStartObject();
            g.writeFieldName(WALL_TIME);
            g.writeString(duration(t.wallTime()));
            g.writeFieldName(CALENDAR);
            g.writeString(t.calendar());
            g.writeFieldName(WORKING_TIME);
            g.writeString(t.workingTime() == null ? null : duration(t.workingTime()));
            g.writeEndObject();
        }
        g.writeEndObject();
        if (explain) {
            g.writeFieldName(EXPLANATION);
            g.writeStartArray();
            for (String line : d.explanation()) {
                g.writeString(line);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes one metric's result as a JSON object, its instants in a zone.
     *
     * @param g  the generator, not null
     * @param m  the result, not null
     * @param zone  the zone of its instants, not null
     * @throws IOException if the generator cannot write
     */
    public void writeMetric(JsonGenerator g, MetricResult m, ZoneId zone) throws IOException {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(m, "m");
        Objects.requireNonNull(zone, "zone");
        g.writeStartObject();
        g.writeFieldName(METRIC);
        g.writeString(m.metric());
        g.writeFieldName(TARGET);
        g.writeString(m.target() == null ? null : m.target().toString());
        g.writeFieldName(CALENDAR);
        g.writeString(m.calendar());
        instant(g, START, m.start(), zone);
        instant(g, DUE, m.due(), zone);
        g.writeFieldName(STATE);
        g.writeString(m.state().id());
        g.writeFieldName(ELAPSED);
        g.writeString(duration(m.elapsed()));
        g.writeFieldName(REMAINING);
        g.writeString(duration(m.remaining()));
        g.writeFieldName(PAUSED);
        g.writeString(duration(m.paused()));
        g.writeFieldName(REASON);
        g.writeString(m.reason());
        g.writeFieldName(CYCLES);
        g.writeStartArray();
        for (MetricResult.Cycle c : m.cycles()) {
            g.writeStartObject();
            instant(g, START, c.start(), zone);
            instant(g, STOP, c.stop(), zone);
            instant(g, DUE, c.due(), zone);
            g.writeFieldName(STATE);
            g.writeString(c.state().id());
            g.writeFieldName(ELAPSED);
            g.writeString(duration(c.elapsed()));
            g.writeFieldName(PAUSED);
            g.writeString(duration(c.paused()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(WARNINGS);
        g.writeStartArray();
        for (MetricResult.Warning w : m.warnings()) {
            g.writeStartObject();
            g.writeFieldName(THRESHOLD);
            g.writeString(w.threshold().toString());
            instant(g, AT, w.at(), zone);
            g.writeFieldName(REACHED);
            g.writeBoolean(w.reached());
            g.writeFieldName(ESCALATE_TO);
            g.writeString(w.escalateTo());
            g.writeEndObject();
        }
        g.writeEndArray();
        instant(g, NEXT_CHANGE_AT, m.nextChange(), zone);
        g.writeEndObject();
    }

    private static String duration(Duration d) {
        return d.isZero() ? "PT0S" : d.toString();
    }

    /** Writes an instant as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does in a zone; null for null. */
    private void instant(JsonGenerator g, SerializedString name, Instant instant, ZoneId zone) throws IOException {
        g.writeFieldName(name);
        if (instant == null) {
            g.writeNull();
            return;
        }
        int n = format(instant, zone, buffer);
        if (n < 0) {
            g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone)));
        } else {
            g.writeString(buffer, 0, n);
        }
    }

    /**
     * Formats an instant of a year 1000 to 9999 with whole seconds, in an offset of whole
     * minutes, into {@code out}; the number of characters, or -1 for any other instant.
     */
    static int format(Instant instant, ZoneId zone, char[] out) {
        if (instant.getNano() != 0) {
            return -1;
        }
        ZoneOffset offset = zone.getRules().getOffset(instant);
        int total = offset.getTotalSeconds();
        if (total % 60 != 0) {
            return -1;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset);
        int year = t.getYear();
        if (year < 1000 || year > 9999) {
            return -1;
        }
        int i = 0;
        i = digits(out, i, year, 4);
        out[i++] = '-';
        i = digits(out, i, t.getMonthValue(), 2);
        out[i++] = '-';
        i = digits(out, i, t.getDayOfMonth(), 2);
        out[i++] = 'T';
        i = digits(out, i, t.getHour(), 2);
        out[i++] = ':';
        i = digits(out, i, t.getMinute(), 2);
        out[i++] = ':';
        i = digits(out, i, t.getSecond(), 2);
        if (total == 0) {
            out[i++] = 'Z';
        } else {
            out[i++] = total < 0 ? '-' : '+';
            int abs = Math.abs(total) / 60;
            i = digits(out, i, abs / 60, 2);
            out[i++] = ':';
            i = digits(out, i, abs % 60, 2);
        }
        return i;
    }

    private static int digits(char[] out, int at, int value, int width) {
        for (int k = width - 1; k >= 0; k--) {
            out[at + k] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
