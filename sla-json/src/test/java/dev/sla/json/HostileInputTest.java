package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input ends quickly with a located problem: no StackOverflowError, no OutOfMemoryError. */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private static List<JsonProblem> problems(String text) {
        return assertTimeoutPreemptively(QUICKLY, () -> catchThrowableOfType(PolicyLoadException.class,
                () -> PolicyJson.read("hostile.json", text)).problems());
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void fiftyThousandNestedArrays() {
        List<JsonProblem> problems = problems(repeat("[", 50_000) + repeat("]", 50_000));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("nesting deeper than 64 levels");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(65);
            assertThat(p.path()).isEqualTo("/0".repeat(64));
        });
    }

    @Test
    void fiftyThousandNestedObjectsInsideAPolicy() {
        String deep = repeat("{\"a\":", 50_000) + "1" + repeat("}", 50_000);
        String text = "{\n  \"id\": \"x\",\n  \"description\": " + deep + "\n}\n";
        List<JsonProblem> problems = problems(text);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("nesting deeper than 64 levels");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.path()).startsWith("/description/a/a/");
        });
    }

    @Test
    void nestingUpToTheLimitIsReadAndJudgedByTheBinder() {
        String base = MutationPropertyTest.resource("/valid/base.json");
        String old = "\"description\": \"A small valid policy; every file under broken/ is a variation of it.\"";
        // the root object is the first level: 63 arrays inside it make 64 levels
        List<JsonProblem> ok = problems(base.replace(old, "\"description\": " + repeat("[", 63) + repeat("]", 63)));
        assertThat(ok).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("'description' must be a string, not an array");
            assertThat(p.path()).isEqualTo("/description");
        });
        List<JsonProblem> deep = problems(base.replace(old, "\"description\": " + repeat("[", 64) + repeat("]", 64)));
        assertThat(deep).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("nesting deeper than 64 levels");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(18 + 63);
        });
    }

    @Test
    void aOneMegabyteString() {
        String text = "{\n  \"id\": \"x\",\n  \"name\": \"" + repeat("a", 1_000_000) + "\"\n}\n";
        List<JsonProblem> problems = problems(text);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("a string longer than 100000 characters; strings are limited to 100000");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(11);
            assertThat(p.path()).isEqualTo("/name");
        });
    }

    @Test
    void aStringOfExactlyTheLimitIsAccepted() {
        String base = MutationPropertyTest.resource("/valid/base.json");
        String text = base.replace("\"A small valid policy; every file under broken/ is a variation of it.\"",
                "\"" + repeat("d", 100_000) + "\"");
        assertThat(PolicyJson.read("long.json", text).description()).hasSize(100_000);
        List<JsonProblem> problems = problems(text.replace(repeat("d", 100_000), repeat("d", 100_001)));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("/description"));
    }

    @Test
    void aOneMegabyteFieldName() {
        String text = "{\n  \"id\": \"x\",\n  \"" + repeat("k", 1_000_000) + "\": 1\n}\n";
        List<JsonProblem> problems = problems(text);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("too large: Name length");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void aHugeNumber() {
        String text = "{\n  \"id\": \"x\",\n  \"n\": " + repeat("9", 100_000) + "\n}\n";
        List<JsonProblem> problems = problems(text);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("too large: Number value length");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void aTenMegabyteFile() throws IOException {
        Path file = dir.resolve("ten.json");
        StringBuilder sb = new StringBuilder("{\n  \"id\": \"x\",\n  \"description\": [");
        while (sb.length() < 10_000_000) {
            sb.append("1234567890,");
        }
        sb.append("0]\n}\n");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        List<JsonProblem> problems = assertTimeoutPreemptively(QUICKLY,
                () -> catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(file)).problems());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("policies are limited to 4000000");
        });
        // the same text given as a string
        assertThat(problems(sb.toString())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("10000006 characters long"));
    }

    @Test
    void aFileOfAHundredMegabytesIsNotEvenRead() throws IOException {
        Path file = dir.resolve("sparse.json");
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(100_000_000L);
        }
        List<JsonProblem> problems = assertTimeoutPreemptively(QUICKLY,
                () -> catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(file)).problems());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("100000000 bytes");
        });
    }

    @Test
    void aLargeButAllowedDocumentIsJudgedQuickly() {
        StringBuilder sb = new StringBuilder("{\n  \"id\": \"x\",\n  \"vendor\": \"v\",\n  \"description\": [");
        while (sb.length() < 3_900_000) {
            sb.append("1,");
        }
        sb.append("1]\n}\n");
        List<JsonProblem> problems = problems(sb.toString());
        assertThat(problems).extracting(JsonProblem::toString)
                .contains("hostile.json:4:18: 'description' must be a string, not an array (at /description)");
    }

    @Test
    void notJsonAtAll() throws IOException {
        Path file = dir.resolve("binary.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
        List<JsonProblem> problems = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read(file)).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("cannot read the file: it is not UTF-8 text");
        });
        List<JsonProblem> missing = catchThrowableOfType(PolicyLoadException.class,
                () -> PolicyJson.read(dir.resolve("missing.json"))).problems();
        assertThat(missing).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("cannot read the file: no such file"));
        assertThat(problems("\u0000\u0001")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("malformed JSON");
        });
    }
}
