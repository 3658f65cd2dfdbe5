package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed JSON is told in the author's words, with what to write, never with the parser's own text. */
class JsonSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {"plan": "paas" "events": []}  | 1:17: malformed JSON: '"' where a ',' should separate two members (or a '}' end the object)
        {"plan": 'paas'}               | 1:10: malformed JSON: a string in single quotes; strings take double quotes
        {"plan": True}                 | 1:10: malformed JSON: 'True' is not a JSON value; write strings in double quotes, and true, false and null in lower case
        {"plan": "paas", "events": [1 2]} | 1:31: malformed JSON: '2' where a ',' should separate two elements (or a ']' end the array)
        {"events": [                   | 1:13: malformed JSON: the text ends before the array that starts at line 1, column 12 is closed; add the missing ']'
        """)
    void saysWhatToWrite(String json, String expected) {
        TicketLoadException ex = catchThrowableOfType(TicketLoadException.class, () -> TicketJson.read("t.json", json));

        assertThat(ex.getMessage()).isEqualTo("t.json:" + expected);
        assertThat(ex.getMessage()).doesNotContain("code ").doesNotContain("Unexpected").doesNotContain("JSON String");
    }
}
