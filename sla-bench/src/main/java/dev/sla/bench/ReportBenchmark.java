package dev.sla.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sla.cli.Sla;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole report path: {@code sla report} reading {@value #TICKETS} generated tickets
 * (JSON Lines, 5 to 12 events each) from memory, evaluating them on {@code threads}
 * threads and writing every decision to {@code /dev/null} and the summary to a file; beside it, the same input through
 * Jackson alone (each line parsed into a tree and written back, nothing evaluated) on as
 * many threads. One operation is the whole input: tickets per second = {@value #TICKETS}
 * / (ms/op / 1000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    static final int TICKETS = 50_000;
    private static final String AT = "2026-01-15T00:00:00Z";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The policy: {@code express-three-metrics} (this module's resource: the bundled express
     * policy with a next-response metric besides first response and resolution), or a
     * bundled policy's name.
     */
    @Param({"express-three-metrics"})
    public String policy;

    /** The evaluating threads. */
    @Param({"1", "2"})
    public int threads;

    private byte[] input;
    private List<String> lines;
    private Path summary;
    private Path policyFile;
    private String policyArg;
    private ExecutorService pool;

    /** Generates the tickets once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        policyArg = policy;
        try (java.io.InputStream in = ReportBenchmark.class.getResourceAsStream(policy + ".json")) {
            if (in != null) {
                policyFile = Files.createTempFile(policy, ".json");
                Files.write(policyFile, in.readAllBytes());
                policyArg = policyFile.toString();
            }
        }
        StringWriter out = new StringWriter();
        int code = Sla.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "report", "--generate", Integer.toString(TICKETS), "--policy", policyArg, "--seed", "1");
        if (code != 0) {
            throw new IllegalStateException("generate failed: " + code);
        }
        input = out.toString().getBytes(StandardCharsets.UTF_8);
        lines = out.toString().lines().toList();
        if (lines.size() != TICKETS) {
            throw new IllegalStateException("unexpected line count " + lines.size());
        }
        summary = Files.createTempFile("report-bench", ".json");
        pool = Executors.newFixedThreadPool(threads);
    }

    /** Removes the summary file and stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(summary);
        if (policyFile != null) {
            Files.deleteIfExists(policyFile);
        }
        pool.shutdownNow();
    }

    /**
     * Reads, evaluates and writes every ticket (to /dev/null), and the summary.
     *
     * @return the exit code
     */
    @Benchmark
    public int report() {
        int code = Sla.run(new ByteArrayInputStream(input), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), "report", "--policy", policyArg, "--tickets", "-", "--at", AT,
                "--threads", Integer.toString(threads), "--out", "/dev/null", "--summary", summary.toString());
        if (code != 0) {
            throw new IllegalStateException("report failed: " + code);
        }
        return code;
    }

    /**
     * Parses every line into a Jackson tree and writes it back, on as many threads.
     *
     * @return the characters written
     * @throws Exception if a thread fails
     */
    @Benchmark
    public long jacksonOnly() throws Exception {
        int per = (lines.size() + threads - 1) / threads;
        @SuppressWarnings("unchecked")
        Future<Long>[] parts = new Future[threads];
        for (int t = 0; t < threads; t++) {
            List<String> part = lines.subList(t * per, Math.min(lines.size(), (t + 1) * per));
            parts[t] = pool.submit(() -> {
                CountingWriter out = new CountingWriter();
                for (String line : part) {
                    JsonNode n = MAPPER.readTree(line);
                    out.write(MAPPER.writeValueAsString(n));
                    out.write('\n');
                }
                return out.count;
            });
        }
        long total = 0;
        for (Future<Long> f : parts) {
            total += f.get();
        }
        return total;
    }

    /** A writer that only counts. */
    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public void write(String s) {
            count += s.length();
        }

        @Override
        public void write(int c) {
            count++;
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to close
        }
    }
}
