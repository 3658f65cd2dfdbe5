package dev.sla.json;

import dev.sla.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes policies in the JSON format described by the JSON Schema
 * {@link #schema()}, and gives access to the bundled example policies.
 *
 * <p>Reading is strict: every problem of a file is reported in one pass, each with file,
 * line, column and JSON path — malformed JSON, duplicate keys, unknown fields (with a
 * "did you mean" where one is close), wrong types, unknown ids, impossible times, unknown
 * zones, and everything the policy model's own validation finds — and nothing is loaded
 * when anything is wrong. Files larger than 4,000,000 characters, strings longer than
 * 100,000 characters and nesting deeper than 64 levels are refused with a clear problem.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PolicyJson {

    /** The bundled example policies, each a resource {@code policies/NAME.json}, sorted. */
    private static final Set<String> BUNDLED = Collections.unmodifiableSet(
            new TreeSet<>(List.of("navixy-ru", "navixy-en", "insales", "express", "trackunit")));

    private PolicyJson() {
    }

    /**
     * Reads a policy from a file. A holiday set that names an iCalendar file
     * ({@code "ics": "company-holidays.ics"}) finds it relative to the policy's directory.
     *
     * @param file  the file, not null
     * @return the policy, not null
     * @throws PolicyLoadException listing every problem, if any, including a file that cannot be read
     */
    public static Policy read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            if (Files.size(file) > TreeReader.MAX_DOCUMENT * 4L) {
                throw new PolicyLoadException(List.of(new JsonProblem(file.toString(), 1, 1, "",
                        "the file is " + Files.size(file) + " bytes long; policies are limited to " + TreeReader.MAX_DOCUMENT + " characters")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new PolicyLoadException(List.of(new JsonProblem(file.toString(), 1, 1, "",
                    "cannot read the file: " + describe(ex))));
        }
        Path directory = file.toAbsolutePath().normalize().getParent();
        return BindContext.load(file.toString(), directory, text, "policy", "the policy could not be loaded",
                PolicyDocument::read, PolicyLoadException::new);
    }

    private static String describe(IOException ex) {
        if (ex instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (ex instanceof java.nio.charset.MalformedInputException) {
            return "it is not UTF-8 text";
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

    /**
     * Reads a policy from JSON text. Such a policy has no directory: a holiday set that names
     * an iCalendar file is a problem; read the policy with {@link #read(Path)} instead.
     *
     * @param origin  the file name or other origin, used in problems, not null
     * @param json  the JSON text, not null
     * @return the policy, not null
     * @throws PolicyLoadException listing every problem, if any
     */
    public static Policy read(String origin, String json) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        return BindContext.load(origin, json, "policy", "the policy could not be loaded", PolicyDocument::read,
                PolicyLoadException::new);
    }

    /**
     * Gets the names of the bundled example policies, one for each regulation: the one list
     * of them that messages and command-line completion use.
     *
     * @return the names, sorted, unmodifiable, not null
     */
    public static Set<String> bundledNames() {
        return BUNDLED;
    }

    /**
     * Gets the JSON text of a bundled example policy.
     *
     * @param name  the name, such as {@code navixy-en}, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if there is no bundled policy of that name; the
     *     message names the bundled one the name is a likely typo of, if any, and lists them all
     */
    public static String bundledText(String name) {
        Objects.requireNonNull(name, "name");
        if (!BUNDLED.contains(name)) {
            throw Names.notBundled("policy", "policies", name, BUNDLED);
        }
        return resource("policies/" + name + ".json");
    }

    /**
     * Reads a bundled example policy.
     *
     * @param name  the name, such as {@code navixy-en}, not null
     * @return the policy, not null
     * @throws IllegalArgumentException if there is no bundled policy of that name
     */
    public static Policy bundled(String name) {
        return read(name + ".json", bundledText(name));
    }

    /**
     * Gets the JSON Schema (draft 2020-12) of the policy format.
     *
     * @return the schema text, not null
     */
    public static String schema() {
        return resource("policy.schema.json");
    }

    /**
     * Writes a policy as JSON text that {@link #read(String, String)} reads back into an
     * equal policy. A calendar's own day rules are written inside the calendar, under
     * {@code days}; every holiday set a calendar follows that is not built in is written
     * once, under its name, in {@code holidaySets}. A policy bound to a contract is written
     * as stated, with its parameters and without the contract's values
     * ({@link ContractJson#write} writes the contract).
     *
     * @param policy  the policy, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if two different holiday sets of the policy's
     *     calendars have one name, or a set that is not built in has the name of a built-in
     *     set: a file could not tell them apart; or a set's year rules are not
     *     {@link dev.sla.calendar.StatutoryRules}, the only ones the format can hold
     */
    public static String write(Policy policy) {
        return PolicyDocument.write(Objects.requireNonNull(policy, "policy"));
    }

    private static String resource(String name) {
        try (InputStream in = PolicyJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
