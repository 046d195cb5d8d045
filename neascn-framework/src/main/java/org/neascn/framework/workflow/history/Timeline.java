package org.neascn.framework.workflow.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.Require;

/**
 * The story of one member or one initiative, read from the audit trail in the order things
 * happened: plan published → initiative proposed on the shared theme → endorsed → action item
 * agreed at a meeting → done.
 *
 * <p>A member's timeline holds what concerned the member directly and everything that
 * concerned an initiative the member took part in (as the trail shows it), so an action item
 * agreed for the initiative appears on every participant's timeline. Entries made at the
 * same instant keep the order of the trail.
 */
public record Timeline(String subject, List<AuditEntry> entries) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public Timeline {
        subject = Require.text(subject, "subject");
        entries = Require.list(entries, "entries");
    }

    public static Timeline ofMember(Collection<AuditEntry> trail, MemberId member) {
        Set<InitiativeId> joined = trail.stream()
                .filter(e -> e.members().contains(member))
                .flatMap(e -> e.initiatives().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Timeline("member " + member, chronological(trail.stream()
                .filter(e -> e.members().contains(member)
                        || e.initiatives().stream().anyMatch(joined::contains))
                .toList()));
    }

    public static Timeline ofInitiative(Collection<AuditEntry> trail, InitiativeId initiative) {
        return new Timeline("initiative " + initiative, chronological(trail.stream()
                .filter(e -> e.initiatives().contains(initiative))
                .toList()));
    }

    /** One readable line per entry, times shown in the given zone (the network's). */
    public List<String> lines(ZoneId zone) {
        return entries.stream().map(e -> {
            String move = e.from().isPresent() && e.to().isPresent()
                    ? " [" + e.fromState() + " → " + e.toState() + "]"
                    : "";
            return WHEN.format(e.at().atZone(zone)) + "  " + e.actor() + ": " + e.summary() + move;
        }).toList();
    }

    private static List<AuditEntry> chronological(List<AuditEntry> entries) {
        // List.sort is stable, which keeps the trail's order for entries of the same instant.
        List<AuditEntry> sorted = new java.util.ArrayList<>(entries);
        sorted.sort(Comparator.comparing(AuditEntry::at));
        return sorted;
    }
}
