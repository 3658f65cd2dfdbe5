/**
 * What every module of the library shares: the root exception {@link dev.sla.SlaException}
 * and the {@link dev.sla.Problem} that names where something is wrong.
 */
package dev.sla;
