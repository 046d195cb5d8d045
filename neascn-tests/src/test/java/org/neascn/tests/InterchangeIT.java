package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * IATI and OC4IDS exports, the SCAP spreadsheet template and its import, and the network
 * bundle, over HTTP as a client would use them.
 */
class InterchangeIT extends ServerIT {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String SEOUL = unique("seoul-ix");
    private static final String SEOUL_PLAN = unique("seoul-ix-plan");
    private static final String UB_PROJECT = unique("ub-ix-wte");
    private static final String UB_PLAN = unique("ub-ix-plan");
    /** A project of the same plan that is finished: it has an actual start and end and a type. */
    private static final String UB_DONE = unique("ub-ix-heating");
    /** A member of its own: a member publishes one plan per version, and the database outlives runs. */
    private static final String UB = unique("ulaanbaatar-ix");
    private static boolean created;

    private synchronized void records() {
        if (created) {
            return;
        }
        expect(201, secretariat().post(API + "members", Analyses.member(SEOUL, "KR", "ko", "서울").toString()));
        expect(201, secretariat().post(API + "members", Analyses.member(UB, "MN", "mn", "Улаанбаатар").toString()));
        PublishedPlans.publish(anonymous(), Analyses.airQualityPlan(SEOUL_PLAN, SEOUL, "PUBLISHED", "ko",
                "미세먼지 농도를 낮추어 대기질을 개선한다"));
        PublishedPlans.publish(anonymous(), Analyses.airQualityPlan(UB_PLAN, UB, "PUBLISHED", "mn",
                "Агаарын чанарыг сайжруулах"));
        expect(201, memberEditor(UB).post(API + "projects",
                Analyses.project(UB_PROJECT, UB, UB_PLAN, "MN").toString()));
        expect(201, memberEditor(UB).post(API + "projects", completed(UB_DONE).toString()));
        created = true;
    }

    private static JsonObject completed(String id) {
        return Records.with(Analyses.project(id, UB, UB_PLAN, "MN"), "stage", "POST_IMPLEMENTATION",
                "projectType", "REHABILITATION", "actualStart", "2023-04-03", "actualEnd", "2025-10-30");
    }

    private HttpResponse<byte[]> bytes(String method, String path, String identity, String contentType, byte[] body) {
        URI base = URI.create(deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort() + "/");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (identity != null) {
            request.header("Local-Identity", identity);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonObject object(HttpResponse<byte[]> response) {
        return jakarta.json.Json.createReader(new java.io.StringReader(text(response))).readObject();
    }

    private static HttpResponse<byte[]> status(int expected, HttpResponse<byte[]> response) {
        assertEquals(expected, response.statusCode(), () -> text(response));
        return response;
    }

    @Test
    void iatiExportHoldsTheMongolianProjectWithItsNarratives() {
        records();
        HttpResponse<byte[]> response = status(200, bytes("GET", API + "exports/iati", null, null, null));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        String xml = text(response);
        assertTrue(xml.contains("<iati-activities"), xml.substring(0, Math.min(500, xml.length())));
        assertTrue(xml.contains("XI-NEASCN-project-" + UB_PROJECT), "no activity for " + UB_PROJECT);
        assertTrue(xml.contains("Хог хаягдлаас эрчим хүч"));
        assertTrue(xml.strip().endsWith("</iati-activities>"));
    }

    @Test
    void iatiSaysWhenAFinishedProjectStartedEndedAndLastChanged() {
        records();
        String xml = text(status(200, bytes("GET", API + "exports/iati", null, null, null)));
        int at = xml.indexOf("<iati-identifier>XI-NEASCN-project-" + UB_DONE + "<");
        assertTrue(at > 0, "no activity for " + UB_DONE);
        String activity = xml.substring(xml.lastIndexOf("<iati-activity ", at), xml.indexOf("</iati-activity>", at));
        assertTrue(activity.contains("<activity-date type=\"2\" iso-date=\"2023-04-03\"/>"), activity);
        assertTrue(activity.contains("<activity-date type=\"4\" iso-date=\"2025-10-30\"/>"), activity);
        // Written by this run, so its last change is today's, in UTC, to the second.
        java.util.regex.Matcher updated = java.util.regex.Pattern
                .compile("last-updated-datetime=\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z)\"").matcher(activity);
        assertTrue(updated.find(), activity);
        java.time.Instant when = java.time.Instant.parse(updated.group(1));
        assertTrue(!when.isAfter(java.time.Instant.now()) && when.isAfter(java.time.Instant.now().minus(java.time.Duration.ofHours(2))),
                updated.group(1));
    }

    @Test
    void anActualEndBeforeTheActualStartIsRefusedNamingTheField() {
        records();
        HttpResponse<String> refused = expect(422, memberEditor(UB).post(API + "projects", Records.with(
                completed(unique("ub-ix-backwards")), "actualStart", "2025-10-30", "actualEnd", "2023-04-03").toString()));
        assertEquals("actualEnd", Http.object(refused).getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
        HttpResponse<String> early = expect(422, memberEditor(UB).post(API + "projects", Records.with(
                completed(unique("ub-ix-early")), "stage", "FEASIBILITY", "actualEnd", null).toString()));
        assertEquals("actualStart", Http.object(early).getJsonArray("errors").getJsonObject(0).getString("field"), early.body());
    }

    @Test
    void thePlansTemplateCarriesTheProjectsTypeAndActualDates() {
        records();
        String csv = text(status(200, bytes("GET", API + "plans/" + UB_PLAN + "/template.csv", null, null, null)));
        assertTrue(csv.contains(",REHABILITATION,2023-04-03,2025-10-30"), csv);
    }

    @Test
    void oc4idsSaysWhatAFinishedProjectDidWhenItWasCompletedAndLastChanged() {
        records();
        JsonObject project = object(status(200, bytes("GET", API + "exports/oc4ids", null, null, null)))
                .getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").endsWith(UB_DONE)).findFirst()
                .orElseThrow(() -> new AssertionError("no OC4IDS project for " + UB_DONE));
        assertEquals("rehabilitation", project.getString("type"), project::toString);
        assertEquals("2025-10-30T00:00:00Z", project.getJsonObject("completion").getString("endDate"), project::toString);
        assertEquals("2023-04-03T00:00:00Z", project.getJsonArray("milestones").getJsonObject(0).getString("dateMet"));
        assertTrue(project.getString("updated").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), project::toString);
    }

    @Test
    void oc4idsExportHoldsTheProject() {
        records();
        HttpResponse<byte[]> response = status(200, bytes("GET", API + "exports/oc4ids", null, null, null));
        JsonObject pack = object(response);
        response.headers().firstValue("NEASCN-Omitted-Projects")
                .ifPresent(omitted -> assertTrue(!omitted.contains(UB_PROJECT), omitted));
        JsonObject project = pack.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").endsWith(UB_PROJECT)).findFirst()
                .orElseThrow(() -> new AssertionError("no OC4IDS project for " + UB_PROJECT));
        assertTrue(project.getJsonObject("publicAuthority").getString("id").startsWith("member-"), project::toString);
        assertTrue(project.getJsonObject("period").getString("startDate").endsWith("-01-01T00:00:00Z"), project::toString);
    }

    @Test
    void csvTemplateRoundTripsIntoANewPlan() {
        records();
        String csv = text(status(200, bytes("GET", API + "plans/" + SEOUL_PLAN + "/template.csv", null, null, null)));
        assertTrue(csv.contains("미세먼지 농도를 낮추어 대기질을 개선한다"));
        String copy = unique("seoul-ix-copy");
        HttpResponse<byte[]> created = status(201, bytes("POST", API + "plans/import", "member-editor:" + SEOUL, CSV,
                csv.replace(SEOUL_PLAN, copy).replace("PUBLISHED", "DRAFT").getBytes(StandardCharsets.UTF_8)));
        assertEquals(copy, object(created).getString("plan"));
        JsonObject plan = record(expect(200, memberEditor(SEOUL).get(API + "plans/" + copy)));
        assertEquals("미세먼지 농도를 낮추어 대기질을 개선한다", plan.getJsonObject("vision").getJsonObject("texts").getString("ko"));
        assertEquals("11.6", plan.getJsonArray("targets").getJsonObject(0).getJsonArray("sdgTargets").getString(0));
    }

    @Test
    void importedProblemsNameSheetRowAndColumn() {
        records();
        String csv = text(status(200, bytes("GET", API + "plans/" + SEOUL_PLAN + "/template.csv", null, null, null)));
        String broken = csv.replace(SEOUL_PLAN, unique("seoul-ix-broken")).replace("PUBLISHED", "DRAFT")
                .replace("quality-environment", "no-such-area");
        HttpResponse<byte[]> refused = status(422, bytes("POST", API + "plans/import", "member-editor:" + SEOUL, CSV,
                broken.getBytes(StandardCharsets.UTF_8)));
        JsonObject problem = object(refused);
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        JsonObject first = problem.getJsonArray("problems").getJsonObject(0);
        assertTrue(first.getString("message").contains("no-such-area"), problem::toString);
        assertTrue(first.getInt("row") > 0 && !first.getString("sheet").isEmpty(), problem::toString);
        expect(404, secretariat().get(API + "plans/" + unique("seoul-ix-broken")));
    }

    @Test
    void aMemberEditorCannotImportAnotherMembersPlan() {
        records();
        String csv = text(status(200, bytes("GET", API + "plans/" + SEOUL_PLAN + "/template.csv", null, null, null)));
        HttpResponse<byte[]> refused = status(403, bytes("POST", API + "plans/import", "member-editor:" + UB, CSV,
                csv.replace(SEOUL_PLAN, unique("seoul-by-ub")).replace("PUBLISHED", "DRAFT").getBytes(StandardCharsets.UTF_8)));
        assertEquals("urn:neascn:problem:forbidden", object(refused).getString("type"));
        expect(404, secretariat().get(API + "plans/" + unique("seoul-by-ub")));
        status(401, bytes("POST", API + "plans/import", null, CSV, csv.getBytes(StandardCharsets.UTF_8)));
        status(403, bytes("POST", API + "plans/import", "partner:adb", CSV, csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBlankTemplateIsAWorkbookThatImportsAsProblems() {
        HttpResponse<byte[]> blank = status(200, bytes("GET", API + "plan-template.xlsx", null, null, null));
        assertEquals('P', blank.body()[0]);
        assertEquals('K', blank.body()[1]);
        JsonObject problem = object(status(422, bytes("POST", API + "plans/import", "secretariat", XLSX, blank.body())));
        assertTrue(problem.getJsonArray("problems").size() > 0, problem::toString);
    }

    @Test
    void anUploadAboveTheLimitIsRefusedAsTooLarge() {
        byte[] huge = new byte[21 * 1024 * 1024];
        JsonObject problem = object(status(413, bytes("POST", API + "plans/import", "secretariat", CSV, huge)));
        assertEquals("urn:neascn:problem:import-too-large", problem.getString("type"));
    }

    @Test
    void aPlanExportsAsAWorkbook() {
        records();
        HttpResponse<byte[]> xlsx = status(200, bytes("GET", API + "plans/" + SEOUL_PLAN + "/template.xlsx", null, null, null));
        assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        assertEquals('P', xlsx.body()[0]);
    }

    @Test
    void onlyTheSecretariatExportsTheBundle() {
        status(401, bytes("GET", API + "bundle", null, null, null));
        status(403, bytes("GET", API + "bundle", "member-editor:" + UB, null, null));
    }

    @Test
    void bundleImportIsRejectedIntoANonEmptyNetworkAndMergesById() {
        records();
        HttpResponse<byte[]> exported = status(200, bytes("GET", API + "bundle", "secretariat", null, null));
        JsonObject bundle = object(exported);
        assertEquals("neascn-network-bundle", bundle.getString("format"));
        assertTrue(bundle.getJsonArray("plans").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("id").equals(SEOUL_PLAN)));
        // Earlier tests may leave records that name deleted ones; this run's records make a consistent bundle.
        byte[] ours = ownBundle(bundle, unique("incheon-ix")).toString().getBytes(StandardCharsets.UTF_8);
        JsonObject conflict = object(status(409, bytes("POST", API + "bundle?policy=reject", "secretariat",
                "application/json", ours)));
        assertEquals("urn:neascn:problem:import-conflict", conflict.getString("type"));
        status(403, bytes("POST", API + "bundle?policy=merge-by-id", "member-editor:" + UB, "application/json", ours));
        JsonObject merged = object(status(200, bytes("POST", API + "bundle?policy=merge-by-id", "secretariat",
                "application/json", ours)));
        assertEquals(2, merged.getInt("added"), merged::toString);
        assertTrue(merged.getInt("replaced") >= 5, merged::toString);
        expect(200, anonymous().get(API + "members/" + unique("incheon-ix")));
        assertEquals("PUBLISHED", record(expect(200, anonymous().get(API + "plans/" + unique("incheon-ix") + "-plan")))
                .getString("status"));
    }

    /** The exported bundle cut down to this run's plans and projects, their members, every partner, and one new member. */
    private static JsonObject ownBundle(JsonObject bundle, String newMember) {
        java.util.function.BiFunction<String, java.util.function.Predicate<JsonObject>, jakarta.json.JsonArray> keep = (field, test) -> {
            var array = jakarta.json.Json.createArrayBuilder();
            bundle.getJsonArray(field).getValuesAs(JsonObject.class).stream().filter(test).forEach(array::add);
            return array.build();
        };
        java.util.Set<String> members = java.util.Set.of(SEOUL, UB);
        var memberArray = jakarta.json.Json.createArrayBuilder(keep.apply("members", m -> members.contains(m.getString("id"))))
                .add(Analyses.member(newMember, "KR", "ko", "인천"));
        jakarta.json.JsonArray none = jakarta.json.Json.createArrayBuilder().build();
        jakarta.json.JsonArray ownPlans = keep.apply("plans", p -> p.getString("id").equals(SEOUL_PLAN)
                || p.getString("id").equals(UB_PLAN));
        // A plan published on the other server comes over published: a bundle carries history, not moves.
        JsonObject carried = Records.with(ownPlans.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(SEOUL_PLAN)).findFirst().orElseThrow(),
                "id", newMember + "-plan", "member", newMember);
        return Records.with(bundle, "members", memberArray.build(),
                "plans", jakarta.json.Json.createArrayBuilder(ownPlans).add(carried).build(),
                "projects", keep.apply("projects", p -> p.getString("id").equals(UB_PROJECT)),
                "persons", none, "initiatives", none, "meetings", none, "frameworkVersions", none);
    }
}
