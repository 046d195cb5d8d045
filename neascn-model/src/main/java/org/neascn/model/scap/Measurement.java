package org.neascn.model.scap;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.neascn.model.shared.Require;

/**
 * A measured value of an indicator, with the review it has been through: entered by the
 * city, then approved or returned (the indicator-update flow of Akvo RSR).
 *
 * @param note may be null
 */
public record Measurement(@NotNull(message = "is required") BigDecimal value, @NotNull(message = "is required") LocalDate date, @NotNull(message = "is required") MeasurementStatus status, String note) {

    /** Only approved measurements count towards progress. */
    public enum MeasurementStatus { ENTERED, APPROVED, RETURNED }

    public Measurement {
        Require.present(value, "value");
        Require.present(date, "date");
        Require.present(status, "status");
        note = Require.optionalText(note);
    }
}
