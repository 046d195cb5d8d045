package org.neascn.framework.workflow.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.BUSAN;
import static org.neascn.framework.workflow.Plans.BUSAN_EDITOR;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.OrganisationRole;

class InitiativeMembershipTest {

    private static final MemberId INCHEON = MemberId.of("incheon");
    private static final Actor INCHEON_EDITOR = Actor.memberEditor("choi@incheon", INCHEON);
    private final InitiativeMembership membership = new InitiativeMembership(Plans.CLOCK);

    private Initiative withIncheon() {
        return membership.join(INCHEON_EDITOR, InitiativeWorkflowTest.cleanAir(InitiativeStatus.ENDORSED), INCHEON)
                .record();
    }

    @Test
    void memberJoinsByItsOwnEditor() {
        assertTrue(withIncheon().members().contains(INCHEON));
    }

    @Test
    void editorCannotEnrolAnotherCity() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> membership.join(SEOUL_EDITOR,
                InitiativeWorkflowTest.cleanAir(InitiativeStatus.ENDORSED), INCHEON));

        assertEquals("initiative.join.member-editors-only", refused.rule());
    }

    @Test
    void memberLeavesWhileTwoRemain() {
        Initiative left = membership.leave(INCHEON_EDITOR, withIncheon(), INCHEON).record();

        assertEquals(2, left.members().size());
    }

    @Test
    void leavingBelowTwoMembersIsRefused() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> membership.leave(BUSAN_EDITOR,
                InitiativeWorkflowTest.cleanAir(InitiativeStatus.ENDORSED), BUSAN));

        assertEquals("initiative.leave.minimum-members", refused.rule());
    }

    @Test
    void leadCannotLeaveWithoutHandingOver() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> membership.leave(SEOUL_EDITOR, withIncheon(), SEOUL));

        assertEquals("initiative.leave.lead-must-hand-over", refused.rule());
    }

    @Test
    void leadLeavesAfterHandingOver() {
        Initiative handed = membership.handOverLead(SEOUL_EDITOR, withIncheon(), BUSAN).record();
        Initiative left = membership.leave(SEOUL_EDITOR, handed, SEOUL).record();

        assertEquals(BUSAN, left.lead());
        assertEquals(List.of(BUSAN, INCHEON), List.copyOf(left.members()));
    }

    @Test
    void leavingMemberStaysOnItsOwnTimeline() {
        var entry = membership.leave(INCHEON_EDITOR, withIncheon(), INCHEON).audit().get(0);

        assertTrue(entry.members().contains(INCHEON));
        assertEquals("members[incheon]", entry.changes().get(0).path());
    }

    @Test
    void leadPassesOnlyToAParticipant() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> membership.handOverLead(
                SECRETARIAT, InitiativeWorkflowTest.cleanAir(InitiativeStatus.ENDORSED), INCHEON));

        assertEquals("initiative.hand-over.not-a-member", refused.rule());
    }

    @Test
    void partnerJoinsInARoleAndLeaves() {
        InitiativePartner adb = new InitiativePartner(PartnerId.of("adb"), OrganisationRole.FUNDING);
        Initiative withAdb = membership.addPartner(SECRETARIAT, InitiativeWorkflowTest.cleanAir(
                InitiativeStatus.IN_PREPARATION), adb).record();
        Initiative without = membership.removePartner(SECRETARIAT, withAdb, PartnerId.of("adb")).record();

        assertEquals(List.of(adb), withAdb.partners());
        assertEquals(List.of(), without.partners());
    }

    @Test
    void closedInitiativeMembershipIsHistory() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> membership.join(INCHEON_EDITOR,
                InitiativeWorkflowTest.cleanAir(InitiativeStatus.COMPLETED), INCHEON));

        assertEquals("initiative.join.closed", refused.rule());
    }
}
