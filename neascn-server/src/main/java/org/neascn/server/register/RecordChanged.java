package org.neascn.server.register;

/**
 * Fired (as a CDI event) when a record of a register was created, changed or removed, so that
 * what the server derives from the registers (the overlap analysis) knows it is out of date.
 * Observers that act only on committed data observe it after the transaction succeeds.
 */
public record RecordChanged(Aggregate aggregate, String network, String id) {
}
