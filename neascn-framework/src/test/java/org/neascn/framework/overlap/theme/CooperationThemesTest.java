package org.neascn.framework.overlap.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.ProjectId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.scap.ScapId;

class CooperationThemesTest {

    private static final ReferenceDataSet DATA = ReferenceData.standard();
    private static final NetworkId NEASCN = NetworkId.of("neascn");

    private static List<CooperationSuggestion> suggestions(List<PlanDossier> plans) {
        OverlapNetwork network = OverlapNetwork.build(Codebook.of(DATA, NEASCN), OverlapSettings.defaults(), plans);
        List<SanctionsRegime> regimes = DATA.network(NEASCN).orElseThrow().sanctionsRegimes().stream()
                .map(id -> DATA.sanctionsRegime(id).orElseThrow()).toList();
        return CooperationThemes.suggest(network, DATA.partners(), regimes);
    }

    private static CooperationSuggestion onSdg116(List<CooperationSuggestion> all) {
        return all.stream().filter(s -> s.theme().kind() == Theme.Kind.SDG_TARGET && s.theme().code().equals("11.6"))
                .findFirst().orElseThrow(() -> new AssertionError("no SDG 11.6 theme among " + all));
    }

    @Test
    void citiesFightingAirPollutionFormATheme() {
        CooperationSuggestion s = onSdg116(suggestions(PlansForThemes.airQualityCities()));
        assertEquals(Set.of("busan", "vladivostok", "ulaanbaatar", "pyongyang"),
                Set.copyOf(s.members().stream().map(MemberId::value).toList()));
        assertTrue(s.targets().contains(new TargetRef(ScapId.of("vladivostok-scap-1"), "air-quality")));
        assertTrue(s.projects().contains(ProjectId.of("ub-clean-heating")));
        assertTrue(s.title().originalText().startsWith("SDG 11.6: "), s.title().originalText());
        assertTrue(s.title().originalText().length() <= 60, s.title().originalText());
    }

    @Test
    void aSuggestionWithADprkMemberCarriesTheSanctionsFlagAndReason() {
        CooperationSuggestion s = onSdg116(suggestions(PlansForThemes.airQualityCities()));
        assertTrue(s.isFlagged());
        SanctionsFlag flag = s.sanctions().get(0);
        assertEquals("un-dprk", flag.regime());
        assertEquals(List.of(MemberId.of("pyongyang")), flag.members());
        assertTrue(flag.instruments().contains("UNSCR 2321 (2016), para. 32"));
        assertTrue(flag.reason().startsWith("Pyongyang (KP) is covered by United Nations Security Council sanctions"),
                flag.reason());
        assertTrue(flag.reason().contains("UNSCR 2321 (2016), para. 32"), flag.reason());
    }

    @Test
    void aSuggestionWithoutSanctionedMembersIsNotFlagged() {
        CooperationSuggestion s = onSdg116(suggestions(PlansForThemes.airQualityCitiesWithoutPyongyang()));
        assertFalse(s.isFlagged());
    }

    @Test
    void aKnowledgePartnerActiveOnTheThemeIsProposed() {
        CooperationSuggestion s = onSdg116(suggestions(PlansForThemes.airQualityCities()));
        assertTrue(s.partners().stream().anyMatch(p -> p.partner().equals(PartnerId.of("clc"))
                && p.activeOn().contains(ProjectId.of("ub-clean-heating"))), s.partners().toString());
    }

    @Test
    void theSecretariatIsNotProposedAsAPartnerEvenWhenActive() {
        CooperationSuggestion s = onSdg116(suggestions(PlansForThemes.airQualityCities()));
        assertTrue(s.partners().stream().noneMatch(p -> p.partner().equals(PartnerId.of("wego"))));
    }

    @Test
    void twoMembersDoNotMakeATheme() {
        List<CooperationSuggestion> all = suggestions(PlansForThemes.onlyTwoAirQualityCities());
        assertTrue(all.stream().noneMatch(s -> s.theme().code().equals("11.6")), all.toString());
    }
}
