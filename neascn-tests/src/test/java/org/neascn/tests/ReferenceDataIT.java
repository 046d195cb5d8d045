package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh server serves health and the NEASCN reference data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.server();
    }

    @ArquillianResource
    private URL deployment;

    @Test
    void isReadyOnceReferenceDataHasLoaded() {
        HttpResponse<String> ready = Readiness.await(new Http(deployment));
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", ((JsonObject) Http.json(ready)).getString("status"));
    }

    @Test
    void servesTheNeascnNetworkRunByWego() {
        Http http = new Http(deployment);
        JsonObject neascn = (JsonObject) Http.json(http.get("api/v1/networks/neascn"));
        assertEquals("NEASCN", neascn.getString("acronym"));
        assertEquals("wego", neascn.getString("secretariat"));
    }

    @Test
    void servesEveryPartnerOfThePreWorkshop() {
        Http http = new Http(deployment);
        JsonObject page = (JsonObject) Http.json(http.get("api/v1/networks/neascn/partners?limit=100"));
        // The shipped twelve, whatever partners other tests added to the suite's database.
        Set<String> shipped = shippedPartnerIds();
        assertEquals(12, shipped.size());
        JsonArray partners = page.getJsonArray("items");
        Set<String> served = partners.stream().map(item -> ((JsonObject) item).getJsonObject("record").getString("id"))
                .collect(Collectors.toSet());
        assertTrue(served.containsAll(shipped), "served " + served + ", shipped " + shipped);
        assertTrue(partners.stream().map(item -> ((JsonObject) item).getJsonObject("record"))
                .anyMatch(p -> "ADB".equals(p.getString("acronym", null)) && "MULTILATERAL_DEVELOPMENT_BANK".equals(p.getString("type"))));
    }

    /** The identifiers in the model's shipped partners.json, read as the file says. */
    private static Set<String> shippedPartnerIds() {
        try (InputStream in = ReferenceDataIT.class.getClassLoader().getResourceAsStream("org/neascn/model/reference/partners.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void unknownNetworkIsNotFound() {
        assertEquals(404, new Http(deployment).get("api/v1/networks/atlantis").statusCode());
    }
}
