package org.neascn.tests;

import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * Plans for the live-analysis tests: one air-quality plan whose target carries a word of its
 * run alone (so no plan of an earlier run reads as alike: the database outlives runs), and a
 * plan that shares nothing specific with it (another focus area, SDG target, no indicator).
 */
final class LivePlans {

    private LivePlans() {
    }

    /** Words of this run's air-quality target: the marker makes a plan that copies it the closest of all. */
    static String airTarget(String marker) {
        return "미세먼지 농도를 낮추어 대기질을 개선한다 " + marker;
    }

    static JsonObject airQuality(String id, String member, String status, String marker) {
        return Analyses.airQualityPlan(id, member, status, "ko", airTarget(marker));
    }

    /**
     * A plan on online public services (SDG 16.6, civic-social), with no project and one indicator
     * of its own (no catalogue code, a unit no air-quality indicator has): a plan is published only
     * when its targets can be measured.
     */
    static JsonObject eGovernment(String id, String member, String status) {
        JsonObject plan = load("plan");
        JsonObject target = with(plan.getJsonArray("targets").getJsonObject(0), "key", "e-services",
                "text", text("ko", "민원 서비스를 온라인으로 제공한다"), "sdgTargets", strings("16.6"),
                "focusAreas", strings("civic-social"), "indicators", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("key", "online-services").add("name", text("ko", "온라인 민원 서비스 비율"))
                        .add("unit", "%").add("baseline", Json.createObjectBuilder().add("value", 20).add("year", 2020))
                        .add("target", Json.createObjectBuilder().add("value", 80).add("year", 2026))).build());
        return with(plan, "id", id, "member", member, "status", status, "focusAreas", strings("civic-social"),
                "projects", Json.createArrayBuilder().build(), "vision", text("ko", "전자정부 서비스"),
                "targets", Json.createArrayBuilder().add(target).build());
    }

    /** A project of the plan, titled in Korean with the run's marker: two such projects read alike. */
    static JsonObject project(String id, String member, String plan, String marker) {
        return with(Analyses.project(id, member, plan, "KR"), "title", text("ko", "대기질 측정망 구축 " + marker));
    }

    static List<String> planBs(JsonObject overlapList) {
        return overlapList.getJsonArray("overlaps").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("planB")).toList();
    }
}
