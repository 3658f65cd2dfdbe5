package dev.sla.cli;

import dev.sla.json.ContractJson;
import java.util.Iterator;

/** The names of the bundled contracts, as completion candidates and in the help of the options that take one. */
final class BundledContracts implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return ContractJson.bundledNames().iterator();
    }

    /** The names, separated by commas, for messages. */
    static String list() {
        return String.join(", ", ContractJson.bundledNames());
    }
}
