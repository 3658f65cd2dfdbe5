package dev.sla.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sla.SlaException;
import dev.sla.core.Decision;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.json.DecisionWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs a report: reads the input in batches on the calling thread, evaluates the batches on
 * a pool of threads, and writes their decisions in the input order. At most a few batches
 * per thread are in flight, so memory does not grow with the input.
 */
final class ReportRun {

    /** The tickets of one batch. */
    static final int BATCH = 512;

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Policy policy;
    private final Instant at;
    private final int threads;
    private final List<ReportSummary> summaries = new ArrayList<>();
    private final ThreadLocal<ReportSummary> summary = ThreadLocal.withInitial(this::newSummary);
    private final ThreadLocal<DecisionWriter> writer;

    /** Binds the policy to the contract a ticket names; null when the command was given one. */
    private final NamedContracts contracts;

    ReportRun(Policy policy, Instant at, int threads) {
        this(policy, at, threads, false);
    }

    /**
     * A run that, with {@code byName}, judges a ticket that names a bundled contract by the policy bound to it; a
     * name that is no bundled contract gets the error record of its line.
     */
    ReportRun(Policy policy, Instant at, int threads, boolean byName) {
        this.contracts = byName ? new NamedContracts(policy) : null;
        this.policy = policy;
        this.at = at;
        this.threads = threads;
        this.writer = ThreadLocal.withInitial(() -> DecisionWriter.of(policy));
    }

    private ReportSummary newSummary() {
        ReportSummary s = new ReportSummary();
        synchronized (summaries) {
            summaries.add(s);
        }
        return s;
    }

    /**
     * Evaluates every ticket of the source and writes one line per ticket.
     *
     * @param progress  called after each batch written with the tickets done so far
     * @return the summary of the run
     */
    ReportSummary run(TicketSource source, OutputStream out, Runnable progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sla-report");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
        int limit = threads * 3;
        try {
            while (true) {
                List<Supplier<TicketLine>> batch = source.next(BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                inFlight.add(pool.submit(() -> evaluate(batch)));
                while (inFlight.size() >= limit) {
                    out.write(take(inFlight));
                    progress.run();
                }
            }
            while (!inFlight.isEmpty()) {
                out.write(take(inFlight));
                progress.run();
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            pool.shutdownNow();
        }
        ReportSummary total = new ReportSummary();
        synchronized (summaries) {
            summaries.forEach(total::addAll);
        }
        return total;
    }

    private static byte[] take(ArrayDeque<Future<byte[]>> inFlight) {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException) {
                throw (RuntimeException) ex.getCause();
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    /** Reads and evaluates a batch; its output lines. */
    private byte[] evaluate(List<Supplier<TicketLine>> batch) throws IOException {
        ReportSummary s = summary.get();
        DecisionWriter lines = writer.get();
        ByteArrayOutputStream text = new ByteArrayOutputStream(batch.size() * 800);
        try (JsonGenerator g = FACTORY.createGenerator(text, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (Supplier<TicketLine> item : batch) {
                TicketLine t = item.get();
                if (t.ticket() == null) {
                    s.error();
                    error(g, t.line(), t.id(), t.error());
                } else {
                    Decision d = null;
                    try {
                        Policy p = policy;
                        String named = contracts == null ? null : t.ticket().attributes().get(Ticket.CONTRACT);
                        if (named != null) {
                            p = contracts.policy(named);
                        }
                        d = p.evaluate(t.ticket(), at);
                    } catch (SlaException | DateTimeException | ArithmeticException | CliException ex) {
                        s.error();
                        error(g, t.line(), t.id(), ex.getMessage());
                    } catch (RuntimeException ex) {
                        // a fault of the engine on one ticket: recorded, and the run goes on
                        s.error();
                        error(g, t.line(), t.id(), "internal error: " + ex);
                    }
                    if (d != null) {
                        s.add(t.ticket().plan(), d);
                        lines.write(g, t.id(), d, false);
                    }
                }
                g.writeRaw('\n');
            }
        }
        return text.toByteArray();
    }

    /** Writes the error record of a line that is not a valid ticket. */
    static void error(JsonGenerator g, long line, String id, String message) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", line);
        if (id != null) {
            g.writeStringField("id", id);
        }
        g.writeStringField("error", message);
        g.writeEndObject();
    }
}
