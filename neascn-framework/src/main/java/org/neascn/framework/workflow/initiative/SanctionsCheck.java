package org.neascn.framework.workflow.initiative;

import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeStatus;

/**
 * Screens an initiative before it moves toward financing (to seeking financing or into
 * implementation, including a resumption into either). The caller supplies it, so a network
 * can screen against the regimes in its reference data, an external service, or both;
 * {@link RegimeSanctionsCheck} screens against the regimes of the reference data.
 */
@FunctionalInterface
public interface SanctionsCheck {

    /** Whether the initiative may move to {@code toward}; a block names its rule and reason. */
    Screening screen(Initiative initiative, InitiativeStatus toward);
}
