package dev.sla.core;

import java.util.Collection;
import java.util.Locale;

/** The "did you mean" of a message: the known id closest to an unknown one, if it is likely a typo. */
final class Closest {

    private Closest() {
    }

    /** {@code ; did you mean 'x'?} for the closest known id, or empty when none is close. */
    static String hint(String text, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String c : known) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(1, Math.min(3, text.length() / 3));
        return best != null && text.length() >= 3 && bestDistance <= allowed ? "; did you mean '" + best + "'?" : "";
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
