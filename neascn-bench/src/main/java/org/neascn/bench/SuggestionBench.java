package org.neascn.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.framework.overlap.theme.ConceptTags;
import org.neascn.framework.overlap.theme.CooperationSuggestion;
import org.neascn.framework.overlap.theme.CooperationThemes;
import org.neascn.framework.synthetic.SyntheticNetwork;
import org.neascn.model.initiative.Theme;
import org.neascn.model.partner.Partner;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.scap.Scap;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * What deriving a network's cooperation suggestions costs, on synthetic plans: without the
 * thesaurus (SDG targets and focus areas only), with it read afresh each time, and with
 * {@code ConceptTags.of(codebook)} as the server holds it (remembering texts read), the last
 * also after one plan changed. Each is derived three times; the first includes warming up.
 * Arguments (optional): {@code n=2000 seed=42}.
 */
public final class SuggestionBench {

    private SuggestionBench() {
    }

    public static void main(String[] args) {
        int n = 2000;
        long seed = 42;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv[0].equals("n")) {
                n = Integer.parseInt(kv[1]);
            } else if (kv[0].equals("seed")) {
                seed = Long.parseLong(kv[1]);
            }
        }
        ReferenceDataSet data = ReferenceData.standard();
        Codebook codebook = Codebook.of(data, SyntheticNetwork.NETWORK);
        SyntheticNetwork net = SyntheticNetwork.generate(seed, n);
        List<PlanDossier> plans = new ArrayList<>(PlanDossier.assemble(net.members(), net.plans(), net.projects()));
        OverlapNetwork network = OverlapNetwork.build(codebook, OverlapSettings.defaults(), plans);
        List<Partner> partners = data.partners();
        List<SanctionsRegime> regimes = data.sanctionsRegimes();
        System.out.printf(Locale.ROOT, "SuggestionBench: N=%d, seed %d, %d processors%n", n, seed,
                Runtime.getRuntime().availableProcessors());

        time("no thesaurus", () -> CooperationThemes.suggest(network, partners, regimes));
        time("thesaurus, read afresh", () -> CooperationThemes.suggest(network, partners, regimes,
                ConceptTags.of(codebook.concepts(), codebook.tagger())));
        ConceptTags remembered = ConceptTags.of(codebook);
        time("thesaurus, remembered", () -> CooperationThemes.suggest(network, partners, regimes, remembered));
        // One plan takes another's targets, as OverlapBench changes plans.
        PlanDossier d = plans.get(0);
        Scap p = d.plan();
        Scap other = plans.get(1).plan();
        Set<FocusAreaCode> areas = new LinkedHashSet<>(p.focusAreas());
        areas.addAll(other.focusAreas());
        network.update(new PlanDossier(d.member(), new Scap(p.id(), p.network(), p.member(), p.version() + 1, p.period(),
                p.vision(), areas, other.targets(), p.projects(), p.status()), d.projects()));
        time("thesaurus, remembered, after one update", () -> CooperationThemes.suggest(network, partners, regimes, remembered));
    }

    private static void time(String what, Supplier<List<CooperationSuggestion>> derive) {
        for (int i = 1; i <= 3; i++) {
            long t0 = System.nanoTime();
            List<CooperationSuggestion> out = derive.get();
            long concepts = out.stream().filter(s -> s.theme().kind() == Theme.Kind.CONCEPT).count();
            System.out.printf(Locale.ROOT, "%s #%d: %d ms, %d suggestions (%d on concepts)%n", what, i,
                    (System.nanoTime() - t0) / 1_000_000, out.size(), concepts);
        }
    }
}
