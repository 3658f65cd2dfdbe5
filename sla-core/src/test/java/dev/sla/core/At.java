package dev.sla.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Instants from local date-times of the regulations' zones, to keep tables readable. */
final class At {

    private At() {
    }

    /** An instant from a local date-time such as {@code 2025-10-31T15:00} in Moscow. */
    static Instant msk(String localDateTime) {
        return in(Regulations.MOSCOW, localDateTime);
    }

    /** An instant from a local date-time in Paris. */
    static Instant paris(String localDateTime) {
        return in(Regulations.PARIS, localDateTime);
    }

    /** An instant from a local date-time in UTC. */
    static Instant utc(String localDateTime) {
        return in(Regulations.UTC, localDateTime);
    }

    /** An instant from a local date-time in a zone. */
    static Instant in(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
