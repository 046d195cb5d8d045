package org.neascn.framework.overlap.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.initiative.InitiativeWorkflow;
import org.neascn.framework.workflow.initiative.Screening;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.scap.ScapId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;

class SuggestionDecisionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Actor SECRETARIAT = Actor.secretariat("officer@wego");
    private static final MemberId SEOUL = MemberId.of("seoul");
    private static final MemberId PYONGYANG = MemberId.of("pyongyang");
    private static final List<MemberId> MEMBERS = List.of(SEOUL, MemberId.of("beijing"), PYONGYANG);
    private final SuggestionDecisions decisions = new SuggestionDecisions(CLOCK,
            new InitiativeWorkflow(CLOCK, (i, toward) -> Screening.pass()));

    private static CooperationSuggestion suggestion(String evidence, MemberId lead) {
        return new CooperationSuggestion(SuggestionIdentity.id(Theme.Kind.CONCEPT, "pm25", MEMBERS), evidence,
                LocalizedText.of("en", "PM2.5 (fine particulate matter)"),
                new Theme(Theme.Kind.CONCEPT, "pm25", LocalizedText.of("en", "PM2.5 (fine particulate matter)")), lead, MEMBERS,
                List.of(new TargetRef(ScapId.of("seoul-scap-1"), "pm25")), List.of(), List.of(), 0.4, List.of(), List.of());
    }

    @Test
    void aDismissalNeedsAReasonNamedAsTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> decisions.dismiss(SECRETARIAT, suggestion("e1", SEOUL), List.of(), "  "));
        assertEquals("reason", e.field());
    }

    @Test
    void aDismissedSuggestionStaysOffTheListUntilItsEvidenceChanges() {
        SuggestionDecision d = decisions.dismiss(SECRETARIAT, suggestion("e1", SEOUL), List.of(),
                "Beijing and Seoul already cooperate bilaterally on this").record();
        assertEquals(List.of(), SuggestionDecisions.open(List.of(suggestion("e1", SEOUL)), List.of(d)));
        assertEquals(1, SuggestionDecisions.open(List.of(suggestion("e2", SEOUL)), List.of(d)).size());
    }

    @Test
    void theDismissalIsOnTheAuditTrailWithItsReason() {
        var outcome = decisions.dismiss(SECRETARIAT, suggestion("e1", SEOUL), List.of(), "no budget this year");
        assertEquals("suggestion.dismiss", outcome.audit().get(0).action());
        assertTrue(outcome.audit().get(0).summary().endsWith("no budget this year"), outcome.audit().get(0).summary());
    }

    @Test
    void anAcceptedSuggestionBecomesAProposedInitiativeWithItsEvidence() {
        SuggestionDecisions.Accepted a = decisions.accept(SECRETARIAT, suggestion("e1", SEOUL), List.of(),
                InitiativeId.of("clean-air-2027"), NetworkId.of("neascn"), null, null);
        Initiative i = a.initiative();
        assertEquals(InitiativeStatus.PROPOSED, i.status());
        assertEquals(SEOUL, i.lead());
        assertEquals(Theme.Kind.CONCEPT, i.theme().kind());
        assertEquals(List.of(new TargetRef(ScapId.of("seoul-scap-1"), "pm25")), i.targets());
        assertEquals(List.of("initiative.propose", "suggestion.accept"), a.audit().stream().map(x -> x.action()).toList());
        assertEquals(List.of(), SuggestionDecisions.open(List.of(suggestion("changed", SEOUL)), List.of(a.decision())),
                "an accepted suggestion is not suggested again, whatever its evidence");
    }

    @Test
    void withEveryMemberUnderSanctionsTheSecretariatNamesTheLead() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> decisions.accept(SECRETARIAT,
                suggestion("e1", null), List.of(), InitiativeId.of("x"), NetworkId.of("neascn"), null, null));
        assertEquals("lead", e.field());
        assertEquals(PYONGYANG, decisions.accept(SECRETARIAT, suggestion("e1", null), List.of(), InitiativeId.of("x"),
                NetworkId.of("neascn"), PYONGYANG, null).initiative().lead());
    }

    @Test
    void onlyTheSecretariatDecidesAndNeverTwice() {
        WorkflowException forbidden = assertThrows(WorkflowException.class, () -> decisions.dismiss(
                Actor.memberEditor("editor@seoul", SEOUL), suggestion("e1", SEOUL), List.of(), "not for us"));
        assertEquals("suggestion.decide.secretariat-only", forbidden.rule());
        SuggestionDecision d = decisions.dismiss(SECRETARIAT, suggestion("e1", SEOUL), List.of(), "duplicate").record();
        WorkflowException twice = assertThrows(WorkflowException.class, () -> decisions.dismiss(SECRETARIAT,
                suggestion("e1", SEOUL), List.of(d), "again"));
        assertEquals("suggestion.decided", twice.rule());
    }
}
