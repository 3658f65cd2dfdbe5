package dev.sla.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.sla.core.Assignment;
import dev.sla.core.Contract;
import dev.sla.core.Decision;
import dev.sla.core.MetricResult;
import dev.sla.core.Policy;
import dev.sla.core.StatusClassTime;
import dev.sla.core.Requirement;
import dev.sla.json.DecisionJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes a decision on one line with Jackson's streaming generator: the members of
 * {@link DecisionJson#toJson(Decision, boolean)} without the explanation, in the same order
 * and with the same values, after the ticket's {@code id}.
 *
 * <p>This class is mutable and not thread-safe: one per thread, for one policy.
 */
final class DecisionLines {

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

    private final Policy policy;
    private final String version;
    private final String contract;
    private final char[] buffer = new char[32];

    DecisionLines(Policy policy) {
        this.policy = policy;
        this.version = policy.effectiveFrom().map(Object::toString).orElse(null);
        this.contract = policy.contract().map(Contract::id).orElse(null);
    }

    /** Writes a decision as one JSON object, not followed by a line end. */
    void write(JsonGenerator g, String id, Decision d) throws IOException {
        Policy p = d.policy();
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(id);
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
            ZoneId zone = d.zone(m);
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
