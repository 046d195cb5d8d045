package org.neascn.tests;

import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The records the analysis and interchange tests create through the API: members in several
 * countries, air-quality plans in their languages on SDG 11.6, and projects.
 */
final class Analyses {

    private Analyses() {
    }

    static JsonObject member(String id, String country, String language, String name) {
        return with(load("member"), "id", id, "country", country, "name", text(language, name));
    }

    /** An air-quality plan: one target on SDG 11.6 in the focus area quality-environment, written in one language. */
    static JsonObject airQualityPlan(String id, String member, String status, String language, String target) {
        JsonObject template = load("plan");
        JsonObject firstTarget = template.getJsonArray("targets").getJsonObject(0);
        JsonObject targetRecord = with(firstTarget, "text", text(language, target), "sdgTargets", strings("11.6"));
        return with(template, "id", id, "member", member, "status", status, "projects", Json.createArrayBuilder().build(),
                "vision", text(language, target), "targets", Json.createArrayBuilder().add(targetRecord).build());
    }

    /** The sample Mongolian waste-to-energy project at FEASIBILITY, under another identifier and member. */
    static JsonObject project(String id, String member, String plan, String country) {
        JsonObject location = Json.createObjectBuilder(load("project").getJsonObject("location")).add("country", country).build();
        return with(load("project"), "id", id, "member", member, "plan", plan, "location", location);
    }
}
