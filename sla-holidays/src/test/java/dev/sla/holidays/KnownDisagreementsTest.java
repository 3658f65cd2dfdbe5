package dev.sla.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayRule;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where jollyday 1.8.1 differs from the law: each row holds what jollyday gives today, which is
 * wrong, with what the law says. The README lists the same rows as known limitations; when a
 * row fails, a new jollyday has fixed it: drop the row and the README's entry.
 */
class KnownDisagreementsTest {

    static Stream<Arguments> disagreements() {
        return Stream.of(
                // United States: Columbus Day, the second Monday of October, is a federal holiday (5 U.S.C. 6103).
                Arguments.of("us", "2024-10-14", false, "Columbus Day is a federal holiday"),
                Arguments.of("us", "2025-10-13", false, "Columbus Day is a federal holiday"),
                Arguments.of("us", "2026-10-12", false, "Columbus Day is a federal holiday"),
                Arguments.of("us", "2027-10-11", false, "Columbus Day is a federal holiday"),
                // Spain: a national holiday on a Sunday is not moved nationwide; each autonomous community decides.
                Arguments.of("es", "2027-08-16", true, "no national day off for Assumption on Sunday 2027-08-15"),
                // Kazakhstan: 1-2 January, Nauryz 21-23 March, Defender of the Fatherland Day 7 May and
                // Republic Day 25 October are holidays; a holiday on a weekend moves to the next working day.
                Arguments.of("kz", "2026-01-02", false, "New Year is 1 and 2 January"),
                Arguments.of("kz", "2027-03-23", false, "Nauryz is 21, 22 and 23 March"),
                Arguments.of("kz", "2026-03-23", false, "Nauryz is 21, 22 and 23 March"),
                Arguments.of("kz", "2025-05-07", false, "Defender of the Fatherland Day is a holiday"),
                Arguments.of("kz", "2024-10-25", false, "Republic Day is a holiday again since 2022"),
                Arguments.of("kz", "2026-03-09", false, "8 March 2026 is a Sunday; Monday is a day off"),
                // Belarus: 2 January and Radunitsa (the Tuesday nine days after Orthodox Easter) are days off;
                // Constitution Day, 15 March, is a holiday that is worked.
                Arguments.of("by", "2025-01-02", false, "2 January is a day off"),
                Arguments.of("by", "2024-05-14", false, "Radunitsa is a day off"),
                Arguments.of("by", "2025-04-29", false, "Radunitsa is a day off"),
                Arguments.of("by", "2026-04-21", false, "Radunitsa is a day off"),
                Arguments.of("by", "2027-05-11", false, "Radunitsa is a day off"),
                Arguments.of("by", "2027-03-15", true, "Constitution Day is a working day"));
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("disagreements")
    void jollydayStillDiffersFromTheLaw(String code, String date, boolean dayOffInJollyday, String law) {
        DayRule rule = CountryHolidaysTest.rule(CountryHolidays.of(code), LocalDate.parse(date));
        assertThat(rule != null && rule.isNonWorking()).as(law).isEqualTo(dayOffInJollyday);
    }
}
