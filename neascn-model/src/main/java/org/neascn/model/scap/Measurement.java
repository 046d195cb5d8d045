package org.neascn.model.scap;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.neascn.model.shared.Require;

/**
 * A measured value of an indicator, with the review it has been through: entered by the
 * city, then approved or returned (the indicator-update flow of Akvo RSR).
 *
 * <p>Invariant: an entered measurement carries no review (it awaits one). Approved and returned
 * ones carry theirs, except those kept before reviews were stamped.
 *
 * @param note   what the city said of the value, or null
 * @param review who approved or returned it, when and why; null while it awaits review
 */
public record Measurement(@NotNull(message = "is required") BigDecimal value, @NotNull(message = "is required") LocalDate date,
        @NotNull(message = "is required") MeasurementStatus status, String note, Review review) {

    /** Only approved measurements count towards progress. */
    public enum MeasurementStatus { ENTERED, APPROVED, RETURNED }

    // Two constructors: JSON-B must be told which one builds a measurement from a document.
    @JsonbCreator
    public Measurement {
        Require.present(value, "value");
        Require.present(date, "date");
        Require.present(status, "status");
        note = Require.optionalText(note);
        Require.that(review == null || status != MeasurementStatus.ENTERED, "review",
                "an entered measurement awaits its review and carries none");
    }

    /** A measurement without a recorded review: as entered, or as kept before reviews were stamped. */
    public Measurement(BigDecimal value, LocalDate date, MeasurementStatus status, String note) {
        this(value, date, status, note, null);
    }
}
