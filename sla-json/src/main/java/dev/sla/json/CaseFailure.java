package dev.sla.json;

import java.util.Objects;

/**
 * An expectation of an example case that the policy's answer does not meet, located at the
 * expected value in the file of cases.
 *
 * @param file  the file of cases, not null
 * @param line  the line of the expected value, 1-based
 * @param column  the column of the expected value, 1-based
 * @param caseName  the name of the case, not null
 * @param message  what was expected and what the policy answered, not null
 * @since 0.1
 */
public record CaseFailure(String file, int line, int column, String caseName, String message) {

    /**
     * Checks the fields.
     *
     * @param file  the file of cases, not null
     * @param line  the line of the expected value, 1-based
     * @param column  the column of the expected value, 1-based
     * @param caseName  the name of the case, not null
     * @param message  what was expected and what the policy answered, not null
     */
    public CaseFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the failure as {@code file:line:column: case 'name': message}, such as
     * {@code cases.json:12:20: case 'level 1': metric 'first-response' due expected
     * 2025-11-01T09:00:00+03:00 got 2025-11-01T10:00:00+03:00}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": case '" + caseName + "': " + message;
    }
}
