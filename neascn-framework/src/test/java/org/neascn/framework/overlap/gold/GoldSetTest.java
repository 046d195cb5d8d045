package org.neascn.framework.overlap.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.gold.GoldSet.GoldPlan;
import org.neascn.framework.overlap.gold.GoldSet.LookAlike;
import org.neascn.framework.overlap.gold.GoldSet.RelatedGroup;
import org.neascn.model.member.MemberId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.taxonomy.FocusAreaCode;

/** The gold set is what its README promises, so that the quality figures measured on it mean what they say. */
class GoldSetTest {

    private static final GoldSet GOLD = GoldSet.load();

    @Test
    void holdsAtLeastFortyPlansFromAllSixCountries() {
        assertTrue(GOLD.plans().size() >= 40, "plans: " + GOLD.plans().size());
        assertEquals(Set.of("CN", "JP", "KR", "KP", "RU", "MN"), GOLD.plans().stream()
                .map(p -> p.dossier().member().country().value()).collect(Collectors.toSet()));
    }

    @Test
    void aboutAThirdOfThePlansHaveNoEnglishAtAll() {
        long withoutEnglish = GOLD.plans().stream().filter(p -> !p.hasEnglish()).count();
        double share = (double) withoutEnglish / GOLD.plans().size();
        assertTrue(share >= 0.3 && share <= 0.4, withoutEnglish + " of " + GOLD.plans().size());
    }

    @Test
    void eachPlanIsWrittenInItsCitysLanguage() {
        for (GoldPlan p : GOLD.plans()) {
            String expected = switch (p.dossier().member().country().value()) {
                case "CN" -> "zh";
                case "JP" -> "ja";
                case "KR", "KP" -> "ko";
                case "RU" -> "ru";
                default -> "mn";
            };
            assertEquals(expected, p.language(), p.member().value());
        }
    }

    @Test
    void everyPlanHasAJudgementAndEveryJudgementNamesPlansOfTheSet() {
        Set<MemberId> judged = new HashSet<>();
        for (RelatedGroup g : GOLD.groups()) {
            assertTrue(g.members().size() >= 2, g.concept());
            g.members().forEach(m -> assertTrue(GOLD.plan(m).isPresent(), g.concept() + ": " + m));
            judged.addAll(g.members());
        }
        assertEquals(GOLD.plans().stream().map(GoldPlan::member).collect(Collectors.toSet()), judged);
        for (LookAlike l : GOLD.lookAlikes()) {
            assertTrue(GOLD.plan(l.a()).isPresent() && GOLD.plan(l.b()).isPresent(), l.toString());
        }
    }

    @Test
    void mostRelatedPairsCrossALanguage() {
        long pairs = 0;
        long cross = 0;
        for (RelatedGroup g : GOLD.groups()) {
            for (int i = 0; i < g.members().size(); i++) {
                for (int j = i + 1; j < g.members().size(); j++) {
                    pairs++;
                    cross += GOLD.crossLanguage(g.members().get(i), g.members().get(j)) ? 1 : 0;
                }
            }
        }
        assertTrue(cross >= 0.9 * pairs, cross + " of " + pairs);
    }

    @Test
    void aLookAlikeIsUnrelatedYetSharesAFocusAreaOrTheLanguage() {
        for (LookAlike l : GOLD.lookAlikes()) {
            assertFalse(GOLD.related(l.a(), l.b()), l.toString());
            Set<FocusAreaCode> shared = new HashSet<>(GOLD.plan(l.a()).orElseThrow().dossier().plan().focusAreas());
            shared.retainAll(GOLD.plan(l.b()).orElseThrow().dossier().plan().focusAreas());
            assertTrue(!shared.isEmpty() || !GOLD.crossLanguage(l.a(), l.b()), l.toString());
        }
    }

    @Test
    void everyCodeIsInTheNetworksVocabulary() {
        OverlapNetwork network = OverlapNetwork.build(Codebook.of(ReferenceData.standard(), GoldSet.NETWORK),
                OverlapSettings.defaults(), GOLD.dossiers());
        assertEquals(GOLD.plans().size(), network.plans().size());
    }
}
