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
import org.neascn.server.register.Registers;

/**
 * The readable story of a member or an initiative from the audit trail, by the library's
 * {@link Timeline}: plan → initiative → meeting → action item, in the order things happened.
 * Times are shown in UTC: a network spans time zones and its record names none.
 */
@ApplicationScoped
@Transactional
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
