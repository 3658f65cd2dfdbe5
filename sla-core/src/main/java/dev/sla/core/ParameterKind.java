package dev.sla.core;

import dev.sla.calendar.WeeklyHours;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What a policy's {@link Parameter} holds, and so what a contract's value of it must be.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ParameterKind {
    /**
     * A working time of a target, such as {@code PT8H}: hours and minutes, positive; or
     * {@code none}, the contract sets no time (the target answers state {@code none}).
     */
    DURATION("a working time such as PT8H, or none"),
    /** Weekly working hours of a calendar, such as {@code Mon-Fri 09:00-18:00} ({@link WeeklyHours}). */
    HOURS("weekly hours such as Mon-Fri 09:00-18:00"),
    /** The time zone of a calendar, an IANA id such as {@code Europe/Moscow}. */
    ZONE("a time zone such as Europe/Moscow"),
    /** The holiday sets a calendar follows, by name, separated by commas, such as {@code ru} or {@code fr,de-by}. */
    HOLIDAYS("holiday set names such as ru");

    private final String example;

    ParameterKind(String example) {
        this.example = example;
    }

    /**
     * Returns the id of the kind as the policy format writes it: {@code duration},
     * {@code hours}, {@code zone} or {@code holidays}.
     *
     * @return the id, not null
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Obtains the kind of an id as the policy format writes it.
     *
     * @param id  the id, such as {@code duration}, not null
     * @return the kind, empty if no kind has that id
     */
    public static Optional<ParameterKind> ofId(String id) {
        for (ParameterKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks a value's text against this kind. Holiday set names are checked for their
     * form only here; binding a contract finds the sets.
     *
     * @param text  the value's text, not null
     * @return why the text is no value of this kind, or null if it is one
     */
    public String problem(String text) {
        try {
            switch (this) {
                case DURATION:
                    if (text.equals(Target.NONE)) {
                        return null;
                    }
                    if (text.startsWith("P") && !text.startsWith("PT")) {
                        return "'" + text + "' counts calendar days, which working time does not have; write the"
                                + " working hours, such as PT40H";
                    }
                    Duration d = Duration.parse(text);
                    return d.isNegative() || d.isZero() ? "'" + text + "' must be a positive working time" : null;
                case HOURS:
                    WeeklyHours.parse(text);
                    return null;
                case ZONE:
                    ZoneId.of(text);
                    return null;
                default:
                    for (String name : text.split(",", -1)) {
                        if (!Ids.isId(name.trim())) {
                            return "'" + text + "' must be holiday set names separated by commas, such as ru or fr,de-by";
                        }
                    }
                    return null;
            }
        } catch (DateTimeException | IllegalArgumentException ex) {
            return "'" + text + "' is not " + example + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        }
    }

    /**
     * Returns what a value of this kind looks like, for messages.
     *
     * @return the words, such as {@code a working time such as PT8H}, not null
     */
    public String example() {
        return example;
    }
}
