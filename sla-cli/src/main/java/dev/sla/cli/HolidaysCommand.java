package dev.sla.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.calendar.DayRule;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.YearRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sla holidays SET YEAR}: a built-in holiday set for a year; {@code sla holidays --list}: the sets. */
@Command(name = "holidays",
        mixinStandardHelpOptions = true,
        description = "Show a built-in holiday set for a year: holidays and days off (weekend ones too), "
                + "working weekend days and shortened days, with the source of the data. Besides ru, the sets "
                + "of countries (fr, de) and their subdivisions (de-by) come from the jollyday library.",
        footer = {"", "Examples:", "  sla holidays ru 2025", "  sla holidays ru 2026 --json", "  sla holidays fr 2026",
            "  sla holidays --list"})
final class HolidaysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SET", description = "The holiday set, e.g. ru, fr or de-by.")
    String set;

    @Parameters(index = "1", arity = "0..1", paramLabel = "YEAR", description = "The year, e.g. 2025.")
    Integer yearParameter;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--list", description = "List the built-in sets with their names.")
    boolean list;

    int year;

    @Override
    public Integer call() {
        if (list) {
            if (set != null) {
                throw CliException.usage("--list takes no SET or YEAR");
            }
            return list();
        }
        if (set == null || yearParameter == null) {
            throw CliException.usage("give SET and YEAR, or --list");
        }
        year = yearParameter;
        HolidaySet holidays;
        try {
            holidays = HolidaySet.builtIn(set);
        } catch (IllegalArgumentException ex) {
            throw CliException.invalid(ex.getMessage() + " (sla holidays --list lists them all)");
        }
        Year y = Year.of(year);
        LocalDateRange coverage = holidays.coverage().orElse(null);
        boolean dated = coverage != null && year >= coverage.getStart().getYear() && year <= coverage.getEndInclusive().getYear();
        String computedBy = dated ? null : holidays.yearRules().map(YearRules::description).orElse(null);
        if (coverage != null && !dated && computedBy == null) {
            throw CliException.invalid("holiday set '" + set + "' has data for " + coverage.getStart().getYear()
                    + "-" + coverage.getEndInclusive().getYear() + " only; " + year + " is not covered");
        }
        List<DayRule> rules = holidays.rules(y);
        if (json) {
            ObjectNode node = Json.object();
            node.put("set", holidays.name());
            node.put("name", holidays.title());
            node.put("year", year);
            node.put("source", holidays.source(y).orElse(null));
            node.put("provisional", holidays.isProvisional(y));
            node.put("computedBy", computedBy);
            ArrayNode nonWorking = node.putArray("holidays");
            ArrayNode working = node.putArray("workingWeekends");
            ArrayNode shortDays = node.putArray("shortDays");
            ArrayNode entries = node.putArray("entries");
            for (DayRule r : rules) {
                (r.isNonWorking() ? nonWorking : r.kind() == DayRule.Kind.WORKING_DAY ? working : shortDays)
                        .add(r.date().toString());
                ObjectNode e = entries.addObject();
                e.put("date", r.date().toString());
                e.put("kind", r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                e.put("note", r.note());
                if (r.like() != null) {
                    e.put("like", r.like().name().toLowerCase(Locale.ROOT));
                }
                if (r.shortening() != null) {
                    e.put("shortening", r.shortening().toString());
                }
            }
            spec.commandLine().getOut().println(Json.write(node));
            return Sla.OK;
        }
        var out = spec.commandLine().getOut();
        out.println(holidays.title() + ", " + year + (holidays.isProvisional(y) ? " (provisional)" : ""));
        holidays.source(y).ifPresent(s -> out.println("Source: " + s));
        if (computedBy != null) {
            out.println("Computed by the " + computedBy + (holidays.isProvisional(y)
                    ? "; provisional: transfers of days off of " + year + " are not yet decreed" : ""));
        }
        for (String s : holidays.sources()) {
            out.println("Source: " + s);
        }
        out.println();
        for (DayRule r : rules) {
            out.printf("%s %s  %-8s %s%n", r.date(), weekday(r.date()), label(r), r.note());
        }
        return Sla.OK;
    }

    private int list() {
        if (json) {
            ObjectNode node = Json.object();
            for (String name : HolidaySet.builtInNames()) {
                node.put(name, HolidaySet.builtIn(name).title());
            }
            spec.commandLine().getOut().println(Json.write(node));
            return Sla.OK;
        }
        var out = spec.commandLine().getOut();
        for (String name : HolidaySet.builtInNames()) {
            out.printf("%-10s %s%n", name, HolidaySet.builtIn(name).title());
        }
        return Sla.OK;
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The label of a rule in the table, such as {@code holiday} or {@code short 1h30m}. */
    static String label(DayRule r) {
        switch (r.kind()) {
            case HOLIDAY:
                return "holiday";
            case DAY_OFF:
                return "day off";
            case WORKING_DAY:
                return "working";
            default:
                return "short " + hoursAndMinutes(r.shortening());
        }
    }

    /** A positive duration as hours, minutes and seconds, leaving out zero parts: {@code 30m}, {@code 1h}, {@code 1h30m}. */
    static String hoursAndMinutes(Duration d) {
        StringBuilder sb = new StringBuilder();
        if (d.toHours() > 0) {
            sb.append(d.toHours()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            sb.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0 || sb.length() == 0) {
            sb.append(d.toSecondsPart()).append('s');
        }
        return sb.toString();
    }
}
