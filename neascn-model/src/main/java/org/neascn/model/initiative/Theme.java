package org.neascn.model.initiative;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * What an initiative is about: a concept of the network's thesaurus (PM2.5, smart parking), a
 * focus area or SDG target the members' plans share, or a theme the members named themselves.
 *
 * @param code the concept's identifier, or the focus area or SDG target code; null for a free theme
 */
public record Theme(@NotNull(message = "is required") Kind kind, String code, @NotNull(message = "is required") LocalizedText label) {

    public enum Kind { CONCEPT, FOCUS_AREA, SDG_TARGET, FREE }

    public Theme {
        Require.present(kind, "kind");
        Require.that(kind == Kind.FREE || (code != null && !code.isBlank()), "code",
                "is required for a " + kind + " theme");
        Require.present(label, "label");
    }
}
