package org.neascn.framework.workflow.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.en;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.ConsultationRoundId;
import org.neascn.model.consultation.Disposition;
import org.neascn.model.consultation.FeedbackId;
import org.neascn.model.consultation.FrameworkStatus;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.consultation.FrameworkVersionId;
import org.neascn.model.consultation.Section;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.shared.OrganisationRef;

class ConsultationRoundsTest {

    static final Actor ADB = Actor.partner("lee@adb", PartnerId.of("adb"));
    private static final LocalDate TODAY = LocalDate.parse("2021-06-01");
    private final ConsultationRounds rounds = new ConsultationRounds(Plans.CLOCK);

    static FrameworkVersion draft() {
        return new FrameworkVersion(FrameworkVersionId.of("framework-v1"), Plans.NEASCN, 1,
                en("NEASCN Framework"), List.of(
                        new Section("purpose", en("Purpose"), en("Why the network exists")),
                        new Section("governance", en("Governance"), en("Who decides what"))),
                FrameworkStatus.DRAFT, null);
    }

    private OpenedRound opened() {
        return rounds.open(SECRETARIAT, draft(), List.of(), ConsultationRoundId.of("round-1"), TODAY,
                TODAY.plusDays(30)).record();
    }

    private ConsultationRound withComment() {
        OpenedRound opened = opened();
        return rounds.comment(ADB, opened.version(), opened.round(), FeedbackId.of("c1"), "governance",
                en("Name the financing partners' seat in the task force")).record();
    }

    @Test
    void openingARoundPutsTheVersionInConsultation() {
        OpenedRound opened = opened();

        assertEquals(FrameworkStatus.IN_CONSULTATION, opened.version().status());
        assertEquals(TODAY.plusDays(30), opened.round().deadline());
    }

    @Test
    void secondRoundWaitsForTheFirstToClose() {
        OpenedRound opened = opened();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> rounds.open(SECRETARIAT,
                opened.version(), List.of(opened.round()), ConsultationRoundId.of("round-2"), TODAY, TODAY));

        assertEquals("consultation.round.already-open", refused.rule());
    }

    @Test
    void partnerCommentIsAnchoredToASection() {
        ConsultationRound round = withComment();

        assertEquals("governance", round.feedback().get(0).section());
        assertEquals(OrganisationRef.partner("adb"), round.feedback().get(0).author());
    }

    @Test
    void memberCommentReachesTheMembersTimeline() {
        OpenedRound opened = opened();

        var entry = rounds.comment(SEOUL_EDITOR, opened.version(), opened.round(), FeedbackId.of("c2"), "purpose",
                en("Add smart mobility")).audit().get(0);

        assertEquals(Set.of(SEOUL), entry.members());
    }

    @Test
    void publicCannotComment() {
        OpenedRound opened = opened();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> rounds.comment(Actor.anonymous(),
                opened.version(), opened.round(), FeedbackId.of("c3"), "purpose", en("hello")));

        assertEquals("consultation.feedback.members-and-partners-only", refused.rule());
        assertEquals(WorkflowException.Refusal.FORBIDDEN, refused.refusal());
    }

    @Test
    void commentOnAMissingSectionIsRefused() {
        OpenedRound opened = opened();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> rounds.comment(ADB,
                opened.version(), opened.round(), FeedbackId.of("c4"), "annex-9", en("?")));

        assertEquals("consultation.feedback.unknown-section", refused.rule());
    }

    @Test
    void commentAfterTheDeadlineIsRefused() {
        OpenedRound opened = opened();
        ConsultationRounds later = new ConsultationRounds(java.time.Clock.offset(Plans.CLOCK,
                java.time.Duration.ofDays(31)));

        WorkflowException refused = assertThrows(WorkflowException.class, () -> later.comment(ADB,
                opened.version(), opened.round(), FeedbackId.of("c5"), "purpose", en("late")));

        assertEquals("consultation.feedback.deadline-passed", refused.rule());
    }

    @Test
    void partnerCannotDisposeOfComments() {
        ConsultationRound round = withComment();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> rounds.dispose(ADB, round,
                FeedbackId.of("c1"), new Disposition(Disposition.Decision.ACCEPTED, en("agreed"))));

        assertEquals("consultation.disposition.task-force-only", refused.rule());
    }

    @Test
    void roundCannotCloseWithUnansweredComments() {
        ConsultationRound round = withComment();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> rounds.close(SECRETARIAT, round));

        assertEquals("consultation.close.open-comments", refused.rule());
        assertEquals("OPEN", refused.state());
    }

    @Test
    void roundClosesOnceEveryCommentHasADisposition() {
        ConsultationRound answered = rounds.dispose(SECRETARIAT, withComment(), FeedbackId.of("c1"),
                new Disposition(Disposition.Decision.PARTLY_ACCEPTED, en("An observer seat, not a vote"))).record();

        ConsultationRound closed = rounds.close(SECRETARIAT, answered).record();

        assertTrue(closed.closed());
    }

    @Test
    void closedRoundTakesNoMoreComments() {
        OpenedRound opened = opened();
        ConsultationRound closed = rounds.close(SECRETARIAT, opened.round()).record();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> rounds.comment(ADB,
                opened.version(), closed, FeedbackId.of("c6"), "purpose", en("late")));

        assertEquals("consultation.feedback.round-closed", refused.rule());
    }
}
