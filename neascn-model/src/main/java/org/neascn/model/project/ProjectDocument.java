package org.neascn.model.project;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A study or document recorded for a project: evidence for a readiness assessment.
 *
 * @param completed the day it was finished, or null while in progress
 * @param link      may be null
 */
public record ProjectDocument(@NotNull(message = "is required") DocumentType type, @NotNull(message = "is required") LocalizedText title, LocalDate completed, URI link) {

    public ProjectDocument {
        Require.present(type, "type");
        Require.present(title, "title");
    }

    @JsonbTransient
    public boolean isCompleted() {
        return completed != null;
    }
}
