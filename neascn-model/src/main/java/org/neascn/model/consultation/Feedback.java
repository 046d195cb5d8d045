package org.neascn.model.consultation;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.Require;

/**
 * A comment on one section of a framework version, from a member or partner.
 *
 * @param disposition the task force's answer, or null while it is open
 */
public record Feedback(
        @NotNull(message = "is required") FeedbackId id,
        String section,
        @NotNull(message = "is required") OrganisationRef author,
        @NotNull(message = "is required") LocalizedText comment,
        @NotNull(message = "is required") LocalDate submitted,
        Disposition disposition) {

    public Feedback {
        Require.present(id, "id");
        Identifier.check(section, "section");
        Require.present(author, "author");
        Require.present(comment, "comment");
        Require.present(submitted, "submitted");
    }

    @JsonbTransient
    public boolean isOpen() {
        return disposition == null;
    }
}
