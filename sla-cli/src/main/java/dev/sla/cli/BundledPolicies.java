package dev.sla.cli;

import dev.sla.json.PolicyJson;
import java.util.Iterator;

/** The names of the bundled policies, as completion candidates and in the help of the options that take one. */
final class BundledPolicies implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return PolicyJson.bundledNames().iterator();
    }

    /** The names, separated by commas, for messages. */
    static String list() {
        return String.join(", ", PolicyJson.bundledNames());
    }
}
