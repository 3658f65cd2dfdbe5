package dev.sla.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The input of a report, read in batches by one thread: each item reads its ticket when
 * called, on whichever thread evaluates the batch.
 */
abstract class TicketSource {

    /** The lines read so far. */
    long lines;
    /** The characters (CSV) or bytes (JSON Lines) read so far, line ends included. */
    long chars;

    /** The next batch of at most {@code max} tickets, empty at the end of the input. */
    abstract List<Supplier<TicketLine>> next(int max);

    /**
     * JSON Lines: one ticket per line; blank lines are skipped. The lines are cut as bytes
     * here and parsed as UTF-8 by the evaluating threads.
     */
    static TicketSource jsonLines(InputStream in) {
        return new TicketSource() {
            private byte[] buffer = new byte[1 << 16];
            private int pos;
            private int limit;
            private boolean end;

            @Override
            List<Supplier<TicketLine>> next(int max) {
                List<Supplier<TicketLine>> batch = new ArrayList<>(max);
                byte[] line;
                while (batch.size() < max && (line = line()) != null) {
                    if (blank(line)) {
                        continue;
                    }
                    long n = lines;
                    byte[] text = line;
                    batch.add(() -> JsonTicketLines.read(n, text));
                }
                return batch;
            }

            /** The next line without its line end, counted; null at the end. */
            private byte[] line() {
                try {
                    int from = pos;
                    while (true) {
                        for (int i = from; i < limit; i++) {
                            if (buffer[i] == '\n') {
                                int stop = i > pos && buffer[i - 1] == '\r' ? i - 1 : i;
                                byte[] line = Arrays.copyOfRange(buffer, pos, stop);
                                chars += i + 1 - pos;
                                pos = i + 1;
                                lines++;
                                return line;
                            }
                        }
                        if (end) {
                            if (pos < limit) {
                                byte[] line = Arrays.copyOfRange(buffer, pos, limit);
                                chars += limit - pos;
                                pos = limit;
                                lines++;
                                return line;
                            }
                            return null;
                        }
                        from = limit - pos;
                        if (pos > 0) {
                            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
                            limit -= pos;
                            pos = 0;
                        } else if (limit == buffer.length) {
                            buffer = Arrays.copyOf(buffer, buffer.length * 2);
                        }
                        int n = in.read(buffer, limit, buffer.length - limit);
                        if (n < 0) {
                            end = true;
                        } else {
                            limit += n;
                        }
                    }
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }

            private boolean blank(byte[] line) {
                for (byte b : line) {
                    if (b != ' ' && b != '\t' && b != '\r') {
                        return false;
                    }
                }
                return true;
            }
        };
    }

    /** CSV: a header, then one row per event, the rows of a ticket one after another. */
    static TicketSource csv(BufferedReader in) {
        return new TicketSource() {
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

            /** Reads a line, counting it; null at the end. */
            private String line() {
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
