package org.neascn.framework.workflow.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.Require;

/**
 * One line of the audit trail: who did what, when, to which record, and what changed. Every
 * workflow operation produces at least one, so the trail answers "who published this plan"
 * and "why was this initiative suspended" without asking anyone.
 *
 * @param action     a stable code of what was done ({@code scap.publish}, {@code initiative.suspend})
 * @param summary    one readable sentence ("Published version 2 of seoul's plan")
 * @param fromState  the record's state before, or null when the operation did not move it
 * @param toState    the record's state after, or null when the operation did not move it
 * @param changes    the field-level changes, empty for pure state moves
 * @param members    the members this entry concerns, for their timelines
 * @param initiatives the initiatives this entry concerns, for their timelines
 */
public record AuditEntry(
        Instant at,
        Actor actor,
        String action,
        RecordType recordType,
        String recordId,
        String summary,
        String fromState,
        String toState,
        List<Change> changes,
        Set<MemberId> members,
        Set<InitiativeId> initiatives) {

    public AuditEntry {
        Require.present(at, "at");
        Require.present(actor, "actor");
        action = Require.text(action, "action");
        Require.present(recordType, "recordType");
        recordId = Require.text(recordId, "recordId");
        summary = Require.text(summary, "summary");
        changes = Require.list(changes, "changes");
        members = Require.set(members, "members");
        initiatives = Require.set(initiatives, "initiatives");
    }

    /** Starts an entry; the builder methods add what the operation knows. */
    public static AuditEntry of(Instant at, Actor actor, String action, RecordType type, Object recordId,
            String summary) {
        return new AuditEntry(at, actor, action, type, Objects.toString(recordId), summary, null, null,
                List.of(), Set.of(), Set.of());
    }

    public AuditEntry moved(Object from, Object to) {
        return new AuditEntry(at, actor, action, recordType, recordId, summary, Objects.toString(from),
                Objects.toString(to), changes, members, initiatives);
    }

    public AuditEntry withChanges(List<Change> newChanges) {
        return new AuditEntry(at, actor, action, recordType, recordId, summary, fromState, toState, newChanges,
                members, initiatives);
    }

    public AuditEntry concerning(Set<MemberId> newMembers, Set<InitiativeId> newInitiatives) {
        return new AuditEntry(at, actor, action, recordType, recordId, summary, fromState, toState, changes,
                newMembers, newInitiatives);
    }

    public Optional<String> from() {
        return Optional.ofNullable(fromState);
    }

    public Optional<String> to() {
        return Optional.ofNullable(toState);
    }
}
