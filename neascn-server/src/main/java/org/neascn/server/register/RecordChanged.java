package org.neascn.server.register;

/**
 * Fired (as a CDI event) inside the writing transaction whenever a record was created, changed
 * or removed, by every write path: the registers' own operations, workflow commands, imports
 * and the reference-data load (the stores fire it, so no path can forget). It may still roll
 * back: whatever acts only on committed data observes {@link RecordCommitted} instead.
 */
public record RecordChanged(Aggregate aggregate, String network, String id) {
}
