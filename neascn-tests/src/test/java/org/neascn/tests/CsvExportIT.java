package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Any filtered list downloads as CSV, with the same filters as the JSON list. */
class CsvExportIT extends ServerIT {

    @Test
    void membersFilteredByCountryDownloadAsCsv() {
        HttpResponse<String> csv = expect(200, anonymous().get(API + "members?country=MN", "Accept", "text/csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("id,displayName,version,"), lines[0]);
        assertTrue(csv.body().contains("ulaanbaatar"), csv.body());
        assertFalse(csv.body().contains("shanghai"), "the filter applies");
    }

    @Test
    void formatCsvWorksWithoutAnAcceptHeader() {
        HttpResponse<String> csv = expect(200, anonymous().get(API + "partners?format=csv"));
        assertTrue(csv.body().startsWith("id,displayName,version,"));
        assertTrue(csv.body().contains("adb"));
    }

    @Test
    void anUnknownFilterIsAProblemNotABrokenDownload() {
        HttpResponse<String> response = expect(400, anonymous().get(API + "members?format=csv&colour=red"));
        assertEquals("urn:neascn:problem:invalid-query", Http.object(response).getString("type"));
    }

    @Test
    void theJsonListStillAnswersByDefault() {
        assertTrue(expect(200, anonymous().get(API + "members")).body().startsWith("{"));
    }
}
