package org.neascn.framework.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Require;

/**
 * Assesses readiness with a rubric. Criteria whose lens does not apply to the project (the
 * climate lens for an e-clinic) are left out. The score is the weight of the applicable criteria
 * met over their total weight. The level is the highest rung of the stage ladder whose required
 * criteria (those required for it or for any rung below) are all met. The gaps are the unmet
 * criteria required for the rung above the declared stage; the gaps to bankable, those of every
 * rung from the level up to the rubric's bankable rung. A financing challenge the city recorded
 * against a criterion is quoted in its gap, in the city's words, or becomes a finding when the
 * evidence meets the criterion all the same.
 */
public final class RubricAssessor implements ReadinessAssessor {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Rubric rubric;
    private final EvidenceReader reader;
    private final ChallengeClassifier classifier;
    private final Function<Project, Set<String>> concepts;
    private final Map<String, String> criterionOfCategory = new HashMap<>();

    /**
     * @param countryLists the lists that {@link Evidence#COUNTRY_IN_LIST} criteria name
     * @param classifier   files the city's challenges under the categories criteria list
     * @param concepts     the concepts a thesaurus finds in a project's texts, for lenses that
     *                     name concepts; {@code p -> Set.of()} without a thesaurus
     * @throws InvalidValueException when a criterion names a list that is not supplied
     */
    public RubricAssessor(Rubric rubric, List<CountryList> countryLists, ChallengeClassifier classifier,
            Function<Project, Set<String>> concepts) {
        this.rubric = Require.present(rubric, "rubric");
        this.classifier = Require.present(classifier, "classifier");
        this.concepts = Require.present(concepts, "concepts");
        Map<String, CountryList> lists = Require.list(countryLists, "countryLists").stream()
                .collect(Collectors.toUnmodifiableMap(CountryList::id, Function.identity(), (a, b) -> a));
        for (Criterion c : rubric.criteria()) {
            if (c.evidence() == Evidence.COUNTRY_IN_LIST && !lists.containsKey(c.countryList())) {
                throw new InvalidValueException("criteria[" + c.id() + "].countryList",
                        "names list '" + c.countryList() + "', which is not among the country lists supplied");
            }
            c.challengeCategories().forEach(category -> criterionOfCategory.put(category, c.id()));
        }
        this.reader = new EvidenceReader(lists);
    }

    /** A rubric that trusts hand-filed challenge categories only and knows no concepts. */
    public RubricAssessor(Rubric rubric, List<CountryList> countryLists) {
        this(rubric, countryLists, ChallengeClassifier.FILED, p -> Set.of());
    }

    /** The library's default rubric, with the country lists of the standard reference data. */
    public static RubricAssessor standard(List<CountryList> countryLists, ChallengeClassifier classifier) {
        return new RubricAssessor(Rubric.standard(), countryLists, classifier, p -> Set.of());
    }

    /** {@link #standard(List, ChallengeClassifier)} trusting hand-filed challenge categories only. */
    public static RubricAssessor standard(List<CountryList> countryLists) {
        return standard(countryLists, ChallengeClassifier.FILED);
    }

    public Rubric rubric() {
        return rubric;
    }

    @Override
    public ReadinessAssessment assess(Project project, ExchangeRates rates) {
        return assess(project, rates, Set.of(), null);
    }

    /** Through the lenses of the financier as well: a climate fund asks for the climate benefit. */
    @Override
    public ReadinessAssessment assessFor(Project project, ExchangeRates rates, FinancierProfile financier) {
        Require.present(financier, "financier");
        return assess(project, rates, financier.lenses(), financier.name().originalText());
    }

    private ReadinessAssessment assess(Project project, ExchangeRates rates, Set<String> forced, String financier) {
        Require.present(project, "project");
        Require.present(rates, "rates");
        List<LensDecision> lenses = lenses(project, forced, financier);
        ChallengeLinks challenges = new ChallengeLinks(project, criterionOfCategory, classifier);
        List<Finding> findings = new ArrayList<>(ProjectFindings.of(project, rates));
        List<CriterionResult> results = new ArrayList<>(rubric.criteria().size());
        BigDecimal met = BigDecimal.ZERO;
        BigDecimal applicableWeight = BigDecimal.ZERO;
        Stage level = Stage.POST_IMPLEMENTATION;
        for (Criterion c : rubric.criteria()) {
            Optional<LensDecision> lens = c.isGeneral() ? Optional.empty()
                    : lenses.stream().filter(l -> l.lens().equals(c.lens())).findFirst();
            if (lens.isPresent() && !lens.get().applies()) {
                results.add(new CriterionResult(c, false, "not applied: " + lens.get().because(), false, List.of()));
                continue;
            }
            applicableWeight = applicableWeight.add(c.weight());
            CriterionResult r = result(c, project, rates, challenges, findings);
            results.add(r);
            if (r.met()) {
                met = met.add(c.weight());
            } else if (c.requiredFor() != null && !level.isBefore(c.requiredFor())) {
                // The evidence is missing for this rung, so the level is at most the rung below.
                level = c.requiredFor() == Stage.SCOPING ? Stage.SCOPING : Stage.values()[c.requiredFor().ordinal() - 1];
            }
        }
        for (ChallengeLinks.Linked l : challenges.uncovered()) {
            findings.add(new Finding(Finding.Severity.NOTE, "challenges[" + l.index() + "]", "the city records «"
                    + l.challenge().text().originalText() + "»" + (l.category() == null ? "" : " (" + l.category() + ")")
                    + "; no criterion of rubric " + rubric.id() + " covers it: a financier will ask how it is addressed"));
        }
        for (int i = 0; i < project.documents().size(); i++) {
            if (project.documents().get(i).isDateUnknown()) {
                findings.add(new Finding(Finding.Severity.MISSING, "documents[" + i + "].completed", "date unknown: «"
                        + project.documents().get(i).title().originalText()
                        + "» counts as done; record when it was completed, or its status if it is not finished"));
            }
        }
        Optional<Stage> next = project.stage().next();
        List<String> gaps = new ArrayList<>();
        for (CriterionResult r : results) {
            Stage required = r.criterion().requiredFor();
            if (r.isGap() && required != null && next.isPresent() && !next.get().isBefore(required)) {
                gaps.add(r.explanation());
            }
        }
        if (level.isBefore(project.stage())) {
            findings.add(new Finding(Finding.Severity.CONTRADICTION, "stage", "recorded as "
                    + words(project.stage()) + ", but the evidence supports only " + words(level) + ": "
                    + missingFor(results, project.stage())));
        }
        BigDecimal score = applicableWeight.signum() == 0 ? HUNDRED.setScale(1)
                : met.multiply(HUNDRED).divide(applicableWeight, 1, RoundingMode.HALF_UP);
        List<RungGaps> toBankable = BankablePath.of(results, rubric.bankableAt());
        return new ReadinessAssessment(project.id(), rubric.id(), score, project.stage(), level, next, gaps,
                rubric.bankableAt(), toBankable.isEmpty(), toBankable, BankablePath.summary(toBankable, rubric.bankableAt()),
                lenses, results, findings);
    }

    private CriterionResult result(Criterion c, Project project, ExchangeRates rates, ChallengeLinks challenges,
            List<Finding> findings) {
        Optional<String> evidence = reader.read(c, project, rates);
        List<ChallengeLinks.Linked> against = challenges.of(c);
        if (evidence.isPresent()) {
            for (ChallengeLinks.Linked l : against) {
                findings.add(new Finding(Finding.Severity.NOTE, "challenges[" + l.index() + "]", "the city records «"
                        + l.challenge().text().originalText() + "» (" + l.category() + ") against criterion '" + c.id()
                        + "', which the evidence meets (" + evidence.get() + "): check that the evidence still holds"));
            }
            return new CriterionResult(c, true, evidence.get(), true, challenges.words(c));
        }
        String gap = c.gap().originalText()
                + EvidenceReader.unfinished(c, project).map(u -> " (" + u + ")").orElse("")
                + (against.isEmpty() ? "" : "; the city records: " + ChallengeLinks.quoted(against));
        return new CriterionResult(c, false, gap, true, challenges.words(c));
    }

    private List<LensDecision> lenses(Project project, Set<String> forced, String financier) {
        Set<String> tagged = rubric.lenses().stream().anyMatch(l -> !l.concepts().isEmpty())
                ? concepts.apply(project) : Set.of();
        List<LensDecision> decisions = new ArrayList<>(rubric.lenses().size());
        for (Lens l : rubric.lenses()) {
            String because = l.reasonToApply(project, tagged);
            if (because != null) {
                decisions.add(new LensDecision(l.id(), true, "the project is " + because));
            } else if (forced.contains(l.id())) {
                decisions.add(new LensDecision(l.id(), true, "judged for " + financier + ", which applies the "
                        + l.id() + " lens"));
            } else {
                decisions.add(new LensDecision(l.id(), false, "the " + l.id() + " lens does not apply: nothing of the "
                        + "project falls under it (focus areas, SDG targets, DAC sector" + (tagged.isEmpty() ? "" : ", concepts")
                        + ")"));
            }
        }
        return decisions;
    }

    private static String missingFor(List<CriterionResult> results, Stage stage) {
        return results.stream()
                .filter(r -> r.isGap() && r.criterion().requiredFor() != null
                        && !stage.isBefore(r.criterion().requiredFor()))
                .map(CriterionResult::explanation)
                .collect(Collectors.joining("; "));
    }

    static String words(Stage stage) {
        return stage == Stage.PRE_FEASIBILITY ? "pre-feasibility"
                : stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
