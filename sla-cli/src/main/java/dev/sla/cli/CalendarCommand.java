package dev.sla.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Policy;
import dev.sla.json.CalendarIcs;



import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threeten.extra.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla calendar}: is a calendar open, when does it open and close, which periods are open. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Whether a calendar of a policy is open at an instant, when it next opens (after the current "
                + "period, if open) and next closes (the end of the current or next open period), and that period; with --from and --to, the open periods of those dates; with --ics, "
                + "those periods (or, with --holidays, the days off) as an iCalendar file to subscribe to.",
        footer = {"", "Examples:", "  sla calendar --policy navixy-ru --calendar support-hours --at 2025-11-01T10:00:00+03:00",
            "  sla calendar --policy express --calendar client-support --from 2025-11-01 --to 2025-11-07 --json",
            "  sla calendar --policy navixy-ru --calendar support-hours --from 2026-01-01 --to 2026-12-31 --ics --out support.ics",
            "  sla calendar --policy navixy-ru --calendar support-hours --from 2025-01-01 --to 2027-12-31 --holidays --ics"})
final class CalendarCommand extends PolicyCommand {

    @Option(names = "--calendar", required = true, paramLabel = "ID", description = "The calendar id.")
    String calendarId;

    @Option(names = "--at", paramLabel = "INSTANT", converter = Inputs.InstantConverter.class,
            description = "The instant to ask about, ISO-8601 with an offset.")
    Instant at;

    @Option(names = "--from", paramLabel = "DATE", converter = Inputs.DateConverter.class,
            description = "The first date whose open periods to list.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Inputs.DateConverter.class,
            description = "The last date (inclusive) whose open periods to list.")
    LocalDate to;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--ics", description = "Write the open periods of --from..--to as iCalendar (RFC 5545) events in UTC.")
    boolean ics;

    @Option(names = "--holidays", description = "With --ics: write the holidays and days off instead, as all-day events.")
    boolean holidays;

    @Option(names = "--out", paramLabel = "FILE", description = "With --ics: write to this file instead of standard output.")
    Path outFile;

    @Override
    public Integer call() {
        if (at == null && from == null && to == null) {
            throw CliException.usage("give --at INSTANT, or --from DATE and --to DATE");
        }
        if ((from == null) != (to == null)) {
            throw CliException.usage("--from and --to go together");
        }
        if (from != null && to.isBefore(from)) {
            throw CliException.usage("--to " + to + " is before --from " + from);
        }
        if (ics && (from == null || at != null || json)) {
            throw CliException.usage("--ics writes the periods of --from DATE --to DATE; it takes neither --at nor --json");
        }
        if (!ics && (holidays || outFile != null)) {
            throw CliException.usage((holidays ? "--holidays" : "--out") + " goes with --ics");
        }
        Policy policy = policy();
        WorkCalendar cal = policy.calendars().get(calendarId);
        if (cal == null && policy.calendarTemplates().containsKey(calendarId)) {
            throw CliException.invalid("calendar '" + calendarId + "' of policy '" + policy.id()
                    + "' is set by the contract; give --contract");
        }
        if (cal == null) {
            throw CliException.invalid("unknown calendar '" + calendarId + "' in policy '" + policy.id() + "'; known: "
                    + String.join(", ", policy.calendars().keySet()));
        }
        if (ics) {
            return writeIcs(policy, cal);
        }
        ObjectNode n = Json.object();
        n.put("policy", policy.id());
        n.put("calendar", calendarId);
        n.put("zone", cal.zone().getId());
        n.put("hours", cal.weeklyHours().toString());
        StringBuilder text = new StringBuilder();
        if (at != null) {
            boolean open = cal.isOpen(at);
            // closed: the next close is the end of the next open period, not the instant itself
            OpenPeriod period = OpenPeriod.at(cal, at);
            Optional<Instant> close = Optional.ofNullable(period.end());
            Instant nextOpen = open ? close.map(cal::nextOpen).orElse(null) : period.start();
            n.put("at", Json.instant(at, cal.zone()));
            n.put("open", open);
            n.put("nextOpen", Json.instant(nextOpen, cal.zone()));
            n.put("nextClose", close.map(c -> Json.instant(c, cal.zone())).orElse(null));
            ObjectNode p = n.putObject("period");
            p.put("start", Json.instant(period.start(), cal.zone()));
            p.put("end", Json.instant(period.end(), cal.zone()));
            n.put("day", cal.day(at.atZone(cal.zone()).toLocalDate()).toString());
            text.append(Json.instant(at, cal.zone())).append(open ? ": open" : ": closed")
                    .append("; next open ").append(nextOpen == null ? "never" : Json.instant(nextOpen, cal.zone()))
                    .append("; next close ").append(close.map(c -> Json.instant(c, cal.zone())).orElse("never"))
                    .append('\n').append(open ? "period: " : "next period: ")
                    .append(period.start() == null ? "open since before " + Json.instant(
                            at.minus(java.time.Duration.ofDays(OpenPeriod.LOOK_BACK_DAYS)), cal.zone())
                            : Json.instant(period.start(), cal.zone()))
                    .append(" - ").append(period.end() == null ? "no end" : Json.instant(period.end(), cal.zone()))
                    .append('\n').append("day: ").append(cal.day(at.atZone(cal.zone()).toLocalDate())).append('\n');
        }
        if (from != null) {
            Instant start = from.atStartOfDay(cal.zone()).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(cal.zone()).toInstant();
            List<Interval> periods = cal.openPeriods(start, end).collect(Collectors.toList());
            ArrayNode list = n.putArray("periods");
            for (Interval p : periods) {
                ObjectNode o = list.addObject();
                o.put("start", Json.instant(p.getStart(), cal.zone()));
                o.put("end", Json.instant(p.getEnd(), cal.zone()));
                text.append(Json.instant(p.getStart(), cal.zone())).append(" - ")
                        .append(Json.instant(p.getEnd(), cal.zone())).append('\n');
            }
            n.put("total", cal.between(start, end).toString());
            text.append("total ").append(cal.between(start, end)).append('\n');
            cal.warnings(start, end).forEach(n.putArray("warnings")::add);
            cal.warnings(start, end).forEach(w -> text.append("warning: ").append(w).append('\n'));
        }
        out().print(json ? Json.write(n) + "\n" : text.toString());
        return Sla.OK;
    }

    /** Writes the open periods or the days off of the dates as iCalendar text. */
    private Integer writeIcs(Policy policy, WorkCalendar cal) {
        String feedId = policy.id() + "." + calendarId;
        Instant now = Instant.now();
        String text = holidays ? CalendarIcs.daysOff(cal, from, to, feedId, now)
                : CalendarIcs.openPeriods(cal, from, to, feedId, now);
        Instant start = from.atStartOfDay(cal.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(cal.zone()).toInstant();
        cal.warnings(start, end).forEach(w -> err().println("warning: " + w));
        return Outputs.print(out(), outFile, text);
    }
}
