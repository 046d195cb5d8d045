package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every API test shares: the deployed server, a client per identity, and identifiers
 * unique to this run (the database outlives a test run, so nothing may collide with what an
 * earlier run left behind).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ServerIT {

    protected static final String API = "api/v1/networks/neascn/";
    /** Unique to this run of the suite, so records of earlier runs never collide. */
    protected static final String RUN = Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.server();
    }

    @ArquillianResource
    protected URL deployment;

    protected Http anonymous() {
        return new Http(deployment);
    }

    protected Http secretariat() {
        return anonymous().as("secretariat");
    }

    protected Http memberEditor(String member) {
        return anonymous().as("member-editor:" + member);
    }

    protected Http partner(String partner) {
        return anonymous().as("partner:" + partner);
    }

    /** An identifier that no earlier run used. */
    protected static String unique(String prefix) {
        return prefix + "-" + RUN;
    }

    /** Asserts the status, showing the body when it differs, and returns the response. */
    protected static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.body());
        return response;
    }

    /**
     * Registers members of these ids (the sample member, in Korea) unless the register holds them:
     * a record may name, and an editor may write for, registered members only.
     */
    protected void registered(String... members) {
        for (String member : members) {
            if (secretariat().get(API + "members/" + member).statusCode() == 404) {
                expect(201, secretariat().post(API + "members", Records.with(Records.load("member"), "id", member).toString()));
            }
        }
    }

    protected static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    protected static JsonObject record(HttpResponse<String> response) {
        return Http.object(response).getJsonObject("record");
    }
}
