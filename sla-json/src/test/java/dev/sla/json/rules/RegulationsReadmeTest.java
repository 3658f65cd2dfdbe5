package dev.sla.json.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.json.PolicyJson;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The README's "Regulations" section and the rule tests agree: every rule numbered in order under its policy, every
 * test method listed under its rule, a disabled test marked so with what it needs, an out-of-scope rule saying why
 * and having no test, and the counts adding up.
 */
class RegulationsReadmeTest {

    /** Rule prefix, policy id, test class. */
    static final List<Object[]> REGULATIONS = List.of(
            new Object[] {"NR", "navixy-ru", NavixyRuRulesTest.class},
            new Object[] {"NE", "navixy-en", NavixyEnRulesTest.class},
            new Object[] {"IS", "insales", InsalesRulesTest.class},
            new Object[] {"EX", "express", ExpressRulesTest.class},
            new Object[] {"TU", "trackunit", TrackunitRulesTest.class});

    static final Pattern ROW = Pattern.compile("^\\| ([A-Z]{2})-(\\d{2}) \\| (.+?) \\| (.+?) \\| (.+?) \\|$");
    static final Pattern METHOD = Pattern.compile("`([a-z]{2}\\d{2}_\\w+)`");
    static final Pattern HEADING = Pattern.compile("^### .*\\(`([a-z-]+)`\\)$");

    record Row(String prefix, int number, String policy, String rule, String encoding, String tests) {
        String id() {
            return prefix + "-" + String.format("%02d", number);
        }
    }

    static String section() throws IOException {
        Path readme = Files.exists(Path.of("..", "README.md")) ? Path.of("..", "README.md") : Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf("\n## Regulations\n");
        assertThat(start).as("README has a Regulations section").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        String policy = null;
        for (String line : section().split("\n")) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                policy = h.group(1);
            }
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.add(new Row(m.group(1), Integer.parseInt(m.group(2)), policy, m.group(3), m.group(4), m.group(5)));
            }
        }
        return rows;
    }

    /** The rule tests of a class by name, with the reason of their {@code @Disabled}, or empty. */
    static Map<String, Optional<String>> tests(Class<?> type) {
        Map<String, Optional<String>> tests = new TreeMap<>();
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
                Disabled d = m.getAnnotation(Disabled.class);
                tests.put(m.getName(), Optional.ofNullable(d).map(Disabled::value));
            }
        }
        return tests;
    }

    static Object[] regulation(String prefix) {
        return REGULATIONS.stream().filter(r -> r[0].equals(prefix)).findFirst().orElseThrow();
    }

    @Test
    void everyRuleIsNumberedInOrderUnderItsPolicy() throws IOException {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (Row r : rows()) {
            Object[] reg = regulation(r.prefix());
            assertThat(r.policy()).as(r.id()).isEqualTo(reg[1]);
            assertThat(r.number()).as(r.id()).isEqualTo(last.getOrDefault(r.prefix(), 0) + 1);
            last.put(r.prefix(), r.number());
        }
        assertThat(last.keySet()).containsExactly("NR", "NE", "IS", "EX", "TU");
        for (Object[] reg : REGULATIONS) {
            assertThat(PolicyJson.bundledNames()).contains((String) reg[1]);
        }
    }

    @Test
    void everyTestIsListedUnderItsRuleAndMarkedWhenDisabled() throws IOException {
        Map<String, Row> byId = new LinkedHashMap<>();
        rows().forEach(r -> byId.put(r.id(), r));
        for (Object[] reg : REGULATIONS) {
            for (Map.Entry<String, Optional<String>> t : tests((Class<?>) reg[2]).entrySet()) {
                String name = t.getKey();
                assertThat(name).matches(((String) reg[0]).toLowerCase() + "\\d{2}_\\w+");
                String id = name.substring(0, 2).toUpperCase() + "-" + name.substring(2, 4);
                Row row = byId.get(id);
                assertThat(row).as(name + " has its rule in the README").isNotNull();
                String cell = row.tests();
                int at = cell.indexOf("`" + name + "`");
                assertThat(at).as(name + " is listed under " + id).isNotNegative();
                String after = cell.substring(at + name.length() + 2);
                if (t.getValue().isPresent()) {
                    assertThat(t.getValue().get()).as(name).startsWith("needs: ");
                    assertThat(after).as(name + " is marked disabled").startsWith(" (disabled, " + t.getValue().get() + ")");
                } else {
                    assertThat(after).as(name + " is not marked disabled").doesNotStartWith(" (disabled");
                }
            }
        }
    }

    @Test
    void everyListedTestExists() throws IOException {
        for (Row r : rows()) {
            Map<String, Optional<String>> tests = tests((Class<?>) regulation(r.prefix())[2]);
            Matcher m = METHOD.matcher(r.tests());
            while (m.find()) {
                assertThat(tests).as(r.id()).containsKey(m.group(1));
                assertThat(m.group(1)).as(r.id()).startsWith(r.prefix().toLowerCase() + String.format("%02d", r.number()) + "_");
            }
        }
    }

    @Test
    void outOfScopeRulesSayWhyAndHaveNoTestOthersHaveOne() throws IOException {
        for (Row r : rows()) {
            boolean out = r.encoding().startsWith("out of scope: ");
            assertThat(r.tests().equals("—")).as(r.id()).isEqualTo(out);
            if (out) {
                assertThat(r.encoding().substring("out of scope: ".length())).as(r.id()).isNotBlank();
            } else {
                assertThat(METHOD.matcher(r.tests()).find()).as(r.id()).isTrue();
            }
            // what is not yet encoded has a disabled test, and a disabled test says what is not yet encoded
            assertThat(r.tests().contains("(disabled, ")).as(r.id()).isEqualTo(r.encoding().contains("not yet: "));
        }
    }

    @Test
    void theCountsAreThoseOfTheRows() throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Row r : rows()) {
            int[] c = counts.computeIfAbsent((String) regulation(r.prefix())[1], k -> new int[5]);
            c[0]++;
            boolean disabled = r.tests().contains("(disabled, ");
            boolean enabled = METHOD.matcher(r.tests().replaceAll("`[^`]*` \\(disabled, [^`]*", "")).find();
            if (r.tests().equals("—")) {
                c[4]++;
            } else if (disabled && enabled) {
                c[2]++;
            } else if (disabled) {
                c[3]++;
            } else {
                c[1]++;
            }
        }
        int[] total = new int[5];
        List<String> expected = new ArrayList<>();
        counts.forEach((policy, c) -> {
            expected.add(String.format("| `%s` | %d | %d | %d | %d | %d |", policy, c[0], c[1], c[2], c[3], c[4]));
            for (int i = 0; i < 5; i++) {
                total[i] += c[i];
            }
        });
        expected.add(String.format("| total | %d | %d | %d | %d | %d |", total[0], total[1], total[2], total[3], total[4]));
        String section = section();
        for (String line : expected) {
            assertThat(section).contains("\n" + line + "\n");
        }
    }
}
