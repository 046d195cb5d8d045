package org.neascn.framework.readiness;

import java.util.Collection;
import java.util.stream.Stream;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.project.Project;
import org.neascn.model.shared.Require;

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

    /**
     * The assessment as a given financier would see it: through the lenses it applies (a
     * climate fund asks every project for its climate benefit). An assessor without lenses
     * assesses as {@link #assess} does.
     */
    default ReadinessAssessment assessFor(Project project, ExchangeRates rates, FinancierProfile financier) {
        return assess(project, rates);
    }

    /**
     * Assesses a pipeline on all cores: a parallel stream of one assessment for each project,
     * in the order of the projects, made as the stream is consumed. An assessor used this way
     * must be safe to share between threads, as {@link RubricAssessor} is.
     */
    default Stream<ReadinessAssessment> assessAll(Collection<Project> projects, ExchangeRates rates) {
        Require.present(projects, "projects");
        Require.present(rates, "rates");
        return projects.parallelStream().map(p -> assess(p, rates));
    }
}
