package org.neascn.model.financing;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import org.neascn.model.shared.Require;

/**
 * Where one fact of a financier's profile comes from: the page that states it, the day it was
 * read, and whether someone checked it there. A profile the network relies on says this for every
 * fact, so a reader can tell a published ticket range from a default nobody confirmed.
 *
 * @param fact     the profile field it vouches for: {@code type}, {@code instruments},
 *                 {@code focusAreas}, {@code sectors}, {@code stages}, {@code ticketSize},
 *                 {@code lenses} or {@code rules.<rule id>}
 * @param title    the source's title or publisher, as a reader would cite it
 * @param asOf     the day the source was read or, where it says so, the day it speaks for
 * @param verified whether the fact was checked against the source; false marks what could
 *                 not be confirmed
 * @param note     what the source says in a few words, or why it is unverified; may be null
 */
public record SourcedFact(String fact, @NotNull(message = "is required") URI source, String title,
        @NotNull(message = "is required") LocalDate asOf, boolean verified, String note) {

    public SourcedFact {
        fact = Require.text(fact, "fact");
        Require.present(source, "source");
        Require.that(source.isAbsolute(), "source", "must be an absolute URL (was " + source + ")");
        title = Require.text(title, "title");
        Require.present(asOf, "asOf");
        note = Require.optionalText(note);
    }
}
