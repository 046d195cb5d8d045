package org.neascn.framework.workflow.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.shared.OrganisationRef;

/**
 * The to-do list that chases: every action item still open or in progress after its due date
 * on a given day, grouped by the organisation that owns it, most overdue first. Owners are
 * listed in a stable order (members before partners, then by identifier).
 */
public final class OverdueActions {

    private static final Comparator<OrganisationRef> OWNER_ORDER =
            Comparator.comparing(OrganisationRef::kind).thenComparing(OrganisationRef::id);

    private OverdueActions() {
    }

    public static Map<OrganisationRef, List<OverdueAction>> byOwner(Collection<Meeting> meetings, LocalDate day) {
        Map<OrganisationRef, List<OverdueAction>> grouped = new TreeMap<>(OWNER_ORDER);
        for (Meeting meeting : meetings) {
            for (ActionItem item : meeting.actionItems()) {
                if (item.isOverdueOn(day)) {
                    grouped.computeIfAbsent(item.owner(), o -> new ArrayList<>())
                            .add(new OverdueAction(meeting.id(), item, ChronoUnit.DAYS.between(item.due(), day)));
                }
            }
        }
        grouped.replaceAll((owner, items) -> items.stream()
                .sorted(Comparator.comparingLong(OverdueAction::daysOverdue).reversed()
                        .thenComparing(a -> a.item().key()))
                .toList());
        return java.util.Collections.unmodifiableMap(grouped);
    }
}
