package org.neascn.framework.workflow.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.en;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.meeting.Takeaway;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.shared.OrganisationRef;

/** Keeps the minutes of the 2020-12-09 NEASCN pre-workshop from the reference data. */
class MeetingMinutesTest {

    /** 16:30 KST on the day: the workshop (15:00–17:00 KST) is in session. */
    private static final Clock DURING = Clock.fixed(Instant.parse("2020-12-09T07:30:00Z"), ZoneOffset.UTC);
    private static final Meeting PRE_WORKSHOP =
            ReferenceData.standard().meeting(MeetingId.of("neascn-prews-2020-12-09")).orElseThrow();
    private static final OrganisationRef SHANGHAI = OrganisationRef.member("shanghai");
    private static final Actor SHANGHAI_EDITOR = Actor.memberEditor("wang@shanghai", MemberId.of("shanghai"));

    private final MeetingMinutes minutes = new MeetingMinutes(DURING);

    private static ActionDraft circulateDraft() {
        return new ActionDraft("circulate-framework-draft", en("Circulate the NEASCN Framework draft for feedback"),
                SHANGHAI, LocalDate.parse("2021-01-15"), InitiativeId.of("neascn-framework"), null);
    }

    private Meeting withAction() {
        return minutes.actionFromAgendaItem(SECRETARIAT, PRE_WORKSHOP, "task-force", "task-force-drafts",
                en("The Task Force drafts the Framework and calls for feedback"), circulateDraft()).record();
    }

    @Test
    void secretariatRecordsATakeawayOfTheSession() {
        Meeting recorded = minutes.recordTakeaway(SECRETARIAT, PRE_WORKSHOP,
                new Takeaway("financing-gap", en("Cities lack preparation funding"), "session-2-part-2")).record();

        assertEquals("session-2-part-2", recorded.takeaways().get(recorded.takeaways().size() - 1).agendaItem());
    }

    @Test
    void aDecisionKeepsItsKindAndAnAgendaItemsActionOutcomeIsAnAction() {
        Meeting recorded = minutes.recordTakeaway(SECRETARIAT, PRE_WORKSHOP, new Takeaway("framework-by-task-force",
                en("The Task Force drafts the Framework"), "task-force", Takeaway.Kind.DECISION)).record();

        assertEquals(Takeaway.Kind.DECISION, recorded.takeaways().get(recorded.takeaways().size() - 1).kind());
        Meeting acted = withAction();
        assertEquals(Takeaway.Kind.ACTION, acted.takeaways().get(acted.takeaways().size() - 1).kind());
    }

    @Test
    void partnerCannotKeepTheMinutes() {
        Actor adb = Actor.partner("lee@adb", PartnerId.of("adb"));

        WorkflowException refused = assertThrows(WorkflowException.class, () -> minutes.recordTakeaway(adb,
                PRE_WORKSHOP, new Takeaway("x", en("x"), null)));

        assertEquals("meeting.minutes.secretariat-only", refused.rule());
        assertEquals("IN_SESSION", refused.state());
    }

    @Test
    void takeawaysWaitUntilTheMeetingBegins() {
        MeetingMinutes early = new MeetingMinutes(Clock.fixed(Instant.parse("2020-12-01T00:00:00Z"), ZoneOffset.UTC));

        WorkflowException refused = assertThrows(WorkflowException.class, () -> early.recordTakeaway(SECRETARIAT,
                PRE_WORKSHOP, new Takeaway("early", en("too early"), null)));

        assertEquals("meeting.minutes.not-yet-begun", refused.rule());
        assertEquals("SCHEDULED", refused.state());
    }

    @Test
    void takeawayOnAnUnknownAgendaItemIsRefused() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> minutes.recordTakeaway(SECRETARIAT,
                PRE_WORKSHOP, new Takeaway("lost", en("lost"), "session-9")));

        assertEquals("meeting.takeaway.unknown-agenda-item", refused.rule());
    }

    @Test
    void agendaOutcomeBecomesAnOpenActionItemTracedToItsTakeaway() {
        Meeting updated = withAction();
        ActionItem item = updated.actionItems().get(updated.actionItems().size() - 1);

        assertEquals(ActionItem.Status.OPEN, item.status());
        assertEquals("task-force-drafts", item.takeaway());
        assertEquals("task-force", updated.takeaways().get(updated.takeaways().size() - 1).agendaItem());
    }

    @Test
    void actionItemReachesItsOwnersAndInitiativesTimelines() {
        Outcome<Meeting> outcome = minutes.actionFromAgendaItem(SECRETARIAT, PRE_WORKSHOP, "task-force",
                "task-force-drafts", en("The Task Force drafts the Framework"), circulateDraft());
        AuditEntry entry = outcome.audit().get(0);

        assertEquals(Set.of(MemberId.of("shanghai")), entry.members());
        assertEquals(Set.of(InitiativeId.of("neascn-framework")), entry.initiatives());
        assertEquals("neascn-prews-2020-12-09/circulate-framework-draft", entry.recordId());
    }

    @Test
    void actionFromAnUnknownTakeawayIsRefused() {
        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> minutes.actionFromTakeaway(SECRETARIAT, PRE_WORKSHOP, "nothing", circulateDraft()));

        assertEquals("meeting.action.unknown-takeaway", refused.rule());
    }

    @Test
    void ownerStartsWorkOnItsActionItem() {
        Meeting started = minutes.changeActionStatus(SHANGHAI_EDITOR, withAction(), "circulate-framework-draft",
                ActionItem.Status.IN_PROGRESS).record();

        assertEquals(ActionItem.Status.IN_PROGRESS,
                started.actionItems().get(started.actionItems().size() - 1).status());
    }

    @Test
    void anotherOrganisationCannotUpdateTheActionItem() {
        Actor seoul = Actor.memberEditor("lee@seoul", MemberId.of("seoul"));

        WorkflowException refused = assertThrows(WorkflowException.class, () -> minutes.changeActionStatus(seoul,
                withAction(), "circulate-framework-draft", ActionItem.Status.DONE));

        assertEquals("meeting.action.owner-or-secretariat", refused.rule());
    }

    @Test
    void doneActionItemIsNotReopened() {
        Meeting done = minutes.changeActionStatus(SHANGHAI_EDITOR, withAction(), "circulate-framework-draft",
                ActionItem.Status.DONE).record();

        WorkflowException refused = assertThrows(WorkflowException.class, () -> minutes.changeActionStatus(
                SECRETARIAT, done, "circulate-framework-draft", ActionItem.Status.OPEN));

        assertEquals("meeting.action.closed", refused.rule());
        assertEquals("DONE", refused.state());
    }
}
