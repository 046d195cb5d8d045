package org.neascn.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.Samples;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;

class MeetingTest {

    private static final LocalDateTime THREE_PM = LocalDateTime.of(2020, 12, 9, 15, 0);
    private static final AgendaItem CLOSING = new AgendaItem("closing", LocalizedText.of("en", "Takeaways"), null, null,
            List.of(), List.of());

    private static Meeting meeting(LocalDateTime end, List<Takeaway> takeaways, List<ActionItem> actions) {
        return new Meeting(MeetingId.of("m1"), Samples.NEASCN, MeetingType.WORKSHOP, LocalizedText.of("en", "Workshop"),
                null, THREE_PM, end, ZoneId.of("Asia/Seoul"), new Venue("Zoom", null, null), List.of(CLOSING),
                List.of(), List.of(), takeaways, actions);
    }

    @Test
    void aMeetingEndsAfterItStarts() {
        assertEquals("end", assertThrows(InvalidValueException.class,
                () -> meeting(THREE_PM.minusHours(1), List.of(), List.of())).field());
    }

    @Test
    void aTakeawayRefersToAnItemOfThisAgenda() {
        Takeaway stray = new Takeaway("t1", LocalizedText.of("en", "Agreed"), "session-9");
        assertEquals("takeaways[0].agendaItem", assertThrows(InvalidValueException.class,
                () -> meeting(THREE_PM.plusHours(2), List.of(stray), List.of())).field());
    }

    @Test
    void anActionItemImplementsATakeawayOfThisMeeting() {
        ActionItem orphan = new ActionItem("a1", LocalizedText.of("en", "Draft the framework"),
                OrganisationRef.partner("wego"), null, ActionItem.Status.OPEN, null, null, "t9");
        assertEquals("actionItems[0].takeaway", assertThrows(InvalidValueException.class,
                () -> meeting(THREE_PM.plusHours(2), List.of(), List.of(orphan))).field());
    }

    @Test
    void anOpenItemPastItsDueDateIsOverdue() {
        ActionItem item = new ActionItem("a1", LocalizedText.of("en", "Send slides"), OrganisationRef.partner("wego"),
                LocalDate.of(2020, 12, 31), ActionItem.Status.OPEN, null, null, null);
        assertTrue(item.isOverdueOn(LocalDate.of(2021, 1, 1)));
        assertFalse(item.isOverdueOn(LocalDate.of(2020, 12, 31)));
    }

    @Test
    void aVenueIsAPlatformOrAPlace() {
        assertEquals("venue", assertThrows(InvalidValueException.class, () -> new Venue(" ", null, null)).field());
    }
}
