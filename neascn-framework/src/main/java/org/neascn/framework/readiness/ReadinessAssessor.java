package org.neascn.framework.readiness;

import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.project.Project;

/**
 * Judges how ready a project is for finance. The extension point of readiness: the library's
 * {@link RubricAssessor} applies any rubric file (a network's own criteria and weights need no
 * code); a network whose method a rubric cannot express implements this interface and hands its
 * assessor to whatever calls this one.
 */
public interface ReadinessAssessor {

    /**
     * @param rates exchange rates to compare amounts in different currencies (secured funding in
     *              KRW against a cost in USD); without a rate such a comparison becomes a finding
     */
    ReadinessAssessment assess(Project project, ExchangeRates rates);
}
