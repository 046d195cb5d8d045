package org.neascn.model.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.meeting.AgendaItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.OrganisationType;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.person.Person;
import org.neascn.model.person.PersonId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.SdgTargetCode;

class ReferenceDataTest {

    private final ReferenceDataSet data = ReferenceData.standard();

    @Test
    void neascnSpansTheSixCountriesAndIsRunByWego() {
        Network neascn = data.network(NetworkId.of("neascn")).orElseThrow();
        assertEquals("NEASCN", neascn.acronym());
        assertEquals(Set.of("CN", "JP", "KR", "KP", "RU", "MN"),
                neascn.countries().stream().map(CountryCode::value).collect(Collectors.toSet()));
        Partner wego = data.partner(neascn.secretariat()).orElseThrow();
        assertEquals("WeGO", wego.acronym());
        assertTrue(wego.plays(PartnerRole.SECRETARIAT));
        assertEquals(6, data.taxonomy(neascn.taxonomy()).orElseThrow().focusAreas().size());
    }

    @Test
    void adbIsAMultilateralDevelopmentBankWhoseSpeakerIsPrincipalSpecialist() {
        Partner adb = data.partnerNamed("ADB").orElseThrow();
        assertEquals(OrganisationType.MULTILATERAL_DEVELOPMENT_BANK, adb.type());
        assertTrue(adb.plays(PartnerRole.FINANCING_PARTNER));
        Person yoon = data.person(PersonId.of("seok-yong-yoon")).orElseThrow();
        assertEquals("Seok Yong Yoon", yoon.name().originalText());
        assertEquals("Principal Specialist", yoon.title().originalText());
        assertEquals(OrganisationRef.partner("adb"), yoon.organisation());
    }

    @Test
    void everyOrganisationNamedInTheSeedIsAPartnerOrMember() {
        for (String name : List.of("TCS", "URC", "HCNM", "LH", "CLC", "ICLEI East Asia Secretariat",
                "Yeosijae (Future Consensus Institute)", "Hananuri Academy of Northeast Asian Studies",
                "Choson Exchange", "EDCF", "ADB", "WeGO")) {
            assertTrue(data.partnerNamed(name).isPresent(), name + " is missing");
        }
        assertEquals("上海市", data.members().get(0).name().originalText());
        assertEquals("Shanghai Municipality", data.members().get(0).name().in("en").orElseThrow());
        assertEquals(OrganisationType.BILATERAL_DEVELOPMENT_FINANCE, data.partnerNamed("EDCF").orElseThrow().type());
    }

    @Test
    void everySpeakerOfTheSeedIsKnownWithTitleAndOrganisation() {
        assertEquals(12, data.persons().size());
        assertEquals("Program Officer", data.person(PersonId.of("nobutsugu-miyama")).orElseThrow().title().originalText());
        assertEquals("Associate Head of Programs",
                data.person(PersonId.of("calvin-chua")).orElseThrow().title().originalText());
        assertEquals(OrganisationRef.member("shanghai"), data.person(PersonId.of("dajun-wang")).orElseThrow().organisation());
    }

    @Test
    void dprkIsCoveredByTheUnSanctionsRegime() {
        var regime = data.sanctionsRegime("un-dprk").orElseThrow();
        assertTrue(regime.covers(CountryCode.of("KP")));
        assertFalse(regime.covers(CountryCode.of("KR")));
        assertTrue(regime.instruments().stream().anyMatch(i -> i.contains("2321")));
        assertTrue(data.network(NetworkId.of("neascn")).orElseThrow().sanctionsRegimes().contains("un-dprk"));
    }

    @Test
    void eligibilityFactsOfTheDomainBriefAreData() {
        CountryList dac = data.countryList("oecd-dac-oda-recipients").orElseThrow();
        assertEquals(CountryList.Standing.LISTED, dac.standingOf(CountryCode.of("MN")));
        assertEquals(CountryList.Standing.LISTED, dac.standingOf(CountryCode.of("KP")));
        assertEquals(CountryList.Standing.NOT_LISTED, dac.standingOf(CountryCode.of("JP")));
        assertEquals(CountryList.Standing.NOT_KNOWN, dac.standingOf(CountryCode.of("BR")));
        CountryList adbMembers = data.countryList("adb-members").orElseThrow();
        assertEquals(CountryList.Standing.NOT_LISTED, adbMembers.standingOf(CountryCode.of("RU")));
        FinancierProfile gapFund = data.financier("gap-fund").orElseThrow();
        assertTrue(gapFund.stages().contains(Stage.PRE_FEASIBILITY));
        assertFalse(gapFund.stages().contains(Stage.FEASIBILITY));
    }

    @Test
    void thePreWorkshopIsAMeetingWithItsSessionsQuestionsAndClosingItem() {
        Meeting pre = data.meeting(MeetingId.of("neascn-prews-2020-12-09")).orElseThrow();
        assertEquals(ZonedDateTime.parse("2020-12-09T15:00+09:00[Asia/Seoul]"), pre.startsAt());
        assertEquals("Zoom", pre.venue().platform());
        AgendaItem session2 = pre.agenda().stream().filter(a -> a.key().equals("session-2")).findFirst().orElseThrow();
        assertEquals(2, session2.parts().size());
        assertEquals(List.of(PersonId.of("sungsoo-jung"), PersonId.of("seok-yong-yoon")), session2.parts().get(1).speakers());
        assertEquals(List.of("Q1", "Q2"), pre.questions().stream().map(q -> q.code()).toList());
        assertTrue(pre.questions().get(1).text().originalText().contains("accessing project financing"));
        assertEquals("Takeaways and To-Do List for Inaugural Meeting of NEASCN",
                pre.agenda().get(pre.agenda().size() - 1).title().originalText());
    }

    @Test
    void theSdgsCarryEverySdg11Target() {
        assertEquals(17, data.sdgs().size());
        SdgGoal cities = data.sdgs().get(10);
        assertEquals("Sustainable cities and communities", cities.name().originalText());
        assertEquals(List.of("11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c"),
                cities.targets().stream().map(t -> t.code().value()).toList());
        assertTrue(data.indicators().stream().anyMatch(i -> i.sdgTargets().contains(SdgTargetCode.of("11.6"))
                && i.unit().equals("µg/m³")));
    }

    @Test
    void theSdgsCarryAll169TargetsInTheirOfficialWording() {
        List<Integer> perGoal = data.sdgs().stream().map(g -> g.targets().size()).toList();
        assertEquals(List.of(7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19), perGoal);
        assertEquals(169, perGoal.stream().mapToInt(Integer::intValue).sum());
        SdgGoal partnerships = data.sdgs().get(16);
        assertEquals("17.19", partnerships.targets().get(18).code().value());
        assertEquals("By 2030, double the global rate of improvement in energy efficiency",
                data.sdgs().get(6).targets().get(2).text().originalText());
        assertTrue(data.sdgTarget(SdgTargetCode.of("8.10")).isPresent());
        assertTrue(data.sdgTarget(SdgTargetCode.of("17.20")).isEmpty());
        assertEquals(Set.of("en"), data.sdgs().stream().flatMap(g -> g.targets().stream())
                .flatMap(t -> t.text().texts().keySet().stream()).collect(Collectors.toSet()));
    }

    @Test
    void everyShippedMemberIsOnTheMap() {
        ReferenceData.shipped().forEach(set -> set.members().forEach(m ->
                assertTrue(m.placed().isPresent(), m.id() + " of " + m.network() + " has no coordinates")));
        Member shanghai = data.member(MemberId.of("shanghai")).orElseThrow();
        assertEquals(31.22222, shanghai.coordinates().latitude());
        assertEquals(121.45806, shanghai.coordinates().longitude());
    }

    @Test
    void neascnNamesItsPlansAndMembersInItsSixLanguages() {
        Network neascn = data.network(NetworkId.of("neascn")).orElseThrow();
        assertEquals(List.of("en", "zh-Hans", "ja", "ko", "ru", "mn"), neascn.languages());
        assertEquals("smart city action plan", neascn.terminology().plan().originalText());
        for (String language : neascn.languages()) {
            assertTrue(neascn.terminology().members().in(language).isPresent(), language);
        }
    }
}
