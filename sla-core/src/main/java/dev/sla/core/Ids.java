package dev.sla.core;

import java.util.Objects;
import java.util.regex.Pattern;

/** The rules of ids: lower-case letters, digits and hyphens. */
final class Ids {

    static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    static String check(String id, String what) {
        Objects.requireNonNull(id, what);
        if (!PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " '" + id + "' must be lower-case letters, digits and hyphens");
        }
        return id;
    }
}
