package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as a financier reads it, over HTTP: checked filters and per-member figures,
 * sourced exchange rates in the query or a JSON body, the Q1 report as JSON and CSV, funding
 * respected by matching, gaps to bankable, and the financier register that matching reads.
 */
class FinancingIT extends ServerIT {

    static final String FUNDED = unique("ub-funded");
    static final String SEEKING = unique("ub-seeking");
    static final String FINANCIER = unique("city-fund");
    private static boolean created;

    private synchronized void records() {
        if (created) {
            return;
        }
        JsonObject funded = Records.with(Analyses.project(FUNDED, "ulaanbaatar", null, "MN"),
                "financingStatus", "FULLY_FUNDED",
                "totalCost", Json.createObjectBuilder().add("amount", 5000000).add("currency", "USD").build(),
                "funding", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("source", Json.createObjectBuilder().add("original", "mn")
                                .add("texts", Json.createObjectBuilder().add("mn", "Нийслэлийн төсөв")))
                        .add("amount", Json.createObjectBuilder().add("amount", 5000000).add("currency", "USD"))
                        .add("secured", true)).build());
        expect(201, secretariat().post(API + "projects", funded.toString()));
        expect(201, secretariat().post(API + "projects", Analyses.project(SEEKING, "ulaanbaatar", null, "MN").toString()));
        created = true;
    }

    private static String profile(String id, String provenanceFacts, String countryList) {
        StringBuilder provenance = new StringBuilder();
        for (String fact : provenanceFacts.split(",")) {
            provenance.append(provenance.length() == 0 ? "" : ",").append("{\"fact\":\"").append(fact)
                    .append("\",\"source\":\"https://example.org/city-fund\",\"title\":\"City fund terms\","
                            + "\"asOf\":\"2026-11-30\",\"verified\":true}");
        }
        return "{\"id\":\"" + id + "\",\"network\":\"neascn\",\"name\":{\"original\":\"en\",\"texts\":{\"en\":\"City fund "
                + id + "\"}},\"programme\":{\"original\":\"en\",\"texts\":{\"en\":\"Grants for city projects\"}},"
                + "\"type\":\"PUBLIC_NATIONAL\",\"instruments\":[\"GRANT\"],\"stages\":{\"from\":\"SCOPING\",\"to\":\"IMPLEMENTATION\"},"
                + "\"rules\":[{\"id\":\"oda\",\"condition\":\"COUNTRY_IN_LIST\",\"countryList\":\"" + countryList + "\","
                + "\"explanation\":{\"original\":\"en\",\"texts\":{\"en\":\"Developing countries only\"}}}],"
                + "\"provenance\":[" + provenance + "]}";
    }

    @Test
    void anUnknownParameterOrValueIsABadQueryNamingIt() {
        assertEquals("bogus", field(expect(400, anonymous().get(API + "pipeline?bogus=1"))));
        assertEquals("member", field(expect(400, anonymous().get(API + "pipeline?member=atlantis"))));
        HttpResponse<String> stage = expect(400, anonymous().get(API + "pipeline?stage=feasibility"));
        assertEquals("stage", field(stage));
        assertTrue(stage.body().contains("SCOPING, PRE_FEASIBILITY"), stage::body);
        assertEquals("focusArea", field(expect(400, anonymous().get(API + "pipeline?focusArea=space"))));
        assertEquals("financingStatus", field(expect(400, anonymous().get(API + "pipeline?financingStatus=rich"))));
        assertEquals("country", field(expect(400, anonymous().get(API + "pipeline?country=XX"))));
    }

    @Test
    void thePipelineBreaksDownByMemberInEachOriginalCurrencyWithoutAnyRate() {
        records();
        JsonObject summary = Http.object(expect(200, anonymous().get(API + "pipeline?member=ulaanbaatar&country=MN")));
        assertEquals(List.of("ulaanbaatar"), List.copyOf(summary.getJsonObject("byMember").keySet()), summary::toString);
        JsonObject ub = summary.getJsonObject("byMember").getJsonObject("ulaanbaatar");
        assertTrue(ub.getJsonObject("byCurrency").containsKey("USD"), ub::toString);
        assertFalse(ub.containsKey("totalCost"), "no converted total without a reporting currency");
        assertEquals(List.of("ulaanbaatar"), summary.getJsonObject("filters").getJsonArray("member").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aConvertedTotalNeedsRatesThatNameTheirSource() {
        records();
        HttpResponse<String> unsourced = expect(400, anonymous().get(API
                + "pipeline?member=ulaanbaatar&currency=MNT&rate=USD/MNT:3450@2026-11-30"));
        assertEquals("rate", field(unsourced));
        assertTrue(unsourced.body().contains("names no source"), unsourced::body);

        JsonObject sourced = Http.object(expect(200, anonymous().get(API
                + "pipeline?member=ulaanbaatar&currency=MNT&rate=USD/MNT:3450@2026-11-30~Bank%20of%20Mongolia")));
        JsonObject rate = sourced.getJsonArray("ratesUsed").getJsonObject(0);
        assertEquals("Bank of Mongolia", rate.getString("source"), sourced::toString);
        assertEquals("2026-11-30", rate.getString("asOf"));
        assertTrue(sourced.getJsonObject("byMember").getJsonObject("ulaanbaatar").containsKey("totalCost"));
    }

    @Test
    void ratesMayComeAsAJsonBody() {
        records();
        String body = "{\"rates\":[{\"from\":\"USD\",\"to\":\"MNT\",\"rate\":3450,\"asOf\":\"2026-11-30\","
                + "\"source\":\"Bank of Mongolia\"}]}";
        JsonObject summary = Http.object(expect(200, anonymous().post(API + "pipeline?member=ulaanbaatar&currency=MNT", body)));
        assertEquals("Bank of Mongolia", summary.getJsonArray("ratesUsed").getJsonObject(0).getString("source"));
        assertEquals("rates[0]", field(expect(400, anonymous().post(API + "pipeline?currency=MNT",
                "{\"rates\":[{\"from\":\"USD\"}]}"))));
    }

    @Test
    void aFullyFundedProjectIsOfferedNoFinancierAndTheAnswerSaysWhy() {
        records();
        JsonObject matches = Http.object(expect(200, anonymous().get(API + "projects/" + FUNDED + "/financing-matches")));
        assertFalse(matches.getBoolean("seeking"), matches::toString);
        assertTrue(matches.getString("notSeekingBecause").contains("fully funded"), matches::toString);
        assertTrue(matches.getJsonArray("financiers").isEmpty());
    }

    @Test
    void readinessListsTheGapsOfEveryRungToBankable() {
        records();
        JsonObject a = Http.object(expect(200, anonymous().get(API + "projects/" + FUNDED + "/readiness")));
        assertEquals("TRANSACTION_PREPARATION", a.getString("bankableAt"));
        assertFalse(a.getJsonArray("toBankable").isEmpty(), a::toString);
        assertTrue(a.getString("toBankableSummary").startsWith("to reach "), a::toString);
        JsonObject gcf = Http.object(expect(200, anonymous().get(API + "projects/" + FUNDED + "/readiness?financier=gcf")));
        assertTrue(gcf.getJsonArray("lenses").getJsonObject(0).getBoolean("applies"), gcf::toString);
        assertEquals("financier", field(expect(400, anonymous().get(API + "projects/" + FUNDED + "/readiness?financier=nobody"))));
    }

    @Test
    void theQ1ReportAnswersNetworkWideAndPerCountryAsJsonAndCsv() {
        records();
        JsonObject q1 = Http.object(expect(200, anonymous().get(API + "financing-prospects")));
        assertTrue(q1.getString("question").startsWith("What types of projects"), q1::toString);
        JsonObject total = q1.getJsonObject("network").getJsonObject("total");
        assertTrue(total.getInt("projects") >= 1);
        assertTrue(total.getJsonObject("matches").containsKey("PROJECT_PREPARATION_FACILITY"), total::toString);
        assertTrue(q1.getJsonObject("byCountry").containsKey("MN"), q1::toString);
        HttpResponse<String> csv = expect(200, anonymous().get(API + "financing-prospects?format=csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("scope,dimension,kind,projects,"), csv::body);
        assertTrue(csv.body().contains("\r\nnetwork,all,all,"), csv::body);
        assertEquals("rate", field(expect(400, anonymous().get(API + "financing-prospects?rate=cheap"))));
    }

    @Test
    void theFinancierRegisterIsPublicToReadAndKeptByTheSecretariat() {
        records();
        JsonObject list = Http.object(expect(200, anonymous().get(API + "financiers?limit=200")));
        assertTrue(list.getInt("total") >= 12, list::toString);
        JsonObject gcf = record(expect(200, anonymous().get(API + "financiers/gcf")));
        JsonObject fact = gcf.getJsonArray("provenance").getJsonObject(0);
        assertTrue(fact.containsKey("source") && fact.containsKey("asOf") && fact.containsKey("verified"), fact::toString);
        assertTrue(Http.object(expect(200, anonymous().get(API + "financiers?type=PROJECT_PREPARATION_FACILITY")))
                .getInt("total") >= 4);

        String body = profile(FINANCIER, "type,instruments,stages,rules.oda", "oecd-dac-oda-recipients");
        expect(401, anonymous().post(API + "financiers", body));
        expect(403, memberEditor("ulaanbaatar").post(API + "financiers", body));
        HttpResponse<String> unsourced = expect(422, secretariat().post(API + "financiers",
                profile(unique("unsourced"), "type,instruments", "oecd-dac-oda-recipients")));
        assertTrue(unsourced.body().contains("provenance"), unsourced::body);
        HttpResponse<String> badList = expect(422, secretariat().post(API + "financiers",
                profile(unique("bad-list"), "type,instruments,stages,rules.oda", "oda-lsit")));
        assertTrue(badList.body().contains("rules[0].countryList"), badList::body);

        HttpResponse<String> created = expect(201, secretariat().post(API + "financiers", body));
        JsonObject matches = Http.object(expect(200, anonymous().get(API + "projects/" + SEEKING + "/financing-matches")));
        JsonObject mine = matches.getJsonArray("financiers").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("financier").equals(FINANCIER)).findFirst().orElseThrow(() -> new AssertionError(matches));
        assertEquals("PUBLIC_NATIONAL", mine.getString("type"));
        JsonObject excluded = matches.getJsonArray("financiers").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("verdict").equals("EXCLUDED")).findFirst().orElseThrow(() -> new AssertionError(matches));
        assertTrue(excluded.getJsonArray("excludedBy").size() >= 2, excluded::toString);
        assertTrue(excluded.getJsonArray("excludedBy").getJsonObject(0).containsKey("rule"), excluded::toString);
        String changed = body.replace("Grants for city projects", "Grants and advice for city projects");
        expect(200, secretariat().put(API + "financiers/" + FINANCIER, changed, "If-Match", etag(created)));
        assertEquals("Grants and advice for city projects", record(expect(200, anonymous().get(API + "financiers/"
                + FINANCIER))).getJsonObject("programme").getJsonObject("texts").getString("en"));
        HttpResponse<String> current = expect(200, anonymous().get(API + "financiers/" + FINANCIER));
        expect(204, secretariat().delete(API + "financiers/" + FINANCIER, "If-Match", etag(current)));
        expect(404, anonymous().get(API + "financiers/" + FINANCIER));
    }

    private static String field(HttpResponse<String> response) {
        return Http.object(response).getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
