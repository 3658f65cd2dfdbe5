package dev.sla;

import java.util.Objects;

/**
 * One problem found in a policy, a calendar or a holiday set: where it is and what is wrong.
 *
 * @param path  where the problem is, as a JSON pointer into the JSON form of what was built, such as
 *     {@code /services/custom-logos/coverage/cloud} in a policy or {@code /hours} in a calendar;
 *     empty for the whole, not null
 * @param message  what is wrong and, where possible, what would fix it, not null
 * @since 0.1
 */
public record Problem(String path, String message) {

    /**
     * Checks the fields.
     *
     * @param path  the path, not null
     * @param message  the message, not null
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Outputs the problem as {@code path: message}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
