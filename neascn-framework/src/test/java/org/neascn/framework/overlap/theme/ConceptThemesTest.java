package org.neascn.framework.overlap.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.gold.GoldSet;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.sanctions.SanctionsRegime;

/** Themes on the gold set's 44 plans, with the shipped thesaurus and partners. */
class ConceptThemesTest {

    private static final ReferenceDataSet DATA = ReferenceData.standard();
    private static final ConceptTags TAGS = SurfaceFormTags.shipped();
    private static final List<CooperationSuggestion> ALL = suggestions();

    private static List<CooperationSuggestion> suggestions() {
        OverlapNetwork network = OverlapNetwork.build(Codebook.of(DATA, GoldSet.NETWORK), OverlapSettings.defaults(),
                GoldSet.load().dossiers());
        List<SanctionsRegime> regimes = DATA.network(GoldSet.NETWORK).orElseThrow().sanctionsRegimes().stream()
                .map(id -> DATA.sanctionsRegime(id).orElseThrow()).toList();
        return CooperationThemes.suggest(network, DATA.partners(), regimes, TAGS);
    }

    private static CooperationSuggestion with(String... members) {
        Set<MemberId> wanted = new HashSet<>();
        for (String m : members) {
            wanted.add(MemberId.of(m));
        }
        return ALL.stream().filter(s -> s.members().containsAll(wanted)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion with " + wanted + " among " + ALL));
    }

    @Test
    void aMemberSetComesOncePerConcept() {
        Set<String> seen = new HashSet<>();
        for (CooperationSuggestion s : ALL) {
            assertTrue(seen.add(Set.copyOf(s.members()) + "|" + s.theme().code()), s.toString());
        }
    }

    @Test
    void themesWithTheSameMembersAreOnConceptsThatAreNotAkin() {
        for (CooperationSuggestion a : ALL) {
            for (CooperationSuggestion b : ALL) {
                if (a != b && Set.copyOf(a.members()).equals(Set.copyOf(b.members()))) {
                    assertEquals(Theme.Kind.CONCEPT, a.theme().kind(), a.toString());
                    assertFalse(TAGS.akin(a.theme().code(), b.theme().code()), a.theme() + " and " + b.theme());
                }
            }
        }
    }

    @Test
    void airQualityAndWasteSharingSdg116AreSeparateThemes() {
        CooperationSuggestion air = with("seoul", "beijing", "ulaanbaatar");
        CooperationSuggestion recycling = with("shanghai", "suwon");
        assertNotEquals(air.id(), recycling.id());
        assertEquals(Theme.Kind.CONCEPT, air.theme().kind());
        assertTrue(TAGS.covers("air-quality", air.theme().code()), air.theme().code());
        assertFalse(air.members().contains(MemberId.of("suwon")), air.members().toString());
    }

    @Test
    void theLabelIsTheConceptsOwnInEachLanguageAndShort() {
        CooperationSuggestion air = with("seoul", "beijing", "ulaanbaatar");
        String korean = TAGS.concept(air.theme().code()).orElseThrow().label().in("ko").orElseThrow();
        assertEquals(korean, air.title().bestFor(Locale.LanguageRange.parse("ko")));
        for (CooperationSuggestion s : ALL) {
            s.title().texts().values().forEach(t -> assertTrue(t.codePointCount(0, t.length()) <= 60, t));
        }
    }

    @Test
    void theLeadIsNeverAMemberUnderSanctions() {
        CooperationSuggestion air = with("seoul", "pyongyang");
        assertTrue(air.isFlagged());
        assertNotEquals(MemberId.of("pyongyang"), air.proposedLead());
        assertTrue(air.members().contains(air.proposedLead()));
    }

    @Test
    void aPartnerFitsThroughItsOwnConceptsWithTheReason() {
        CooperationSuggestion air = with("seoul", "beijing", "ulaanbaatar");
        PartnerFit adb = air.partners().stream().filter(p -> p.partner().equals(PartnerId.of("adb"))).findFirst()
                .orElseThrow(() -> new AssertionError(air.partners().toString()));
        assertTrue(adb.concepts().contains("air-quality"), adb.toString());
        assertTrue(adb.reason().startsWith("ADB: financing partner; works on air quality"), adb.reason());
        assertTrue(air.partners().stream().noneMatch(p -> p.partner().equals(PartnerId.of("wego"))));
    }

    @Test
    void mostSuggestionsAreOnConcepts() {
        long onConcepts = ALL.stream().filter(s -> s.theme().kind() == Theme.Kind.CONCEPT).count();
        assertTrue(onConcepts >= ALL.size() / 2, onConcepts + " of " + ALL.size() + ": " + ALL);
    }
}
