package dev.sla.testkit;

import dev.sla.core.Policy;
import dev.sla.json.CaseFailure;
import dev.sla.json.PolicyCase;
import dev.sla.json.PolicyCases;
import dev.sla.json.PolicyJson;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a file of example cases ({@link PolicyCases}, the files {@code sla test} runs) into
 * JUnit 5 dynamic tests, one per case, named by the case and located at its line:
 * <pre>
 * {@literal @}TestFactory
 * Stream&lt;DynamicTest&gt; myPolicysCases() {
 *     return PolicyCaseTests.of(PolicyJson.read(Path.of("my-policy.json")), Path.of("my-policy.cases.json"));
 * }
 * </pre>
 * A case fails with every expectation it does not meet, each as
 * {@code file:line:column: case 'name': metric 'first-response' due expected ... got ...}.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PolicyCaseTests {

    private PolicyCaseTests() {
    }

    /**
     * Obtains a dynamic test for each case of a file.
     *
     * @param policy  the policy, not null
     * @param cases  the file of cases, not null
     * @return the tests, in the order of the file, not null
     * @throws dev.sla.json.CaseLoadException if the file cannot be read, listing every problem with its place
     */
    public static Stream<DynamicTest> of(Policy policy, Path cases) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(cases, "cases");
        return of(policy, PolicyCases.read(cases, policy), Files.exists(cases) ? cases.toAbsolutePath().toUri() : null);
    }

    /**
     * Obtains a dynamic test for each case already read.
     *
     * @param policy  the policy, not null
     * @param cases  the cases, not null
     * @return the tests, in the order of the cases, not null
     */
    public static Stream<DynamicTest> of(Policy policy, PolicyCases cases) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(cases, "cases");
        return of(policy, cases, null);
    }

    /**
     * Obtains a dynamic test for each case that a bundled policy ships.
     *
     * @param name  the name of a bundled policy, such as {@code navixy-ru}, not null
     * @return the tests, not null
     * @throws IllegalArgumentException if there is no such bundled policy
     */
    public static Stream<DynamicTest> bundled(String name) {
        Objects.requireNonNull(name, "name");
        return of(PolicyJson.bundled(name), PolicyCases.bundled(name));
    }

    private static Stream<DynamicTest> of(Policy policy, PolicyCases cases, URI file) {
        List<PolicyCase> list = cases.cases();
        return list.stream().map(c -> {
            URI source = file == null ? null : URI.create(file + "?line=" + c.line() + "&column=" + c.column());
            return DynamicTest.dynamicTest(c.name(), source, () -> {
                List<CaseFailure> failures = c.check(policy);
                if (!failures.isEmpty()) {
                    Assertions.fail(failures.stream().map(CaseFailure::toString).collect(Collectors.joining("\n")));
                }
            });
        });
    }
}
