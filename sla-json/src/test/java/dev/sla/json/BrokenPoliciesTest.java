package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus under {@code src/test/resources/broken}: each file is a small variation of
 * {@code valid/base.json}, and the {@code .expected} file next to it lists the exact
 * problems, as {@code file:line:column: message (at path)}, in file order.
 */
class BrokenPoliciesTest {

    static Path dir(String name) {
        try {
            return Path.of(BrokenPoliciesTest.class.getResource("/" + name).toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(dir("broken"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    @Test
    void theBaseIsValid() throws IOException {
        String base = Files.readString(dir("valid").resolve("base.json"));
        assertThat(PolicyJson.read("base.json", base).id()).isEqualTo("acme");
        assertThat(Schema.errors(base)).isEmpty();
    }

    @Test
    void theCorpusIsLargeAndEveryFileHasItsExpectations() throws IOException {
        List<String> files = corpus().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        for (String f : files) {
            assertThat(dir("broken").resolve(f.replace(".json", ".expected"))).as(f).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reportsExactlyTheExpectedProblems(String name) throws IOException {
        Path file = dir("broken").resolve(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(file.resolveSibling(name.replace(".json", ".expected")));

        PolicyLoadException ex = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(name, text));

        assertThat(ex).as("%s loaded", name).isNotNull();
        assertThat(ex.problems()).extracting(JsonProblem::toString).containsExactlyElementsOf(expected);
        assertThat(ex.getMessage()).isEqualTo(String.join("\n", expected));
        // the same problems when read from the file, under the file's name
        assertThat(catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(file)).problems())
                .extracting(p -> p.line() + ":" + p.column() + ": " + p.message())
                .containsExactlyElementsOf(ex.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyProblemPointsAtAToken(String name) throws IOException {
        String text = Files.readString(dir("broken").resolve(name), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        PolicyLoadException ex = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(name, text));
        for (JsonProblem p : ex.problems()) {
            if (p.line() > lines.size() || p.column() > lines.get(p.line() - 1).length()) {
                // only the end of the input lies past the last character
                assertThat(p.message()).as("%s", p).containsAnyOf("the text ends before", "the file is empty");
                continue;
            }
            char c = lines.get(p.line() - 1).charAt(p.column() - 1);
            assertThat(String.valueOf(c)).as("%s", p).matches("[\"{\\[\\]}0-9tfn'\\-]");
            if (!p.path().isEmpty()) {
                assertThat(p.path()).startsWith("/");
            }
        }
    }

    /** What the JSON Schema sees too: the shape of the file. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bad-duration", "bad-holiday-hours", "bad-id", "bad-mode",
        "deep-nesting", "missing-calendar", "missing-required", "none-with-calendar", "none-without-mode",
        "reserved-party-none", "root-not-object", "unknown-event-type", "unknown-field-did-you-mean", "unknown-field-list",
        "unknown-party-kind", "wrong-type-array", "wrong-type-status-class", "wrong-type-boolean", "wrong-type-condition", "wrong-type-object",
        "wrong-type-string", "plan-unknown-enforce", "requirement-without-value", "redirect-party-and-plan", "empty-scope",
        "present-false", "absent-with-values", "bad-default-mode", "performers-twice"})
    void theSchemaAlsoRejectsTheShapeOf(String name) throws IOException {
        assertThat(Schema.errors(Files.readString(dir("broken").resolve(name + ".json")))).isNotEmpty();
    }

    /** What only the loader sees: references, holes, calendars, contradictions. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"coverage-hole", "inheritance-cycle", "unknown-plan",
        "unknown-party-vendor", "unknown-calendar", "unknown-holiday-set", "unknown-redirect", "unknown-severity",
        "unknown-metric", "unknown-service", "unknown-status", "unknown-zone", "impossible-time", "end-before-start",
        "overlapping-hours", "duplicate-target", "unreachable-rule", "pause-and-stop", "missing-target", "zero-duration",
        "statutory-duplicate", "unknown-status-class", "condition-unknown-calendar", "condition-on-none", "unknown-author-role",
        "requirement-unknown-attribute", "requirement-unknown-value", "requirement-twice", "plan-language-by-exception-twice",
        "plan-enforces-no-channels", "unknown-redirect-plan", "unknown-scope-performer", "unknown-default-performer",
        "unknown-performer-in-list"})
    void onlyTheLoaderSeesWhatIsWrongWith(String name) throws IOException {
        assertThat(Schema.errors(Files.readString(dir("broken").resolve(name + ".json")))).isEmpty();
    }

    @Test
    void aMultiProblemFileReportsEveryProblemInFileOrder() throws IOException {
        String text = Files.readString(dir("broken").resolve("multi-problem.json"));
        List<JsonProblem> problems = catchThrowableOfType(PolicyLoadException.class,
                () -> PolicyJson.read("multi-problem.json", text)).problems();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(9);
        assertThat(problems).isSorted();
        assertThat(problems).extracting(JsonProblem::path).contains("/vendor", "/calendars/office/zone",
                "/plans/gold/inherits", "/services/hosting/name", "/intake/0/redirect", "/metrics/first-response",
                "/targets/1/time", "/targets/2/calender");
    }
}
