package org.neascn.server.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.meeting.ActionItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.project.ProjectId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.server.api.DisplayLanguage;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.Registers;

/**
 * The action items of every meeting of a network in one list, as a person chases them: those
 * of one owner ("my action items"), those in given states, the overdue ones first.
 */
@ApplicationScoped
@Transactional
public class ActionItems {

    @Inject
    RegisterReader reader;

    /**
     * One action item with the meeting it came from.
     *
     * @param displayLanguage the language of {@code meetingTitle}: the caller's, or the meeting's original
     * @param overdue open or in progress after its due date on the day asked about
     */
    public record ActionItemEntry(String meeting, String meetingTitle, String displayLanguage,
            LocalDateTime meetingStart, String key, LocalizedText description, OrganisationRef owner, LocalDate due, ActionItem.Status status, boolean overdue,
            InitiativeId initiative, ProjectId project, String takeaway) implements org.neascn.server.api.Shown {
    }

    /**
     * @param owner    {@code member:ulaanbaatar} or {@code partner:adb}, or null for every owner
     * @param statuses the states to keep, or empty for all
     */
    public List<ActionItemEntry> list(String network, String owner, Set<ActionItem.Status> statuses, LocalDate day,
            String acceptLanguage) {
        OrganisationRef wanted = owner == null || owner.isBlank() ? null : owner(owner);
        var languages = DisplayLanguage.preferences(acceptLanguage);
        List<ActionItemEntry> entries = new ArrayList<>();
        for (Meeting meeting : reader.visible(Registers.MEETINGS, network)) {
            for (ActionItem item : meeting.actionItems()) {
                if ((wanted == null || wanted.equals(item.owner()))
                        && (statuses.isEmpty() || statuses.contains(item.status()))) {
                    entries.add(new ActionItemEntry(meeting.id().value(), meeting.title().bestFor(languages),
                            meeting.title().bestLanguageFor(languages), meeting.start(),
                            item.key(), item.description(), item.owner(), item.due(), item.status(),
                            item.isOverdueOn(day), item.initiative(), item.project(), item.takeaway()));
                }
            }
        }
        entries.sort(Comparator.comparing((ActionItemEntry e) -> !e.overdue())
                .thenComparing(ActionItemEntry::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionItemEntry::meeting).thenComparing(ActionItemEntry::key));
        return entries;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static OrganisationRef owner(String value) {
        String[] parts = value.strip().split(":", 2);
        if (parts.length == 2) {
            try {
                return new OrganisationRef(OrganisationRef.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]);
            } catch (IllegalArgumentException e) {
                // Reported below with the form expected.
            }
        }
        throw new InvalidQueryException("owner", "'" + value + "' is not member:<id> or partner:<id>");
    }
}
