package dev.sla.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requirements that concern only the requests for some services. */
class RequirementServicesTest {

    static final Instant MONDAY_9 = Instant.parse("2025-11-10T09:00:00Z");

    static Policy policy(String... services) {
        Plan plan = Plan.of("basic", "Basic").requiring(
                Requirement.content("steps", "The steps that lead to the problem"),
                Requirement.content("other", "Anything else"),
                Requirement.content("platform", "The client platform").forServices(services));
        return Policy.builder("acme").vendor("acme")
                .party(Party.of("acme", "Acme support", Party.Kind.VENDOR))
                .plan(plan)
                .service(Service.of("feature-request", "Feature request"))
                .service(Service.of("bug", "Bug"))
                .cover("feature-request", "basic", Assignment.of("acme", Mode.FULL))
                .cover("bug", "basic", Assignment.of("acme", Mode.FULL))
                .build();
    }

    static List<String> missing(Policy p, String service) {
        Ticket.Builder b = Ticket.builder("basic").carries("other").received(MONDAY_9);
        if (service != null) {
            b.service(service);
        }
        return p.evaluate(b.build(), MONDAY_9).missing().stream().map(Requirement::id).toList();
    }

    @Test
    void aRequirementOfAServiceConcernsOnlyItsRequests() {
        Policy p = policy("feature-request");
        assertThat(missing(p, "feature-request")).containsExactly("steps", "platform");
        assertThat(missing(p, "bug")).containsExactly("steps");
        assertThat(missing(p, null)).containsExactly("steps");
    }

    @Test
    void theServicesAreKeptAndShown() {
        Requirement r = Requirement.content("platform", "Platform").forServices("feature-request");
        assertThat(r.services()).containsExactly("feature-request");
        assertThat(r.concerns("feature-request")).isTrue();
        assertThat(r.concerns("bug")).isFalse();
        assertThat(r.concerns(null)).isFalse();
        assertThat(r.refusing().services()).containsExactly("feature-request");
        assertThat(r).hasToString("platform (Platform), for feature-request");
        assertThat(Requirement.content("steps", "Steps").services()).isEmpty();
        assertThat(Requirement.content("steps", "Steps").concerns(null)).isTrue();
    }

    @Test
    void anUnknownServiceIsAProblem() {
        assertThatThrownBy(() -> policy("feature-requets"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("unknown service 'feature-requets'; did you mean 'feature-request'?");
        assertThatThrownBy(() -> Requirement.content("x", "X").forServices("Not An Id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Requirement.content("x", "X").forServices("bug", "bug"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Requirement 'x' lists service 'bug' twice");
    }
}
