package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.AuditVisibility;
import org.neascn.framework.workflow.history.Timeline;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.Registers;
import org.neascn.server.security.AccessDeniedException;
import org.neascn.server.security.AuthenticationRequiredException;

/**
 * The readable story of a member or an initiative from the audit trail, by the library's
 * {@link Timeline}: plan → initiative → meeting → action item, in the order things happened.
 * Times are shown in UTC: a network spans time zones and its record names none.
 */
@ApplicationScoped
// Reads only: a client error (404, 400, 401, 403) leaving it needs no rollback, and so writes no FFDC incident file (RegisterService says why).
@Transactional(dontRollbackOn = {RecordNotFoundException.class, InvalidQueryException.class, InvalidValueException.class,
        AccessDeniedException.class, AuthenticationRequiredException.class})
public class TimelineFlow {

    @Inject
    WorkflowStore store;

    @Inject
    Actors actors;

    /** A timeline: readable lines and the entries they come from. */
    public record TimelineView(String subject, List<String> lines, List<AuditEntry> entries) {
    }

    public TimelineView ofMember(String network, String member) {
        store.load(Registers.MEMBERS, network, member, null);
        Timeline timeline = Timeline.ofMember(readable(store.audit().concerningMember(network, member)),
                MemberId.of(member));
        return view(timeline);
    }

    public TimelineView ofInitiative(String network, String initiative) {
        store.load(Registers.INITIATIVES, network, initiative, null);
        Timeline timeline = Timeline.ofInitiative(readable(store.audit().concerningInitiative(network, initiative)),
                InitiativeId.of(initiative));
        return view(timeline);
    }

    /** A draft plan's story stays with those who may read the draft. */
    private List<AuditEntry> readable(List<AuditEntry> entries) {
        Actor actor = actors.current();
        return entries.stream().filter(e -> AuditVisibility.mayRead(actor, e)).toList();
    }

    private static TimelineView view(Timeline timeline) {
        return new TimelineView(timeline.subject(), timeline.lines(ZoneOffset.UTC), timeline.entries());
    }
}
