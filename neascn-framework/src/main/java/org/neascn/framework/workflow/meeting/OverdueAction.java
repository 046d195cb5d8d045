package org.neascn.framework.workflow.meeting;

import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.shared.Require;

/** An action item still open after its due date, with the meeting it came from. */
public record OverdueAction(MeetingId meeting, ActionItem item, long daysOverdue) {

    public OverdueAction {
        Require.present(meeting, "meeting");
        Require.present(item, "item");
        Require.that(daysOverdue > 0, "daysOverdue", "is at least one day");
    }
}
