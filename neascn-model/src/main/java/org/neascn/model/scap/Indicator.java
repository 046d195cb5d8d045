package org.neascn.model.scap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.IndicatorCode;

/**
 * An indicator that measures a strategic target: a unit, where the city started (baseline),
 * where it means to be (target), and the measurements taken since.
 *
 * <p>Invariants: the target is not dated before the baseline; measurements are not dated
 * before the baseline year.
 *
 * @param catalogueCode the catalogue indicator this one follows (U4SSC, ISO 37120), or null
 *                      for a city's own
 */
public record Indicator(
        String key,
        @NotNull(message = "is required") LocalizedText name,
        IndicatorCode catalogueCode,
        @NotBlank(message = "is required and must not be blank") String unit,
        @NotNull(message = "is required") Observation baseline,
        @NotNull(message = "is required") Observation target,
        List<Measurement> measurements) {

    public Indicator {
        Identifier.check(key, "key");
        Require.present(name, "name");
        unit = Require.text(unit, "unit");
        Require.present(baseline, "baseline");
        Require.present(target, "target");
        Require.that(target.year() >= baseline.year(), "target.year",
                "must not be before the baseline year (" + target.year() + " is before " + baseline.year() + ")");
        measurements = Require.list(measurements, "measurements");
        for (int i = 0; i < measurements.size(); i++) {
            Require.that(measurements.get(i).date().getYear() >= baseline.year(), "measurements[" + i + "].date",
                    "must not be before the baseline year " + baseline.year());
        }
    }
}
