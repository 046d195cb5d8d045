package org.neascn.model.meeting;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.neascn.model.person.PersonId;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * One item of a meeting's agenda: a session, a part of a session, an address or a closing
 * item. Items nest: "Session II" has "Part I. Presentations by Cities &amp; Partners".
 *
 * @param key       unique within the meeting ({@code session-2}, {@code session-2-part-1})
 * @param purpose   what the item is for, or null
 * @param moderator may be null
 */
public record AgendaItem(
        String key,
        @NotNull(message = "is required") LocalizedText title,
        LocalizedText purpose,
        PersonId moderator,
        List<PersonId> speakers,
        List<AgendaItem> parts) {

    public AgendaItem {
        Identifier.check(key, "key");
        Require.present(title, "title");
        speakers = Require.list(speakers, "speakers");
        parts = Require.list(parts, "parts");
    }

    /** This item and every part under it, depth first. */
    public java.util.stream.Stream<AgendaItem> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                parts.stream().flatMap(AgendaItem::flatten));
    }
}
