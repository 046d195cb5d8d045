package org.neascn.framework.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.neascn.framework.overlap.text.TermVector;
import org.neascn.framework.overlap.text.TextAnalyzer;
import org.neascn.framework.overlap.text.Vocabulary;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Prepares {@link PlanProfile}s: checks a plan's codes against the {@link Codebook} and
 * analyses its texts. A plan's focus areas and SDG targets are those of the plan, its targets
 * and its projects together; so are its indicators and the concepts its targets and projects
 * speak of. Texts with no term left after analysis (only stop words or
 * punctuation) count as absent, never as a division by zero.
 */
final class ProfileBuilder {

    static final String FOCUS = "fa:";
    static final String SDG = "sdg:";
    static final String CATEGORY = "cat:";
    static final String CHALLENGE = "ch:";
    static final String INDICATOR = "ind:";

    private final Codebook codebook;
    private final Vocabulary vocabulary;
    private final TextAnalyzer analyzer;
    private final ConceptItems concepts;

    ProfileBuilder(Codebook codebook, Vocabulary vocabulary, TextAnalyzer analyzer, ConceptItems concepts) {
        this.codebook = codebook;
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
        this.concepts = concepts;
    }

    PlanProfile profile(PlanDossier dossier) {
        Scap plan = dossier.plan();
        TreeSet<Integer> focus = new TreeSet<>();
        TreeSet<Integer> sdg = new TreeSet<>();
        TreeSet<Integer> categories = new TreeSet<>();
        TreeSet<Integer> challengeCategories = new TreeSet<>();
        TreeSet<Integer> indicators = new TreeSet<>();
        List<TermVector> conceptVectors = new ArrayList<>();
        List<ItemRef> conceptItems = new ArrayList<>();
        for (FocusAreaCode code : plan.focusAreas()) {
            focus.add(focusArea(code, "plan.focusAreas"));
        }
        List<TermVector> targetVectors = new ArrayList<>();
        List<String> targetKeys = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            StrategicTarget t = plan.targets().get(i);
            String field = "plan.targets[" + i + "]";
            t.focusAreas().forEach(c -> focus.add(focusArea(c, field + ".focusAreas")));
            t.sdgTargets().forEach(c -> sdg.add(sdgTarget(c)));
            for (int j = 0; j < t.indicators().size(); j++) {
                Indicator indicator = t.indicators().get(j);
                if (indicator.catalogueCode() != null) {
                    String category = codebook.category(indicator.catalogueCode(), field + ".indicators[" + j + "].catalogueCode");
                    categories.add(vocabulary.id(CATEGORY + category));
                }
                indicators.add(vocabulary.id(indicatorTerm(codebook, indicator)));
            }
            TermVector c = concepts.vector(ConceptItems.texts(t));
            if (!c.isEmpty()) {
                conceptVectors.add(c);
                conceptItems.add(new ItemRef(ItemRef.Kind.TARGET, plan.id(), t.key()));
            }
            TermVector v = analyzer.vector(List.of(t.text()));
            if (!v.isEmpty()) {
                targetVectors.add(v);
                targetKeys.add(t.key());
            }
        }
        List<TermVector> projectVectors = new ArrayList<>();
        List<String> projectKeys = new ArrayList<>();
        List<LocalizedText> challengeTexts = new ArrayList<>();
        for (int i = 0; i < dossier.projects().size(); i++) {
            Project p = dossier.projects().get(i);
            String field = "projects[" + i + "]";
            p.focusAreas().forEach(c -> focus.add(focusArea(c, field + ".focusAreas")));
            p.sdgTargets().forEach(c -> sdg.add(sdgTarget(c)));
            for (Challenge c : p.challenges()) {
                challengeTexts.add(c.text());
                if (c.category() != null) {
                    challengeCategories.add(vocabulary.id(CHALLENGE + c.category()));
                }
            }
            List<LocalizedText> texts = new ArrayList<>();
            texts.add(p.title());
            texts.add(p.description());
            TermVector v = analyzer.vector(texts);
            if (!v.isEmpty()) {
                projectVectors.add(v);
                projectKeys.add(p.id().value());
            }
            TermVector c = concepts.vector(ConceptItems.texts(p));
            if (!c.isEmpty()) {
                conceptVectors.add(c);
                conceptItems.add(new ItemRef(ItemRef.Kind.PROJECT, plan.id(), p.id().value()));
            }
        }
        return new PlanProfile(dossier, ints(focus), ints(sdg), ints(categories), ints(challengeCategories),
                targetVectors.toArray(TermVector[]::new), targetKeys.toArray(String[]::new),
                projectVectors.toArray(TermVector[]::new), projectKeys.toArray(String[]::new),
                analyzer.vector(challengeTexts), ints(indicators), conceptVectors.toArray(TermVector[]::new),
                conceptItems.toArray(ItemRef[]::new));
    }

    /**
     * An indicator as compared across plans: its catalogue code; without one, the catalogue
     * indicator of the same name and unit; failing that, its own normalised name (English if it
     * has one, else its original language) and unit.
     */
    static String indicatorTerm(Codebook codebook, Indicator indicator) {
        if (indicator.catalogueCode() != null) {
            return INDICATOR + indicator.catalogueCode().value();
        }
        for (String name : indicator.name().texts().values()) {
            var code = codebook.indicatorNamed(name, indicator.unit());
            if (code.isPresent()) {
                return INDICATOR + code.get().value();
            }
        }
        String name = indicator.name().in("en").orElse(indicator.name().originalText());
        return INDICATOR + "~" + Codebook.indicatorKey(name, indicator.unit());
    }

    private int focusArea(FocusAreaCode code, String field) {
        codebook.checkFocusArea(code, field);
        return vocabulary.id(FOCUS + code.value());
    }

    private int sdgTarget(SdgTargetCode code) {
        return vocabulary.id(SDG + code.value());
    }

    private static int[] ints(TreeSet<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean sortedContains(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }
}
