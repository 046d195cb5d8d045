package org.neascn.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.neascn.model.Samples;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;

class ProjectTest {

    private static ProjectBuilder parking() {
        return new ProjectBuilder(ProjectId.of("busan-parking"), Samples.NEASCN, MemberId.of("busan"),
                LocalizedText.of("ko", "스마트 주차")).location(new Location(CountryCode.of("KR"), null, null, null));
    }

    @Test
    void aProjectNeedsALocation() {
        ProjectBuilder noPlace = new ProjectBuilder(ProjectId.of("x"), Samples.NEASCN, MemberId.of("busan"),
                LocalizedText.of("en", "Parking"));
        assertEquals("location", assertThrows(InvalidValueException.class, noPlace::build).field());
    }

    @Test
    void dacSectorIsAFiveDigitPurposeCode() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> parking().dacSector("430").build());
        assertEquals("dacSector", e.field());
    }

    @Test
    void negativeClimateBenefitIsRejected() {
        assertThrows(InvalidValueException.class,
                () -> parking().emissionReductionTco2ePerYear(new BigDecimal("-1")).build());
    }

    @Test
    void aLatitudeWithoutItsLongitudeNamesTheMissingOne() {
        assertEquals("longitude", assertThrows(InvalidValueException.class,
                () -> new Location(CountryCode.of("KR"), null, 35.1, null)).field());
        assertEquals("latitude", assertThrows(InvalidValueException.class,
                () -> new Location(CountryCode.of("KR"), null, null, 129.0)).field());
    }

    @Test
    void aProjectOutsideTheGlobeIsRefusedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new Location(CountryCode.of("KR"), null, 35.1, 229.0));
        assertEquals("longitude", e.field());
        assertTrue(e.getMessage().contains("between -180 and 180"), e.getMessage());
        assertTrue(new Location(CountryCode.of("KR"), null, null, null).coordinates().isEmpty());
    }

    @Test
    void aStudyInProgressIsNotEvidence() {
        Project project = parking().document(new ProjectDocument(DocumentType.FEASIBILITY_STUDY,
                LocalizedText.of("en", "Feasibility study"), null, null, ProjectDocument.Status.IN_PROGRESS)).build();
        assertFalse(project.has(DocumentType.FEASIBILITY_STUDY));
        assertTrue(Samples.wasteToEnergy().has(DocumentType.FEASIBILITY_STUDY));
    }

    @Test
    void aStudyRecordedWithoutDateCountsAsDoneWithItsDateUnknown() {
        ProjectDocument undated = new ProjectDocument(DocumentType.FEASIBILITY_STUDY,
                LocalizedText.of("ru", "ТЭО"), null, null);
        assertTrue(parking().document(undated).build().has(DocumentType.FEASIBILITY_STUDY));
        assertTrue(undated.isDateUnknown());
    }

    @Test
    void aDatedDocumentCannotBeInProgress() {
        assertEquals("status", assertThrows(InvalidValueException.class, () -> new ProjectDocument(
                DocumentType.FEASIBILITY_STUDY, LocalizedText.of("en", "FS"), java.time.LocalDate.of(2021, 1, 5), null,
                ProjectDocument.Status.PLANNED)).field());
    }

    @Test
    void theStageLadderClimbsOneRungAtATime() {
        assertEquals(Stage.STRUCTURING, Stage.FEASIBILITY.next().orElseThrow());
        assertTrue(Stage.POST_IMPLEMENTATION.next().isEmpty());
        assertTrue(Stage.SCOPING.isBefore(Stage.PRE_FEASIBILITY));
    }

    @Test
    void fundingNamesItsSource() {
        assertEquals("source", assertThrows(InvalidValueException.class,
                () -> new Funding(null, null, Samples.wasteToEnergy().totalCost(), Instrument.LOAN, true)).field());
    }
    @Test
    void anActualStartBelongsToAProjectInImplementationOrAfter() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> parking().stage(Stage.FEASIBILITY).actualStart(LocalDate.of(2025, 3, 1)).build());
        assertEquals("actualStart", e.field());
        assertTrue(e.rule().contains("FEASIBILITY"), e.rule());
        assertEquals(LocalDate.of(2025, 3, 1),
                parking().stage(Stage.IMPLEMENTATION).actualStart(LocalDate.of(2025, 3, 1)).build().actualStart());
    }

    @Test
    void anActualEndBelongsToACompletedProjectOnly() {
        assertEquals("actualEnd", assertThrows(InvalidValueException.class, () -> parking().stage(Stage.IMPLEMENTATION)
                .actualStart(LocalDate.of(2025, 3, 1)).actualEnd(LocalDate.of(2026, 3, 1)).build()).field());
        Project done = parking().stage(Stage.POST_IMPLEMENTATION).actualStart(LocalDate.of(2025, 3, 1))
                .actualEnd(LocalDate.of(2026, 3, 1)).build();
        assertEquals(LocalDate.of(2026, 3, 1), done.actualEnd());
    }

    @Test
    void anActualEndIsNotBeforeTheActualStart() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> parking()
                .stage(Stage.POST_IMPLEMENTATION).actualStart(LocalDate.of(2025, 3, 1)).actualEnd(LocalDate.of(2025, 2, 28))
                .build());
        assertEquals("actualEnd", e.field());
        assertTrue(e.rule().contains("2025-03-01"), e.rule());
        assertEquals(LocalDate.of(2025, 3, 1), parking().stage(Stage.POST_IMPLEMENTATION)
                .actualStart(LocalDate.of(2025, 3, 1)).actualEnd(LocalDate.of(2025, 3, 1)).build().actualEnd());
    }

    @Test
    void aProjectRecordsWhatItDoesToItsAssetOrNothing() {
        assertEquals(ProjectType.REHABILITATION, parking().projectType(ProjectType.REHABILITATION).build().projectType());
        assertEquals(null, parking().build().projectType());
    }
}
