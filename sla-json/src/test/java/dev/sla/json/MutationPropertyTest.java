package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sla.core.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.Tuple;

/**
 * Any mutation of a valid policy either loads into a valid policy, or fails with a
 * {@link PolicyLoadException} whose every problem is located; never with any other exception.
 */
class MutationPropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The valid policies mutated: the test base, the base with the later forms, and the bundled ones. */
    private static final Map<String, String> SEEDS = new LinkedHashMap<>();

    static {
        SEEDS.put("base", resource("/valid/base.json"));
        SEEDS.put("forms", resource("/valid/forms.json"));
        for (String name : PolicyJson.bundledNames()) {
            SEEDS.put(name, PolicyJson.bundledText(name));
        }
    }

    /** Strings that are likely to break something when they replace another. */
    private static final List<String> NASTY = List.of("", "none", "x", "PT0S", "-PT1H", "P1Y", "PT8H", "25:00",
            "Mon-Fri 09:00-08:00", "Mon-Fri 09:00-13:00,12:00-18:00", "Mon 22:00-06:00+1", "closed", "24/7",
            "Europe/Nowhere", "UTC", "2025-02-30", "2025-12-24..2025-12-01", "9999-01-01", "12-25", "13-45",
            "monday", "full", "not-provided", "Not_An_Id", "ru", "received", "status", "agent-response", "\u0000",
            "𝄞", "a\nb", "~1/", "/", "first-response", "vendor", "customer", "third-party");

    /** One mutation: what to do, where (an index into the nodes, wrapped), and with which value. */
    record Mutation(int kind, int where, int value) {
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, List<Mutation>>> mutants() {
        Arbitrary<String> seed = Arbitraries.of(new ArrayList<>(SEEDS.keySet()));
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 1_000)).as(Mutation::new);
        return Combinators.combine(seed, mutation.list().ofMinSize(1).ofMaxSize(4)).as(Tuple::of);
    }

    @Property(tries = 2000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void anyMutationLoadsOrFailsWithLocatedProblems(@ForAll("mutants") Tuple.Tuple2<String, List<Mutation>> mutant) {
        String json = mutate(SEEDS.get(mutant.get1()), mutant.get2());
        Statistics.label("outcome").collect(check(json));
        Statistics.label("outcome").coverage(c -> {
            c.check("loads").count(n -> n > 0);
            c.check("problems").percentage(p -> p > 50);
        });
    }

    @Example
    void theSeedsThemselvesLoad() {
        SEEDS.forEach((name, json) -> assertThat(PolicyJson.read(name, json).id()).isNotBlank());
    }

    /** Loads the text; a failure must list located problems only, a success must be a usable policy. */
    static String check(String json) {
        Policy p;
        try {
            p = PolicyJson.read("mutant.json", json);
        } catch (PolicyLoadException ex) {
            assertThat(ex.problems()).isNotEmpty();
            int lines = (int) json.chars().filter(c -> c == '\n').count() + 1;
            for (JsonProblem problem : ex.problems()) {
                assertThat(problem.file()).isEqualTo("mutant.json");
                assertThat(problem.line()).as("%s", problem).isBetween(1, lines);
                assertThat(problem.column()).as("%s", problem).isGreaterThanOrEqualTo(1);
                assertThat(problem.message()).as("%s", problem).isNotBlank();
                assertThat(problem.path()).as("%s", problem).matches("(/[^/]*)*");
            }
            return "problems";
        } catch (RuntimeException | Error ex) {
            throw new AssertionError("not a PolicyLoadException for:\n" + json, ex);
        }
        // a mutant that loads is a working policy that survives a round trip
        for (String plan : p.plans().keySet()) {
            for (String service : p.services().keySet()) {
                assertThat(p.who(plan, service)).isNotNull();
            }
        }
        String written = PolicyJson.write(p);
        assertThat(Schema.errors(written)).as("the schema on\n%s", written).isEmpty();
        try {
            assertThat(PolicyJson.read("written.json", written)).isEqualTo(p);
        } catch (PolicyLoadException ex) {
            fail("a loaded policy was written so that it does not load again:\n" + ex.getMessage() + "\n" + written);
        }
        return "loads";
    }

    // ------------------------------------------------------------------ mutations
    static String mutate(String seed, List<Mutation> mutations) {
        JsonNode root;
        try {
            root = MAPPER.readTree(seed);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        String text = null;
        for (Mutation m : mutations) {
            if (m.kind() == 9) {
                text = textual(text == null ? write(root) : text, m);
            } else if (text == null) {
                root = structural(root, m);
            }
        }
        return text == null ? write(root) : text;
    }

    /** A place in the tree: the container and the member name or element index of a node. */
    record Place(JsonNode container, String name, int index, JsonNode node) {
    }

    private static List<Place> places(JsonNode root) {
        List<Place> out = new ArrayList<>();
        collect(null, null, -1, root, out);
        return out;
    }

    private static void collect(JsonNode container, String name, int index, JsonNode node, List<Place> out) {
        out.add(new Place(container, name, index, node));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(node, e.getKey(), -1, e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node, null, i, node.get(i), out);
            }
        }
    }

    private static JsonNode structural(JsonNode root, Mutation m) {
        List<Place> places = places(root);
        Place at = places.get(m.where() % places.size());
        List<String> strings = new ArrayList<>(NASTY);
        List<String> keys = new ArrayList<>();
        for (Place p : places) {
            if (p.node().isTextual()) {
                strings.add(p.node().asText());
            }
            if (p.name() != null) {
                keys.add(p.name());
            }
        }
        if (keys.isEmpty()) {
            keys.add("id");
        }
        String someString = strings.get(m.value() % strings.size());
        switch (m.kind()) {
            case 0: // drop a member or an element
                remove(at);
                break;
            case 1: // change a value's type
                replace(root, at, retyped(at.node(), m.value()));
                break;
            case 2: // rename a member: an id, a field name
                if (at.name() != null) {
                    String renamed = switch (m.value() % 5) {
                        case 0 -> at.name() + "x";
                        case 1 -> at.name().toUpperCase(java.util.Locale.ROOT);
                        case 2 -> keys.get(m.value() % keys.size());
                        case 3 -> at.name().length() > 1 ? at.name().substring(1) : "";
                        default -> someString;
                    };
                    ObjectNode o = (ObjectNode) at.container();
                    JsonNode v = o.remove(at.name());
                    o.set(renamed, v);
                }
                break;
            case 3: // replace a value by another string of the document, or a nasty one
            case 4:
                replace(root, at, F.textNode(someString));
                break;
            case 5: // delete an array element, or empty a container
                if (at.node().isArray() && at.node().size() > 0) {
                    ((ArrayNode) at.node()).remove(m.value() % at.node().size());
                } else if (at.node().isObject()) {
                    ((ObjectNode) at.node()).removeAll();
                } else {
                    remove(at);
                }
                break;
            case 6: // duplicate an element
                if (at.container() != null && at.container().isArray()) {
                    ((ArrayNode) at.container()).insert(at.index(), at.node().deepCopy());
                } else if (at.node().isArray() && at.node().size() > 0) {
                    ((ArrayNode) at.node()).add(at.node().get(m.value() % at.node().size()).deepCopy());
                }
                break;
            case 7: // add a member, known or unknown
                if (at.node().isObject()) {
                    String key = m.value() % 2 == 0 ? keys.get(m.value() % keys.size()) : "extra" + m.value();
                    ((ObjectNode) at.node()).set(key, retyped(F.textNode(someString), m.value() / 2));
                }
                break;
            default: // move a subtree somewhere else
                Place other = places.get((m.where() / 7 + m.value()) % places.size());
                if (!isAncestor(at.node(), other.node())) {
                    replace(root, at, other.node().deepCopy());
                }
                break;
        }
        return root;
    }

    private static boolean isAncestor(JsonNode node, JsonNode of) {
        return node == of || places(node).stream().anyMatch(p -> p.node() == of);
    }

    private static JsonNode retyped(JsonNode old, int value) {
        return switch (value % 9) {
            case 0 -> F.numberNode(value);
            case 1 -> F.booleanNode(value % 2 == 0);
            case 2 -> F.nullNode();
            case 3 -> F.textNode(old.isTextual() ? old.asText() + "-" + value : "v" + value);
            case 4 -> F.arrayNode();
            case 5 -> F.objectNode();
            case 6 -> F.arrayNode().add(old.deepCopy());
            case 7 -> F.objectNode().set("not", old.deepCopy());
            default -> F.numberNode(value + 0.5);
        };
    }

    private static void remove(Place at) {
        if (at.container() instanceof ObjectNode o) {
            o.remove(at.name());
        } else if (at.container() instanceof ArrayNode a) {
            a.remove(at.index());
        }
    }

    private static void replace(JsonNode root, Place at, JsonNode value) {
        if (at.container() instanceof ObjectNode o) {
            o.set(at.name(), value);
        } else if (at.container() instanceof ArrayNode a) {
            a.set(at.index(), value);
        }
    }

    /** A character-level change: a deletion, an insertion, or a truncation. */
    private static String textual(String text, Mutation m) {
        if (text.isEmpty()) {
            return "{";
        }
        int at = m.where() % text.length();
        String chars = "{}[]\",:\\ \n0-.eE/tfnu";
        return switch (m.value() % 4) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + chars.charAt(m.value() % chars.length()) + text.substring(at);
            case 2 -> text.substring(0, at);
            default -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + m.value() % 40));
        };
    }

    private static String write(JsonNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String resource(String name) {
        try (InputStream in = MutationPropertyTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
