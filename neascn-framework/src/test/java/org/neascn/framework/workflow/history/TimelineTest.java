package org.neascn.framework.workflow.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.BUSAN;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.en;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.initiative.InitiativeWorkflow;
import org.neascn.framework.workflow.initiative.Screening;
import org.neascn.framework.workflow.meeting.ActionDraft;
import org.neascn.framework.workflow.meeting.MeetingMinutes;
import org.neascn.framework.workflow.scap.ScapWorkflow;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.Theme;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.shared.OrganisationRef;

/** Plan published → initiative proposed on the shared theme → action item agreed at a meeting. */
class TimelineTest {

    private static final InitiativeId CLEAN_AIR = InitiativeId.of("clean-air");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** The trail as a store might return it: not in the order things happened. */
    private static List<AuditEntry> trail() {
        List<AuditEntry> trail = new ArrayList<>();
        var meeting = ReferenceData.standard().meeting(MeetingId.of("neascn-prews-2020-12-09")).orElseThrow();
        trail.addAll(new MeetingMinutes(at("2020-12-09T07:45:00Z")).actionFromAgendaItem(SECRETARIAT, meeting,
                "session-2", "air-corridor", en("Seoul and Busan pursue a clean air corridor"),
                new ActionDraft("draft-concept-note", en("Draft the concept note"), OrganisationRef.member("busan"),
                        LocalDate.parse("2021-01-31"), CLEAN_AIR, null)).audit());
        trail.addAll(new InitiativeWorkflow(at("2020-12-09T07:30:00Z"), (i, t) -> Screening.pass()).propose(
                SEOUL_EDITOR, CLEAN_AIR, Plans.NEASCN, en("Clean air corridor"),
                new Theme(Theme.Kind.SDG_TARGET, "11.6", en("Air quality")), SEOUL, Set.of(SEOUL, BUSAN)).audit());
        trail.addAll(new ScapWorkflow(at("2020-11-30T00:00:00Z")).publish(SECRETARIAT,
                Plans.seoul(ScapStatus.SUBMITTED), Optional.empty()).audit());
        trail.addAll(new ScapWorkflow(at("2020-11-30T00:00:00Z")).publish(SECRETARIAT,
                Plans.plan(BUSAN, 1, ScapStatus.SUBMITTED, Plans.seoul(ScapStatus.DRAFT).targets()), Optional.empty())
                .audit());
        return trail;
    }

    @Test
    void memberTimelineRunsFromPlanToInitiativeToActionItem() {
        Timeline seoul = Timeline.ofMember(trail(), SEOUL);

        assertEquals(List.of("scap.publish", "initiative.propose", "meeting.action.create"),
                seoul.entries().stream().map(AuditEntry::action).toList());
    }

    @Test
    void memberTimelineLeavesOutOtherMembersPlans() {
        Timeline seoul = Timeline.ofMember(trail(), SEOUL);

        assertTrue(seoul.entries().stream().noneMatch(e -> e.recordId().equals("busan-v1")));
    }

    @Test
    void initiativeTimelineHoldsItsOwnStory() {
        Timeline initiative = Timeline.ofInitiative(trail(), CLEAN_AIR);

        assertEquals(List.of("initiative.propose", "meeting.action.create"),
                initiative.entries().stream().map(AuditEntry::action).toList());
    }

    @Test
    void linesReadInTheNetworksTimeZone() {
        List<String> lines = Timeline.ofInitiative(trail(), CLEAN_AIR).lines(ZoneId.of("Asia/Seoul"));

        assertEquals("2020-12-09 16:30  lee@seoul (member-editor of seoul): Proposed initiative 'Clean air corridor'"
                + " led by seoul [NONE → PROPOSED]", lines.get(0));
    }
}
