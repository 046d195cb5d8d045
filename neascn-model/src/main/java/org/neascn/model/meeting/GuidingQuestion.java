package org.neascn.model.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A question put to a session's speakers (Q1: which projects could attract financing?).
 *
 * @param agendaItem the key of the item it was put to, or null for the whole meeting
 */
public record GuidingQuestion(@NotBlank(message = "is required and must not be blank") String code, @NotNull(message = "is required") LocalizedText text, String agendaItem) {

    public GuidingQuestion {
        code = Require.text(code, "code");
        Require.present(text, "text");
        if (agendaItem != null) {
            Identifier.check(agendaItem, "agendaItem");
        }
    }
}
