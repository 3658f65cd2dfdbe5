package dev.sla.testkit;

import dev.sla.json.PolicyJson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled policy keeps every invariant, and passes the cases it ships. */
class BundledPoliciesInvariantsTest {

    static List<String> bundled() {
        return List.copyOf(PolicyJson.bundledNames());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledPolicyKeepsEveryInvariant(String name) {
        PolicyInvariants.of(PolicyJson.bundled(name)).checkAll();
    }

    @TestFactory
    Stream<DynamicTest> everyBundledPolicyPassesItsCases() {
        return bundled().stream().flatMap(PolicyCaseTests::bundled);
    }
}
