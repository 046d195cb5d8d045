package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.LivePlans.planBs;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The overlap analysis follows every committed write at once, in every view: the next read
 * after a plan, project or member write shows it to whoever may see it (the secretariat, the
 * member's own editors for a draft, the public once published) and to nobody else.
 */
class LiveOverlapsIT extends ServerIT {

    private double score(Http reader, String planA, String planB) {
        return Http.object(expect(200, reader.get(API + "overlaps/" + planA + "/" + planB))).getJsonNumber("score").doubleValue();
    }

    private JsonObject overlaps(Http reader, String plan) {
        return Http.object(expect(200, reader.get(API + "overlaps?plan=" + plan)));
    }

    @Test
    void aDraftRevisedIsSeenByTheSecretariatAndItsOwnEditorsAtOnceAndByThePublicOncePublished() {
        String seoul = unique("live-seoul");
        String busan = unique("live-busan");
        String seoulPlan = unique("live-seoul-air");
        String busanDraft = unique("live-busan-draft");
        String marker = "live" + RUN;
        Http secretariat = secretariat();
        Http busanEditor = memberEditor(busan);
        expect(201, secretariat.post(API + "members", Analyses.member(seoul, "KR", "ko", "서울").toString()));
        expect(201, secretariat.post(API + "members", Analyses.member(busan, "KR", "ko", "부산").toString()));
        PublishedPlans.publish(anonymous(), LivePlans.airQuality(seoulPlan, seoul, "PUBLISHED", marker));
        HttpResponse<String> draft = expect(201, busanEditor.post(API + "plans",
                LivePlans.eGovernment(busanDraft, busan, "DRAFT").toString()));
        double unlike = score(secretariat, seoulPlan, busanDraft);

        // The draft now reads as the Seoul plan does: the closest plan of all, at once.
        expect(200, busanEditor.put(API + "plans/" + busanDraft,
                LivePlans.airQuality(busanDraft, busan, "DRAFT", marker).toString(), "If-Match", etag(draft)));
        assertEquals(busanDraft, planBs(overlaps(secretariat, seoulPlan)).get(0), "the secretariat's next read");
        assertEquals(busanDraft, planBs(overlaps(busanEditor, seoulPlan)).get(0), "the Busan editors' next read");
        assertTrue(score(busanEditor, seoulPlan, busanDraft) > unlike);
        assertFalse(planBs(overlaps(anonymous(), seoulPlan)).contains(busanDraft), "the public does not see a draft");
        assertFalse(planBs(overlaps(memberEditor(seoul), seoulPlan)).contains(busanDraft), "nor another member's editors");
        expect(404, anonymous().get(API + "overlaps?plan=" + busanDraft));

        // Submitted and published: now the public's next read has it too.
        expect(200, busanEditor.post(API + "plans/" + busanDraft + "/submit", ""));
        expect(200, secretariat.post(API + "plans/" + busanDraft + "/publish", ""));
        assertEquals(busanDraft, planBs(overlaps(anonymous(), seoulPlan)).get(0), "the public's next read");
        assertEquals(busanDraft, planBs(overlaps(memberEditor(seoul), seoulPlan)).get(0));
        assertEquals(seoulPlan, planBs(overlaps(anonymous(), busanDraft)).get(0));
    }

    @Test
    void projectsWrittenAndDeletedChangeTheirPlansOverlapInTheNextRead() {
        String ulsan = unique("live-ulsan");
        String daegu = unique("live-daegu");
        String ulsanPlan = unique("live-ulsan-air");
        String daeguPlan = unique("live-daegu-egov");
        String marker = "proj" + RUN;
        Http secretariat = secretariat();
        expect(201, secretariat.post(API + "members", Analyses.member(ulsan, "KR", "ko", "울산").toString()));
        expect(201, secretariat.post(API + "members", Analyses.member(daegu, "KR", "ko", "대구").toString()));
        PublishedPlans.publish(anonymous(), LivePlans.airQuality(ulsanPlan, ulsan, "PUBLISHED", marker));
        PublishedPlans.publish(anonymous(), LivePlans.eGovernment(daeguPlan, daegu, "PUBLISHED"));
        double before = score(anonymous(), ulsanPlan, daeguPlan);

        expect(201, secretariat.post(API + "projects", LivePlans.project(unique("live-ulsan-p"), ulsan, ulsanPlan, marker).toString()));
        HttpResponse<String> daeguProject = expect(201, memberEditor(daegu).post(API + "projects",
                LivePlans.project(unique("live-daegu-p"), daegu, daeguPlan, marker).toString()));
        double withProjects = score(anonymous(), ulsanPlan, daeguPlan);
        assertTrue(withProjects > before, "alike projects raise the overlap: " + before + " -> " + withProjects);
        assertTrue(planBs(overlaps(anonymous(), daeguPlan)).contains(ulsanPlan));

        expect(204, memberEditor(daegu).delete(API + "projects/" + unique("live-daegu-p"), "If-Match", etag(daeguProject)));
        assertEquals(before, score(anonymous(), ulsanPlan, daeguPlan), 1e-9, "the project deleted, the overlap is as before");
    }

    @Test
    void aPlanDeletedLeavesEveryViewAtOnce() {
        String incheon = unique("live-incheon");
        String draftId = unique("live-incheon-draft");
        String seoul = unique("live-seoul2");
        String seoulPlan = unique("live-seoul2-air");
        String marker = "gone" + RUN;
        Http secretariat = secretariat();
        Http editor = memberEditor(incheon);
        expect(201, secretariat.post(API + "members", Analyses.member(incheon, "KR", "ko", "인천").toString()));
        expect(201, secretariat.post(API + "members", Analyses.member(seoul, "KR", "ko", "서울").toString()));
        PublishedPlans.publish(anonymous(), LivePlans.airQuality(seoulPlan, seoul, "PUBLISHED", marker));
        HttpResponse<String> draft = expect(201, editor.post(API + "plans",
                LivePlans.airQuality(draftId, incheon, "DRAFT", marker).toString()));
        assertEquals(draftId, planBs(overlaps(editor, seoulPlan)).get(0));
        assertEquals(draftId, planBs(overlaps(secretariat, seoulPlan)).get(0));

        expect(204, editor.delete(API + "plans/" + draftId, "If-Match", etag(draft)));
        assertFalse(planBs(overlaps(editor, seoulPlan)).contains(draftId));
        assertFalse(planBs(overlaps(secretariat, seoulPlan)).contains(draftId));
        expect(404, secretariat.get(API + "overlaps?plan=" + draftId));
    }

    @Test
    void readinessReportsTheAnalysisWarm() {
        JsonObject ready = Http.object(expect(200, Readiness.await(anonymous())));
        JsonObject check = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("overlap analysis")).findFirst().orElseThrow(() -> new AssertionError(ready));
        assertEquals("UP", check.getString("status"));
        assertTrue(check.getJsonObject("data").getBoolean("warm"), check::toString);
        assertTrue(check.getJsonObject("data").getString("neascn").startsWith("warm since"), check::toString);
    }
}
