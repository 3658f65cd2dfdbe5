package com.example.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Decision;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.PolicyJson;
import java.time.Duration;
import java.time.Instant;

/** An application that asks sla for deadlines, with the library on the class path. */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * Returns the first-response deadline of a level-1 PaaS incident under the bundled Navixy policy.
     *
     * @param received  when the ticket was received
     * @return the due instant
     */
    public static Instant navixyFirstResponse(Instant received) {
        Policy policy = PolicyJson.bundled("navixy-ru");
        Ticket ticket = Ticket.builder("paas").severity("level-1").received(received).build();
        Decision decision = policy.evaluate(ticket, received);
        return decision.metric("first-response").orElseThrow().due();
    }

    /**
     * Returns the instant eight business hours after {@code received} on a Paris office calendar with the French
     * public holidays (from sla-holidays).
     *
     * @param received  the start
     * @return the end
     */
    public static Instant parisEightHours(Instant received) {
        WorkCalendar paris = WorkCalendar.builder()
                .name("paris-office")
                .zone("Europe/Paris")
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-17:00"))
                .holidays(HolidaySet.builtIn("fr"))
                .build();
        return paris.add(received, Duration.ofHours(8));
    }

    /**
     * Returns the decision for a level-1 PaaS incident as JSON, written by a Jackson {@code ObjectMapper} that found
     * sla's Jackson module by itself.
     *
     * @param received  when the ticket was received
     * @return the JSON text
     * @throws JsonProcessingException never for a decision
     */
    public static String navixyDecisionJson(Instant received) throws JsonProcessingException {
        Policy policy = PolicyJson.bundled("navixy-ru");
        Ticket ticket = Ticket.builder("paas").severity("level-1").received(received).build();
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        return mapper.writeValueAsString(policy.evaluate(ticket, received));
    }

    /**
     * Prints the two answers for a ticket received on Friday 31 October 2025 at 12:00 UTC.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        Instant received = Instant.parse("2025-10-31T12:00:00Z");
        System.out.println(navixyFirstResponse(received));
        System.out.println(parisEightHours(received));
    }
}
