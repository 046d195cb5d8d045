package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
        assertEquals(12, page.getJsonNumber("total").intValue());
        JsonArray partners = page.getJsonArray("items");
        assertTrue(partners.stream().map(item -> ((JsonObject) item).getJsonObject("record"))
                .anyMatch(p -> "ADB".equals(p.getString("acronym", null)) && "MULTILATERAL_DEVELOPMENT_BANK".equals(p.getString("type"))));
    }

    @Test
    void unknownNetworkIsNotFound() {
        assertEquals(404, new Http(deployment).get("api/v1/networks/atlantis").statusCode());
    }
}
