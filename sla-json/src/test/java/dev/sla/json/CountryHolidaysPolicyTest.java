package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A policy naming a country holiday set, {@code "holidays": ["fr"]}: the set comes from the
 * module sla-holidays, found on the class path as a holiday-set provider; sla-json knows only
 * the built-in sets of sla-calendars.
 */
class CountryHolidaysPolicyTest {

    private static String paris() throws IOException {
        try (InputStream in = CountryHolidaysPolicyTest.class.getResourceAsStream("/valid/base.json")) {
            String base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String json = base.replace("\"zone\": \"Europe/Berlin\", \"hours\": \"Mon-Fri 09:00-17:00\", \"holidays\": [\"company\"]",
                    "\"zone\": \"Europe/Paris\", \"hours\": \"Mon-Fri 09:00-17:00\", \"holidays\": [\"fr\"]");
            assertThat(json).isNotEqualTo(base);
            return json;
        }
    }

    @Test
    void aCalendarOnFranceSkipsBastilleDay() throws IOException {
        Policy p = PolicyJson.read("paris.json", paris());
        WorkCalendar office = p.calendars().get("office");
        assertThat(office.holidaySets()).extracting(HolidaySet::name).containsExactly("fr");
        assertThat(office.isWorkingDay(LocalDate.of(2026, 7, 14))).isFalse();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 7, 15))).isTrue();
        // Monday 13 July 2026 16:00 Paris time plus 8 working hours: 1 h on Monday, Bastille Day on
        // Tuesday, 7 h on Wednesday 15 July until 16:00 (14:00 UTC).
        assertThat(office.add(Instant.parse("2026-07-13T14:00:00Z"), Duration.ofHours(8)))
                .isEqualTo(Instant.parse("2026-07-15T14:00:00Z"));
        assertThat(office.warnings(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void aPolicyOnACountrySetIsWrittenByItsName() throws IOException {
        Policy p = PolicyJson.read("paris.json", paris());
        String written = PolicyJson.write(p);
        assertThat(written).containsPattern("\"holidays\" : \\[\\s*\"fr\"\\s*\\]").doesNotContain("Easter Monday");
        assertThat(PolicyJson.read("written.json", written)).isEqualTo(p);
    }
}
