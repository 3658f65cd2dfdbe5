package com.example.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sla.core.Policy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void libraryIsOnTheClassPath() {
        assertFalse(Policy.class.getModule().isNamed());
        assertFalse(Deadlines.class.getModule().isNamed());
    }

    @Test
    void navixyLevel1IsDueOnTheWorkingSaturday() {
        // Friday 15:00 Moscow time, 2 business hours on Mon-Fri 08:00-16:00: Saturday 1 November 2025 works in Russia.
        assertEquals(Instant.parse("2025-11-01T06:00:00Z"),
                Deadlines.navixyFirstResponse(Instant.parse("2025-10-31T12:00:00Z")));
    }

    @Test
    void frenchHolidaysComeFromSlaHolidays() {
        // Friday 13:00 Paris time: 4 hours on Friday; Monday 3 November 2025 is a working day: 4 more, 13:00.
        // Tuesday 11 November 2025 (Armistice) is not crossed; this checks the set is found at all.
        assertEquals(Instant.parse("2025-11-03T12:00:00Z"),
                Deadlines.parisEightHours(Instant.parse("2025-10-31T12:00:00Z")));
        // From Monday 10 November 2025 at 13:00: 4 hours, then Tuesday 11 November is a holiday: Wednesday 13:00.
        assertEquals(Instant.parse("2025-11-12T12:00:00Z"),
                Deadlines.parisEightHours(Instant.parse("2025-11-10T12:00:00Z")));
    }

    @Test
    void decisionsAreWrittenByJacksonThroughTheSlaModule() throws Exception {
        String json = Deadlines.navixyDecisionJson(Instant.parse("2025-10-31T12:00:00Z"));

        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"due\":\"2025-11-01T09:00:00+03:00\""), json);
    }
}
