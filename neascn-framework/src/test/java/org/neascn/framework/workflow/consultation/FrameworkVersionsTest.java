package org.neascn.framework.workflow.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.en;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.ConsultationRoundId;
import org.neascn.model.consultation.FrameworkStatus;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.consultation.FrameworkVersionId;
import org.neascn.model.consultation.Section;

class FrameworkVersionsTest {

    private final FrameworkVersions versions = new FrameworkVersions(Plans.CLOCK);
    private final ConsultationRounds rounds = new ConsultationRounds(Plans.CLOCK);

    private static FrameworkVersion revisedDraft() {
        FrameworkVersion d = ConsultationRoundsTest.draft();
        return new FrameworkVersion(d.id(), d.network(), 1, d.title(), List.of(d.sections().get(0),
                new Section("governance", en("Governance"), en("The task force proposes, members decide"))),
                FrameworkStatus.DRAFT, null);
    }

    private OpenedRound consulted() {
        return rounds.open(SECRETARIAT, ConsultationRoundsTest.draft(), List.of(), ConsultationRoundId.of("r1"),
                LocalDate.parse("2021-06-01"), LocalDate.parse("2021-06-30")).record();
    }

    private FrameworkVersion adopted() {
        OpenedRound opened = consulted();
        ConsultationRound closed = rounds.close(SECRETARIAT, opened.round()).record();
        return versions.adopt(SECRETARIAT, opened.version(), List.of(closed)).record();
    }

    @Test
    void taskForceEditsADraftAndTheDiffNamesTheSection() {
        var outcome = versions.edit(SECRETARIAT, ConsultationRoundsTest.draft(), revisedDraft());

        assertEquals("sections[governance].body.texts.en", outcome.audit().get(0).changes().get(0).path());
    }

    @Test
    void membersDoNotEditTheFramework() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> versions.edit(SEOUL_EDITOR, ConsultationRoundsTest.draft(), revisedDraft()));

        assertEquals("consultation.task-force-only", refused.rule());
    }

    @Test
    void versionUnderConsultationIsNotEdited() {
        FrameworkVersion inConsultation = consulted().version();

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> versions.edit(SECRETARIAT, inConsultation, revisedDraft()));

        assertEquals("consultation.version.in-consultation", refused.rule());
    }

    @Test
    void adoptingNeedsTheRoundsClosed() {
        OpenedRound opened = consulted();

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> versions.adopt(SECRETARIAT, opened.version(), List.of(opened.round())));

        assertEquals("consultation.adopt.round-open", refused.rule());
    }

    @Test
    void draftIsNotAdoptedWithoutConsultation() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> versions.adopt(SECRETARIAT, ConsultationRoundsTest.draft(), List.of()));

        assertEquals("consultation.adopt.not-consulted", refused.rule());
    }

    @Test
    void adoptedVersionCarriesItsDate() {
        assertEquals(LocalDate.parse("2021-06-01"), adopted().adopted());
    }

    @Test
    void adoptedVersionIsFrozen() {
        FrameworkVersion adopted = adopted();

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> versions.edit(SECRETARIAT, adopted, adopted));

        assertEquals("consultation.version.adopted-frozen", refused.rule());
        assertEquals("ADOPTED", refused.state());
    }

    @Test
    void adoptedVersionTakesNoNewRound() {
        FrameworkVersion adopted = adopted();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> rounds.open(SECRETARIAT, adopted,
                List.of(), ConsultationRoundId.of("r2"), LocalDate.parse("2021-06-01"), LocalDate.parse("2021-07-01")));

        assertEquals("consultation.version.adopted-frozen", refused.rule());
    }

    @Test
    void nextDraftStartsFromTheAdoptedVersion() {
        FrameworkVersion next = versions.startNextDraft(SECRETARIAT, adopted(), FrameworkVersionId.of("framework-v2"))
                .record();

        assertEquals(2, next.number());
        assertEquals(FrameworkStatus.DRAFT, next.status());
    }
}
