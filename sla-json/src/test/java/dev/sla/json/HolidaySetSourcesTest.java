package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.StatutoryRules;
import dev.sla.calendar.WorkCalendar;
import dev.sla.calendar.YearRules;
import dev.sla.core.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy's holiday sets stated by statutory rules, or read from an iCalendar file next to the policy. */
class HolidaySetSourcesTest {

    private static final String BASE_SET =
            "\"company\": { \"name\": \"Company holidays\", \"holidays\": { \"2025-12-24..2025-12-26\": \"Christmas\" } }";

    @TempDir
    Path dir;

    static String base() throws IOException {
        return Files.readString(BrokenPoliciesTest.dir("valid").resolve("base.json"), StandardCharsets.UTF_8);
    }

    /** The base policy with its holiday set 'company' replaced. */
    static String withCompanySet(String set) throws IOException {
        String base = base();
        assertThat(base).contains(BASE_SET);
        return base.replace(BASE_SET, "\"company\": " + set);
    }

    static List<String> problems(String name, String json) {
        return catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(name, json)).problems().stream()
                .map(JsonProblem::toString).collect(Collectors.toList());
    }

    static HolidaySet company(Policy p) {
        return p.calendars().get("office").holidaySets().get(0);
    }

    // ------------------------------------------------------------------ statutory rules

    static final String RU_LIKE = "{ \"statutory\": { \"source\": \"Labour Code of the Russian Federation, articles 95 and 112\","
            + " \"holidays\": { \"01-01..01-06\": \"New Year holidays\", \"01-07\": \"Christmas\", \"01-08\": \"New Year holidays\","
            + " \"02-23\": \"Defender of the Fatherland Day\", \"03-08\": \"International Women's Day\","
            + " \"05-01\": \"Spring and Labour Day\", \"05-09\": \"Victory Day\", \"06-12\": \"Russia Day\","
            + " \"11-04\": \"National Unity Day\" },"
            + " \"carryOver\": { \"except\": [\"01\"] }, \"shortBeforeHoliday\": \"PT1H\", \"provisional\": true } }";

    @Test
    void statutoryRulesInJsonAreTheLabourCodeRulesOfTheBuiltInSet() throws IOException {
        String json = withCompanySet(RU_LIKE);
        assertThat(Schema.errors(json)).isEmpty();

        HolidaySet set = company(PolicyJson.read("p.json", json));

        YearRules builtIn = HolidaySet.builtIn("ru").yearRules().orElseThrow();
        YearRules read = set.yearRules().orElseThrow();
        assertThat(((StatutoryRules) read).holidays()).isEqualTo(((StatutoryRules) builtIn).holidays());
        for (int y = 2028; y <= 2035; y++) {
            assertThat(read.rulesOf(Year.of(y))).as("%s", y).isEqualTo(builtIn.rulesOf(Year.of(y)));
        }
        assertThat(set.isProvisional(Year.of(2030))).isTrue();
        // 1-8 January 2028 are holidays; Sunday 9 May 2027 carries over to Monday 10 May
        assertThat(set.dates(DayRule.Kind.HOLIDAY, Year.of(2028))).startsWith(
                LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2), LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 4),
                LocalDate.of(2028, 1, 5), LocalDate.of(2028, 1, 6), LocalDate.of(2028, 1, 7), LocalDate.of(2028, 1, 8));
        assertThat(set.dates(DayRule.Kind.DAY_OFF, Year.of(2027))).contains(LocalDate.of(2027, 5, 10));
    }

    @Test
    void statutoryRulesAreWrittenAndReadBack() throws Exception {
        StatutoryRules rules = StatutoryRules.builder("Code du travail, article L3133-1")
                .holidays(MonthDay.of(12, 24), MonthDay.of(12, 26), "Christmas")
                .holiday(MonthDay.of(7, 14), "Fête nationale")
                .carryOver(Set.of())
                .shortBeforeHoliday(Duration.ofMinutes(30))
                .weekend(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
                .build();
        String json = withCompanySet("{ \"statutory\": { \"source\": \"Code du travail, article L3133-1\","
                + " \"holidays\": { \"07-14\": \"Fête nationale\", \"12-24\": \"Christmas\", \"12-25..12-26\": \"Christmas\" },"
                + " \"carryOver\": true, \"shortBeforeHoliday\": \"PT30M\", \"weekend\": [\"saturday\", \"friday\"] } }");
        assertThat(Schema.errors(json)).isEmpty();
        Policy p = PolicyJson.read("p.json", json);
        assertThat(company(p).yearRules()).contains(rules);

        String written = PolicyJson.write(p);

        com.fasterxml.jackson.databind.JsonNode statutory = JsonText.MAPPER.readTree(written).at("/holidaySets/company/statutory");
        assertThat(statutory.toString()).isEqualTo("{\"source\":\"Code du travail, article L3133-1\","
                + "\"holidays\":{\"07-14\":\"Fête nationale\",\"12-24..12-26\":\"Christmas\"},\"carryOver\":true,"
                + "\"shortBeforeHoliday\":\"PT30M\",\"weekend\":[\"friday\",\"saturday\"]}");
        assertThat(Schema.errors(written)).isEmpty();
        Policy again = PolicyJson.read("written.json", written);
        assertThat(company(again).yearRules()).contains(rules);
        assertThat(again).isEqualTo(p);
        assertThat(PolicyJson.write(again)).isEqualTo(written);
    }

    @Test
    void yearRulesThatAreNotStatutoryCannotBeWritten() throws IOException {
        YearRules custom = new YearRules() {
            @Override
            public List<DayRule> rulesOf(Year year) {
                return List.of();
            }

            @Override
            public boolean isProvisional() {
                return false;
            }

            @Override
            public String description() {
                return "an almanac";
            }
        };
        assertThatThrownBy(() -> StatutoryJson.write(custom)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an almanac");
    }

    @Test
    void anUnknownDayOfAWorkingDayIsNamedInWords() throws IOException {
        List<String> problems = problems("p.json", withCompanySet(
                "{ \"workingDays\": { \"2025-11-01\": { \"like\": \"funday\", \"note\": \"working Saturday\" } } }"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p)
                .contains("'funday' is not a day of the week such as monday")
                .endsWith("(at /holidaySets/company/workingDays/2025-11-01/like)")
                .doesNotContain("java."));
    }

    @Test
    void problemsOfStatutoryRulesAreLocated() throws IOException {
        String json = withCompanySet("{ \"statutory\": { \"holidays\": { \"02-30\": \"x\", \"03-05..03-01\": \"y\" },"
                + " \"carryOver\": { \"except\": [\"13\"] }, \"weekend\": [\"funday\"], \"shortBeforeHoliday\": \"-PT1H\","
                + " \"provisional\": \"yes\", \"extra\": 1 } }");

        List<String> problems = problems("p.json", json);

        assertThat(problems).hasSize(6);
        assertThat(problems).anyMatch(p -> p.contains("missing required field 'source' (at /holidaySets/company/statutory/source)"))
                .anyMatch(p -> p.contains("'02-30' is not a month and day such as 01-07 (at")
                        && p.endsWith("(at /holidaySets/company/statutory/holidays/02-30)"))
                .anyMatch(p -> p.contains("'13' is not a month; write it MM, such as 01 for January")
                        && p.endsWith("(at /holidaySets/company/statutory/carryOver/except/0)"))
                .anyMatch(p -> p.contains("'funday' is not a day of the week such as saturday")
                        && p.endsWith("(at /holidaySets/company/statutory/weekend/0)"))
                .anyMatch(p -> p.contains("'provisional' must be true or false"))
                .anyMatch(p -> p.contains("unknown field 'extra'"));
        assertThat(problems).noneMatch(p -> p.contains("java.") || p.contains("TemporalAccessor"));
        // the builder's own checks, once the entries read
        List<String> range = problems("p.json", withCompanySet(
                "{ \"statutory\": { \"source\": \"s\", \"holidays\": { \"03-05..03-01\": \"y\" }, \"weekend\": [],"
                + " \"shortBeforeHoliday\": \"-PT1H\" } }"));
        assertThat(range).containsExactly(
                "p.json:8:60: statutory rules need at least one holiday (at /holidaySets/company/statutory/holidays)",
                "p.json:8:78: statutory holiday range 03-05..03-01 ends before it starts (at /holidaySets/company/statutory/holidays/03-05..03-01)",
                "p.json:8:96: the weekend must have between one and six days (at /holidaySets/company/statutory/weekend)",
                "p.json:8:122: the shortening before a holiday must be a positive whole number of seconds, not PT-1H"
                        + " (at /holidaySets/company/statutory/shortBeforeHoliday)");
    }

    // ------------------------------------------------------------------ iCalendar files

    static final String COMPANY_ICS = CalendarIcsTest.ics(CalendarIcsTest.concat(
            CalendarIcsTest.allDay("20261224", "20261227", "Christmas break"),
            CalendarIcsTest.allDay("20260101", null, "New Year", "RRULE:FREQ=YEARLY"),
            CalendarIcsTest.allDay("20260814", null, "Summer closing", "CATEGORIES:day off")));

    Path policyWith(String set, String icsName, String icsText) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, withCompanySet(set), StandardCharsets.UTF_8);
        if (icsName != null) {
            Path ics = dir.resolve(icsName);
            Files.createDirectories(ics.getParent());
            Files.writeString(ics, icsText, StandardCharsets.UTF_8);
        }
        return file;
    }

    @Test
    void aHolidaySetIsReadFromAnICalendarFileNextToThePolicy() throws IOException {
        String set = "{ \"name\": \"Company holidays\", \"ics\": \"company-holidays.ics\" }";
        Path file = policyWith(set, "company-holidays.ics", COMPANY_ICS);
        assertThat(Schema.errors(Files.readString(file))).isEmpty();

        Policy p = PolicyJson.read(file);

        HolidaySet company = company(p);
        assertThat(company.title()).isEqualTo("Company holidays");
        assertThat(company.dates(DayRule.Kind.HOLIDAY, Year.of(2026))).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        assertThat(company.dates(DayRule.Kind.DAY_OFF, Year.of(2026))).containsExactly(LocalDate.of(2026, 8, 14));
        assertThat(company.recurringHolidays()).containsKey(MonthDay.of(1, 1));
        WorkCalendar office = p.calendars().get("office");
        assertThat(office.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
        // covered years: those its dated events span
        assertThat(office.warnings(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"))).isEmpty();
        assertThat(office.warnings(Instant.parse("2027-06-01T00:00:00Z"), Instant.parse("2027-07-01T00:00:00Z"))).isNotEmpty();
        // written with its days inline, it reads back equal without the file
        assertThat(PolicyJson.read("again.json", PolicyJson.write(p))).isEqualTo(p);
    }

    @Test
    void aFileBelowThePolicysDirectoryIsFoundAndTheSetMayAddItsOwnEntries() throws IOException {
        String set = "{ \"ics\": \"calendars/company.ics\", \"workingDays\": { \"2026-12-27\": { \"like\": \"monday\","
                + " \"note\": \"stocktaking\" } }, \"statutory\": { \"source\": \"company rules\", \"holidays\": { \"05-01\": \"May Day\" } } }";
        Policy p = PolicyJson.read(policyWith(set, "calendars/company.ics", COMPANY_ICS));

        HolidaySet company = company(p);
        assertThat(company.dates(DayRule.Kind.WORKING_DAY, Year.of(2026))).containsExactly(LocalDate.of(2026, 12, 27));
        assertThat(company.dates(DayRule.Kind.HOLIDAY, Year.of(2030))).containsExactly(LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 5, 1));
    }

    @Test
    void theProblemsOfTheFileAreLocatedByFileAndLineAndByThePolicyMemberThatNamedIt() throws IOException {
        String text = CalendarIcsTest.ics(CalendarIcsTest.concat(
                CalendarIcsTest.allDay("20260101", null, "New Year"),
                new String[] {"BEGIN:VEVENT", "UID:m@example", "DTSTAMP:20260101T000000Z",
                    "DTSTART:20260302T100000Z", "SUMMARY:Board meeting", "END:VEVENT"},
                new String[] {"BEGIN:VTODO", "UID:t@example", "SUMMARY:Order cake", "END:VTODO"}));
        Path file = policyWith("{ \"ics\": \"company-holidays.ics\" }", "company-holidays.ics", text);

        List<String> problems = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(file)).problems()
                .stream().map(p -> p.line() + ":" + p.column() + ": " + p.message() + " (at " + p.path() + ")")
                .collect(Collectors.toList());

        assertThat(problems).containsExactly(
                "8:25: company-holidays.ics:10: event 'Board meeting' on 2026-03-02 is timed (DTSTART has a time);"
                        + " a holiday set takes all-day events only (DTSTART;VALUE=DATE) (at /holidaySets/company/ics)",
                "8:25: company-holidays.ics:16: a to-do (VTODO) is not a day off; a holiday set's file holds all-day"
                        + " events only (at /holidaySets/company/ics)");
    }

    @Test
    void aFileOutsideThePolicysDirectoryIsRefused() throws IOException {
        Files.writeString(dir.resolve("outside.ics"), COMPANY_ICS);
        Path sub = dir.resolve("policies");
        Files.createDirectories(sub);
        Path file = sub.resolve("policy.json");
        for (String[] c : new String[][] {
            {"../outside.ics", "'../outside.ics' lies outside the policy's directory; put the iCalendar file next to the"
                    + " policy file or below it"},
            {"sub/../../outside.ics", "'sub/../../outside.ics' lies outside the policy's directory"},
            {dir.resolve("outside.ics").toString(), "is an absolute path; name the iCalendar file relative to the policy file"},
            {"missing.ics", "cannot read 'missing.ics': no such file next to the policy"},
            {"", "'ics' must name an iCalendar file next to the policy"}}) {
            Files.writeString(file, withCompanySet("{ \"ics\": \"" + c[0].replace("\\", "\\\\") + "\" }"));
            assertThat(catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(file)).problems())
                    .as(c[0]).singleElement().satisfies(p -> {
                        assertThat(p.message()).contains(c[1]);
                        assertThat(p.path()).isEqualTo("/holidaySets/company/ics");
                    });
        }
    }

    @Test
    void aLinkThatLeadsOutsideThePolicysDirectoryIsRefused() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("company.ics"), COMPANY_ICS);
        Path sub = dir.resolve("policies");
        Files.createDirectories(sub);
        try {
            Files.createSymbolicLink(sub.resolve("company.ics"), outside.resolve("company.ics"));
        } catch (UnsupportedOperationException | IOException ex) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + ex);
        }
        Path file = sub.resolve("policy.json");
        Files.writeString(file, withCompanySet("{ \"ics\": \"company.ics\" }"));

        assertThat(catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(file)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("'company.ics' is a link that leads"
                        + " outside the policy's directory; put the iCalendar file itself next to the policy file or below it"));
    }

    @Test
    void aPolicyReadFromTextHasNoDirectoryToFindTheFileIn() throws IOException {
        String json = withCompanySet("{ \"ics\": \"company-holidays.ics\" }");
        assertThat(problems("text.json", json)).containsExactly("text.json:8:25: 'company-holidays.ics' cannot be found:"
                + " this policy was not read from a file, so it has no directory; read it from its file"
                + " (PolicyJson.read(Path)) to use an iCalendar file (at /holidaySets/company/ics)");
    }

    @Test
    void theRussianDaysOffExportedThenImportedAsAPolicySetAreTheSame() throws IOException {
        Policy navixy = PolicyJson.bundled("navixy-ru");
        WorkCalendar support = navixy.calendars().get("support-hours");
        String exported = CalendarIcs.daysOff(support, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                "navixy-ru.support-hours", Instant.parse("2026-11-29T00:00:00Z"));
        Policy p = PolicyJson.read(policyWith("{ \"ics\": \"ru.ics\" }", "ru.ics", exported));

        HolidaySet company = company(p);
        for (int y = 2025; y <= 2027; y++) {
            Year year = Year.of(y);
            Set<LocalDate> original = HolidaySet.builtIn("ru").rules(year).stream().filter(DayRule::isNonWorking)
                    .map(DayRule::date).collect(Collectors.toSet());
            Set<LocalDate> imported = company.rules(year).stream().filter(DayRule::isNonWorking)
                    .map(DayRule::date).collect(Collectors.toSet());
            assertThat(imported).as("%s", y).isEqualTo(original);
        }
        assertThat(company.dates(DayRule.Kind.DAY_OFF, Year.of(2027))).contains(LocalDate.of(2027, 11, 5),
                LocalDate.of(2027, 12, 31), LocalDate.of(2027, 2, 22));
        assertThat(company.dates(DayRule.Kind.HOLIDAY, Year.of(2027)).get(0)).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
