package dev.sla.core;

import dev.sla.calendar.WorkCalendar;
import java.time.Instant;

/**
 * What evaluation tells about each step it takes. The methods do nothing by default, so
 * {@link #NONE}, the trace of a plain evaluation, costs nothing: evaluation builds no text
 * for it. {@link Explanation} writes the steps as lines a person reads.
 */
interface Trace {

    /** The trace that ignores every step. */
    Trace NONE = new Trace() {
    };

    /** The policy version that judges the ticket. */
    default void policy(Policy policy) {
    }

    /** An intake rule rejected the ticket. */
    default void rejected(int index, IntakeRule rule) {
    }

    /** No intake rule rejected the ticket. */
    default void accepted(boolean anyRules) {
    }

    /** The ticket is not accepted by its plan: a channel or language it enforces, or a requirement that refuses. */
    default void planRefused(String reason) {
    }

    /** The ticket lacks requirements of its plan, in the plan's order. */
    default void missing(String plan, java.util.List<Requirement> missing) {
    }

    /** The ticket's language is served on its plan only by exception. */
    default void byException(String plan, String language) {
    }

    /** A metric's target does not hold for the ticket: it is answered best effort, and why. */
    default void bestEffort(String metric, String reason) {
    }

    /** The ticket is not accepted for its cell: the service is not provided; the party to go to, or null. */
    default void notProvided(String reason, String redirect) {
    }

    /** The cell that performs the ticket; {@code service} null for the default assignment. */
    default void cell(String service, String plan, Resolved<Assignment> cell) {
    }

    /** The vendor handles the cell in the default mode of a plan (the ticket's or an ancestor). */
    default void defaultMode(String plan, Mode mode) {
    }

    /** The severity the ticket states. */
    default void severityStated(String severity) {
    }

    /** A classification rule gave the severity. */
    default void severityByRule(int index, ClassificationRule rule) {
    }

    /** No classification rule applied: the default severity, or none if null. */
    default void severityDefault(String severity) {
    }

    /** A mode rule changed the mode. */
    default void mode(int index, ModeRule rule) {
    }

    /** A metric is not timed, and why. */
    default void notTimed(String metric, String why) {
    }

    /** A metric has no target, and why. */
    default void noTarget(String metric, String why) {
    }

    /** The target a metric is counted against, stated on the plan it names. */
    default void target(String metric, Target target) {
    }

    /**
     * An event moved a metric's clock: {@code what} is started, restarted, stopped, voided,
     * paused or resumed.
     */
    default void clock(String metric, String what, Event event) {
    }

    /** A restart closed a cycle of a metric's clock, numbered from 1. */
    default void cycle(String metric, int number, MetricResult.Cycle cycle) {
    }

    /**
     * A change of the ticket's values gave a metric another target from the event on; the
     * clock keeps the elapsed time it had, or, if its cycle stopped, the next cycle takes it.
     */
    default void retarget(String metric, Target target, Event event, java.time.Duration elapsed, boolean stopped) {
    }

    /** The next instant at which the decision changes without a new event, or null if none. */
    default void nextChange(Instant at) {
    }

    /** A metric's clock has not started, and what it waits for. */
    default void notStarted(String metric, String why) {
    }

    /** A running stretch of a metric's clock closed, paused or stopped: it ran from start to end. */
    default void stretch(String metric, Instant start, Instant end) {
    }

    /**
     * The reading of a started clock at an instant: since when it runs (null when it does
     * not), whether it stopped, and the result.
     */
    default void reading(WorkCalendar calendar, Instant runningSince, Instant now, boolean stopped,
            MetricResult result) {
    }
}
