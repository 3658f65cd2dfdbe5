package dev.sla.cli;

import static dev.sla.cli.SlaCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sla calendar --ics}: open periods and days off as iCalendar, and back into a policy. */
class CalendarIcsCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /** The lines of an iCalendar text without its time stamps, which say when it was written. */
    static List<String> withoutStamps(String ics) {
        return ics.lines().filter(l -> !l.startsWith("DTSTAMP:")).collect(Collectors.toList());
    }

    @Test
    void icsWritesTheOpenPeriodsAsUtcEvents() {
        SlaCommandTest.Run r = run("calendar", "--policy", "navixy-ru", "--calendar", "support-hours",
                "--from", "2025-10-31", "--to", "2025-11-04", "--ics");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//sla//sla iCalendar feed//EN")
                .contains("UID:navixy-ru.support-hours-20251031T050000Z@sla")
                .contains("DTSTART:20251031T050000Z").contains("DTEND:20251031T130000Z")
                .contains("DTSTART:20251101T050000Z").doesNotContain("DTSTART:20251103");
        assertThat(r.out().split("BEGIN:VEVENT", -1)).hasSize(3);
        // the same UIDs on every run
        assertThat(withoutStamps(run("calendar", "--policy", "navixy-ru", "--calendar", "support-hours",
                "--from", "2025-10-31", "--to", "2025-11-04", "--ics").out())).isEqualTo(withoutStamps(r.out()));
    }

    @Test
    void holidaysIcsWritesTheDaysOffAsAllDayEventsNamedByTheirNotes() throws IOException {
        Path out = dir.resolve("days-off.ics");
        SlaCommandTest.Run r = run("calendar", "--policy", "navixy-ru", "--calendar", "support-hours",
                "--from", "2026-12-30", "--to", "2027-01-11", "--holidays", "--ics", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String ics = Files.readString(out, StandardCharsets.UTF_8);
        // 31 December 2026 is a day off transferred from 4 January; 1-8 January 2027 are holidays
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261231").contains("DTEND;VALUE=DATE:20270101")
                .contains("CATEGORIES:day off").contains("DTSTART;VALUE=DATE:20270101")
                .contains("CATEGORIES:holiday").contains("UID:navixy-ru.support-hours-20270101@sla")
                .doesNotContain("DTSTART;VALUE=DATE:20270109").doesNotContain("DTSTART;VALUE=DATE:20270111");
    }

    @Test
    void daysOffExportedThenImportedAsAPolicyHolidaySetAreTheSame() throws IOException {
        SlaCommandTest.Run exported = run("calendar", "--policy", "navixy-ru", "--calendar", "support-hours",
                "--from", "2025-01-01", "--to", "2027-12-31", "--holidays", "--ics", "--out", dir.resolve("ru.ics").toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        ObjectNode policy = (ObjectNode) MAPPER.readTree(run("example", "navixy-ru").out());
        policy.putObject("holidaySets").putObject("company").put("name", "Russia, from iCalendar").put("ics", "ru.ics");
        ((ObjectNode) policy.get("calendars").get("support-hours")).putArray("holidays").add("company");
        Path file = dir.resolve("policy.json");
        Files.writeString(file, MAPPER.writeValueAsString(policy), StandardCharsets.UTF_8);

        assertThat(run("validate", file.toString()).code()).isZero();
        SlaCommandTest.Run again = run("calendar", "--policy", file.toString(), "--calendar", "support-hours",
                "--from", "2025-01-01", "--to", "2027-12-31", "--holidays", "--ics");

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(withoutStamps(again.out()))
                .isEqualTo(withoutStamps(Files.readString(dir.resolve("ru.ics"), StandardCharsets.UTF_8)));
        // and a deadline across the New Year counts the same days off
        SlaCommandTest.Run due = run("deadline", "--policy", file.toString(), "--plan", "paas",
                "--received", "2026-12-30T15:00:00+03:00", "--json");
        SlaCommandTest.Run bundled = run("deadline", "--policy", "navixy-ru", "--plan", "paas",
                "--received", "2026-12-30T15:00:00+03:00", "--json");
        assertThat(due.json().toString()).isEqualTo(bundled.json().toString());
    }

    @Test
    void theProblemsOfAnIcsFileAreLocatedInTheFileAndInThePolicy() throws IOException {
        Files.writeString(dir.resolve("company.ics"), String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//Example//EN", "BEGIN:VEVENT", "UID:1@example", "DTSTAMP:20260101T000000Z",
                "DTSTART:20260302T100000Z", "SUMMARY:Board meeting", "END:VEVENT", "END:VCALENDAR", ""));
        ObjectNode policy = (ObjectNode) MAPPER.readTree(run("example", "navixy-ru").out());
        policy.putObject("holidaySets").putObject("company").put("ics", "company.ics");
        ((ObjectNode) policy.get("calendars").get("support-hours")).putArray("holidays").add("company");
        Path file = dir.resolve("policy.json");
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(policy), StandardCharsets.UTF_8);

        SlaCommandTest.Run r = run("validate", file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(file.toString())
                + ":[0-9]+:[0-9]+: company.ics:4: event 'Board meeting' on 2026-03-02 is timed")
                .contains("(at /holidaySets/company/ics)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "calendar --policy navixy-ru --calendar support-hours --ics",
        "calendar --policy navixy-ru --calendar support-hours --at 2025-10-31T12:00:00Z --ics",
        "calendar --policy navixy-ru --calendar support-hours --from 2025-11-01 --to 2025-11-04 --ics --json",
        "calendar --policy navixy-ru --calendar support-hours --from 2025-11-01 --to 2025-11-04 --holidays",
        "calendar --policy navixy-ru --calendar support-hours --from 2025-11-01 --to 2025-11-04 --out x.ics"
    })
    void icsOptionsOutOfPlaceAreBadUsage(String args) {
        SlaCommandTest.Run r = run(args.split(" "));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("sla: ");
    }
}
