/**
 * The policy model and the rules engine: who performs a task, how severe it is, when
 * each SLA metric is due, and the SLA clock driven by a ticket's events.
 *
 * <p>The entry points are {@link dev.sla.core.Policy} (built once, then shared) and
 * {@link dev.sla.core.Policy#evaluate(dev.sla.core.Ticket, java.time.Instant)}.
 */
module dev.sla.core {
    requires transitive dev.sla.calendar;

    exports dev.sla.core;
}
