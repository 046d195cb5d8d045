package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** GeoJSON of members and projects for GIS tools, and the pipeline and overlap matrix as CSV. */
class MapAndTableExportsIT extends ServerIT {

    private final String member = unique("placed-city");

    @Test
    void aPlacedMemberIsAPointFeatureAndEveryFeatureIsOneTheCallerMayRead() {
        JsonObject placed = with(Analyses.member(member, "MN", "mn", "Дархан"), "coordinates",
                Json.createObjectBuilder().add("latitude", 49.4867).add("longitude", 105.9228).build());
        expect(201, secretariat().post(API + "members", placed.toString()));

        HttpResponse<String> response = expect(200, anonymous().get(API + "exports/geojson", "Accept", "application/geo+json"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonObject collection = Http.object(response);
        assertEquals("FeatureCollection", collection.getString("type"));
        JsonObject feature = collection.getJsonArray("features").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getJsonObject("properties").getString("id").equals(member)).findFirst()
                .orElseThrow(() -> new AssertionError("no feature for " + member));
        assertEquals(105.9228, feature.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue());
        assertEquals(49.4867, feature.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(1).doubleValue());
        for (JsonObject f : collection.getJsonArray("features").getValuesAs(JsonObject.class)) {
            JsonObject p = f.getJsonObject("properties");
            String path = API + ("member".equals(p.getString("kind")) ? "members/" : "projects/") + p.getString("id");
            expect(200, anonymous().get(path));
        }
        expect(200, anonymous().get(API + "exports/geojson", "Accept", "application/json"));
        expect(404, anonymous().get("api/v1/networks/no-such-network/exports/geojson"));
    }

    @Test
    void thePipelineIsATableWithOneRowPerGroupAndCurrency() {
        HttpResponse<String> response = expect(200, anonymous().get(API + "pipeline", "Accept", "text/csv"));
        String[] lines = response.body().split("\r\n");
        assertEquals("dimension,group,projects,costed,currency,totalCost,secured,gap", lines[0]);
        assertTrue(lines.length > 1 && lines[1].startsWith("total,all,"), response.body());
    }

    @Test
    void theOverlapMatrixHasARowAndAColumnPerReadablePlan() {
        HttpResponse<String> response = expect(200, anonymous().get(API + "overlaps/matrix", "Accept", "text/csv"));
        String[] lines = response.body().split("\r\n");
        String[] header = lines[0].split(",");
        assertEquals("plan", header[0]);
        assertEquals("member", header[1]);
        assertEquals(header.length - 2, lines.length - 1, "as many rows as plan columns");
        for (int i = 1; i < lines.length; i++) {
            assertEquals(header[i + 1], lines[i].split(",", -1)[0], "row " + i + " is the plan of column " + (i + 1));
        }
    }
}
