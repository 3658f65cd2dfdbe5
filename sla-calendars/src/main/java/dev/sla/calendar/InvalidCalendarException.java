package dev.sla.calendar;

import dev.sla.Problem;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when building a calendar, weekly hours, day hours or a holiday set finds
 * problems. It lists every problem found, each with its path: a JSON pointer into the
 * JSON form of what was built, such as {@code /hours} or {@code /overrides/2026-01-01} in
 * a calendar and {@code /holidays/2025-01-01} in a holiday set, empty for the whole.
 *
 * @since 0.1
 */
public class InvalidCalendarException extends CalendarException {

    private static final long serialVersionUID = 1L;

    /** The problems, each with its path. */
    private final List<Problem> problems;

    /**
     * Constructs an exception listing problems.
     *
     * @param subject  what was being built, such as {@code calendar 'support-hours'}, not null
     * @param problems  the problems, not empty, not null
     * @throws IllegalArgumentException if there are no problems
     */
    public InvalidCalendarException(String subject, List<Problem> problems) {
        super(message(Objects.requireNonNull(subject, "subject"), List.copyOf(Objects.requireNonNull(problems, "problems"))));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid calendar has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<Problem> problems) {
        if (problems.size() == 1) {
            return subject + ": " + problems.get(0).message();
        }
        StringBuilder sb = new StringBuilder(subject).append(" has ").append(problems.size()).append(" problems:");
        for (Problem p : problems) {
            sb.append("\n  ").append(p.message());
        }
        return sb.toString();
    }

    /**
     * Gets the problems found, each with its path and message.
     *
     * @return the problems, not empty, not null
     */
    public List<Problem> problems() {
        return problems;
    }
}
