package dev.sla.json;

import dev.sla.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 */
public final class PolicyJson {

    private static final Set<String> BUNDLED = Set.of("navixy-ru", "navixy-en", "insales", "express", "trackunit");

    private PolicyJson() {
    }

    /**
     * Reads a policy from a file.
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
        return read(file.toString(), text);
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
     * Reads a policy from JSON text.
     *
     * @param origin  the file name or other origin, used in problems, not null
     * @param json  the JSON text, not null
     * @return the policy, not null
     * @throws PolicyLoadException listing every problem, if any
     */
    public static Policy read(String origin, String json) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        List<JsonProblem> problems = new ArrayList<>();
        Node root = new TreeReader(origin, problems).read(json);
        Policy policy = root == null ? null : new Binder(origin, root, problems).bind();
        if (!problems.isEmpty() || policy == null) {
            if (problems.isEmpty()) {
                problems.add(new JsonProblem(origin, 1, 1, "", "the policy could not be loaded"));
            }
            Collections.sort(problems);
            throw new PolicyLoadException(problems);
        }
        return policy;
    }

    /**
     * Gets the names of the bundled example policies: {@code navixy-ru}, {@code navixy-en},
     * {@code insales}, {@code express}, {@code trackunit}.
     *
     * @return the names, sorted, not null
     */
    public static Set<String> bundledNames() {
        return Collections.unmodifiableSet(new TreeSet<>(BUNDLED));
    }

    /**
     * Gets the JSON text of a bundled example policy.
     *
     * @param name  the name, such as {@code navixy-en}, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if there is no bundled policy of that name; the
     *     message lists the bundled ones
     */
    public static String bundledText(String name) {
        Objects.requireNonNull(name, "name");
        if (!BUNDLED.contains(name)) {
            throw new IllegalArgumentException("no bundled policy '" + name + "'; bundled policies: "
                    + String.join(", ", bundledNames()));
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
     * equal policy. A calendar's own day rules are written as a holiday set named after
     * the calendar.
     *
     * @param policy  the policy, not null
     * @return the JSON text, not null
     */
    public static String write(Policy policy) {
        return PolicyWriter.write(Objects.requireNonNull(policy, "policy"));
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
