package dev.sla.core;

/**
 * A value found by following plan inheritance, with the plan it was stated on (the plan
 * asked about or one of its ancestors).
 *
 * @param value  the value, not null
 * @param fromPlan  the id of the plan that states it, not null
 * @param <T>  the type of the value
 */
record Resolved<T>(T value, String fromPlan) {
}
