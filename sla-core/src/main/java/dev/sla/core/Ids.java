package dev.sla.core;

import java.util.Objects;
import java.util.Collection;
import java.util.Locale;
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

    /**
     * Finds the known name closest to an unknown one, for a "did you mean" in a message: the
     * candidate at the smallest edit distance, ignoring case, if that distance is small for
     * the length of the text (at most a third of it, between one and three edits).
     *
     * @param text  the unknown name, not null
     * @param candidates  the known names, not null
     * @return the closest candidate, or null if none is close enough to be a likely typo
     */
    public static String closest(String text, Collection<String> candidates) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(candidates, "candidates");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(1, Math.min(3, text.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** The Levenshtein distance between two strings. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
