package dev.sla.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Instants from local date-times of the regulations' zones, to keep the tables readable. */
final class At {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId UTC = ZoneId.of("UTC");

    private At() {
    }

    /** An instant from a local date-time such as {@code 2025-10-31T15:00} in Moscow. */
    static Instant msk(String localDateTime) {
        return in(MOSCOW, localDateTime);
    }

    /** An instant from a local date-time in Paris. */
    static Instant paris(String localDateTime) {
        return in(PARIS, localDateTime);
    }

    /** An instant from a local date-time in UTC. */
    static Instant utc(String localDateTime) {
        return in(UTC, localDateTime);
    }

    static Instant in(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
