package org.neascn.model.project;

import java.util.Optional;

/**
 * The ladder a city project climbs on its way to finance (CDP's stages for city projects
 * seeking finance). The order matters: a project moves up one rung at a time, and a
 * financier supports a window of rungs.
 */
public enum Stage {
    SCOPING,
    PRE_FEASIBILITY,
    FEASIBILITY,
    STRUCTURING,
    TRANSACTION_PREPARATION,
    IMPLEMENTATION,
    POST_IMPLEMENTATION;

    /** The next rung, or empty at the top of the ladder. */
    public Optional<Stage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean isBefore(Stage other) {
        return compareTo(other) < 0;
    }
}
