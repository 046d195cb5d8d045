package org.neascn.model.scap;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.neascn.model.shared.Require;

/** A value of an indicator in a given year: a baseline or a target. */
public record Observation(@NotNull(message = "is required") BigDecimal value, int year) {

    public Observation {
        Require.present(value, "value");
        Require.year(year, "year");
    }
}
