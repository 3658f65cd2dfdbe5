package dev.sla.spark;

import dev.sla.core.Policy;
import dev.sla.json.PolicyJson;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policies of this JVM by their JSON text: each is read once per executor, however
 * many tasks and rows use it.
 */
final class Policies {

    private static final Map<String, Policy> LOADED = new ConcurrentHashMap<>();

    private Policies() {
    }

    /** The policy of a JSON text, read on first use in this JVM. */
    static Policy of(String json) {
        return LOADED.computeIfAbsent(json, text -> PolicyJson.read("policy", text));
    }

    /** How many policies this JVM has read. */
    static int loaded() {
        return LOADED.size();
    }
}
