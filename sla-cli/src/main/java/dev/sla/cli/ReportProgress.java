package dev.sla.cli;

import java.io.PrintWriter;

/**
 * The progress line of a report on a terminal, rewritten at most once a second: the lines
 * read, the rate, and the time left when the size of the input is known. Silent when
 * standard error is not a terminal.
 */
final class ReportProgress {

    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean on;
    private final long size;
    private final TicketSource source;
    private final long start = System.nanoTime();
    private long last = start;

    /**
     * @param on  whether to show the line: true on a terminal
     * @param size  the size of the input in bytes, or -1 when unknown
     */
    ReportProgress(PrintWriter err, boolean on, long size, TicketSource source) {
        this.err = err;
        this.on = on;
        this.size = size;
        this.source = source;
    }

    /** Rewrites the line if it is on and a second has passed. */
    void update() {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < SECOND) {
            return;
        }
        last = now;
        err.print("\r" + line(now - start) + "   ");
        err.flush();
    }

    /** The line after a time, such as {@code 1200000 lines read, 240000/s, about 20 s left}. */
    String line(long nanos) {
        double seconds = Math.max(nanos, 1) / 1e9;
        long lines = source.lines;
        StringBuilder sb = new StringBuilder().append(lines).append(" lines read, ")
                .append(Math.round(lines / seconds)).append("/s");
        if (size > 0 && source.chars > 0) {
            double left = seconds * Math.max(0, size - source.chars) / source.chars;
            sb.append(", about ").append(Math.round(left)).append(" s left");
        }
        return sb.toString();
    }

    /** Clears the line. */
    void done() {
        if (on) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
