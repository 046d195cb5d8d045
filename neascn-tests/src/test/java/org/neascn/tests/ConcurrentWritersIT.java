package org.neascn.tests;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sixteen writers, ten read-modify-write updates each, on one record, twenty times over, on the
 * suite's server (the embedded database, or PostgreSQL in the PostgreSQL pass): no acknowledged
 * update is lost and no read is torn from its ETag.
 */
class ConcurrentWritersIT extends ServerIT {

    static final int WRITERS = 16;
    static final int UPDATES_EACH = 10;
    static final int ROUNDS = 20;

    @Test
    void sixteenWritersLoseNoUpdateAndReadNoTornBody() throws Exception {
        ConcurrentWriters writers = new ConcurrentWriters(List.of(secretariat()), WRITERS, UPDATES_EACH);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ConcurrentWriters.Round result = writers.on(API + "meetings", unique("writers-" + round));
            writers.assertClean(result);
            refused += result.refused();
        }
        System.out.printf("ConcurrentWritersIT: %d rounds of %d acknowledged updates, %d refused with 412 and retried%n",
                ROUNDS, WRITERS * UPDATES_EACH, refused);
    }
}
