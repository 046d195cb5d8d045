package org.neascn.server.overlap;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.theme.ConceptTags;
import org.neascn.framework.overlap.theme.CooperationSuggestion;
import org.neascn.framework.overlap.theme.CooperationThemes;
import org.neascn.model.partner.Partner;
import org.neascn.model.sanctions.SanctionsRegime;

/**
 * The suggestions of each live analysis, derived once per state of it. Deriving them reads
 * every plan's targets and projects through the concept thesaurus and joins every top list,
 * and suggestions are read far more often than plans change. A state is the analysis object
 * (each caller's view is one, changed in place by writes), its {@link OverlapNetwork#revision
 * revision}, and the partners and sanctions regimes the suggestions were assembled with, so a
 * committed write, a partner's change or another regime is seen by the next read.
 *
 * <p>Analyses and codebooks are held weakly: a view the live analysis drops (a member's view
 * evicted, the network rebuilt) takes its suggestions with it.
 */
final class SuggestionCache {

    private record State(long revision, List<Partner> partners, List<SanctionsRegime> regimes,
                         List<CooperationSuggestion> suggestions) {

        boolean holds(long revision, List<Partner> partners, List<SanctionsRegime> regimes) {
            return this.revision == revision && this.partners.equals(partners) && this.regimes.equals(regimes);
        }
    }

    private final Map<OverlapNetwork, State> states = new WeakHashMap<>();
    /** One per thesaurus, so that the texts it has read are remembered across states and views. */
    private final Map<Codebook, ConceptTags> tags = new WeakHashMap<>();

    List<CooperationSuggestion> suggestions(OverlapNetwork analysis, List<Partner> partners, List<SanctionsRegime> regimes) {
        // Read before deriving: a write applied meanwhile moves it again, and the next read derives anew.
        long revision = analysis.revision();
        State known;
        ConceptTags thesaurus;
        synchronized (this) {
            known = states.get(analysis);
            thesaurus = tags.computeIfAbsent(analysis.codebook(), ConceptTags::of);
        }
        if (known != null && known.holds(revision, partners, regimes)) {
            return known.suggestions;
        }
        List<CooperationSuggestion> derived = List.copyOf(CooperationThemes.suggest(analysis, partners, regimes, thesaurus));
        synchronized (this) {
            State now = states.get(analysis);
            if (now == null || now.revision <= revision) {
                states.put(analysis, new State(revision, List.copyOf(partners), List.copyOf(regimes), derived));
            }
        }
        return derived;
    }
}
