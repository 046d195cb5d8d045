package org.neascn.framework.workflow.lifecycle;

import java.util.Objects;

/**
 * Where a record holds the state of one lifecycle, and what it holds there.
 *
 * @param path    the JSON path of the status ({@code targets[0].indicators[1].measurements[2].status})
 * @param state   the state's name
 * @param details what the workflow sets together with the state (a review, a reason): a
 *                replace must keep them too
 */
public record StatusField(String path, Lifecycle lifecycle, String state, Object details) {

    public StatusField {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(state, "state");
    }

    boolean sameAs(StatusField other) {
        return state.equals(other.state) && Objects.equals(details, other.details);
    }
}
