package dev.sla.core;

import java.util.Objects;

/**
 * One level of a severity scheme; levels are ordered, most severe first.
 *
 * @param id  the id, such as {@code level-1}, not null
 * @param name  the name in the regulation's words, not null
 * @param description  what the level means, may be empty, not null
 *
 * @since 0.1
 */
public record SeverityLevel(String id, String name, String description) {

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param description  the description, not null
     */
    public SeverityLevel {
        Ids.check(id, "severity id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Obtains a level.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @return the level, not null
     */
    public static SeverityLevel of(String id, String name) {
        return new SeverityLevel(id, name, "");
    }
}
