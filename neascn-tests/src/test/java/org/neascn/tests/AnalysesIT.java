package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Overlaps, suggested initiatives and the project pipeline over HTTP, on plans and projects
 * the test creates: Korean, Russian and North Korean air-quality plans on SDG 11.6, a Korean
 * draft, a Mongolian waste-to-energy project at feasibility and a project in the DPRK.
 */
class AnalysesIT extends ServerIT {

    static final String SEOUL = unique("seoul-aq");
    static final String VLADIVOSTOK = unique("vladivostok-aq");
    static final String PYONGYANG = unique("pyongyang-aq");
    static final String SEOUL_PLAN = unique("seoul-air");
    static final String VLADIVOSTOK_PLAN = unique("vladivostok-air");
    static final String PYONGYANG_PLAN = unique("pyongyang-air");
    static final String SEOUL_DRAFT = unique("seoul-draft");
    static final String UB_PROJECT = unique("ub-wte");
    static final String DPRK_PROJECT = unique("kp-wte");
    static final String MNT_PROJECT = unique("ub-mnt");
    private static boolean created;

    /** Creates the records once per run (Arquillian injects the deployment per instance). */
    private synchronized void records() {
        if (created) {
            return;
        }
        Http secretariat = secretariat();
        expect(201, secretariat.post(API + "members", Analyses.member(SEOUL, "KR", "ko", "서울").toString()));
        expect(201, secretariat.post(API + "members", Analyses.member(VLADIVOSTOK, "RU", "ru", "Владивосток").toString()));
        expect(201, secretariat.post(API + "members", Analyses.member(PYONGYANG, "KP", "ko", "평양").toString()));
        PublishedPlans.publish(anonymous(), Analyses.airQualityPlan(SEOUL_PLAN, SEOUL, "PUBLISHED", "ko",
                "미세먼지 농도를 낮추어 대기질을 개선한다"));
        PublishedPlans.publish(anonymous(), Analyses.airQualityPlan(VLADIVOSTOK_PLAN, VLADIVOSTOK, "PUBLISHED", "ru",
                "Улучшить качество атмосферного воздуха в городе"));
        PublishedPlans.publish(anonymous(), Analyses.airQualityPlan(PYONGYANG_PLAN, PYONGYANG, "PUBLISHED", "ko",
                "대기 오염을 줄이고 공기 질을 개선한다"));
        expect(201, memberEditor(SEOUL).post(API + "plans", Analyses.airQualityPlan(SEOUL_DRAFT, SEOUL, "DRAFT", "ko",
                "대기질 개선 초안").toString()));
        expect(201, memberEditor("ulaanbaatar").post(API + "projects",
                Analyses.project(UB_PROJECT, "ulaanbaatar", null, "MN").toString()));
        expect(201, secretariat.post(API + "projects", Analyses.project(DPRK_PROJECT, PYONGYANG, null, "KP").toString()));
        created = true;
    }

    private static List<String> strings(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(field)).collect(Collectors.toList());
    }

    /**
     * The database outlives a run, so earlier runs' plans compete for the top list: the pair is
     * either listed, or the list is full of plans that overlap at least as much.
     */
    @Test
    void koreanAndRussianAirQualityPlansOverlapOnSdg116() {
        records();
        JsonObject pair = Http.object(expect(200, anonymous().get(API + "overlaps/" + SEOUL_PLAN + "/" + VLADIVOSTOK_PLAN)));
        double score = pair.getJsonNumber("score").doubleValue();
        assertTrue(score >= 0.5, pair::toString);
        assertEquals(1.0, pair.getJsonObject("components").getJsonNumber("SDG_TARGETS").doubleValue(), pair::toString);
        assertTrue(strings(pair.getJsonArray("evidence"), "matchedOn").contains("SDG 11.6"), pair::toString);

        JsonObject body = Http.object(expect(200, anonymous().get(API + "overlaps?plan=" + SEOUL_PLAN + "&limit=5")));
        assertEquals(SEOUL_PLAN, body.getString("plan"));
        List<JsonObject> top = body.getJsonArray("overlaps").getValuesAs(JsonObject.class);
        boolean listed = top.stream().anyMatch(o -> o.getString("planB").equals(VLADIVOSTOK_PLAN));
        boolean fullOfStronger = top.size() == 5 && top.stream().allMatch(o -> o.getJsonNumber("score").doubleValue() >= score - 1e-9);
        assertTrue(listed || fullOfStronger, body::toString);
        top.forEach(o -> assertEquals(SEOUL_PLAN, o.getString("planA")));
    }

    @Test
    void anOverlapIsExplainedItemByItem() {
        records();
        JsonObject overlap = Http.object(expect(200, anonymous().get(API + "overlaps/" + SEOUL_PLAN + "/" + VLADIVOSTOK_PLAN)));
        assertEquals(SEOUL, overlap.getString("memberA"));
        assertEquals(VLADIVOSTOK, overlap.getString("memberB"));
        JsonObject sdg = overlap.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("matchedOn").equals("SDG 11.6")).findFirst().orElseThrow();
        assertEquals("clean-air", sdg.getJsonArray("fromA").getJsonObject(0).getString("key"));
        assertEquals(VLADIVOSTOK_PLAN, sdg.getJsonArray("fromB").getJsonObject(0).getString("plan"));
        assertTrue(sdg.getJsonNumber("contribution").doubleValue() > 0);
    }

    @Test
    void draftsAreLeftOutOfThePublicsOverlaps() {
        records();
        expect(404, anonymous().get(API + "overlaps?plan=" + SEOUL_DRAFT));
        expect(404, anonymous().get(API + "overlaps/" + VLADIVOSTOK_PLAN + "/" + SEOUL_DRAFT));
        JsonObject forSecretariat = Http.object(expect(200, secretariat().get(API + "overlaps/" + VLADIVOSTOK_PLAN + "/" + SEOUL_DRAFT)));
        assertTrue(forSecretariat.getJsonNumber("score").doubleValue() > 0, forSecretariat::toString);
        JsonObject forPublic = Http.object(expect(200, anonymous().get(API + "overlaps?plan=" + VLADIVOSTOK_PLAN)));
        assertFalse(strings(forPublic.getJsonArray("overlaps"), "planB").contains(SEOUL_DRAFT), forPublic::toString);
        JsonObject forSeoul = Http.object(expect(200, memberEditor(SEOUL).get(API + "overlaps?plan=" + SEOUL_DRAFT)));
        assertFalse(forSeoul.getJsonArray("overlaps").isEmpty());
        expect(404, memberEditor(VLADIVOSTOK).get(API + "overlaps?plan=" + SEOUL_DRAFT));
    }

    @Test
    void aNewPlanIsSeenByTheNextAnalysis() {
        records();
        expect(200, anonymous().get(API + "overlaps?plan=" + SEOUL_PLAN));
        String late = unique("vladivostok-late");
        // Another city: Vladivostok has published its version 1 already.
        String nakhodka = unique("nakhodka");
        expect(201, secretariat().post(API + "members", Analyses.member(nakhodka, "RU", "ru", "Находка").toString()));
        PublishedPlans.publish(anonymous(), Analyses.airQualityPlan(late, nakhodka, "PUBLISHED", "ru",
                "Снизить загрязнение воздуха"));
        JsonObject body = Http.object(expect(200, anonymous().get(API + "overlaps?plan=" + late)));
        assertFalse(body.getJsonArray("overlaps").isEmpty(), body::toString);
    }

    @Test
    void overlapLimitOutOfRangeIsABadQuery() {
        records();
        HttpResponse<String> response = expect(400, anonymous().get(API + "overlaps?plan=" + SEOUL_PLAN + "&limit=500"));
        assertEquals("limit", Http.object(response).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aSuggestedInitiativeWithAMemberInTheDprkCarriesTheSanctionsFlag() {
        records();
        JsonArray suggestions = Http.object(expect(200, anonymous().get(API + "suggested-initiatives"))).getJsonArray("suggestions");
        JsonObject withPyongyang = suggestions.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonArray("members").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(m -> m.getString().equals(PYONGYANG)))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion with " + PYONGYANG + ": " + suggestions));
        assertTrue(withPyongyang.getJsonArray("members").size() >= 3, withPyongyang::toString);
        JsonObject flag = withPyongyang.getJsonArray("sanctions").getJsonObject(0);
        assertEquals("un-dprk", flag.getString("regime"));
        assertTrue(flag.getJsonArray("members").toString().contains(PYONGYANG), flag::toString);
        assertFalse(withPyongyang.getJsonArray("targets").isEmpty());
    }

    @Test
    void mongolianWasteToEnergyAtFeasibilityIsToldWhatItLacksForStructuring() {
        records();
        JsonObject assessment = Http.object(expect(200, anonymous().get(API + "projects/" + UB_PROJECT + "/readiness")));
        assertEquals("FEASIBILITY", assessment.getString("declaredStage"));
        assertEquals("STRUCTURING", assessment.getString("nextStage"));
        assertFalse(assessment.getJsonArray("gaps").isEmpty(), assessment::toString);
    }

    @Test
    void mongolianWasteToEnergyMatchesAdb() {
        records();
        JsonObject matches = Http.object(expect(200, anonymous().get(API + "projects/" + UB_PROJECT + "/financing-matches")));
        assertFalse(matches.getBoolean("heldBack"));
        JsonObject adb = matches.getJsonArray("financiers").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("financier").equals("adb")).findFirst().orElseThrow();
        assertTrue(List.of("MATCH", "POSSIBLE_MATCH").contains(adb.getString("verdict")), adb::toString);
        assertFalse(adb.getJsonArray("reasons").isEmpty());
    }

    @Test
    void aDprkProjectIsHeldBackFromMatchingWithTheReason() {
        records();
        JsonObject matches = Http.object(expect(200, anonymous().get(API + "projects/" + DPRK_PROJECT + "/financing-matches")));
        assertTrue(matches.getBoolean("heldBack"), matches::toString);
        assertTrue(matches.getJsonArray("financiers").isEmpty());
        assertTrue(matches.getString("heldBackBecause").contains("KP"), matches::toString);
        JsonObject screening = Http.object(expect(200, anonymous().get(API + "projects/" + DPRK_PROJECT + "/sanctions-screening")));
        assertEquals("FLAGGED", screening.getString("status"));
        assertEquals("un-dprk", screening.getJsonArray("hits").getJsonObject(0).getJsonObject("regime").getString("id"));
    }

    @Test
    void pipelineInMixedCurrenciesNeedsARate() {
        records();
        JsonObject mnt = Analyses.project(MNT_PROJECT, "ulaanbaatar", null, "MN");
        JsonObject cost = jakarta.json.Json.createObjectBuilder().add("amount", 342000000000L).add("currency", "MNT").build();
        mnt = Records.with(mnt, "totalCost", cost, "funding", jakarta.json.Json.createArrayBuilder().build(),
                "financingStatus", "NOT_FUNDED_SEEKING_FULL");
        HttpResponse<String> put = secretariat().post(API + "projects", mnt.toString());
        assertTrue(put.statusCode() == 201 || put.statusCode() == 409, put::body);
        HttpResponse<String> missing = expect(422, anonymous().get(API + "pipeline?currency=USD"));
        JsonObject problem = Http.object(missing);
        assertEquals("urn:neascn:problem:missing-exchange-rate", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("MNT"), problem::toString);
        JsonObject summary = Http.object(expect(200, anonymous().get(API
                + "pipeline?currency=USD&rate=USD/MNT:2850@2021-06-30~Bank%20of%20Mongolia")));
        assertEquals("USD", summary.getString("currency"));
        assertTrue(summary.getJsonObject("total").getInt("projects") >= 3, summary::toString);
        assertTrue(summary.getJsonObject("byCountry").containsKey("MN"), summary::toString);
        assertEquals(1, summary.getJsonArray("ratesUsed").size(), summary::toString);
    }

    @Test
    void anUnreadableRateIsABadQuery() {
        HttpResponse<String> response = expect(400, anonymous().get(API + "pipeline?currency=USD&rate=dollars"));
        assertEquals("rate", Http.object(response).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void financingChallengesAreCountedByCategory() {
        records();
        JsonObject report = Http.object(expect(200, anonymous().get(API + "financing-challenges")));
        JsonValue count = report.getJsonObject("frequency").get("no-revenue-model");
        assertTrue(count != null && ((jakarta.json.JsonNumber) count).intValue() >= 2, report::toString);
        assertTrue(report.getJsonObject("byCountry").containsKey("MN"), report::toString);
    }

    @Test
    void openApiDescribesTheAnalysesWithTheirErrors() {
        JsonObject paths = Http.object(expect(200, anonymous().send("GET", "openapi", null, "Accept", "application/json")))
                .getJsonObject("paths");
        for (String path : List.of("overlaps", "overlaps/{planA}/{planB}", "suggested-initiatives", "projects/{id}/readiness",
                "projects/{id}/financing-matches", "projects/{id}/sanctions-screening", "pipeline", "financing-challenges",
                "exports/iati", "exports/oc4ids", "plans/{id}/template.xlsx", "plans/{id}/template.csv", "plan-template.xlsx",
                "plans/import", "bundle")) {
            assertTrue(paths.containsKey("/api/v1/networks/{network}/" + path), () -> path + " missing from " + paths.keySet());
        }
        JsonObject pipeline = paths.getJsonObject("/api/v1/networks/{network}/pipeline").getJsonObject("get");
        assertTrue(pipeline.getJsonObject("responses").containsKey("422"), pipeline::toString);
        JsonObject imports = paths.getJsonObject("/api/v1/networks/{network}/plans/import").getJsonObject("post");
        assertTrue(imports.getJsonObject("responses").containsKey("413"), imports::toString);
    }
}
