package org.neascn.framework.workflow.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.BUSAN;
import static org.neascn.framework.workflow.Plans.BUSAN_EDITOR;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Theme;

class InitiativeWorkflowTest {

    static final Theme CLEAN_AIR = new Theme(Theme.Kind.SDG_TARGET, "11.6", en("Urban air quality"));
    private final List<InitiativeStatus> screened = new ArrayList<>();
    private final InitiativeWorkflow workflow = new InitiativeWorkflow(Plans.CLOCK, (i, toward) -> {
        screened.add(toward);
        return Screening.pass();
    });

    static Initiative cleanAir(InitiativeStatus status) {
        return new Initiative(InitiativeId.of("clean-air"), Plans.NEASCN, en("Clean air corridor"), CLEAN_AIR, SEOUL,
                Set.of(SEOUL, BUSAN), List.of(), List.of(), List.of(), List.of(), status,
                status == InitiativeStatus.SUSPENDED ? en("waiting for the budget") : null, List.of());
    }

    @Test
    void leadMemberProposesFromASharedTheme() {
        Initiative proposed = workflow.propose(SEOUL_EDITOR, InitiativeId.of("clean-air"), Plans.NEASCN,
                en("Clean air corridor"), CLEAN_AIR, SEOUL, Set.of(SEOUL, BUSAN)).record();

        assertEquals(InitiativeStatus.PROPOSED, proposed.status());
    }

    @Test
    void proposingWithOneMemberNamesTheRule() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> workflow.propose(SEOUL_EDITOR,
                InitiativeId.of("solo"), Plans.NEASCN, en("Solo"), CLEAN_AIR, SEOUL, Set.of(SEOUL)));

        assertEquals("initiative.propose.requires-two-members", refused.rule());
    }

    @Test
    void secretariatEndorsesAProposal() {
        Initiative endorsed = workflow.endorse(SECRETARIAT, cleanAir(InitiativeStatus.PROPOSED)).record();

        assertEquals(InitiativeStatus.ENDORSED, endorsed.status());
    }

    @Test
    void memberCannotEndorse() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.endorse(SEOUL_EDITOR, cleanAir(InitiativeStatus.PROPOSED)));

        assertEquals("initiative.endorse.secretariat-only", refused.rule());
    }

    @Test
    void stepsCannotBeSkipped() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.seekFinancing(SEOUL_EDITOR, cleanAir(InitiativeStatus.ENDORSED)));

        assertEquals("initiative.seek-financing.wrong-state", refused.rule());
        assertEquals("ENDORSED", refused.state());
    }

    @Test
    void nonLeadMemberCannotSteer() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.startPreparation(BUSAN_EDITOR, cleanAir(InitiativeStatus.ENDORSED)));

        assertEquals("initiative.prepare.lead-or-secretariat", refused.rule());
    }

    @Test
    void seekingFinancingIsScreened() {
        workflow.seekFinancing(SEOUL_EDITOR, cleanAir(InitiativeStatus.IN_PREPARATION));

        assertEquals(List.of(InitiativeStatus.SEEKING_FINANCING), screened);
    }

    @Test
    void endorsementIsScreened() {
        workflow.endorse(SECRETARIAT, cleanAir(InitiativeStatus.PROPOSED));

        assertEquals(List.of(InitiativeStatus.ENDORSED), screened);
    }

    @Test
    void preparationIsScreened() {
        workflow.startPreparation(SEOUL_EDITOR, cleanAir(InitiativeStatus.ENDORSED));

        assertEquals(List.of(InitiativeStatus.IN_PREPARATION), screened);
    }

    @Test
    void blockedScreeningStopsEndorsement() {
        InitiativeWorkflow blocking = new InitiativeWorkflow(Plans.CLOCK,
                (i, toward) -> Screening.blocked("un-dprk", "no exemption recorded"));

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> blocking.endorse(SECRETARIAT, cleanAir(InitiativeStatus.PROPOSED)));

        assertEquals("initiative.sanctions.blocked", refused.rule());
    }

    @Test
    void suspendingIsNeverScreened() {
        InitiativeWorkflow blocking = new InitiativeWorkflow(Plans.CLOCK,
                (i, toward) -> Screening.blocked("un-dprk", "no exemption recorded"));

        Initiative suspended = blocking.suspend(SECRETARIAT, cleanAir(InitiativeStatus.IN_PREPARATION),
                en("screening")).record();

        assertEquals(InitiativeStatus.SUSPENDED, suspended.status());
    }

    @Test
    void blockedScreeningNamesTheRuleAndChangesNothing() {
        InitiativeWorkflow blocking = new InitiativeWorkflow(Plans.CLOCK,
                (i, toward) -> Screening.blocked("un-dprk-1718", "no exemption recorded"));
        Initiative seeking = cleanAir(InitiativeStatus.SEEKING_FINANCING);

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> blocking.startImplementation(SEOUL_EDITOR, seeking));

        assertEquals("initiative.sanctions.blocked", refused.rule());
        assertTrue(refused.getMessage().contains("un-dprk-1718: no exemption recorded"), refused.getMessage());
        assertEquals(InitiativeStatus.SEEKING_FINANCING, seeking.status());
    }

    @Test
    void suspensionNeedsAReason() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.suspend(SEOUL_EDITOR, cleanAir(InitiativeStatus.IN_PREPARATION), null));

        assertEquals("initiative.suspend.requires-reason", refused.rule());
    }

    @Test
    void suspendedInitiativeKeepsItsReason() {
        Initiative suspended = workflow.suspend(SECRETARIAT, cleanAir(InitiativeStatus.IN_PREPARATION),
                en("city elections")).record();

        assertEquals("city elections", suspended.statusReason().originalText());
    }

    @Test
    void resumingClearsTheReason() {
        Initiative resumed = workflow.resume(SEOUL_EDITOR, cleanAir(InitiativeStatus.SUSPENDED),
                InitiativeStatus.IN_PREPARATION).record();

        assertEquals(InitiativeStatus.IN_PREPARATION, resumed.status());
        assertNull(resumed.statusReason());
    }

    @Test
    void resumingIntoFinancingIsScreened() {
        workflow.resume(SEOUL_EDITOR, cleanAir(InitiativeStatus.SUSPENDED), InitiativeStatus.SEEKING_FINANCING);

        assertEquals(List.of(InitiativeStatus.SEEKING_FINANCING), screened);
    }

    @Test
    void resumingIntoCompletedIsRefused() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.resume(SEOUL_EDITOR, cleanAir(InitiativeStatus.SUSPENDED), InitiativeStatus.COMPLETED));

        assertEquals("initiative.resume.open-state-only", refused.rule());
    }

    @Test
    void suspendedInitiativeCanBeCancelled() {
        Initiative cancelled = workflow.cancel(SECRETARIAT, cleanAir(InitiativeStatus.SUSPENDED),
                en("no financing found")).record();

        assertEquals(InitiativeStatus.CANCELLED, cancelled.status());
    }

    @Test
    void completedInitiativeCannotBeCancelled() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.cancel(SECRETARIAT, cleanAir(InitiativeStatus.COMPLETED), en("late")));

        assertEquals("initiative.cancel.closed", refused.rule());
    }

    @Test
    void moveIsOnEveryParticipantsTimeline() {
        var entry = workflow.endorse(SECRETARIAT, cleanAir(InitiativeStatus.PROPOSED)).audit().get(0);

        assertEquals(Set.of(SEOUL, BUSAN), entry.members());
        assertEquals(Set.of(InitiativeId.of("clean-air")), entry.initiatives());
        assertEquals("PROPOSED", entry.fromState());
    }
}
