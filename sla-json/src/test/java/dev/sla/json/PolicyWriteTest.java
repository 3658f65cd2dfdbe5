package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Condition;
import dev.sla.core.Mode;
import dev.sla.core.ModeRule;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The writer keeps every part of a policy, and the forms it writes read back. */
class PolicyWriteTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A small valid policy on one calendar, to which a test adds what it is about. */
    private static PolicyBuilder policy(WorkCalendar calendar) {
        return Policy.builder("acme")
                .party(Party.of("acme", "Acme", Party.Kind.VENDOR)).vendor("acme")
                .plan(Plan.of("basic", "Basic"))
                .attribute("impact", "all", "some", "one")
                .calendar(calendar.name(), calendar)
                .metric(dev.sla.core.Metric.of("first-response", "First response"))
                .target(Target.of("first-response", "basic", null, Duration.ofHours(8), calendar.name()));
    }

    private static WorkCalendar office() {
        return WorkCalendar.builder().name("office").zone(ZoneId.of("Europe/Berlin"))
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-17:00")).build();
    }

    private static String base() throws IOException {
        try (InputStream in = PolicyWriteTest.class.getResourceAsStream("/valid/base.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aConditionWithOneOfAndNoneOfOnOneAttributeKeepsBoth() throws IOException {
        Condition both = Condition.when("impact", "all", "some").andNot("impact", "one");
        Policy p = policy(office()).mode(new ModeRule(both, Mode.CONSULTATIVE, "Advice only")).build();

        String written = PolicyJson.write(p);
        Policy again = PolicyJson.read("written.json", written);

        assertThat(again.modeRules().get(0).when()).isEqualTo(both);
        assertThat(again).isEqualTo(p);
        JsonNode clause = MAPPER.readTree(written).at("/modes/0/when/impact");
        assertThat(clause.get("is")).hasSize(2);
        assertThat(clause.get("not").asText()).isEqualTo("one");
        assertThat(Schema.errors(written)).isEmpty();
    }

    @Test
    void theClauseFormsReadAsTheyAreWritten() throws IOException {
        String json = base().replace("\"impact\": { \"not\": \"all\" }",
                "\"impact\": { \"is\": [\"all\", \"some\"], \"not\": \"some\" }, \"channel\": { \"not\": [\"fax\", \"post\"] }");
        Policy p = PolicyJson.read("base.json", json);

        assertThat(p.modeRules().get(0).when()).isEqualTo(Condition.when("requester", "partner")
                .and("impact", "all", "some").andNot("impact", "some").andNot("channel", "fax", "post"));
        assertThat(Schema.errors(json)).isEmpty();
    }

    @Test
    void theFormsOfTodaysFilesKeepTheirMeaning() throws IOException {
        Policy p = PolicyJson.read("base.json", base());

        assertThat(p.modeRules().get(0).when()).isEqualTo(Condition.when("requester", "partner").andNot("impact", "all"));
        assertThat(p.classification().get(0).when()).isEqualTo(Condition.when("impact", "all"));
    }

    @Test
    void aClauseObjectWithNeitherIsNorNotIsReportedWhereItIs() throws IOException {
        String json = base().replace("\"impact\": { \"not\": \"all\" }", "\"impact\": { \"isnt\": \"all\" }");

        PolicyLoadException ex = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read("base.json", json));

        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactly(
                "base.json:46:51: a clause written as an object is {\"is\": value or [values]}, {\"not\": value or [values]},"
                        + " or both, optionally with \"present\": true; or {\"present\": true}; or {\"absent\": true}"
                        + " (at /modes/0/when/impact)",
                "base.json:46:61: unknown field 'isnt'; known fields: is, not, present, absent (at /modes/0/when/impact/isnt)");
    }

    @Test
    void aCalendarsOwnDaysLeaveASetOfTheNameTheyUsedToTakeAlone() {
        HolidaySet officeDays = HolidaySet.builder("office-days").holiday(LocalDate.of(2025, 12, 24), "Christmas Eve").build();
        WorkCalendar office = WorkCalendar.builder().name("office").zone(ZoneId.of("Europe/Berlin"))
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-17:00")).holidays(officeDays)
                .holiday(LocalDate.of(2025, 6, 2), "Company day")
                .workingDay(LocalDate.of(2025, 6, 7), DayOfWeek.MONDAY, "Inventory")
                .shortDay(LocalDate.of(2025, 6, 3), Duration.ofHours(1), "Summer party")
                .recurringHoliday(MonthDay.of(7, 1), "Founding day").build();
        Policy p = policy(office).build();

        String written = PolicyJson.write(p);
        Policy again = PolicyJson.read("written.json", written);

        assertThat(again.calendars().get("office").holidaySets()).containsExactly(officeDays);
        assertThat(again.calendars().get("office").ownRules()).isEqualTo(office.ownRules());
        assertThat(again).isEqualTo(p);
        assertThat(Schema.errors(written)).isEmpty();
    }

    @Test
    void aCalendarsOwnDaysReadFromItsDays() throws IOException {
        String json = base().replace("\"holidays\": [\"company\"] }", "\"holidays\": [\"company\"], \"days\": {"
                + " \"holidays\": { \"2025-08-04..2025-08-05\": \"Summer closing\" },"
                + " \"workingDays\": { \"2025-08-09\": { \"like\": \"friday\", \"note\": \"Make-up day\" } },"
                + " \"shortDays\": { \"2025-08-08\": { \"by\": \"PT2H\", \"note\": \"Before the closing\" } },"
                + " \"recurring\": { \"07-01\": \"Founding day\" } } }");

        WorkCalendar office = PolicyJson.read("base.json", json).calendars().get("office");

        assertThat(office.isWorkingDay(LocalDate.of(2025, 8, 4))).isFalse();
        assertThat(office.isWorkingDay(LocalDate.of(2025, 8, 5))).isFalse();
        assertThat(office.isWorkingDay(LocalDate.of(2025, 8, 9))).isTrue();
        assertThat(office.isWorkingDay(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(office.hoursOn(LocalDate.of(2025, 8, 8)).toString()).isEqualTo("09:00-15:00");
        assertThat(office.ownRules().rules()).hasSize(4);
        assertThat(Schema.errors(json)).isEmpty();
    }

    @Test
    void aCalendarsOwnDaysTakeNoDaysOffAndNoRangeThatEndsBeforeItStarts() throws IOException {
        String json = base().replace("\"holidays\": [\"company\"] }", "\"holidays\": [\"company\"], \"days\": {"
                + " \"holidays\": { \"2025-08-05..2025-08-04\": \"Summer closing\" },"
                + " \"daysOff\": { \"2025-08-06\": \"Bridge day\" } } }");

        PolicyLoadException ex = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read("base.json", json));

        assertThat(ex.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "/calendars/office/days/holidays/2025-08-05..2025-08-04: holiday range 2025-08-05..2025-08-04 ends before it starts",
                "/calendars/office/days/daysOff: unknown field 'daysOff'; known fields: holidays, workingDays, shortDays, recurring");
    }

    @Test
    void theFileOfTheLaterFormsFollowsTheSchemaAndReadsBackFromItsWrittenText() throws IOException {
        String json;
        try (InputStream in = PolicyWriteTest.class.getResourceAsStream("/valid/forms.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Policy p = PolicyJson.read("forms.json", json);

        assertThat(Schema.errors(json)).isEmpty();
        assertThat(p.calendars().get("office").ownRules().rules()).hasSize(4);
        assertThat(p.calendars().get("office").ownRules().recurringHolidays()).containsOnlyKeys(MonthDay.of(7, 1));
        assertThat(p.calendars().get("office").holidaySets()).extracting(HolidaySet::name).containsExactly("company", "office-days");
        assertThat(p.modeRules().get(0).when().anyOf()).containsEntry("impact", java.util.Set.of("all", "some"));
        assertThat(p.modeRules().get(0).when().noneOf()).containsEntry("impact", java.util.Set.of("all"));
        assertThat(PolicyJson.read("written.json", PolicyJson.write(p))).isEqualTo(p);
    }

    @Test
    void twoDifferentSetsOfOneNameCannotBeWritten() {
        HolidaySet a = HolidaySet.builder("company").holiday(LocalDate.of(2025, 12, 24), "Christmas Eve").build();
        HolidaySet b = HolidaySet.builder("company").holiday(LocalDate.of(2025, 12, 31), "New Year's Eve").build();
        WorkCalendar first = WorkCalendar.builder().name("office").zone(ZoneId.of("UTC"))
                .weeklyHours(WeeklyHours.parse("Mon-Fri 09:00-17:00")).holidays(a).build();
        WorkCalendar second = WorkCalendar.builder().name("shop").zone(ZoneId.of("UTC"))
                .weeklyHours(WeeklyHours.parse("Mon-Sat 10:00-20:00")).holidays(b).build();
        Policy p = policy(first).calendar("shop", second).build();

        assertThatThrownBy(() -> PolicyJson.write(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two different holiday sets are named 'company'; a policy file names each set once");
    }
}
