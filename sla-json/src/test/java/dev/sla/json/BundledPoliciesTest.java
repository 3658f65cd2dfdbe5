package dev.sla.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.core.Party;
import dev.sla.core.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled policy loads, follows the schema, and survives a write and read unchanged. */
class BundledPoliciesTest {

    static Stream<String> names() {
        return PolicyJson.bundledNames().stream();
    }

    @Test
    void theFiveRegulationsAreBundled() {
        assertThat(PolicyJson.bundledNames())
                .containsExactly("express", "insales", "navixy-en", "navixy-ru", "trackunit");
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsUnderItsOwnId(String name) {
        Policy p = PolicyJson.bundled(name);
        assertThat(p.id()).isEqualTo(name);
        assertThat(p.name()).isNotBlank();
        assertThat(p.description()).isNotBlank();
        assertThat(p.parties().get(p.vendor()).kind()).isEqualTo(Party.Kind.VENDOR);
    }

    @ParameterizedTest
    @MethodSource("names")
    void followsTheJsonSchema(String name) {
        assertThat(Schema.errors(PolicyJson.bundledText(name))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyPlanAnswersForEveryService(String name) {
        Policy p = PolicyJson.bundled(name);
        for (String plan : p.plans().keySet()) {
            assertThat(p.who(plan, null)).isEqualTo(p.defaultAssignment(plan));
            if (p.planDefaultAssignments().isEmpty() && p.planDefaultModes().isEmpty()) {
                assertThat(p.who(plan, null)).isEqualTo(p.defaultAssignment());
            }
            for (String service : p.services().keySet()) {
                assertThat(p.who(plan, service)).as("%s on %s", service, plan).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void roundTripsThroughTheWriter(String name) {
        Policy p = PolicyJson.bundled(name);
        String written = PolicyJson.write(p);
        Policy again = PolicyJson.read(name + ".written.json", written);
        assertThat(again).isEqualTo(p);
        assertThat(again.coverage()).isEqualTo(p.coverage());
        assertThat(again.targets()).containsExactlyElementsOf(p.targets());
        assertThat(again.calendars()).isEqualTo(p.calendars());
        assertThat(Schema.errors(written)).isEmpty();
        assertThat(PolicyJson.write(again)).isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsTheSameFromAFile(String name, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, PolicyJson.bundledText(name));
        assertThat(PolicyJson.read(file)).isEqualTo(PolicyJson.bundled(name));
    }
}
