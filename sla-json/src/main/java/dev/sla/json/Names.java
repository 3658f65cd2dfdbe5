package dev.sla.json;

import dev.sla.core.Party;

/** Party kinds and "did you mean" suggestions. */
final class Names {

    private Names() {
    }

    static Party.Kind partyKind(String text) {
        switch (text) {
            case "vendor":
                return Party.Kind.VENDOR;
            case "customer":
                return Party.Kind.CUSTOMER;
            case "third-party":
                return Party.Kind.THIRD_PARTY;
            default:
                return null;
        }
    }

    static String partyKind(Party.Kind kind) {
        return kind == Party.Kind.THIRD_PARTY ? "third-party" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The candidate closest to the text, if close enough to be a likely typo. */
    static String closest(String text, String... candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(1, Math.min(3, text.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** The Levenshtein distance between two strings. */
    static int distance(String a, String b) {
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
