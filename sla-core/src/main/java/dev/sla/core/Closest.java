package dev.sla.core;

import java.util.Collection;

/** The "did you mean" of a message: the known id closest to an unknown one, if it is likely a typo. */
final class Closest {

    private Closest() {
    }

    /** {@code ; did you mean 'x'?} for the closest known id ({@link Ids#closest}), or empty when none is close. */
    static String hint(String text, Collection<String> known) {
        String best = text.length() >= 3 ? Ids.closest(text, known) : null;
        return best != null ? "; did you mean '" + best + "'?" : "";
    }
}
