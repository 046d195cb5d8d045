package org.neascn.model.project;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.neascn.model.shared.Coordinates;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * Where a project is carried out.
 *
 * @param place     a district or site, or null for the whole city
 * @param latitude  WGS 84 degrees, or null: a project need not be placed on a map
 * @param longitude WGS 84 degrees, or null; given together with the latitude
 */
public record Location(@NotNull(message = "is required") CountryCode country, LocalizedText place, Double latitude, Double longitude) {

    public Location {
        Require.present(country, "country");
        Require.that(latitude != null || longitude == null, "latitude", "is required with a longitude: give both or neither");
        Require.that(longitude != null || latitude == null, "longitude", "is required with a latitude: give both or neither");
        if (latitude != null) {
            Coordinates.check(latitude, longitude, "");
        }
    }

    /** Where the project is on a map, when it says. */
    public Optional<Coordinates> coordinates() {
        return latitude == null ? Optional.empty() : Optional.of(Coordinates.of(latitude, longitude));
    }
}
