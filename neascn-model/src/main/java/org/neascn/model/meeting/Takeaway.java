package org.neascn.model.meeting;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A conclusion a meeting reached: a decision, a finding, an agreement to act.
 *
 * @param agendaItem the item it came from, or null for the meeting as a whole
 */
public record Takeaway(String key, @NotNull(message = "is required") LocalizedText text, String agendaItem) {

    public Takeaway {
        Identifier.check(key, "key");
        Require.present(text, "text");
        if (agendaItem != null) {
            Identifier.check(agendaItem, "agendaItem");
        }
    }
}
