package org.neascn.model.project;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * Where a project is carried out.
 *
 * @param place     a district or site, or null for the whole city
 * @param latitude  WGS 84 degrees, or null
 * @param longitude WGS 84 degrees, or null; given together with the latitude
 */
public record Location(@NotNull(message = "is required") CountryCode country, LocalizedText place, Double latitude, Double longitude) {

    public Location {
        Require.present(country, "country");
        Require.that((latitude == null) == (longitude == null), "latitude", "give latitude and longitude together");
        Require.that(latitude == null || (latitude >= -90 && latitude <= 90), "latitude", "must be between -90 and 90");
        Require.that(longitude == null || (longitude >= -180 && longitude <= 180), "longitude",
                "must be between -180 and 180");
    }
}
