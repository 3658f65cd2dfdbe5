package dev.sla.core;

import java.util.List;
import java.util.Objects;

/**
 * What a plan requires of a request: a piece of content the request must carry (InSales:
 * the steps that lead to the problem, the site's address, a screenshot), or a value of one
 * of the ticket's attributes (Navixy On-premise: an active subscription; one question per
 * request). A request that lacks it is refused if the requirement {@code refuses}, and
 * otherwise only noted; the decision lists what is missing either way.
 *
 * <p>What a ticket does not state is not judged: a content requirement only when the
 * ticket states what it carries ({@link Ticket#carries()}), an attribute requirement only
 * when the ticket states the attribute.
 *
 * <p>A requirement concerns every request on its plan, or only the requests for the
 * {@code services} it lists (eXpress: what a feature request must state).
 *
 * @param id  the id, such as {@code steps} or {@code subscription}, not null
 * @param name  what is required, in the regulation's words, not null
 * @param attribute  the attribute that must have the value, or null for content
 * @param value  the value the attribute must have, null for content
 * @param refuses  true if a request that lacks it is not accepted, false if it is only noted
 * @param services  the services whose requests it concerns, empty for every request on the plan, not null
 *
 * @since 0.1
 */
public record Requirement(String id, String name, String attribute, String value, boolean refuses,
        List<String> services) {

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param attribute  the attribute, or null
     * @param value  the value, required with an attribute and only with one
     * @param refuses  whether a request that lacks it is refused
     * @param services  the services whose requests it concerns, each once, empty for every request, not null
     * @throws IllegalArgumentException if an id is not an id, a service is listed twice, or an attribute is
     *     stated without its value or the other way round
     */
    public Requirement {
        Ids.check(id, "requirement id");
        Objects.requireNonNull(name, "name");
        services = List.copyOf(Objects.requireNonNull(services, "services"));
        for (int i = 0; i < services.size(); i++) {
            Ids.check(services.get(i), "service id");
            if (services.indexOf(services.get(i)) != i) {
                throw new IllegalArgumentException("Requirement '" + id + "' lists service '" + services.get(i)
                        + "' twice");
            }
        }
        if ((attribute == null) != (value == null)) {
            throw new IllegalArgumentException("Requirement '" + id + "' names an attribute and its value, or neither");
        }
        if (Ticket.PLAN.equals(attribute)) {
            throw new IllegalArgumentException("Requirement '" + id + "' cannot require a plan: the plan is the one it is on");
        }
    }

    /**
     * Creates a requirement that concerns every request on its plan.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param attribute  the attribute, or null
     * @param value  the value, required with an attribute and only with one
     * @param refuses  whether a request that lacks it is refused
     */
    public Requirement(String id, String name, String attribute, String value, boolean refuses) {
        this(id, name, attribute, value, refuses, List.of());
    }

    /**
     * Obtains a requirement of content, only noted when missing.
     *
     * @param id  the id, such as {@code steps}, not null
     * @param name  what is required, not null
     * @return the requirement, not null
     */
    public static Requirement content(String id, String name) {
        return new Requirement(id, name, null, null, false);
    }

    /**
     * Obtains a requirement of an attribute's value, only noted when missing.
     *
     * @param id  the id, such as {@code subscription}, not null
     * @param name  what is required, not null
     * @param attribute  the attribute, such as {@code subscription}, not null
     * @param value  the value it must have, such as {@code active}, not null
     * @return the requirement, not null
     */
    public static Requirement attribute(String id, String name, String attribute, String value) {
        return new Requirement(id, name, Objects.requireNonNull(attribute, "attribute"),
                Objects.requireNonNull(value, "value"), false);
    }

    /**
     * Returns a copy that refuses a request lacking it.
     *
     * @return the copy, not null
     */
    public Requirement refusing() {
        return new Requirement(id, name, attribute, value, true, services);
    }

    /**
     * Returns a copy that concerns only the requests for the given services.
     *
     * @param list  the services, such as {@code feature-request}, not null
     * @return the copy, not null
     */
    public Requirement forServices(String... list) {
        return new Requirement(id, name, attribute, value, refuses, List.of(list));
    }

    /**
     * Checks if this requirement concerns a request for a service.
     *
     * @param service  the service the request names, or null if it names none
     * @return true if it lists no services, or lists this one
     */
    public boolean concerns(String service) {
        return services.isEmpty() || service != null && services.contains(service);
    }

    /**
     * Checks if this is a requirement of content rather than of an attribute.
     *
     * @return true if it names no attribute
     */
    public boolean isContent() {
        return attribute == null;
    }

    /**
     * Checks if a ticket lacks this requirement, judging only what it states.
     *
     * @param attributes  the ticket's attributes in force, not null
     * @param carries  the content the ticket states it carries, or null if it does not say
     * @return true if the ticket states something that does not meet it
     */
    public boolean missingFrom(java.util.Map<String, String> attributes, java.util.Set<String> carries) {
        if (attribute == null) {
            return carries != null && !carries.contains(id);
        }
        String v = attributes.get(attribute);
        return v != null && !v.equals(value);
    }

    /**
     * Outputs the requirement, such as {@code steps (The steps that lead to the problem)} or
     * {@code subscription=active (An active subscription), refuses}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return (attribute == null ? id : attribute + "=" + value) + " (" + name + ")" + (refuses ? ", refuses" : "")
                + (services.isEmpty() ? "" : ", for " + String.join(", ", services));
    }
}
