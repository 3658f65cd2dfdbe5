package dev.sla.core;

import java.util.Objects;

/**
 * Someone who can perform work: the vendor's support, the customer or partner itself, or
 * a named third party (a device manufacturer, a sales department).
 *
 * @param id  the id, such as {@code navixy}, not null
 * @param name  the name in the regulation's words, not null
 * @param kind  which side the party is on, not null
 *
 * @since 0.1
 */
public record Party(String id, String name, Kind kind) {

    /** Which side a party is on. */
    public enum Kind {
        /** The vendor's support line, whose work the SLA times. */
        VENDOR,
        /** The customer or partner itself. */
        CUSTOMER,
        /** Anyone else: a manufacturer, another department, another company. */
        THIRD_PARTY
    }

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param kind  the kind, not null
     */
    public Party {
        Ids.check(id, "party id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Obtains a party.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param kind  the kind, not null
     * @return the party, not null
     */
    public static Party of(String id, String name, Kind kind) {
        return new Party(id, name, kind);
    }
}
