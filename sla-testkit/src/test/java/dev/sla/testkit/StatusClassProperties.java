package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Metric;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.StatusClass;
import dev.sla.core.StatusClassTime;
import dev.sla.core.Target;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Time per status class over the kit's tickets, against a minute-by-minute reference. */
class StatusClassProperties {

    static final List<String> STATUSES = List.of("new", "waiting", "on-hold", "working", "testing", "resolved");
    static final WorkCalendar OFFICE = WorkCalendar.of(ZoneId.of("Europe/Berlin"),
            WeeklyHours.parse("Mon-Fri 09:00-12:30, 13:15-17:00"));

    static final Policy CLASSES = Policy.builder("classes").vendor("l1")
            .party(Party.of("l1", "First line", Party.Kind.VENDOR))
            .plan(Plan.of("basic", "Basic"))
            .calendar("always", WorkCalendar.always(ZoneOffset.UTC))
            .calendar("office", OFFICE)
            .statuses(STATUSES.toArray(new String[0]))
            .metric(Metric.of("response", "Response", EventType.AGENT_RESPONSE).pausedIn("waiting"))
            .target(Target.of("response", "basic", null, Duration.ofHours(4), "always"))
            .statusClass(StatusClass.of("requester-wait", "waiting", "on-hold"))
            .statusClass(StatusClass.of("agent-work", "working", "testing").withCalendar("office"))
            .build();

    /** From October 2025 to April 2026: both changes of Berlin's clocks fall inside. */
    static final Instant FROM = Instant.parse("2025-10-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");

    /**
     * The kit's tickets of the policy, every instant cut to its minute (which keeps their order),
     * so that the minute-by-minute reference is exact.
     */
    @Provide
    Arbitrary<Ticket> tickets() {
        return SlaArbitraries.edgeTickets(CLASSES, FROM, TO).map(t -> {
            Map<String, String> attributes = new LinkedHashMap<>(t.attributes());
            Ticket.Builder b = Ticket.builder(attributes.remove(Ticket.PLAN));
            attributes.forEach(b::attribute);
            for (Event e : t.events()) {
                b.event(new Event(e.at().truncatedTo(ChronoUnit.MINUTES), e.type(), e.status(), e.attribute(), e.value(),
                        e.author()));
            }
            return b.build();
        });
    }

    /**
     * Walks the timeline minute by minute: in each minute the ticket is in the status of the
     * last status event at or before its start, and the office calendar is open or not; every
     * instant is a whole minute, and the calendar opens and closes on whole minutes.
     */
    static Map<String, Duration[]> reference(Ticket t, Instant now) {
        Map<String, Duration[]> times = new LinkedHashMap<>();
        times.put("requester-wait", new Duration[] {Duration.ZERO, null});
        times.put("agent-work", new Duration[] {Duration.ZERO, Duration.ZERO});
        for (Instant m = t.received(); m.isBefore(now); m = m.plusSeconds(60)) {
            String status = null;
            for (Event e : t.events()) {
                if (e.type() == EventType.STATUS && !e.at().isAfter(m)) {
                    status = e.status();
                }
            }
            String cls = status == null ? null : List.of("waiting", "on-hold").contains(status) ? "requester-wait"
                    : List.of("working", "testing").contains(status) ? "agent-work" : null;
            if (cls == null) {
                continue;
            }
            Duration[] d = times.get(cls);
            d[0] = d[0].plusMinutes(1);
            if (d[1] != null && OFFICE.isOpen(m)) {
                d[1] = d[1].plusMinutes(1);
            }
        }
        return times;
    }

    @Property(tries = 200)
    void classTimesAgreeWithAMinuteByMinuteReference(@ForAll("tickets") Ticket t,
            @ForAll @IntRange(min = 0, max = 3 * 24 * 60) int after) {
        Instant now = t.received().plusSeconds(60L * after);
        Map<String, StatusClassTime> got = CLASSES.evaluate(t, now).statusClassTimes();
        Map<String, Duration[]> want = reference(t, now);
        assertThat(got.get("requester-wait").wallTime()).isEqualTo(want.get("requester-wait")[0]);
        assertThat(got.get("requester-wait").working()).isEmpty();
        assertThat(got.get("agent-work").wallTime()).isEqualTo(want.get("agent-work")[0]);
        assertThat(got.get("agent-work").working()).contains(want.get("agent-work")[1]);
        // a class's wall-clock time is the sum of its statuses' times
        Map<String, Duration> perStatus = CLASSES.evaluate(t, now).statusTimes();
        assertThat(got.get("agent-work").wallTime()).isEqualTo(perStatus.getOrDefault("working", Duration.ZERO)
                .plus(perStatus.getOrDefault("testing", Duration.ZERO)));
    }
}
