package org.neascn.framework.sanctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.pipeline.PipelineSamples;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;

class SanctionsScreeningTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 1);
    private static final MemberCountries MEMBERS = MemberCountries.from(id -> switch (id.value()) {
        case "pyongyang" -> CountryCode.of("KP");
        case "seoul" -> CountryCode.of("KR");
        case "ulaanbaatar" -> CountryCode.of("MN");
        default -> null;
    });
    private final SanctionsScreening screening = new SanctionsScreening(ReferenceData.standard().sanctionsRegimes(), MEMBERS);

    private static SanctionsExemption exemption(LocalDate granted, LocalDate expires) {
        return new SanctionsExemption("un-dprk", "1718/EX/2021/07", "1718 Committee", granted, expires);
    }

    @Test
    void dprkProjectIsFlaggedUnderTheUnRegime() {
        ScreeningResult r = screening.screen(
                PipelineSamples.project("py-heat", "pyongyang", "KP", Stage.SCOPING).build(), TODAY);

        assertEquals(ScreeningResult.Status.FLAGGED, r.status());
        assertFalse(r.allowsAutomaticMatching());
        assertTrue(r.hits().get(0).explanation().contains("UNSCR 2321 (2016), para. 32"));
        assertTrue(r.hits().get(0).explanation().contains("the project is located in KP"));
    }

    @Test
    void dprkProjectWithAValidExemptionMayProceedAndSaysUnderWhich() {
        Project p = PipelineSamples.project("py-heat", "pyongyang", "KP", Stage.SCOPING)
                .exemption(exemption(LocalDate.of(2021, 3, 1), null)).build();

        ScreeningResult r = screening.screen(p, TODAY);

        assertEquals(ScreeningResult.Status.EXEMPTED, r.status());
        assertTrue(r.allowsAutomaticMatching());
        assertTrue(r.summary().contains("under exemption 1718/EX/2021/07 granted by 1718 Committee on 2021-03-01"));
    }

    @Test
    void expiredExemptionDoesNotLetAProjectProceed() {
        Project p = PipelineSamples.project("py-heat", "pyongyang", "KP", Stage.SCOPING)
                .exemption(exemption(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).build();

        ScreeningResult r = screening.screen(p, TODAY);

        assertEquals(ScreeningResult.Status.FLAGGED, r.status());
        assertEquals(List.of("exemption 1718/EX/2021/07 is not valid on 2021-06-01 (granted 2020-01-01, expires 2020-12-31)"),
                r.notes());
    }

    @Test
    void projectWithADprkParticipantIsFlagged() {
        Project p = PipelineSamples.project("seoul-ub-air", "seoul", "KR", Stage.SCOPING)
                .participant(new Participant(OrganisationRef.member("pyongyang"), null, OrganisationRole.IMPLEMENTING))
                .build();

        ScreeningResult r = screening.screen(p, TODAY);

        assertEquals(ScreeningResult.Status.FLAGGED, r.status());
        assertEquals("participant pyongyang (KP) takes part", r.hits().get(0).involvement().how());
    }

    @Test
    void initiativeWithADprkMemberIsFlagged() {
        Initiative i = new Initiative(InitiativeId.of("tumen-river"), PipelineSamples.NEASCN,
                LocalizedText.of("en", "Tumen river clean-up"),
                new Theme(Theme.Kind.SDG_TARGET, "11.6", LocalizedText.of("en", "Waste")), MemberId.of("seoul"),
                Set.of(MemberId.of("seoul"), MemberId.of("pyongyang")), null, null, null, null,
                InitiativeStatus.PROPOSED, null, null);

        ScreeningResult r = screening.screen(i, TODAY);

        assertEquals(ScreeningResult.Status.FLAGGED, r.status());
        assertEquals("participating member pyongyang (KP) takes part", r.hits().get(0).involvement().how());
    }

    @Test
    void memberOfUnknownCountryHoldsAnInitiativeBackAsUnresolved() {
        Initiative i = new Initiative(InitiativeId.of("air"), PipelineSamples.NEASCN, LocalizedText.of("en", "Air"),
                new Theme(Theme.Kind.SDG_TARGET, "11.6", LocalizedText.of("en", "Air")), MemberId.of("ulaanbaatar"),
                Set.of(MemberId.of("ulaanbaatar"), MemberId.of("atlantis")), null, null, null, null,
                InitiativeStatus.PROPOSED, null, null);

        ScreeningResult r = screening.screen(i, TODAY);

        assertEquals(ScreeningResult.Status.UNRESOLVED, r.status());
        assertFalse(r.allowsAutomaticMatching());
    }

    @Test
    void mongolianProjectIsClear() {
        ScreeningResult r = screening.screen(PipelineSamples.ulaanbaatarWasteToEnergy().build(), TODAY);

        assertEquals(ScreeningResult.Status.CLEAR, r.status());
        assertTrue(r.allowsAutomaticMatching());
    }
}
