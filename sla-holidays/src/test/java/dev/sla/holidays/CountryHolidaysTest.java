package dev.sla.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sla.SlaException;
import dev.sla.calendar.CalendarDataException;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The country sets against the public holidays of each country as its law fixes them, dated by
 * hand: Easter Sunday falls on 2024-03-31, 2025-04-20, 2026-04-05 and 2027-03-28, so Good Friday,
 * Easter Monday, Ascension (+39), Whit Monday (+50) and Corpus Christi (+60) follow from it.
 * A date marked {@code *} is a day off substituting a weekend holiday. Where jollyday differs from
 * the law, the table holds only what is right; {@link KnownDisagreementsTest} holds the rest.
 */
class CountryHolidaysTest {

    static Stream<Arguments> publicHolidays() {
        return Stream.of(
                // France, Code du travail L3133-1: eleven holidays.
                Arguments.of("fr", 2024, "01-01 04-01 05-01 05-08 05-09 05-20 07-14 08-15 11-01 11-11 12-25"),
                Arguments.of("fr", 2025, "01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-01 11-11 12-25"),
                Arguments.of("fr", 2026, "01-01 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25"),
                Arguments.of("fr", 2027, "01-01 03-29 05-01 05-06 05-08 05-17 07-14 08-15 11-01 11-11 12-25"),
                // Germany, nationwide: New Year, Good Friday, Easter Monday, 1 May, Ascension, Whit Monday,
                // German Unity Day, Christmas Day and St Stephen's Day.
                Arguments.of("de", 2024, "01-01 03-29 04-01 05-01 05-09 05-20 10-03 12-25 12-26"),
                Arguments.of("de", 2025, "01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26"),
                Arguments.of("de", 2026, "01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26"),
                Arguments.of("de", 2027, "01-01 03-26 03-29 05-01 05-06 05-17 10-03 12-25 12-26"),
                // Bavaria adds Epiphany, Corpus Christi and All Saints.
                Arguments.of("de-by", 2024, "01-01 01-06 03-29 04-01 05-01 05-09 05-20 05-30 10-03 11-01 12-25 12-26"),
                Arguments.of("de-by", 2025, "01-01 01-06 04-18 04-21 05-01 05-29 06-09 06-19 10-03 11-01 12-25 12-26"),
                Arguments.of("de-by", 2026, "01-01 01-06 04-03 04-06 05-01 05-14 05-25 06-04 10-03 11-01 12-25 12-26"),
                Arguments.of("de-by", 2027, "01-01 01-06 03-26 03-29 05-01 05-06 05-17 05-27 10-03 11-01 12-25 12-26"),
                // United Kingdom, the bank holidays of all four nations (Banking and Financial Dealings Act 1971):
                // New Year, Good Friday, early May (first Monday), spring (last Monday of May), Christmas, Boxing
                // Day; a weekend Christmas or Boxing Day is substituted by the next weekdays.
                Arguments.of("gb", 2024, "01-01 03-29 05-06 05-27 12-25 12-26"),
                Arguments.of("gb", 2025, "01-01 04-18 05-05 05-26 12-25 12-26"),
                Arguments.of("gb", 2026, "01-01 04-03 05-04 05-25 12-25 12-26 12-28*"),
                Arguments.of("gb", 2027, "01-01 03-26 05-03 05-31 12-25 12-26 12-27* 12-28*"),
                // England adds Easter Monday and the summer bank holiday (last Monday of August).
                Arguments.of("gb-eng", 2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26"),
                Arguments.of("gb-eng", 2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-25 12-26 12-27* 12-28*"),
                // United States, federal holidays (5 U.S.C. 6103) but Columbus Day, which jollyday lacks: a
                // Saturday holiday is observed on the Friday before, a Sunday one on the Monday after; New Year's
                // Day 2028 falls on a Saturday, so Friday 2027-12-31 is observed.
                Arguments.of("us", 2024, "01-01 01-15 02-19 05-27 06-19 07-04 09-02 11-11 11-28 12-25"),
                Arguments.of("us", 2025, "01-01 01-20 02-17 05-26 06-19 07-04 09-01 11-11 11-27 12-25"),
                Arguments.of("us", 2026, "01-01 01-19 02-16 05-25 06-19 07-03* 07-04 09-07 11-11 11-26 12-25"),
                Arguments.of("us", 2027, "01-01 01-18 02-15 05-31 06-18* 06-19 07-04 07-05* 09-06 11-11 11-25 12-24* 12-25 12-31*"),
                // Spain, national holidays (Estatuto de los Trabajadores art. 37.2, Real Decreto 2001/1983).
                Arguments.of("es", 2024, "01-01 01-06 03-29 05-01 08-15 10-12 11-01 12-06 12-08 12-25"),
                Arguments.of("es", 2025, "01-01 01-06 04-18 05-01 08-15 10-12 11-01 12-06 12-08 12-25"),
                Arguments.of("es", 2026, "01-01 01-06 04-03 05-01 08-15 10-12 11-01 12-06 12-08 12-25"),
                // Italy (legge 260/1949 and later laws): from 2026 again St Francis of Assisi, 4 October.
                Arguments.of("it", 2024, "01-01 01-06 03-31 04-01 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26"),
                Arguments.of("it", 2025, "01-01 01-06 04-20 04-21 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26"),
                Arguments.of("it", 2026, "01-01 01-06 04-05 04-06 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26"),
                Arguments.of("it", 2027, "01-01 01-06 03-28 03-29 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26"),
                // Kazakhstan: the holidays jollyday has, all right (New Year 1 January, Orthodox Christmas, 8 March,
                // Nauryz 22 March, Unity Day, Victory Day, Capital Day 6 July, Constitution Day, Independence Day,
                // and Kurban Ait, which moves with the lunar calendar); the missing ones are disagreements.
                Arguments.of("kz", 2024, "01-01 01-07 03-08 03-22 05-01 05-09 06-16 07-06 08-30 12-16"),
                Arguments.of("kz", 2025, "01-01 01-07 03-08 03-22 05-01 05-09 06-06 07-06 08-30 12-16"),
                Arguments.of("kz", 2026, "01-01 01-07 03-08 03-22 05-01 05-09 05-27 07-06 08-30 12-16"),
                Arguments.of("kz", 2027, "01-01 01-07 03-08 03-22 05-01 05-09 05-16 07-06 08-30 12-16"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("publicHolidays")
    void daysOffAreThePublicHolidaysOfTheLaw(String code, int year, String expected) {
        assertThat(daysOff(CountryHolidays.of(code), year)).isEqualTo(expected);
    }

    /**
     * Spain 2027 and Belarus, leaving out the days jollyday has wrong (see {@link KnownDisagreementsTest}):
     * the Monday after Assumption in Spain, Constitution Day in Belarus.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // Spain, national holidays; Good Friday 2027-03-26.
        "es, 2027, 08-16*, 01-01 01-06 03-26 05-01 08-15 10-12 11-01 12-06 12-08 12-25",
        // Belarus, the non-working holidays jollyday has (2 January and Radunitsa it lacks):
        // 1 January, 7 January, 8 March, 1 May, 9 May, 3 July, 7 November, 25 December.
        "by, 2024, 03-15, 01-01 01-07 03-08 05-01 05-09 07-03 11-07 12-25",
        "by, 2025, 03-15, 01-01 01-07 03-08 05-01 05-09 07-03 11-07 12-25",
        "by, 2026, 03-15, 01-01 01-07 03-08 05-01 05-09 07-03 11-07 12-25",
        "by, 2027, 03-15, 01-01 01-07 03-08 05-01 05-09 07-03 11-07 12-25"
    })
    void daysOffBesidesJollydaysMistakesAreThoseOfTheLaw(String code, int year, String wrong, String expected) {
        List<String> days = new ArrayList<>(List.of(daysOff(CountryHolidays.of(code), year).split(" ")));
        assertThat(days.remove(wrong)).as("jollyday still gives %s", wrong).isTrue();
        assertThat(String.join(" ", days)).isEqualTo(expected);
    }

    @Test
    void aSubstituteDayOffNamesTheHolidayItReplaces() {
        assertThat(rule(CountryHolidays.of("gb"), LocalDate.of(2026, 12, 28)))
                .isEqualTo(new DayRule(LocalDate.of(2026, 12, 28), DayRule.Kind.DAY_OFF,
                        "substitute day for Boxing Day (Saturday 2026-12-26)", null, null));
        assertThat(rule(CountryHolidays.of("gb"), LocalDate.of(2026, 12, 26)))
                .isEqualTo(new DayRule(LocalDate.of(2026, 12, 26), DayRule.Kind.HOLIDAY, "Boxing Day", null, null));
        assertThat(rule(CountryHolidays.of("us"), LocalDate.of(2026, 7, 3)).note())
                .isEqualTo("substitute day for Independence Day (Saturday 2026-07-04)");
        assertThat(rule(CountryHolidays.of("us"), LocalDate.of(2027, 12, 31)).note())
                .isEqualTo("substitute day for New Year's Day (Saturday 2028-01-01)");
    }

    @Test
    void aSubdivisionAddsItsOwnHolidays() {
        HolidaySet de = CountryHolidays.of("de");
        HolidaySet bavaria = CountryHolidays.of("de-by");
        assertThat(bavaria.name()).isEqualTo("de-by");
        assertThat(bavaria.title()).isEqualTo("Germany, Bavaria");
        assertThat(rule(bavaria, LocalDate.of(2026, 1, 6)).note()).isEqualTo("Epiphany");
        assertThat(rule(bavaria, LocalDate.of(2026, 6, 4)).note()).isEqualTo("Corpus Christi");
        assertThat(rule(de, LocalDate.of(2026, 1, 6))).isNull();
        assertThat(rule(de, LocalDate.of(2026, 6, 4))).isNull();
    }

    @Test
    void aSetIsNamedTitledSourcedAndNotProvisional() {
        HolidaySet fr = CountryHolidays.of("fr");
        assertThat(fr.name()).isEqualTo("fr");
        assertThat(fr.title()).isEqualTo("France");
        assertThat(fr.sources()).containsExactly(
                "jollyday 1.8.1 (de.focus-shift:jollyday-core, Apache License 2.0): public holidays of France");
        assertThat(fr.coverage()).isEmpty();
        assertThat(fr.isProvisional(Year.of(2026))).isFalse();
        assertThat(fr.yearRules()).hasValueSatisfying(r -> {
            assertThat(r.isProvisional()).isFalse();
            assertThat(r.description()).isEqualTo("holiday rules of jollyday 1.8.1 for France");
        });
        assertThat(CountryHolidays.jollydayVersion()).isEqualTo("1.8.1");
        assertThat(CountryHolidays.of("fr")).isSameAs(fr);
    }

    @Test
    void theBuiltInSetsHoldTheCountriesButRussiaIsTheLibrarysOwn() {
        assertThat(HolidaySet.builtInNames()).contains("fr", "de", "de-by", "gb-eng", "us-ca", "kz", "by", "ru");
        assertThat(CountryHolidays.codes()).contains("fr", "de-by").doesNotContain("ru", "nyse", "target");
        assertThat(CountryHolidays.codes()).noneMatch(c -> c.startsWith("ru"));
        assertThat(CountryHolidays.countryCodes()).hasSize(87).allMatch(c -> c.matches("[a-z]{2}"));
        assertThat(HolidaySet.builtIn("fr")).isSameAs(CountryHolidays.of("fr"));
        assertThat(HolidaySet.builtIn("ru").title()).isEqualTo("Russian Federation production calendar");
    }

    @Test
    void anUnknownCodeIsRejectedWithTheCountryCodes() {
        assertThatThrownBy(() -> CountryHolidays.of("xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown country holiday set 'xx'; countries: ad, ae, al,")
                .hasMessageContaining(" de, ").hasMessageContaining(" fr, ")
                .hasMessageEndingWith("; subdivisions such as de-by, gb-eng, us-ca")
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("de-bw").doesNotContain(" ru,"));
        assertThatThrownBy(() -> CountryHolidays.of("ru")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountryHolidays.of("FR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountryHolidays.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HolidaySet.builtIn("xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xx'").hasMessageContaining("fr");
    }

    @Test
    void aYearPastJollydaysHijrahCalendarIsACalendarDataProblem() {
        HolidaySet kz = CountryHolidays.of("kz");
        assertThat(daysOff(kz, 2173)).startsWith("01-01 01-07 03-08 03-22 05-01 05-09");
        assertThatThrownBy(() -> kz.rules(Year.of(2174)))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("jollyday 1.8.1 cannot compute the holidays of Kazakhstan (holiday set 'kz') in 2174: "
                        + "Hijrah date out of range");
        WorkCalendar astana = WorkCalendar.builder().zone(ZoneId.of("Asia/Almaty"))
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-18:00")).holidays(kz).build();
        assertThatThrownBy(() -> astana.isWorkingDay(LocalDate.of(2180, 3, 22))).isInstanceOf(SlaException.class);
        assertThat(daysOff(CountryHolidays.of("fr"), 2180)).startsWith("01-01 ");
    }

    /** The non-working dates of a year as {@code MM-DD}, a day off marked {@code *}. */
    static String daysOff(HolidaySet set, int year) {
        List<String> days = new ArrayList<>();
        for (DayRule r : set.rules(Year.of(year))) {
            assertThat(r.isNonWorking()).as("%s", r).isTrue();
            assertThat(r.date().getYear()).isEqualTo(year);
            days.add(r.date().toString().substring(5) + (r.kind() == DayRule.Kind.DAY_OFF ? "*" : ""));
        }
        return String.join(" ", days);
    }

    /** The rule of a date, or null. */
    static DayRule rule(HolidaySet set, LocalDate date) {
        return set.rules(Year.of(date.getYear())).stream().filter(r -> r.date().equals(date)).findFirst().orElse(null);
    }
}
