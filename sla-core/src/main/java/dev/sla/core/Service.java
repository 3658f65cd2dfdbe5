package dev.sla.core;

import java.util.Objects;

/**
 * A kind of task a ticket asks for, one row of the coverage matrix.
 *
 * @param id  the id, such as {@code custom-logos}, not null
 * @param name  the name in the regulation's words, not null
 *
 * @since 0.1
 */
public record Service(String id, String name) {

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     */
    public Service {
        Ids.check(id, "service id");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Obtains a service.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @return the service, not null
     */
    public static Service of(String id, String name) {
        return new Service(id, name);
    }
}
