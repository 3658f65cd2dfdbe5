package dev.sla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayRule;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sla holidays}: the table of a year, and how a shortening is written in it. */
class HolidaysCommandTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PT30M, 30m", "PT1H, 1h", "PT1H30M, 1h30m", "PT2H, 2h", "PT45S, 45s", "PT1H0M5S, 1h5s", "PT25H, 25h"})
    void aShorteningIsWrittenInHoursAndMinutes(String duration, String expected) {
        assertThat(HolidaysCommand.hoursAndMinutes(Duration.parse(duration))).isEqualTo(expected);
    }

    @Test
    void aHalfHourShortDayIsNotZeroHours() {
        DayRule halfHour = new DayRule(LocalDate.of(2025, 3, 7), DayRule.Kind.SHORT_DAY, "pre-holiday day", null,
                Duration.ofMinutes(30));
        assertThat(HolidaysCommand.label(halfHour)).isEqualTo("short 30m");
    }

    @Test
    void theTableShowsEachRuleWithItsLabel() {
        SlaCommandTest.Run r = SlaCommandTest.run("holidays", "ru", "2025");
        assertThat(r.code()).isZero();
        // 7 March 2025, the day before International Women's Day, is shortened by one hour
        assertThat(r.out()).containsPattern("2025-03-07 Fri  short 1h +\\S")
                .containsPattern("2025-01-01 Wed  holiday +\\S")
                .containsPattern("2025-11-01 Sat  working +\\S")
                .doesNotContain("short 0h");
    }

    @Test
    void aYearWithoutADecreeFollowsTheLabourCodeAndIsMarkedProvisional() {
        SlaCommandTest.Run r = SlaCommandTest.run("holidays", "ru", "2028");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Russian Federation production calendar, 2028 (provisional)")
                .contains("Computed by the statutory rules of Labour Code of the Russian Federation, articles 95 and 112;"
                        + " provisional: transfers of days off of 2028 are not yet decreed")
                .containsPattern("2028-01-01 Sat  holiday +New Year holidays")
                .containsPattern("2028-01-08 Sat  holiday +New Year holidays")
                .containsPattern("2028-11-06 Mon  day off +day off carried over from Saturday 2028-11-04");

        SlaCommandTest.Run json = SlaCommandTest.run("holidays", "ru", "2028", "--json");
        assertThat(json.code()).isZero();
        assertThat(json.json().get("provisional").asBoolean()).isTrue();
        assertThat(json.json().get("computedBy").asText()).startsWith("statutory rules of Labour Code");
        assertThat(json.json().get("holidays").toString()).startsWith("[\"2028-01-01\",\"2028-01-02\",\"2028-01-03\","
                + "\"2028-01-04\",\"2028-01-05\",\"2028-01-06\",\"2028-01-07\",\"2028-01-08\",");

        SlaCommandTest.Run decreed = SlaCommandTest.run("holidays", "ru", "2027", "--json");
        assertThat(decreed.json().get("provisional").asBoolean()).isFalse();
        assertThat(decreed.json().get("computedBy").isNull()).isTrue();
    }

    @Test
    void franceHasElevenHolidaysIn2026FromJollyday() {
        SlaCommandTest.Run r = SlaCommandTest.run("holidays", "fr", "2026", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.json().get("name").asText()).isEqualTo("France");
        assertThat(r.json().get("provisional").asBoolean()).isFalse();
        assertThat(r.json().get("computedBy").asText()).isEqualTo("holiday rules of jollyday 1.8.1 for France");
        assertThat(r.json().get("holidays").toString()).isEqualTo("[\"2026-01-01\",\"2026-04-06\",\"2026-05-01\","
                + "\"2026-05-08\",\"2026-05-14\",\"2026-05-25\",\"2026-07-14\",\"2026-08-15\",\"2026-11-01\","
                + "\"2026-11-11\",\"2026-12-25\"]");
    }

    @Test
    void aSubstituteDayOffIsShownWithTheHolidayItReplaces() {
        SlaCommandTest.Run r = SlaCommandTest.run("holidays", "gb", "2026");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("United Kingdom of Great Britain and Northern Ireland, 2026\n")
                .contains("Source: jollyday 1.8.1 (de.focus-shift:jollyday-core, Apache License 2.0)")
                .containsPattern("2026-12-26 Sat  holiday +Boxing Day")
                .containsPattern("2026-12-28 Mon  day off +substitute day for Boxing Day \\(Saturday 2026-12-26\\)");
    }

    @Test
    void theListNamesEverySetAndAnUnknownSetNamesTheCountriesOnly() {
        SlaCommandTest.Run list = SlaCommandTest.run("holidays", "--list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^ru +Russian Federation production calendar$")
                .containsPattern("(?m)^fr +France$").containsPattern("(?m)^de-by +Germany, Bavaria$");
        SlaCommandTest.Run unknown = SlaCommandTest.run("holidays", "xx", "2025");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown holiday set 'xx'; built-in sets: ad, ae,").contains(" fr, ")
                .contains(" ru, ").contains("sets of subdivisions named country-region (sla holidays --list lists them all)")
                .doesNotContain("de-bw").hasLineCount(1);
        assertThat(SlaCommandTest.run("holidays", "fr").code()).isEqualTo(2);
        assertThat(SlaCommandTest.run("holidays", "--list", "fr").code()).isEqualTo(2);
    }
}
