package org.neascn.model.scap;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * A strategic target (objective) of a plan: what the city means to achieve, the focus areas
 * and SDG targets it serves, and the indicators that show progress.
 *
 * @param key a short key unique within the plan ({@code t1}, {@code air-quality})
 */
public record StrategicTarget(
        String key,
        @NotNull(message = "is required") LocalizedText text,
        Set<FocusAreaCode> focusAreas,
        Set<SdgTargetCode> sdgTargets,
        List<Indicator> indicators) {

    public StrategicTarget {
        Identifier.check(key, "key");
        Require.present(text, "text");
        focusAreas = Require.set(focusAreas, "focusAreas");
        sdgTargets = Require.set(sdgTargets, "sdgTargets");
        indicators = Require.list(indicators, "indicators");
        Require.that(indicators.stream().map(Indicator::key).distinct().count() == indicators.size(),
                "indicators", "keys must be unique within a target");
    }
}
