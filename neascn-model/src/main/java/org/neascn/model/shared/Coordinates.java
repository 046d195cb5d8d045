package org.neascn.model.shared;

/**
 * A point on the earth in WGS 84 decimal degrees (the datum of GPS, GeoJSON and web maps):
 * where a member city's centre is drawn on a map, or where a project is carried out.
 *
 * <p>Invariants: the latitude lies between -90 and 90 and the longitude between -180 and 180
 * (both inclusive); both are given; neither is NaN or infinite.
 */
public record Coordinates(Double latitude, Double longitude) {

    public Coordinates {
        // Boxed, so that a JSON object lacking one of them is refused rather than read as 0 degrees.
        Require.present(latitude, "latitude");
        Require.present(longitude, "longitude");
        check(latitude, longitude, "");
    }

    public static Coordinates of(double latitude, double longitude) {
        return new Coordinates(latitude, longitude);
    }

    /**
     * Checks a latitude and longitude that a record carries as two fields of its own, naming
     * them under {@code prefix} ({@code "coordinates."}, or {@code ""} for fields of the record).
     */
    public static void check(double latitude, double longitude, String prefix) {
        Require.that(latitude >= -90 && latitude <= 90, prefix + "latitude",
                "must be WGS 84 degrees between -90 and 90 (was " + latitude + ")");
        Require.that(longitude >= -180 && longitude <= 180, prefix + "longitude",
                "must be WGS 84 degrees between -180 and 180 (was " + longitude + ")");
    }
}
