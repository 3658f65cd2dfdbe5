package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Loader defects found by the mutation property, each with the test that failed before its fix. */
class LoaderFixesTest {

    @Test
    void aShortDayShortenedByNothingIsALocatedProblem() throws IOException {
        String json;
        try (InputStream in = LoaderFixesTest.class.getResourceAsStream("/valid/forms.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"by\": \"PT2H\"", "\"by\": \"PT0S\"");
        }
        String text = json;
        PolicyLoadException ex = catchThrowableOfType(PolicyLoadException.class, () -> PolicyJson.read("forms.json", text));
        assertThat(ex).isNotNull();
        assertThat(ex.problems()).extracting(JsonProblem::toString).singleElement().satisfies(s -> assertThat(s)
                .startsWith("forms.json:16:").contains("must be a positive duration").contains("PT0S")
                .endsWith("(at /calendars/office/days/shortDays/2025-08-08/by)"));
    }
}
