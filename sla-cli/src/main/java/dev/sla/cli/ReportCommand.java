package dev.sla.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sla.core.Event;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.core.TicketGenerator;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sla report}: every ticket of a file judged, one decision per line, and a summary. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Judge many tickets: one decision per ticket as JSON Lines, in the input order, and a summary "
                + "per plan, severity and metric (count, met, breached, running, paused, not-applicable, best-effort, none, "
                + "share met = met / (met + breached), median and 90th percentile of the elapsed business time).",
            "A line that is not a valid ticket gets an error record {\"line\": N, \"error\": ...} and the run goes on; "
                + "the exit code is then 1.",
            "With --generate N, write N random tickets for the policy instead (received in 2025, 5 to 12 events), "
                + "as JSON Lines or, with --format csv, as CSV."},
        footer = {"", "Input:",
            "  jsonl  one ticket per line, as for 'sla evaluate', with an \"id\" (a string or a number)",
            "  csv    a header, then one row per event, the rows of a ticket one after another:",
            "         id,plan,severity,service,at,type,status",
            "         T1,paas,level-1,,2025-11-20T15:30:00+03:00,received,",
            "         T1,paas,level-1,,2025-11-20T16:00:00+03:00,status,in-progress",
            "         id, at, type and plan are required; every other column is an attribute; an empty cell says",
            "         nothing; quote a field with a comma as \"a,b\"; a field does not span lines.",
            "", "Examples:",
            "  sla report --generate 1000000 --policy navixy-ru --seed 1 > t.jsonl",
            "  sla report --policy navixy-ru --tickets t.jsonl --out d.jsonl",
            "  sla report --policy express --tickets events.csv --at 2025-12-31T00:00:00Z --summary summary.json"})
final class ReportCommand extends PolicyCommand {

    /** The received instants of generated tickets: the year 2025. */
    private static final Instant GENERATE_FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant GENERATE_TO = Instant.parse("2026-01-01T00:00:00Z");

    @Option(names = "--tickets", paramLabel = "FILE", description = "The tickets, or - for standard input.")
    String ticketsArg;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl or csv, of the tickets read or generated; default csv for a file named *.csv, "
                    + "jsonl otherwise.")
    String format;

    @Option(names = "--at", paramLabel = "INSTANT", converter = Inputs.InstantConverter.class,
            description = "The instant of evaluation (\"now\"); default the current instant.")
    Instant at;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the decisions (or generated tickets) go; "
            + "default standard output.")
    Path outPath;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "Write the summary as JSON to FILE; default a table on standard error.")
    Path summaryPath;

    @Option(names = "--threads", paramLabel = "N", description = "Evaluating threads; default every core (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--generate", paramLabel = "N", description = "Write N random tickets for the policy.")
    Long generate;

    @Option(names = "--seed", paramLabel = "S", description = "The seed of --generate: the same seed, the same tickets; "
            + "default random.")
    Long seed;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw CliException.usage("--threads must be at least 1, not " + threads);
        }
        Policy policy = policy();
        if (generate != null) {
            if (ticketsArg != null) {
                throw CliException.usage("--generate writes tickets; it takes no --tickets");
            }
            if (generate < 0) {
                throw CliException.usage("--generate must be at least 0, not " + generate);
            }
            if (format != null && format.equalsIgnoreCase("csv")) {
                generateCsv(policy);
            } else if (format == null || format.equalsIgnoreCase("jsonl")) {
                generate(policy);
            } else {
                throw CliException.usage("--format is jsonl or csv, not '" + format + "'");
            }
            return Sla.OK;
        }
        if (ticketsArg == null) {
            throw CliException.usage("give --tickets FILE (or - for standard input), or --generate N");
        }
        String fmt = format != null ? format.toLowerCase(Locale.ROOT)
                : ticketsArg.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "jsonl";
        if (!fmt.equals("jsonl") && !fmt.equals("csv")) {
            throw CliException.usage("--format is jsonl or csv, not '" + format + "'");
        }
        if (outPath != null && !ticketsArg.equals("-")
                && outPath.toAbsolutePath().normalize().equals(Path.of(ticketsArg).toAbsolutePath().normalize())) {
            throw CliException.usage("--out is the tickets file; the decisions would overwrite it");
        }
        Instant now = at == null ? Instant.now() : at;
        long size = ticketsArg.equals("-") ? -1 : size(Path.of(ticketsArg));
        ReportSummary summary;
        try (InputStream in = input(); OutputStream out = output()) {
            TicketSource source = fmt.equals("csv")
                    ? TicketSource.csv(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16))
                    : TicketSource.jsonLines(in);
            ReportProgress progress = new ReportProgress(err(), System.console() != null, size, source);
            summary = new ReportRun(policy, now, threads, contractArg == null).run(source, out, progress::update);
            progress.done();
        } catch (IOException ex) {
            throw CliException.invalid("cannot read or write: " + ex.getMessage());
        } catch (UncheckedIOException ex) {
            throw CliException.invalid("cannot read or write: " + ex.getCause().getMessage());
        }
        if (summaryPath != null) {
            try {
                Files.writeString(summaryPath, Json.write(summary.toJson(policy, now.toString())) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw CliException.invalid("cannot write " + summaryPath + ": " + ex.getMessage());
            }
        } else {
            summary.printTable(policy, err());
        }
        return summary.errors() > 0 ? Sla.INVALID_INPUT : Sla.OK;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (NoSuchFileException ex) {
            throw CliException.invalid("cannot read tickets " + path + ": no such file");
        } catch (IOException ex) {
            throw CliException.invalid("cannot read tickets " + path + ": " + ex.getMessage());
        }
    }

    private InputStream input() throws IOException {
        return ticketsArg.equals("-") ? Sla.stdin() : Files.newInputStream(Path.of(ticketsArg));
    }

    /**
     * The output of the decisions: the file of --out, or standard output (flushed, not
     * closed), written in whole lines of UTF-8.
     */
    private OutputStream output() throws IOException {
        if (outPath != null) {
            return new BufferedOutputStream(Files.newOutputStream(outPath), 1 << 16);
        }
        PrintWriter out = out();
        return new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("whole lines only");
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /** The output: the file of --out, or standard output (flushed, not closed). */
    private Writer writer() throws IOException {
        if (outPath != null) {
            return new BufferedWriter(Files.newBufferedWriter(outPath, StandardCharsets.UTF_8), 1 << 16);
        }
        PrintWriter out = out();
        return new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                out.write(cbuf, off, len);
            }

            @Override
            public void write(String s) {
                out.write(s);
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /** Writes the generated tickets, one per line, each with its number as id. */
    private void generate(Policy policy) {
        TicketGenerator g = TicketGenerator.of(policy, seed != null ? seed : System.nanoTime(), GENERATE_FROM,
                GENERATE_TO);
        try (Writer out = writer(); JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            for (long i = 1; i <= generate; i++) {
                writeTicket(json, Long.toString(i), g.next());
                json.writeRaw('\n');
            }
        } catch (IOException ex) {
            throw CliException.invalid("cannot write: " + ex.getMessage());
        }
    }

    /**
     * Writes the generated tickets as CSV, one row per event: the columns id, the attributes
     * that have a field of their own in the JSON format, the policy's other declared
     * attributes, at, type and status; a ticket's attributes on its first row.
     */
    private void generateCsv(Policy policy) {
        TicketGenerator g = TicketGenerator.of(policy, seed != null ? seed : System.nanoTime(), GENERATE_FROM,
                GENERATE_TO);
        List<String> attributes = new java.util.ArrayList<>(TICKET_FIELDS);
        new java.util.TreeSet<>(policy.attributes().keySet()).forEach(a -> {
            if (!attributes.contains(a)) {
                attributes.add(a);
            }
        });
        try (Writer out = writer()) {
            StringBuilder row = new StringBuilder("id");
            attributes.forEach(a -> row.append(',').append(csv(a)));
            out.write(row.append(",at,type,status\n").toString());
            for (long i = 1; i <= generate; i++) {
                Ticket t = g.next();
                boolean first = true;
                for (Event e : t.events()) {
                    row.setLength(0);
                    row.append(i);
                    for (String a : attributes) {
                        row.append(',');
                        String v = first ? t.attributes().get(a) : null;
                        if (v != null) {
                            row.append(csv(v));
                        }
                    }
                    row.append(',').append(e.at()).append(',').append(e.type().id()).append(',');
                    if (e.status() != null) {
                        row.append(csv(e.status()));
                    }
                    out.write(row.append('\n').toString());
                    first = false;
                }
            }
        } catch (IOException ex) {
            throw CliException.invalid("cannot write: " + ex.getMessage());
        }
    }

    /** A CSV field, quoted when it holds a comma or a quote. */
    private static String csv(String value) {
        return value.indexOf(',') < 0 && value.indexOf('"') < 0 ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The attributes with a field of their own in the JSON ticket format, in its order. */
    private static final List<String> TICKET_FIELDS = List.of("plan", "severity", "impact", "cause", "category",
            "service", "requester", "channel", "language");

    /** Writes a ticket in the format of {@code TicketJson}, with its id first. */
    static void writeTicket(JsonGenerator json, String id, Ticket ticket) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        List<String> fields = TICKET_FIELDS;
        for (String f : fields) {
            String v = ticket.attributes().get(f);
            if (v != null) {
                json.writeStringField(f, v);
            }
        }
        boolean custom = false;
        // the other attributes, as TicketJson writes them
        for (Map.Entry<String, String> e : ticket.attributes().entrySet()) {
            if (!fields.contains(e.getKey())) {
                if (!custom) {
                    json.writeObjectFieldStart("attributes");
                    custom = true;
                }
                json.writeStringField(e.getKey(), e.getValue());
            }
        }
        if (custom) {
            json.writeEndObject();
        }
        json.writeArrayFieldStart("events");
        for (Event e : ticket.events()) {
            json.writeStartObject();
            json.writeStringField("at", e.at().toString());
            json.writeStringField("type", e.type().id());
            if (e.status() != null) {
                json.writeStringField("status", e.status());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
