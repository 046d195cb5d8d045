package org.neascn.model.project;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A study or document recorded for a project: evidence for a readiness assessment.
 *
 * <p>A document the city records is taken to exist unless it says otherwise: without a
 * completion date and without a status it counts as done, with its date unknown (cities often
 * record a study without its date). Only {@link Status#PLANNED} or {@link Status#IN_PROGRESS}
 * says it is not done yet. Invariant: a planned or unfinished document has no completion date.
 *
 * @param completed the day it was finished, or null when not known or not finished
 * @param link      may be null
 * @param status    how far it is, or null when the city did not say
 */
public record ProjectDocument(@NotNull(message = "is required") DocumentType type,
        @NotNull(message = "is required") LocalizedText title, LocalDate completed, URI link, Status status) {

    /** How far a document is. */
    public enum Status { PLANNED, IN_PROGRESS, COMPLETED }

    /** The canonical constructor, the one JSON binding uses. */
    @JsonbCreator
    public ProjectDocument {
        Require.present(type, "type");
        Require.present(title, "title");
        Require.that(completed == null || status == null || status == Status.COMPLETED, "status",
                "a document with a completion date (" + completed + ") cannot be " + status);
    }

    /** A document with no stated status: done when dated, done with its date unknown otherwise. */
    public ProjectDocument(DocumentType type, LocalizedText title, LocalDate completed, URI link) {
        this(type, title, completed, link, null);
    }

    /** Whether the document exists as evidence: finished, or recorded without saying it is not. */
    @JsonbTransient
    public boolean isCompleted() {
        return status == null || status == Status.COMPLETED || completed != null;
    }

    /** Whether it counts as done but nobody recorded when it was finished. */
    @JsonbTransient
    public boolean isDateUnknown() {
        return isCompleted() && completed == null;
    }
}
