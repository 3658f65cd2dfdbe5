package dev.sla.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rule of ids in policies: plans, services, parties, metrics, severity levels,
 * calendars, modes and statuses are named by lower-case letters, digits and hyphens,
 * starting with a letter or a digit, such as {@code level-1} or {@code on-premise}.
 *
 * <p>This class is a utility and thread-safe.
 *
 * @since 0.1
 */
public final class Ids {

    /** The pattern every id matches: {@code [a-z0-9][a-z0-9-]*}. */
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    /**
     * Checks if a text is a valid id.
     *
     * @param text  the text, not null
     * @return true if it follows the rule
     */
    public static boolean isId(String text) {
        return PATTERN.matcher(Objects.requireNonNull(text, "text")).matches();
    }

    /**
     * Checks that a text is a valid id, for an argument of the API.
     *
     * @param id  the id, not null
     * @param what  what the id names, such as {@code plan id}, for the message, not null
     * @return the id, not null
     * @throws IllegalArgumentException if the id breaks the rule; the message quotes it
     */
    public static String check(String id, String what) {
        Objects.requireNonNull(id, "id");
        if (!isId(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' must be lower-case letters, digits and hyphens");
        }
        return id;
    }
}
