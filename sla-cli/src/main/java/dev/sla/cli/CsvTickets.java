package dev.sla.cli;

import dev.sla.core.Event;
import dev.sla.core.EventType;
import dev.sla.core.Ticket;
import dev.sla.core.TicketException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tickets from CSV: a header row, then one row per event, the rows of a ticket one
 * after another.
 *
 * <p>Columns: {@code id} (the ticket's id), {@code at} (the event's ISO-8601 instant with an
 * offset), {@code type} (received, customer-message, agent-response, status, resolved or
 * auto-acknowledgement),
 * {@code status} (the new status of a status event, empty otherwise), optionally {@code author}
 * (the role of the event's author, such as {@code partner}; empty when not stated), and any number of
 * attribute columns ({@code plan}, which is required, {@code severity}, {@code service},
 * {@code impact}, ... or custom attributes). A ticket's attributes are taken from its rows:
 * an empty cell says nothing, and two rows that give an attribute different values are an
 * error. Fields are separated by commas; a field with a comma or a quote is quoted with
 * {@code "}, a quote inside doubled; a field does not span lines.
 */
final class CsvTickets {

    /** The columns every CSV input has. */
    static final List<String> REQUIRED = List.of("id", "at", "type", "plan");

    private final String[] header;
    private final int id;
    private final int at;
    private final int type;
    private final int status;
    private final int author;
    private final int plan;

    private CsvTickets(String[] header) {
        this.header = header;
        List<String> names = List.of(header);
        this.id = names.indexOf("id");
        this.at = names.indexOf("at");
        this.type = names.indexOf("type");
        this.status = names.indexOf("status");
        this.author = names.indexOf("author");
        this.plan = names.indexOf("plan");
    }

    /**
     * Obtains the reader of the rows under a header.
     *
     * @throws CliException if the header lacks a required column or names one twice
     */
    static CsvTickets of(String headerLine) {
        String[] header;
        try {
            header = split(headerLine);
        } catch (IllegalArgumentException ex) {
            throw CliException.invalid("the CSV header " + ex.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (String h : header) {
            if (names.contains(h.trim())) {
                throw CliException.invalid("the CSV header names column '" + h.trim() + "' twice");
            }
            names.add(h.trim());
        }
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                throw CliException.invalid("the CSV header has no '" + required + "' column; it needs "
                        + String.join(", ", REQUIRED) + " (status and attribute columns are optional)");
            }
        }
        return new CsvTickets(names.toArray(new String[0]));
    }

    /** The ticket id of a row. */
    String id(String[] row) {
        return id < row.length ? row[id] : "";
    }

    /**
     * Splits a row into its fields.
     *
     * @throws IllegalArgumentException if a quote is not closed or a quoted field goes on after its quote
     */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            sb.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("has a quote that is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("has text after a quoted field at column " + (i + 1));
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    sb.append(line.charAt(i++));
                }
            }
            fields.add(sb.toString());
            if (i >= n) {
                return fields.toArray(new String[0]);
            }
            i++;
        }
    }

    /** Reads the ticket of consecutive rows, the first on line {@code line}; {@code rows} are unsplit. */
    TicketLine read(long line, String ticketId, List<String> rows) {
        String[][] cells = new String[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            try {
                cells[r] = split(rows.get(r));
            } catch (IllegalArgumentException ex) {
                return TicketLine.bad(line, ticketId, "row on line " + (line + r) + " " + ex.getMessage());
            }
            if (cells[r].length != header.length) {
                return TicketLine.bad(line, ticketId, "row on line " + (line + r) + " has " + cells[r].length
                        + " fields; the header has " + header.length);
            }
        }
        String planId = cells[0][plan];
        if (planId.isEmpty()) {
            return TicketLine.bad(line, ticketId, "the first row of the ticket has no plan");
        }
        Ticket.Builder b = Ticket.builder(planId);
        for (int c = 0; c < header.length; c++) {
            if (c == id || c == at || c == type || c == status || c == author) {
                continue;
            }
            String value = null;
            for (int r = 0; r < cells.length; r++) {
                String v = cells[r][c];
                if (v.isEmpty()) {
                    continue;
                }
                if (value != null && !value.equals(v)) {
                    return TicketLine.bad(line, ticketId, "'" + header[c] + "' is '" + value + "' on one row and '"
                            + v + "' on line " + (line + r));
                }
                value = v;
            }
            b.attribute(header[c], value);
        }
        for (int r = 0; r < cells.length; r++) {
            String[] row = cells[r];
            try {
                EventType t = EventType.ofId(row[type]);
                String s = status < 0 || row[status].isEmpty() ? null : row[status];
                String by = author < 0 || row[author].isEmpty() ? null : row[author];
                b.event(new Event(Instants.parse(row[at]), t, s, null, null, by));
            } catch (DateTimeException ex) {
                return TicketLine.bad(line, ticketId, "line " + (line + r) + ": '" + row[at]
                        + "' is not an ISO-8601 instant with an offset, such as 2026-11-20T15:30:00+03:00");
            } catch (IllegalArgumentException ex) {
                return TicketLine.bad(line, ticketId, "line " + (line + r) + ": " + ex.getMessage());
            }
        }
        try {
            return TicketLine.ok(line, ticketId, b.build());
        } catch (TicketException ex) {
            return TicketLine.bad(line, ticketId, ex.getMessage());
        }
    }
}
