package dev.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Converts wall-clock times of a calendar's zone to epoch seconds, following the zone's
 * daylight saving rules: in a gap a time moves to the transition; in an overlap a start
 * takes the earlier instant and an end the later one.
 */
final class WallClock {

    private final ZoneRules rules;
    /** The zone's offset if it never changes, else null. */
    private final ZoneOffset fixedOffset;

    WallClock(ZoneId zone) {
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
    }

    /**
     * The epoch second of a wall-clock time on a date; the second of the day may reach into
     * the next day.
     *
     * @param date  the date
     * @param secondOfDay  the second counted from the start of the date, may exceed a day
     * @param start  true for the start of a range (earlier instant in an overlap), false for an end
     * @return the epoch second
     */
    long epochSecond(LocalDate date, int secondOfDay, boolean start) {
        LocalDateTime ldt = LocalDateTime.of(date, LocalTime.MIDNIGHT).plusSeconds(secondOfDay);
        if (fixedOffset != null) {
            return ldt.toEpochSecond(fixedOffset);
        }
        List<ZoneOffset> offsets = rules.getValidOffsets(ldt);
        if (offsets.size() == 1) {
            return ldt.toEpochSecond(offsets.get(0));
        }
        if (offsets.isEmpty()) {
            return rules.getTransition(ldt).toEpochSecond();
        }
        long a = ldt.toEpochSecond(offsets.get(0));
        long b = ldt.toEpochSecond(offsets.get(1));
        return start ? Math.min(a, b) : Math.max(a, b);
    }
}
