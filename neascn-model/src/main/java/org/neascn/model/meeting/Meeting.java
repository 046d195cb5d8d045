package org.neascn.model.meeting;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A meeting of the network. Times are local to the meeting's time zone (15:00–17:00 KST for
 * the 2020 pre-workshop), so they read as the invitation did.
 *
 * <p>Invariants: it ends after it starts; agenda keys are unique; takeaways, questions and
 * action items refer only to agenda items and takeaways of this meeting.
 */
public record Meeting(
        @NotNull(message = "is required") MeetingId id,
        @NotNull(message = "is required") NetworkId network,
        @NotNull(message = "is required") MeetingType type,
        @NotNull(message = "is required") LocalizedText title,
        LocalizedText description,
        @NotNull(message = "is required") LocalDateTime start,
        @NotNull(message = "is required") LocalDateTime end,
        @NotNull(message = "is required") ZoneId timeZone,
        @NotNull(message = "is required") Venue venue,
        List<AgendaItem> agenda,
        List<GuidingQuestion> questions,
        List<Resource> resources,
        List<Takeaway> takeaways,
        List<ActionItem> actionItems) {

    public Meeting {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.present(type, "type");
        Require.present(title, "title");
        Require.present(start, "start");
        Require.present(end, "end");
        Require.that(end.isAfter(start), "end", "must be after the start (" + start + ")");
        Require.present(timeZone, "timeZone");
        Require.present(venue, "venue");
        agenda = Require.list(agenda, "agenda");
        questions = Require.list(questions, "questions");
        resources = Require.list(resources, "resources");
        takeaways = Require.list(takeaways, "takeaways");
        actionItems = Require.list(actionItems, "actionItems");

        Set<String> keys = new HashSet<>();
        agenda.stream().flatMap(AgendaItem::flatten).forEach(item ->
                Require.that(keys.add(item.key()), "agenda", "key '" + item.key() + "' is used twice"));
        for (int i = 0; i < questions.size(); i++) {
            String item = questions.get(i).agendaItem();
            Require.that(item == null || keys.contains(item), "questions[" + i + "].agendaItem",
                    "'" + item + "' is not an item of this meeting's agenda");
        }
        Set<String> takeawayKeys = new HashSet<>();
        for (int i = 0; i < takeaways.size(); i++) {
            String item = takeaways.get(i).agendaItem();
            Require.that(item == null || keys.contains(item), "takeaways[" + i + "].agendaItem",
                    "'" + item + "' is not an item of this meeting's agenda");
            Require.that(takeawayKeys.add(takeaways.get(i).key()), "takeaways[" + i + "].key", "is used twice");
        }
        Set<String> actionKeys = new HashSet<>();
        for (int i = 0; i < actionItems.size(); i++) {
            String takeaway = actionItems.get(i).takeaway();
            Require.that(takeaway == null || takeawayKeys.contains(takeaway), "actionItems[" + i + "].takeaway",
                    "'" + takeaway + "' is not a takeaway of this meeting");
            Require.that(actionKeys.add(actionItems.get(i).key()), "actionItems[" + i + "].key", "is used twice");
        }
    }

    public ZonedDateTime startsAt() {
        return start.atZone(timeZone);
    }

    public ZonedDateTime endsAt() {
        return end.atZone(timeZone);
    }
}
