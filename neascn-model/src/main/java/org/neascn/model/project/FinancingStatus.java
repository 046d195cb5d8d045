package org.neascn.model.project;

/** How far a project's financing has come (CDP's categories). */
public enum FinancingStatus {
    NOT_FUNDED_SEEKING_FULL,
    NOT_FUNDED_SEEKING_PARTIAL,
    PARTIALLY_FUNDED_SEEKING_ADDITIONAL,
    FULLY_FUNDED,
    OTHER;

    /** Whether the project is still looking for money. */
    public boolean isSeeking() {
        return this != FULLY_FUNDED && this != OTHER;
    }
}
