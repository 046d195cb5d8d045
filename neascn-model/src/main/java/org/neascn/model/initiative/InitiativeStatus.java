package org.neascn.model.initiative;

/**
 * proposed → endorsed → in preparation → seeking financing → in implementation → completed;
 * suspended or cancelled from any open state.
 */
public enum InitiativeStatus {
    PROPOSED,
    ENDORSED,
    IN_PREPARATION,
    SEEKING_FINANCING,
    IN_IMPLEMENTATION,
    COMPLETED,
    SUSPENDED,
    CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
