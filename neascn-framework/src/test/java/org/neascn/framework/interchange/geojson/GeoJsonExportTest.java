package org.neascn.framework.interchange.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.Fixtures;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.shared.Coordinates;

class GeoJsonExportTest {

    private final Member seoul = Fixtures.seoul();
    private final Member placedSeoul = new Member(seoul.id(), seoul.network(), seoul.name(), seoul.level(), seoul.country(),
            seoul.status(), seoul.population(), seoul.website(), new Coordinates(37.5665, 126.978));

    private JsonNode write(List<Member> members, List<Project> projects) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonExport.write(members, projects, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void aPlacedMemberIsAPointWithLongitudeFirst() throws Exception {
        JsonNode collection = write(List.of(placedSeoul), List.of());
        assertEquals("FeatureCollection", collection.get("type").asText());
        JsonNode feature = collection.get("features").get(0);
        assertEquals("Feature", feature.get("type").asText());
        assertEquals("Point", feature.get("geometry").get("type").asText());
        assertEquals(126.978, feature.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(37.5665, feature.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals("member", feature.get("properties").get("kind").asText());
        assertEquals("서울특별시", feature.get("properties").get("name").asText());
        assertEquals("ko", feature.get("properties").get("language").asText());
    }

    @Test
    void recordsWithoutCoordinatesAreLeftOut() throws Exception {
        JsonNode collection = write(List.of(seoul), List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly()));
        collection.get("features").forEach(f -> assertEquals("project", f.get("properties").get("kind").asText()));
        long placed = List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly()).stream()
                .filter(p -> p.location().latitude() != null).count();
        assertEquals(placed, collection.get("features").size());
    }

    @Test
    void everyFeatureIsWhatRfc7946Requires() throws Exception {
        JsonNode collection = write(List.of(placedSeoul), List.of(Fixtures.wasteToEnergy(), Fixtures.koreanOnly()));
        assertFalse(collection.has("crs"), "RFC 7946 removed crs");
        assertTrue(collection.get("features").size() >= 1);
        for (JsonNode f : collection.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertTrue(f.get("properties").isObject());
            JsonNode c = f.get("geometry").get("coordinates");
            assertEquals(2, c.size());
            assertTrue(Math.abs(c.get(0).asDouble()) <= 180 && Math.abs(c.get(1).asDouble()) <= 90, c::toString);
        }
    }
}
