package dev.sla.spark;

import dev.sla.core.Policy;
import dev.sla.json.ContractJson;
import dev.sla.json.PolicyJson;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policies of this JVM by their JSON text: each is read once per executor, however
 * many tasks and rows use it.
 */
final class Policies {

    private static final Map<String, Policy> LOADED = new ConcurrentHashMap<>();
    /** The policies bound to contracts, by the two JSON texts. */
    private static final Map<Pair, Policy> BOUND = new ConcurrentHashMap<>();
    /** The policies bound to bundled contracts, by the policy's JSON text and the contract's name. */
    private static final Map<Pair, Policy> NAMED = new ConcurrentHashMap<>();

    /**
     * Two texts as one key: the JSON texts a task carries are the same strings row after row,
     * so their hashes are computed once and equality is identity.
     */
    private record Pair(String first, String second) {
    }

    private Policies() {
    }

    /** The policy of a JSON text, read on first use in this JVM. */
    static Policy of(String json) {
        return LOADED.computeIfAbsent(json, text -> PolicyJson.read("policy", text));
    }

    /** The policy of a JSON text bound to the contract of a JSON text (none if null), read on first use. */
    static Policy of(String json, String contractJson) {
        if (contractJson == null) {
            return of(json);
        }
        return BOUND.computeIfAbsent(new Pair(json, contractJson),
                key -> ContractJson.bind(of(json), "contract", contractJson));
    }

    /**
     * The policy of a JSON text bound to the bundled contract a ticket names, bound on first use.
     *
     * @throws IllegalArgumentException if there is no such bundled contract
     */
    static Policy named(String json, String contract) {
        String text;
        try {
            text = ContractJson.bundledText(contract);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("the ticket names contract '" + contract + "': " + ex.getMessage(), ex);
        }
        return NAMED.computeIfAbsent(new Pair(json, contract), key -> of(json, text));
    }

    /** How many policies this JVM has read, not counting their bindings to contracts. */
    static int loaded() {
        return LOADED.size();
    }
}
