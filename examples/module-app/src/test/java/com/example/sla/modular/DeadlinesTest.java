package com.example.sla.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Policy;
import dev.sla.json.PolicyJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void everythingRunsAsNamedModules() {
        assertEquals("com.example.sla.modular", Deadlines.class.getModule().getName());
        assertEquals("dev.sla.core", Policy.class.getModule().getName());
        assertEquals("dev.sla.json", PolicyJson.class.getModule().getName());
        assertEquals("dev.sla.calendar", WorkCalendar.class.getModule().getName());
    }

    @Test
    void navixyLevel1IsDueOnTheWorkingSaturday() {
        assertEquals(Instant.parse("2025-11-01T06:00:00Z"),
                Deadlines.navixyFirstResponse(Instant.parse("2025-10-31T12:00:00Z")));
    }

    @Test
    void frenchHolidaysAreFoundAsAService() {
        assertEquals(Instant.parse("2025-11-12T12:00:00Z"),
                Deadlines.parisEightHours(Instant.parse("2025-11-10T12:00:00Z")));
    }

    @Test
    void decisionsAreWrittenByJacksonThroughTheSlaModule() throws Exception {
        String json = Deadlines.navixyDecisionJson(Instant.parse("2025-10-31T12:00:00Z"));

        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"due\":\"2025-11-01T09:00:00+03:00\""), json);
    }
}
