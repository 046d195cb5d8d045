package org.neascn.framework.workflow.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.ActionItem.Status;
import org.neascn.model.meeting.AgendaItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.Takeaway;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;

/**
 * The minutes of a meeting as the secretariat keeps them: takeaways once the meeting has
 * begun, and action items made from a takeaway or from an agenda item's outcome. The owner
 * of an action item (or the secretariat) moves it along: open ⇄ in progress → done or
 * cancelled; done and cancelled are final, so a finished to-do is never silently reopened
 * (agree a new one instead).
 */
public final class MeetingMinutes {

    private static final Map<Status, Set<Status>> MOVES = Map.of(
            Status.OPEN, EnumSet.of(Status.IN_PROGRESS, Status.DONE, Status.CANCELLED),
            Status.IN_PROGRESS, EnumSet.of(Status.OPEN, Status.DONE, Status.CANCELLED),
            Status.DONE, EnumSet.noneOf(Status.class),
            Status.CANCELLED, EnumSet.noneOf(Status.class));

    private final Clock clock;

    public MeetingMinutes(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<Meeting> recordTakeaway(Actor actor, Meeting meeting, Takeaway takeaway) {
        requireSecretariat(actor, meeting);
        requireBegun(meeting);
        requireNewTakeaway(meeting, takeaway);
        Meeting updated = with(meeting, append(meeting.takeaways(), takeaway), meeting.actionItems());
        return Outcome.of(updated, entry(actor, "meeting.takeaway", RecordType.MEETING, meeting.id().toString(),
                "Recorded takeaway '" + takeaway.key() + "' of " + title(meeting), Set.of(), Set.of())
                .withChanges(RecordDiff.between(meeting, updated)));
    }

    /** Turns a recorded takeaway into an open action item. */
    public Outcome<Meeting> actionFromTakeaway(Actor actor, Meeting meeting, String takeawayKey, ActionDraft draft) {
        requireSecretariat(actor, meeting);
        if (meeting.takeaways().stream().noneMatch(t -> t.key().equals(takeawayKey))) {
            throw WorkflowException.unprocessable("meeting.action.unknown-takeaway", status(meeting),
                    "meeting " + meeting.id() + " has no takeaway '" + takeawayKey + "'");
        }
        return addAction(actor, meeting, meeting.takeaways(), takeawayKey, draft);
    }

    /**
     * Records an agenda item's outcome as a takeaway anchored to that item, and turns it into
     * an open action item, in one step.
     */
    public Outcome<Meeting> actionFromAgendaItem(Actor actor, Meeting meeting, String agendaKey, String outcomeKey,
            LocalizedText outcome, ActionDraft draft) {
        requireSecretariat(actor, meeting);
        requireBegun(meeting);
        if (!hasAgendaItem(meeting, agendaKey)) {
            throw WorkflowException.unprocessable("meeting.takeaway.unknown-agenda-item", status(meeting),
                    "meeting " + meeting.id() + " has no agenda item '" + agendaKey + "'");
        }
        Takeaway takeaway = new Takeaway(outcomeKey, outcome, agendaKey, Takeaway.Kind.ACTION);
        requireNewTakeaway(meeting, takeaway);
        return addAction(actor, meeting, append(meeting.takeaways(), takeaway), outcomeKey, draft);
    }

    /** The action item's owner, or the secretariat, moves it to its next status. */
    public Outcome<Meeting> changeActionStatus(Actor actor, Meeting meeting, String actionKey, Status to) {
        ActionItem item = meeting.actionItems().stream().filter(a -> a.key().equals(actionKey)).findFirst()
                .orElseThrow(() -> WorkflowException.unprocessable("meeting.action.unknown", status(meeting),
                        "meeting " + meeting.id() + " has no action item '" + actionKey + "'"));
        if (!actor.isSecretariat() && !actor.speaksFor(item.owner())) {
            throw WorkflowException.forbidden("meeting.action.owner-or-secretariat", item.status(),
                    actor + " may not update an action item owned by " + item.owner());
        }
        if (!MOVES.get(item.status()).contains(to)) {
            String rule = MOVES.get(item.status()).isEmpty() ? "meeting.action.closed" : "meeting.action.no-change";
            throw WorkflowException.conflict(rule, item.status(),
                    "an action item that is " + label(item.status()) + " cannot become " + label(to));
        }
        ActionItem moved = new ActionItem(item.key(), item.description(), item.owner(), item.due(), to,
                item.initiative(), item.project(), item.takeaway());
        List<ActionItem> items = meeting.actionItems().stream().map(a -> a.key().equals(actionKey) ? moved : a)
                .toList();
        Meeting updated = with(meeting, meeting.takeaways(), items);
        return Outcome.of(updated, actionEntry(actor, "meeting.action.status", meeting, moved,
                "Action '" + actionKey + "' of " + title(meeting) + " is " + label(to)).moved(item.status(), to));
    }

    private Outcome<Meeting> addAction(Actor actor, Meeting meeting, List<Takeaway> takeaways, String takeawayKey,
            ActionDraft draft) {
        if (meeting.actionItems().stream().anyMatch(a -> a.key().equals(draft.key()))) {
            throw WorkflowException.unprocessable("meeting.action.duplicate-key", status(meeting),
                    "meeting " + meeting.id() + " already has an action item '" + draft.key() + "'");
        }
        ActionItem item = new ActionItem(draft.key(), draft.description(), draft.owner(), draft.due(), Status.OPEN,
                draft.initiative(), draft.project(), takeawayKey);
        Meeting updated = with(meeting, takeaways, append(meeting.actionItems(), item));
        return Outcome.of(updated, actionEntry(actor, "meeting.action.create", meeting, item,
                "Agreed action '" + item.key() + "' for " + item.owner() + " at " + title(meeting)
                        + (item.due() == null ? "" : ", due " + item.due()))
                .moved("NONE", Status.OPEN).withChanges(RecordDiff.between(meeting, updated)));
    }

    private AuditEntry actionEntry(Actor actor, String action, Meeting meeting, ActionItem item, String summary) {
        Set<MemberId> members = item.owner().kind() == OrganisationRef.Kind.MEMBER
                ? Set.of(MemberId.of(item.owner().id()))
                : Set.of();
        Set<InitiativeId> initiatives = item.initiative() == null ? Set.of() : Set.of(item.initiative());
        return entry(actor, action, RecordType.ACTION_ITEM, meeting.id() + "/" + item.key(), summary, members,
                initiatives);
    }

    private AuditEntry entry(Actor actor, String action, RecordType type, String id, String summary,
            Set<MemberId> members, Set<InitiativeId> initiatives) {
        return AuditEntry.of(clock.instant(), actor, action, type, id, summary).concerning(members, initiatives);
    }

    private void requireBegun(Meeting meeting) {
        if (clock.instant().isBefore(meeting.startsAt().toInstant())) {
            throw WorkflowException.conflict("meeting.minutes.not-yet-begun", status(meeting),
                    "outcomes are recorded once the meeting has begun (" + meeting.startsAt() + ")");
        }
    }

    private void requireNewTakeaway(Meeting meeting, Takeaway takeaway) {
        if (meeting.takeaways().stream().anyMatch(t -> t.key().equals(takeaway.key()))) {
            throw WorkflowException.unprocessable("meeting.takeaway.duplicate-key", status(meeting),
                    "meeting " + meeting.id() + " already has a takeaway '" + takeaway.key() + "'");
        }
        String item = takeaway.agendaItem();
        if (item != null && !hasAgendaItem(meeting, item)) {
            throw WorkflowException.unprocessable("meeting.takeaway.unknown-agenda-item", status(meeting),
                    "meeting " + meeting.id() + " has no agenda item '" + item + "'");
        }
    }

    private void requireSecretariat(Actor actor, Meeting meeting) {
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("meeting.minutes.secretariat-only", status(meeting),
                    actor + " may not keep the minutes of a meeting: only the secretariat may");
        }
    }

    private static boolean hasAgendaItem(Meeting meeting, String key) {
        return meeting.agenda().stream().flatMap(AgendaItem::flatten).anyMatch(i -> i.key().equals(key));
    }

    private static Meeting with(Meeting m, List<Takeaway> takeaways, List<ActionItem> actions) {
        return new Meeting(m.id(), m.network(), m.type(), m.title(), m.description(), m.start(), m.end(),
                m.timeZone(), m.venue(), m.agenda(), m.questions(), m.resources(), takeaways, actions);
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> more = new ArrayList<>(list);
        more.add(value);
        return more;
    }

    /** A meeting has no stored status; refusals report where it stands in time. */
    private String status(Meeting meeting) {
        if (clock.instant().isBefore(meeting.startsAt().toInstant())) {
            return "SCHEDULED";
        }
        return clock.instant().isBefore(meeting.endsAt().toInstant()) ? "IN_SESSION" : "HELD";
    }

    private static String title(Meeting meeting) {
        return "'" + meeting.title().originalText() + "'";
    }

    private static String label(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
