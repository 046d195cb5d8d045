package org.neascn.model.taxonomy;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * The set of focus areas a network files its plans under. The default is the six focus
 * areas of the ASEAN Smart Cities Framework; a network may replace it with its own.
 * Invariant: focus area codes are unique.
 */
public record Taxonomy(String id, @NotNull(message = "is required") LocalizedText name, String source, List<FocusArea> focusAreas) {

    public Taxonomy {
        Identifier.check(id, "id");
        Require.present(name, "name");
        focusAreas = Require.list(focusAreas, "focusAreas");
        Require.that(!focusAreas.isEmpty(), "focusAreas", "needs at least one focus area");
        long distinct = focusAreas.stream().map(FocusArea::code).distinct().count();
        Require.that(distinct == focusAreas.size(), "focusAreas", "codes must be unique");
    }

    public Optional<FocusArea> focusArea(FocusAreaCode code) {
        return focusAreas.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public boolean defines(FocusAreaCode code) {
        return focusArea(code).isPresent();
    }
}
