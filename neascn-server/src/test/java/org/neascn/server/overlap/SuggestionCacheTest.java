package org.neascn.server.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.framework.overlap.theme.ConceptTags;
import org.neascn.framework.overlap.theme.CooperationSuggestion;
import org.neascn.framework.overlap.theme.CooperationThemes;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.partner.Partner;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;

/** Suggestions are derived once per state of an analysis, and anew when a plan, a partner or the regimes change. */
class SuggestionCacheTest {

    private static final ReferenceDataSet DATA = ReferenceData.standard();
    private static final Codebook CODEBOOK = Codebook.of(DATA, SyntheticNetwork.NETWORK);

    private final SyntheticNetwork generated = SyntheticNetwork.generate(7, 120);
    private final List<PlanDossier> plans = new ArrayList<>(PlanDossier.assemble(generated.members(), generated.plans(),
            generated.projects()));
    private final OverlapNetwork analysis = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
    private final SuggestionCache cache = new SuggestionCache();

    @Test
    void aSecondReadOfTheSameStateDerivesNothing() {
        List<CooperationSuggestion> first = cache.suggestions(analysis, DATA.partners(), DATA.sanctionsRegimes());
        assertSame(first, cache.suggestions(analysis, List.copyOf(DATA.partners()), DATA.sanctionsRegimes()));
        assertEquals(CooperationThemes.suggest(analysis, DATA.partners(), DATA.sanctionsRegimes(), ConceptTags.of(CODEBOOK)),
                first, "the same as deriving them with the codebook's thesaurus");
    }

    @Test
    void aChangedPlanIsInTheNextRead() {
        List<CooperationSuggestion> before = cache.suggestions(analysis, DATA.partners(), DATA.sanctionsRegimes());
        analysis.remove(plans.get(0).id());
        List<CooperationSuggestion> after = cache.suggestions(analysis, DATA.partners(), DATA.sanctionsRegimes());
        assertNotSame(before, after);
        assertEquals(CooperationThemes.suggest(analysis, DATA.partners(), DATA.sanctionsRegimes(), ConceptTags.of(CODEBOOK)),
                after);
    }

    @Test
    void otherPartnersOrRegimesAreAnotherState() {
        List<CooperationSuggestion> all = cache.suggestions(analysis, DATA.partners(), DATA.sanctionsRegimes());
        List<Partner> fewer = DATA.partners().subList(1, DATA.partners().size());
        assertNotSame(all, cache.suggestions(analysis, fewer, DATA.sanctionsRegimes()));
        assertNotSame(all, cache.suggestions(analysis, DATA.partners(), List.of()));
    }

    @Test
    void aCopyOfTheAnalysisIsAStateOfItsOwn() {
        List<CooperationSuggestion> source = cache.suggestions(analysis, DATA.partners(), DATA.sanctionsRegimes());
        OverlapNetwork copy = analysis.copy();
        copy.remove(plans.get(0).id());
        assertEquals(CooperationThemes.suggest(copy, DATA.partners(), DATA.sanctionsRegimes(), ConceptTags.of(CODEBOOK)),
                cache.suggestions(copy, DATA.partners(), DATA.sanctionsRegimes()));
        assertSame(source, cache.suggestions(analysis, DATA.partners(), DATA.sanctionsRegimes()));
    }
}
