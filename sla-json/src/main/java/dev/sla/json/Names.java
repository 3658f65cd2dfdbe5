package dev.sla.json;

import dev.sla.core.Ids;
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

    /** The candidate closest to the text, if close enough to be a likely typo ({@link Ids#closest}). */
    static String closest(String text, String... candidates) {
        return Ids.closest(text, java.util.Arrays.asList(candidates));
    }

    /**
     * The exception for a name that is none of the bundled ones of a kind: the one it is a likely
     * typo of, then all of them, as in {@code no bundled policy 'insale'; did you mean 'insales'?;
     * bundled policies: ...}.
     */
    static IllegalArgumentException notBundled(String kind, String kinds, String name, java.util.Set<String> bundled) {
        String near = Ids.closest(name, bundled);
        return new IllegalArgumentException("no bundled " + kind + " '" + name + "'"
                + (near == null ? "" : "; did you mean '" + near + "'?") + "; bundled " + kinds + ": "
                + String.join(", ", bundled));
    }
}
