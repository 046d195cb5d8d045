package org.neascn.model.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.shared.CountryCode;

/** The library ships a second network, the ASEAN Smart Cities Network, as data beside NEASCN. */
class ShippedNetworksTest {

    private final ReferenceDataSet ascn = ReferenceData.shipped().get(1);
    private final Network network = ascn.networks().get(0);

    @Test
    void neascnComesFirstThenTheAseanSmartCitiesNetwork() {
        assertEquals(List.of("neascn", "ascn"),
                ReferenceData.shipped().stream().map(s -> s.networks().get(0).id().value()).toList());
        assertEquals(ReferenceData.standard(), ReferenceData.shipped().get(0));
    }

    @Test
    void ascnWasLaunchedIn2018AcrossTheTenAseanMemberStates() {
        assertEquals("ASCN", network.acronym());
        assertEquals(LocalDate.of(2018, 4, 28), network.launched());
        assertEquals(Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"),
                network.countries().stream().map(CountryCode::value).collect(Collectors.toSet()));
        network.countries().forEach(c -> assertTrue(ascn.country(c).isPresent(), c.value()));
        assertEquals(6, ascn.taxonomy(network.taxonomy()).orElseThrow().focusAreas().size());
        assertEquals(Set.of(), network.sanctionsRegimes());
    }

    @Test
    void itsTwentySixPilotCitiesAndTheThreeThaiCitiesOf2023AreMembers() {
        assertEquals(29, ascn.members().size());
        Map<String, Long> perCountry = new TreeMap<>(ascn.members().stream()
                .collect(Collectors.groupingBy(m -> m.country().value(), Collectors.counting())));
        assertEquals(Map.of("BN", 1L, "KH", 3L, "ID", 3L, "LA", 2L, "MY", 4L, "MM", 3L, "PH", 3L, "SG", 1L,
                "TH", 6L, "VN", 3L), perCountry);
        for (String thai : List.of("chiang-mai", "khon-kaen", "rayong", "bangkok", "chonburi", "phuket")) {
            assertEquals("TH", ascn.member(MemberId.of(thai)).orElseThrow().country().value(), thai);
        }
        Member hcmc = ascn.member(MemberId.of("ho-chi-minh-city")).orElseThrow();
        assertEquals("vi", hcmc.name().original());
        assertEquals("Ho Chi Minh City", hcmc.name().in("en").orElseThrow());
    }

    @Test
    void everyCityIsPlacedInsideItsCountrysPartOfTheGlobe() {
        for (Member m : ascn.members()) {
            // Southeast Asia lies between 11°S and 29°N, 92°E and 141°E.
            assertTrue(m.coordinates().latitude() > -11 && m.coordinates().latitude() < 29, m.id().value());
            assertTrue(m.coordinates().longitude() > 92 && m.coordinates().longitude() < 141, m.id().value());
        }
    }

    @Test
    void itIsRunByTheAseanSecretariatWithPartnersThatPublicSourcesName() {
        Partner secretariat = ascn.partner(network.secretariat()).orElseThrow();
        assertEquals("ASEAN Secretariat", secretariat.name().originalText());
        assertTrue(secretariat.plays(PartnerRole.SECRETARIAT));
        assertEquals(Set.of("asean-secretariat", "adb", "dfat", "mlit", "molit", "us-department-of-state", "wego"),
                ascn.partners().stream().map(p -> p.id().value()).collect(Collectors.toSet()));
        assertEquals(List.of(), ascn.persons());
        assertEquals(List.of(), ascn.meetings());
    }

    @Test
    void identifiersRepeatAcrossNetworksAsSeparateRecords() {
        Partner adbInAscn = ascn.partner(PartnerId.of("adb")).orElseThrow();
        Partner adbInNeascn = ReferenceData.standard().partner(PartnerId.of("adb")).orElseThrow();
        assertEquals(NetworkId.of("ascn"), adbInAscn.network());
        assertNotEquals(adbInAscn, adbInNeascn);
    }

    @Test
    void ascnCallsItsPlansSmartCityActionPlansAndWorksInEnglish() {
        assertEquals("Smart City Action Plan", network.terminology().plan().originalText());
        assertEquals("ASCN cities", network.terminology().members().originalText());
        assertEquals("en", network.languages().get(0));
        assertEquals(9, network.languages().size());
    }

    @Test
    void itUsesTheShippedVocabularies() {
        ReferenceDataSet standard = ReferenceData.standard();
        assertEquals(standard.sdgs(), ascn.sdgs());
        assertEquals(standard.financiers(), ascn.financiers());
        assertEquals(standard.countryLists(), ascn.countryLists());
    }
}
