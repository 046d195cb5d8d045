package org.neascn.framework.workflow.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neascn.framework.workflow.Plans.en;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.ActionItem.Status;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.shared.OrganisationRef;

class OverdueActionsTest {

    private static final LocalDate DAY = LocalDate.parse("2021-02-01");
    private static final OrganisationRef SHANGHAI = OrganisationRef.member("shanghai");
    private static final OrganisationRef ADB = OrganisationRef.partner("adb");

    private static ActionItem item(String key, OrganisationRef owner, String due, Status status) {
        return new ActionItem(key, en(key), owner, due == null ? null : LocalDate.parse(due), status, null, null,
                null);
    }

    private static Meeting preWorkshopWith(ActionItem... items) {
        Meeting m = ReferenceData.standard().meeting(MeetingId.of("neascn-prews-2020-12-09")).orElseThrow();
        return new Meeting(m.id(), m.network(), m.type(), m.title(), m.description(), m.start(), m.end(),
                m.timeZone(), m.venue(), m.agenda(), m.questions(), m.resources(), m.takeaways(), List.of(items));
    }

    private final Map<OrganisationRef, List<OverdueAction>> overdue = OverdueActions.byOwner(List.of(preWorkshopWith(
            item("share-plan", SHANGHAI, "2021-01-29", Status.OPEN),
            item("nominate-focal-point", SHANGHAI, "2021-01-22", Status.IN_PROGRESS),
            item("list-financing-windows", ADB, "2021-01-31", Status.OPEN),
            item("send-slides", ADB, "2021-01-10", Status.DONE),
            item("someday", SHANGHAI, null, Status.OPEN),
            item("due-today", SHANGHAI, "2021-02-01", Status.OPEN))), DAY);

    @Test
    void overdueItemsAreGroupedPerOwnerMembersFirst() {
        assertEquals(List.of(SHANGHAI, ADB), List.copyOf(overdue.keySet()));
    }

    @Test
    void mostOverdueComesFirst() {
        assertEquals(List.of("nominate-focal-point", "share-plan"),
                overdue.get(SHANGHAI).stream().map(a -> a.item().key()).toList());
        assertEquals(10, overdue.get(SHANGHAI).get(0).daysOverdue());
    }

    @Test
    void finishedUndatedAndDueTodayItemsAreNotOverdue() {
        assertEquals(List.of("list-financing-windows"),
                overdue.get(ADB).stream().map(a -> a.item().key()).toList());
    }
}
