/**
 * Property-based testing of policies: jqwik arbitraries of calendars, policies and tickets
 * that shrink well, ready-made invariants any policy must keep, and example cases run as
 * JUnit 5 dynamic tests.
 *
 * <p>The entry points are {@link dev.sla.testkit.SlaArbitraries},
 * {@link dev.sla.testkit.PolicyInvariants} and {@link dev.sla.testkit.PolicyCaseTests}.
 */
module dev.sla.testkit {
    requires transitive dev.sla.json;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;

    exports dev.sla.testkit;
}
