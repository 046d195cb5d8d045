package org.neascn.server.register;

import java.time.Instant;

/**
 * Fired (as a CDI event) when this server may have missed {@link RecordCommitted} events of
 * other servers: its connection for the database's notifications was lost and is back. Anything
 * derived from the registers treats every record as possibly changed since {@code since}.
 */
public record CommitsMissed(Instant since) {
}
