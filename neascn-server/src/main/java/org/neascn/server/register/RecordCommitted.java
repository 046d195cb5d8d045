package org.neascn.server.register;

/**
 * Fired (as a CDI event) once a write of a record has committed: on the server that made it,
 * right after its transaction committed and before the writer is answered; on every other
 * server on the same PostgreSQL database when the database delivers the commit's notification
 * (within a second). What a server derives from the registers (caches, analyses) follows this
 * event, so that every instance serves what any instance acknowledged.
 *
 * <p>Observers run after the commit, outside the writing transaction; one that reads the
 * database starts a transaction of its own ({@code @Transactional(REQUIRES_NEW)}). An event may
 * arrive more than once for one commit; observers treat it as "this record may have changed".
 *
 * @param aggregate the kind of record
 * @param network   the network the record belongs to
 * @param id        the record's identifier within its network
 */
public record RecordCommitted(Aggregate aggregate, String network, String id) {
}
