package dev.sla.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The input of a report, read in batches by one thread: each item reads its ticket when
 * called, on whichever thread evaluates the batch.
 */
abstract class TicketSource {

    final BufferedReader in;
    /** The lines read so far. */
    long lines;
    /** The characters read so far, line ends included. */
    long chars;

    TicketSource(BufferedReader in) {
        this.in = in;
    }

    /** The next batch of at most {@code max} tickets, empty at the end of the input. */
    abstract List<Supplier<TicketLine>> next(int max);

    /** Reads a line, counting it; null at the end. */
    final String line() {
        try {
            String s = in.readLine();
            if (s != null) {
                lines++;
                chars += s.length() + 1;
            }
            return s;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** JSON Lines: one ticket per line; blank lines are skipped. */
    static TicketSource jsonLines(BufferedReader in) {
        return new TicketSource(in) {
            @Override
            List<Supplier<TicketLine>> next(int max) {
                List<Supplier<TicketLine>> batch = new ArrayList<>(max);
                String s;
                while (batch.size() < max && (s = line()) != null) {
                    if (s.isBlank()) {
                        continue;
                    }
                    long n = lines;
                    String text = s;
                    batch.add(() -> JsonTicketLines.read(n, text));
                }
                return batch;
            }
        };
    }

    /** CSV: a header, then one row per event, the rows of a ticket one after another. */
    static TicketSource csv(BufferedReader in) {
        return new TicketSource(in) {
            private CsvTickets csv;
            /** The first row of the next ticket, read ahead; null at the end. */
            private String pending;
            private long pendingLine;

            @Override
            List<Supplier<TicketLine>> next(int max) {
                if (csv == null) {
                    String header = line();
                    if (header == null) {
                        return List.of();
                    }
                    csv = CsvTickets.of(header);
                    pending = nonBlank();
                    pendingLine = lines;
                }
                List<Supplier<TicketLine>> batch = new ArrayList<>(max);
                CsvTickets reader = csv;
                while (batch.size() < max && pending != null) {
                    String id = idOf(pending);
                    long first = pendingLine;
                    List<String> rows = new ArrayList<>(12);
                    rows.add(pending);
                    String s;
                    while ((s = nonBlank()) != null && idOf(s).equals(id)) {
                        rows.add(s);
                    }
                    pending = s;
                    pendingLine = lines;
                    batch.add(() -> reader.read(first, id, rows));
                }
                return batch;
            }

            private String idOf(String row) {
                try {
                    return csv.id(CsvTickets.split(row));
                } catch (IllegalArgumentException ex) {
                    return "";
                }
            }

            private String nonBlank() {
                String s;
                while ((s = line()) != null && s.isBlank()) {
                    // skip
                }
                return s;
            }
        };
    }
}
