package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.meeting.ActionDraft;
import org.neascn.framework.workflow.meeting.MeetingMinutes;
import org.neascn.framework.workflow.meeting.OverdueAction;
import org.neascn.framework.workflow.meeting.OverdueActions;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.Takeaway;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.register.ListQuery;
import org.neascn.server.register.Page;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * Meeting minutes through the API by {@link MeetingMinutes}' rules: takeaways, action items
 * made from a takeaway or an agenda item's outcome, their status; and the overdue action
 * items of the network per owner ({@link OverdueActions}).
 */
@ApplicationScoped
@Transactional
public class MeetingFlow {

    private final Clock clock = Clock.systemUTC();
    private final MeetingMinutes minutes = new MeetingMinutes(clock);

    @Inject
    Actors actors;

    @Inject
    WorkflowStore store;

    @Inject
    RegisterService registers;

    /** An agenda item's outcome, recorded as a takeaway and turned into an action item at once. */
    public record AgendaOutcome(String agendaItem, String outcomeKey, LocalizedText outcome, ActionDraft action) {
    }

    /** The overdue action items of one owner ({@code member:seoul}, {@code partner:adb}). */
    public record OwnerOverdue(String owner, List<OverdueAction> items) {
    }

    public Stored<Meeting> recordTakeaway(String network, String id, Takeaway takeaway) {
        return apply(network, id, (actor, m) -> minutes.recordTakeaway(actor, m, required(takeaway, "takeaway")));
    }

    public Stored<Meeting> actionFromTakeaway(String network, String id, String takeaway, ActionDraft draft) {
        return apply(network, id, (actor, m) -> minutes.actionFromTakeaway(actor, m, takeaway, required(draft, "action")));
    }

    public Stored<Meeting> actionFromAgendaItem(String network, String id, AgendaOutcome request) {
        required(request, "body");
        return apply(network, id, (actor, m) -> minutes.actionFromAgendaItem(actor, m, request.agendaItem(),
                request.outcomeKey(), required(request.outcome(), "outcome"), required(request.action(), "action")));
    }

    public Stored<Meeting> changeActionStatus(String network, String id, String action, ActionItem.Status to) {
        return apply(network, id, (actor, m) -> minutes.changeActionStatus(actor, m, action, required(to, "status")));
    }

    /** Every action item of the network's meetings still open after its due date, per owner. */
    public List<OwnerOverdue> overdue(String network, LocalDate day) {
        List<Meeting> meetings = new ArrayList<>();
        for (int offset = 0;; offset += ListQuery.MAX_LIMIT) {
            Page<Meeting> page = registers.list(Registers.MEETINGS, network,
                    new ListQuery(Map.of(), null, null, offset, ListQuery.MAX_LIMIT));
            page.items().forEach(s -> meetings.add(s.record()));
            if (offset + ListQuery.MAX_LIMIT >= page.total()) {
                break;
            }
        }
        Map<String, List<OverdueAction>> byOwner = new LinkedHashMap<>();
        OverdueActions.byOwner(meetings, day == null ? LocalDate.now(clock) : day)
                .forEach((owner, items) -> byOwner.put(owner.toString(), items));
        return byOwner.entrySet().stream().map(e -> new OwnerOverdue(e.getKey(), e.getValue())).toList();
    }

    private Stored<Meeting> apply(String network, String id, BiFunction<Actor, Meeting, Outcome<Meeting>> operation) {
        Actor actor = actors.signedIn();
        Stored<Meeting> current = store.load(Registers.MEETINGS, network, id, null);
        Outcome<Meeting> outcome = operation.apply(actor, current.record());
        return store.save(Registers.MEETINGS, network, current, outcome.record(), outcome.audit(), actor);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }
}
