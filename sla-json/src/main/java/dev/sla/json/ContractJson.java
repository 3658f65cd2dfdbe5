package dev.sla.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.Problem;
import dev.sla.core.Contract;
import dev.sla.core.InvalidContractException;
import dev.sla.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes customers' contracts in the JSON format described by the JSON Schema
 * {@link #schema()}, binds them to their policies with every problem located, and gives
 * access to the bundled example contracts.
 *
 * <p>A contract is
 * {@code {"id", "customer": {"name", "zone", "holidays"}, "policy", "plan", "effectiveFrom",
 * "effectiveTo", "values": {parameter: value}, "description"}}. A value is a string in the form
 * of its parameter's kind ({@code "PT8H"} or {@code "none"}, {@code "Mon-Fri 09:00-18:00"},
 * {@code "Europe/Moscow"}); holiday sets may also be an array of names ({@code ["ru"]}).
 * Reading is strict, as for policies: malformed JSON, unknown fields (with "did you mean"),
 * wrong types, bad dates and zones; binding adds what the policy finds wrong
 * ({@link Policy#withContract(Contract)}), each problem at its line and column.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ContractJson {

    /** The bundled example contracts, each a resource {@code contracts/NAME.json}, sorted. */
    private static final Set<String> BUNDLED = Collections.unmodifiableSet(
            new TreeSet<>(List.of("express-example", "trackunit-example")));
    /** The members of a contract. */
    private static final String[] FIELDS = {"$schema", "id", "description", "customer", "policy", "plan",
        "effectiveFrom", "effectiveTo", "values"};
    /** The members of a contract's customer. */
    private static final String[] CUSTOMER_FIELDS = {"name", "zone", "holidays"};

    private ContractJson() {
    }

    /**
     * Reads a contract from a file.
     *
     * @param file  the file, not null
     * @return the contract, not null
     * @throws ContractLoadException listing every problem, if any, including a file that cannot be read
     */
    public static Contract read(Path file) {
        return read(file.toString(), text(file));
    }

    /**
     * Reads a contract from JSON text.
     *
     * @param origin  the file name or other origin, used in problems, not null
     * @param json  the JSON text, not null
     * @return the contract, not null
     * @throws ContractLoadException listing every problem, if any
     */
    public static Contract read(String origin, String json) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        return BindContext.load(origin, json, "contract", "the contract could not be loaded", ContractJson::contract,
                ContractLoadException::new);
    }

    /**
     * Reads a contract from JSON text and binds it to a policy
     * ({@link Policy#withContract(Contract)}), each problem of either step located in the text.
     *
     * @param policy  the policy, not null
     * @param origin  the file name or other origin, used in problems, not null
     * @param json  the JSON text, not null
     * @return the policy bound to the contract, not null
     * @throws ContractLoadException listing every problem, if any
     */
    public static Policy bind(Policy policy, String origin, String json) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(json, "json");
        return BindContext.load(origin, json, "contract", "the contract could not be loaded", cx -> {
            Contract c = contract(cx);
            if (c == null) {
                return null;
            }
            try {
                return policy.withContract(c);
            } catch (InvalidContractException ex) {
                for (Problem p : ex.problems()) {
                    cx.problemAt(p.path(), p.message());
                }
                return null;
            }
        }, ContractLoadException::new);
    }

    /**
     * Reads a contract from a file and binds it to a policy.
     *
     * @param policy  the policy, not null
     * @param file  the file, not null
     * @return the policy bound to the contract, not null
     * @throws ContractLoadException listing every problem, if any, including a file that cannot be read
     */
    public static Policy bind(Policy policy, Path file) {
        return bind(policy, file.toString(), text(file));
    }

    /**
     * Gets the names of the bundled example contracts: {@code express-example} and
     * {@code trackunit-example}.
     *
     * @return the names, sorted, unmodifiable, not null
     */
    public static Set<String> bundledNames() {
        return BUNDLED;
    }

    /**
     * Gets the JSON text of a bundled example contract.
     *
     * @param name  the name, such as {@code express-example}, not null
     * @return the JSON text, not null
     * @throws IllegalArgumentException if there is no bundled contract of that name; the
     *     message names the bundled one the name is a likely typo of, if any, and lists them all
     */
    public static String bundledText(String name) {
        Objects.requireNonNull(name, "name");
        if (!BUNDLED.contains(name)) {
            throw Names.notBundled("contract", "contracts", name, BUNDLED);
        }
        return resource("contracts/" + name + ".json");
    }

    /**
     * Reads a bundled example contract.
     *
     * @param name  the name, such as {@code express-example}, not null
     * @return the contract, not null
     * @throws IllegalArgumentException if there is no bundled contract of that name
     */
    public static Contract bundled(String name) {
        return read(name + ".json", bundledText(name));
    }

    /**
     * Gets the JSON Schema (draft 2020-12) of the contract format.
     *
     * @return the schema text, not null
     */
    public static String schema() {
        return resource("contract.schema.json");
    }

    /**
     * Writes a contract as JSON text that {@link #read(String, String)} reads back into an
     * equal contract.
     *
     * @param contract  the contract, not null
     * @return the JSON text, not null
     */
    public static String write(Contract contract) {
        Objects.requireNonNull(contract, "contract");
        ObjectNode root = JsonText.object();
        root.put("id", contract.id());
        if (contract.description() != null) {
            root.put("description", contract.description());
        }
        ObjectNode customer = root.putObject("customer");
        customer.put("name", contract.customer());
        if (contract.customerZone() != null) {
            customer.put("zone", contract.customerZone().getId());
        }
        if (!contract.customerHolidays().isEmpty()) {
            ArrayNode sets = customer.putArray("holidays");
            contract.customerHolidays().forEach(sets::add);
        }
        root.put("policy", contract.policy());
        root.put("plan", contract.plan());
        root.put("effectiveFrom", contract.effectiveFrom().toString());
        if (contract.effectiveTo() != null) {
            root.put("effectiveTo", contract.effectiveTo().toString());
        }
        ObjectNode values = root.putObject("values");
        contract.values().forEach(values::put);
        return JsonText.print(root);
    }

    // ------------------------------------------------------------------ reading
    /** Binds a contract; returns null when problems were found. */
    private static Contract contract(BindContext cx) {
        Node root = cx.root();
        if (!root.isObject()) {
            cx.problem(root, "a contract must be a JSON object, not " + root.describe());
            return null;
        }
        int before = cx.problemCount();
        cx.known(root, FIELDS);
        String id = cx.id(root.get("id") == null ? root : root.get("id"), cx.string(root, "id", true), "contract id");
        String description = cx.string(root, "description", false);
        String policy = cx.string(root, "policy", true);
        String plan = cx.string(root, "plan", true);
        LocalDate from = date(cx, root, "effectiveFrom", true);
        LocalDate to = date(cx, root, "effectiveTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            cx.problem(root.get("effectiveTo"), "the contract ends on " + to + ", before it takes effect on " + from);
        }
        String customer = null;
        ZoneId zone = null;
        List<String> holidays = new ArrayList<>();
        Node c = cx.object(root, "customer", true);
        if (c != null) {
            cx.known(c, CUSTOMER_FIELDS);
            customer = cx.string(c, "name", true);
            String z = cx.string(c, "zone", false);
            zone = z == null ? null : cx.zone(c.get("zone"), z);
            holidays = cx.strings(c, "holidays");
        }
        Map<String, String> values = new LinkedHashMap<>();
        BindContext.members(cx.object(root, "values", true), e -> {
            Node v = e.getValue();
            if (v.isArray()) {
                List<String> names = new ArrayList<>();
                for (Node s : v.elements) {
                    String name = cx.text(s, "each holiday set name of '" + e.getKey() + "'");
                    if (name != null) {
                        names.add(name);
                    }
                }
                if (names.isEmpty()) {
                    cx.problem(v, "value of '" + e.getKey() + "' names no holiday set");
                }
                values.put(e.getKey(), String.join(",", names));
            } else {
                String text = cx.text(v, "the value of parameter '" + e.getKey() + "'");
                if (text != null) {
                    values.put(e.getKey(), text);
                }
            }
        });
        if (cx.problemCount() > before || id == null || customer == null || policy == null || plan == null
                || from == null) {
            return null;
        }
        return new Contract(id, customer, policy, plan, from, to, values, zone, holidays, description);
    }

    private static LocalDate date(BindContext cx, Node root, String name, boolean required) {
        String text = cx.string(root, name, required);
        return text == null ? null : cx.date(root.get(name), text);
    }

    private static String text(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.size(file) > TreeReader.MAX_DOCUMENT * 4L) {
                throw new ContractLoadException(List.of(new JsonProblem(file.toString(), 1, 1, "",
                        "the file is " + Files.size(file) + " bytes long; contracts are limited to "
                        + TreeReader.MAX_DOCUMENT + " characters")));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new ContractLoadException(List.of(new JsonProblem(file.toString(), 1, 1, "",
                    "cannot read the file: " + (ex instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : ex instanceof java.nio.charset.MalformedInputException ? "it is not UTF-8 text"
                    : String.valueOf(ex.getMessage())))));
        }
    }

    private static String resource(String name) {
        try (InputStream in = ContractJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
