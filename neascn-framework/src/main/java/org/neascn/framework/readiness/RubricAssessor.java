package org.neascn.framework.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.financing.CountryList;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Require;

/**
 * Assesses readiness with a rubric. The score is the weight of the criteria met over the
 * rubric's total weight. The level is the highest rung of the stage ladder whose required
 * criteria (those required for it or for any rung below) are all met. The gaps are the unmet
 * criteria required for the rung above the declared stage.
 */
public final class RubricAssessor implements ReadinessAssessor {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Rubric rubric;
    private final BigDecimal totalWeight;
    private final EvidenceReader reader;

    /**
     * @param countryLists the lists that {@link Evidence#COUNTRY_IN_LIST} criteria name
     * @throws InvalidValueException when a criterion names a list that is not supplied
     */
    public RubricAssessor(Rubric rubric, List<CountryList> countryLists) {
        this.rubric = Require.present(rubric, "rubric");
        this.totalWeight = rubric.totalWeight();
        Map<String, CountryList> lists = Require.list(countryLists, "countryLists").stream()
                .collect(Collectors.toUnmodifiableMap(CountryList::id, Function.identity(), (a, b) -> a));
        for (Criterion c : rubric.criteria()) {
            if (c.evidence() == Evidence.COUNTRY_IN_LIST && !lists.containsKey(c.countryList())) {
                throw new InvalidValueException("criteria[" + c.id() + "].countryList",
                        "names list '" + c.countryList() + "', which is not among the country lists supplied");
            }
        }
        this.reader = new EvidenceReader(lists);
    }

    /** The library's default rubric, with the country lists of the standard reference data. */
    public static RubricAssessor standard(List<CountryList> countryLists) {
        return new RubricAssessor(Rubric.standard(), countryLists);
    }

    public Rubric rubric() {
        return rubric;
    }

    @Override
    public ReadinessAssessment assess(Project project, ExchangeRates rates) {
        Require.present(project, "project");
        Require.present(rates, "rates");
        List<CriterionResult> results = new ArrayList<>(rubric.criteria().size());
        BigDecimal met = BigDecimal.ZERO;
        Stage level = Stage.POST_IMPLEMENTATION;
        for (Criterion c : rubric.criteria()) {
            Optional<String> evidence = reader.read(c, project, rates);
            if (evidence.isPresent()) {
                met = met.add(c.weight());
                results.add(new CriterionResult(c, true, evidence.get()));
            } else {
                results.add(new CriterionResult(c, false, c.gap().originalText()));
                if (c.requiredFor() != null && !level.isBefore(c.requiredFor())) {
                    // The evidence is missing for this rung, so the level is at most the rung below.
                    level = c.requiredFor() == Stage.SCOPING ? Stage.SCOPING
                            : Stage.values()[c.requiredFor().ordinal() - 1];
                }
            }
        }
        Optional<Stage> next = project.stage().next();
        List<String> gaps = new ArrayList<>();
        for (CriterionResult r : results) {
            Stage required = r.criterion().requiredFor();
            if (!r.met() && required != null && next.isPresent() && !next.get().isBefore(required)) {
                gaps.add(r.explanation());
            }
        }
        List<Finding> findings = new ArrayList<>(ProjectFindings.of(project, rates));
        if (level.isBefore(project.stage())) {
            findings.add(new Finding(Finding.Severity.CONTRADICTION, "stage", "recorded as "
                    + words(project.stage()) + ", but the evidence supports only " + words(level) + ": "
                    + missingFor(results, project.stage())));
        }
        BigDecimal score = met.multiply(HUNDRED).divide(totalWeight, 1, RoundingMode.HALF_UP);
        return new ReadinessAssessment(project.id(), rubric.id(), score, project.stage(), level, next, gaps, results,
                findings);
    }

    private static String missingFor(List<CriterionResult> results, Stage stage) {
        return results.stream()
                .filter(r -> !r.met() && r.criterion().requiredFor() != null
                        && !stage.isBefore(r.criterion().requiredFor()))
                .map(CriterionResult::explanation)
                .collect(Collectors.joining("; "));
    }

    static String words(Stage stage) {
        return stage == Stage.PRE_FEASIBILITY ? "pre-feasibility"
                : stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
