package org.neascn.framework.workflow.scap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.BUSAN;
import static org.neascn.framework.workflow.Plans.BUSAN_EDITOR;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.cleanAir;
import static org.neascn.framework.workflow.Plans.en;
import static org.neascn.framework.workflow.Plans.plan;
import static org.neascn.framework.workflow.Plans.pm25;
import static org.neascn.framework.workflow.Plans.seoul;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;

class ScapWorkflowTest {

    private final ScapWorkflow workflow = new ScapWorkflow(Plans.CLOCK);

    @Test
    void memberEditorSubmitsOwnDraft() {
        Outcome<Scap> submitted = workflow.submit(SEOUL_EDITOR, seoul(ScapStatus.DRAFT));

        assertEquals(ScapStatus.SUBMITTED, submitted.record().status());
        AuditEntry entry = submitted.audit().get(0);
        assertEquals("scap.submit", entry.action());
        assertEquals("DRAFT", entry.fromState());
        assertEquals("SUBMITTED", entry.toState());
        assertEquals(Plans.CLOCK.instant(), entry.at());
        assertTrue(entry.members().contains(SEOUL));
    }

    @Test
    void editorOfAnotherCityCannotEditThePlan() {
        Scap draft = seoul(ScapStatus.DRAFT);

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.edit(BUSAN_EDITOR, draft, draft));

        assertEquals("scap.edit.member-editors-only", refused.rule());
        assertEquals(WorkflowException.Refusal.FORBIDDEN, refused.refusal());
    }

    @Test
    void memberEditorCannotPublishOwnPlan() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.publish(SEOUL_EDITOR, seoul(ScapStatus.SUBMITTED), Optional.empty()));

        assertEquals("scap.publish.secretariat-only", refused.rule());
    }

    @Test
    void secretariatReturnsSubmittedPlanWithComments() {
        Outcome<ReturnedPlan> returned = workflow.returnForRevision(SECRETARIAT, seoul(ScapStatus.SUBMITTED),
                en("Add a baseline source for PM2.5"));

        assertEquals(ScapStatus.RETURNED_FOR_REVISION, returned.record().plan().status());
        assertEquals("Add a baseline source for PM2.5", returned.record().comments().originalText());
        assertTrue(returned.audit().get(0).summary().contains("Add a baseline source"));
    }

    @Test
    void returningWithoutCommentsIsRefused() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.returnForRevision(SECRETARIAT, seoul(ScapStatus.SUBMITTED), null));

        assertEquals("scap.return.requires-comments", refused.rule());
    }

    @Test
    void returnedPlanCanBeEditedAndResubmitted() {
        Scap returned = seoul(ScapStatus.RETURNED_FOR_REVISION);
        Scap revised = plan(SEOUL, 1, ScapStatus.RETURNED_FOR_REVISION, List.of(cleanAir(pm25())));

        Scap edited = workflow.edit(SEOUL_EDITOR, returned, revised).record();
        Scap resubmitted = workflow.submit(SEOUL_EDITOR, edited).record();

        assertEquals(ScapStatus.RETURNED_FOR_REVISION, edited.status());
        assertEquals(ScapStatus.SUBMITTED, resubmitted.status());
    }

    @Test
    void anEditThatMovesThePlanNamesTheCommandsInstead() {
        Scap returned = seoul(ScapStatus.RETURNED_FOR_REVISION);

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.edit(SEOUL_EDITOR, returned, seoul(ScapStatus.DRAFT)));

        assertEquals("scap.status.by-command", refused.rule());
        assertEquals(WorkflowException.Refusal.CONFLICT, refused.refusal());
    }

    @Test
    void editRecordsTheFieldLevelDiff() {
        Scap draft = seoul(ScapStatus.DRAFT);
        Scap revised = plan(SEOUL, 1, ScapStatus.DRAFT, List.of(cleanAir(pm25())));

        AuditEntry entry = workflow.edit(SEOUL_EDITOR, draft, revised).audit().get(0);

        assertEquals(List.of("targets[connected]"), entry.changes().stream().map(c -> c.path()).toList());
    }

    @Test
    void submittedPlanCannotBeEditedWhileUnderReview() {
        Scap submitted = seoul(ScapStatus.SUBMITTED);

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.edit(SEOUL_EDITOR, submitted, submitted));

        assertEquals("scap.edit.under-review", refused.rule());
        assertEquals("SUBMITTED", refused.state());
    }

    @Test
    void publishedPlanIsReadOnly() {
        Scap published = seoul(ScapStatus.PUBLISHED);

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.edit(SEOUL_EDITOR, published, published));

        assertEquals("scap.edit.published-read-only", refused.rule());
        assertEquals(WorkflowException.Refusal.CONFLICT, refused.refusal());
    }

    @Test
    void editCannotChangeThePlansIdentity() {
        Scap draft = seoul(ScapStatus.DRAFT);
        Scap otherVersion = plan(SEOUL, 2, ScapStatus.DRAFT, draft.targets());

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.edit(SEOUL_EDITOR, draft, otherVersion));

        assertEquals("scap.edit.identity-fixed", refused.rule());
    }

    @Test
    void publishingAPlanWithoutTargetsNamesTheRule() {
        Scap empty = plan(SEOUL, 1, ScapStatus.SUBMITTED, List.of());

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.publish(SECRETARIAT, empty, Optional.empty()));

        assertEquals("scap.publish.requires-targets", refused.rule());
        assertEquals(WorkflowException.Refusal.UNPROCESSABLE, refused.refusal());
    }

    @Test
    void publishingAPlanWithATargetWithoutIndicatorsNamesTheTarget() {
        Scap plan = plan(SEOUL, 1, ScapStatus.SUBMITTED, List.of(cleanAir()));

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.publish(SECRETARIAT, plan, Optional.empty()));

        assertEquals("scap.publish.target-requires-indicators", refused.rule());
        assertTrue(refused.getMessage().contains("targets[clean-air].indicators"), refused.getMessage());
    }

    @Test
    void publishingTheNextVersionSupersedesThePreviousOne() {
        Scap first = seoul(ScapStatus.PUBLISHED);
        Scap second = plan(SEOUL, 2, ScapStatus.SUBMITTED, first.targets());

        Outcome<Publication> outcome = workflow.publish(SECRETARIAT, second, Optional.of(first));

        assertEquals(ScapStatus.PUBLISHED, outcome.record().published().status());
        assertEquals(ScapStatus.SUPERSEDED, outcome.record().supersededPlan().orElseThrow().status());
        assertEquals(List.of("scap.publish", "scap.supersede"),
                outcome.audit().stream().map(AuditEntry::action).toList());
    }

    @Test
    void publishingCannotSupersedeAnotherMembersPlan() {
        Scap busan = plan(BUSAN, 1, ScapStatus.PUBLISHED, seoul(ScapStatus.DRAFT).targets());
        Scap second = plan(SEOUL, 2, ScapStatus.SUBMITTED, busan.targets());

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.publish(SECRETARIAT, second, Optional.of(busan)));

        assertEquals("scap.publish.previous-mismatch", refused.rule());
    }

    @Test
    void draftCannotBePublishedBeforeItIsSubmitted() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.publish(SECRETARIAT, seoul(ScapStatus.DRAFT), Optional.empty()));

        assertEquals("scap.publish.not-submitted", refused.rule());
        assertEquals("DRAFT", refused.state());
    }

    @Test
    void nextVersionStartsAsADraftNumberedOneHigher() {
        Scap next = workflow.startNextVersion(SEOUL_EDITOR, seoul(ScapStatus.PUBLISHED), ScapId.of("seoul-v2"))
                .record();

        assertEquals(2, next.version());
        assertEquals(ScapStatus.DRAFT, next.status());
    }

    @Test
    void publicSeesOnlyPublishedPlans() {
        assertFalse(ScapWorkflow.canRead(Actor.anonymous(), seoul(ScapStatus.DRAFT)));
        assertTrue(ScapWorkflow.canRead(Actor.anonymous(), seoul(ScapStatus.PUBLISHED)));
    }

    @Test
    void memberEditorSeesOwnDraftButNotAnothers() {
        assertTrue(ScapWorkflow.canRead(SEOUL_EDITOR, seoul(ScapStatus.DRAFT)));
        assertFalse(ScapWorkflow.canRead(BUSAN_EDITOR, seoul(ScapStatus.DRAFT)));
    }

    @Test
    void newPlanMustStartAsDraft() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> workflow.create(SEOUL_EDITOR, seoul(ScapStatus.PUBLISHED)));

        assertEquals("scap.create.first-state", refused.rule());
    }
}
