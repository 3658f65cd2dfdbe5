package dev.sla.calendar;

import java.util.List;

/**
 * Thrown when building a calendar, weekly hours or holiday set finds problems. It
 * lists every problem found, each naming where it is.
 */
public class InvalidCalendarException extends CalendarException {

    private static final long serialVersionUID = 1L;

    /** The problems, each a sentence naming where it is. */
    private final List<String> problems;

    /**
     * Constructs an exception listing problems.
     *
     * @param subject  what was being built, such as {@code calendar 'support-hours'}
     * @param problems  the problems, not empty
     */
    public InvalidCalendarException(String subject, List<String> problems) {
        super(message(subject, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<String> problems) {
        if (problems.size() == 1) {
            return subject + ": " + problems.get(0);
        }
        return subject + " has " + problems.size() + " problems:\n  " + String.join("\n  ", problems);
    }

    /**
     * Gets the problems found, each a sentence naming where it is.
     *
     * @return the problems, not empty, not null
     */
    public List<String> problems() {
        return problems;
    }
}
