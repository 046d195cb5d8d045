package org.neascn.model.meeting;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A conclusion a meeting reached, recorded as the outcome of an agenda item or of the meeting
 * as a whole: information noted, a decision taken, or an agreement to act (which an action item
 * then tracks; OpenProject's meeting outcomes have the same three kinds).
 *
 * @param agendaItem the item it came from, or null for the meeting as a whole
 * @param kind       what kind of outcome it is; null for takeaways recorded before kinds were kept
 */
public record Takeaway(String key, @NotNull(message = "is required") LocalizedText text, String agendaItem, Kind kind) {

    /** What an outcome is. */
    public enum Kind { INFORMATION, DECISION, ACTION }

    // Two constructors: JSON-B must be told which one builds a takeaway from a document.
    @JsonbCreator
    public Takeaway {
        Identifier.check(key, "key");
        Require.present(text, "text");
        if (agendaItem != null) {
            Identifier.check(agendaItem, "agendaItem");
        }
    }

    /** A takeaway whose kind is not recorded. */
    public Takeaway(String key, LocalizedText text, String agendaItem) {
        this(key, text, agendaItem, null);
    }
}
