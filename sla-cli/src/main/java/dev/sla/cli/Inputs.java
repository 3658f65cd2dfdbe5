package dev.sla.cli;

import dev.sla.core.Policy;
import dev.sla.json.ContractJson;
import dev.sla.json.JsonLoadException;
import dev.sla.json.JsonProblem;
import dev.sla.json.PolicyJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import picocli.CommandLine;

/** Reads the command's inputs: policies and contracts by path or bundled name, instants and dates. */
final class Inputs {

    private Inputs() {
    }

    /** Loads a policy from a file path or a bundled name; problems go to stderr. */
    static Policy policy(String arg, PrintWriter err) {
        try {
            return read(arg);
        } catch (JsonLoadException ex) {
            throw problems(ex, err);
        }
    }

    /**
     * Reads a policy from a file path or a bundled name.
     *
     * @throws JsonLoadException if the policy has problems
     * @throws CliException if there is no such file or bundled policy
     */
    static Policy read(String arg) {
        Path path = Path.of(arg);
        if (Files.exists(path)) {
            return PolicyJson.read(path);
        }
        String text;
        try {
            text = PolicyJson.bundledText(arg);
        } catch (IllegalArgumentException ex) {
            throw CliException.invalid("no policy file '" + arg + "' and " + ex.getMessage());
        }
        return PolicyJson.read(arg + ".json", text);
    }

    /**
     * Binds a contract, from a file path or a bundled name, to a policy; problems go to stderr.
     *
     * @throws CliException if there is no such file or bundled contract, or the contract does not fit
     */
    static Policy contract(Policy policy, String arg, PrintWriter err) {
        try {
            Path path = Path.of(arg);
            if (Files.exists(path)) {
                return ContractJson.bind(policy, path);
            }
            return ContractJson.bind(policy, arg + ".json", ContractJson.bundledText(arg));
        } catch (JsonLoadException ex) {
            throw problems(ex, err);
        } catch (IllegalArgumentException ex) {
            throw CliException.invalid("no contract file '" + arg + "' and " + ex.getMessage());
        }
    }

    /** Prints every located problem, and returns the exception that ends the command with exit 1. */
    static CliException problems(JsonLoadException ex, PrintWriter err) {
        for (JsonProblem p : ex.problems()) {
            err.println(p);
        }
        return CliException.invalid(ex.problems().size() + (ex.problems().size() == 1 ? " problem" : " problems")
                + " in " + ex.problems().get(0).file());
    }

    /** Parses an ISO-8601 instant with an offset or Z; null if it does not parse. */
    static Instant instantOrNull(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException ex) {
            return null;
        }
    }

    /** Converts ISO-8601 instants with an offset or Z. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            Instant instant = instantOrNull(value);
            if (instant == null) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not an ISO-8601 instant with an offset, such as 2026-11-20T15:30:00+03:00 or 2026-11-20T12:30:00Z");
            }
            return instant;
        }
    }

    /** Converts ISO-8601 dates. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException ex) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an ISO-8601 date such as 2026-11-20");
            }
        }
    }
}
