package org.neascn.model.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * An indicator in the network's catalogue, placed the way the ITU U4SSC key performance
 * indicators are: a dimension (Economy; Environment; Society and Culture), a sub-dimension,
 * a category; a unit; a tier (core or advanced) and a nature (smart or sustainable).
 * Strategic targets that measure the same category are comparable across cities.
 */
public record IndicatorDefinition(
        @NotNull(message = "is required") IndicatorCode code,
        @NotNull(message = "is required") LocalizedText name,
        @NotBlank(message = "is required and must not be blank") String dimension,
        @NotBlank(message = "is required and must not be blank") String subDimension,
        @NotBlank(message = "is required and must not be blank") String category,
        @NotBlank(message = "is required and must not be blank") String unit,
        @NotNull(message = "is required") Tier tier,
        @NotNull(message = "is required") Nature nature,
        Set<SdgTargetCode> sdgTargets) {

    /** U4SSC marks each KPI as core (every city should report it) or advanced. */
    public enum Tier { CORE, ADVANCED }

    /** U4SSC marks each KPI as measuring the city's smartness or its sustainability. */
    public enum Nature { SMART, SUSTAINABLE }

    public IndicatorDefinition {
        Require.present(code, "code");
        Require.present(name, "name");
        dimension = Require.text(dimension, "dimension");
        subDimension = Require.text(subDimension, "subDimension");
        category = Require.text(category, "category");
        unit = Require.text(unit, "unit");
        Require.present(tier, "tier");
        Require.present(nature, "nature");
        sdgTargets = Require.set(sdgTargets, "sdgTargets");
    }
}
