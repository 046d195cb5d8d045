package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.tests.Records.load;
import static org.neascn.tests.Records.strings;
import static org.neascn.tests.Records.text;
import static org.neascn.tests.Records.with;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Suggested initiatives over HTTP are on the concepts of the network's thesaurus: plans that
 * say PM2.5 in Korean, Chinese and Japanese meet on it whatever SDG targets they name, and
 * plans on PM2.5 and on waste sorting stay apart though both name SDG 11.6.
 *
 * <p>Every plan of a run carries one indicator named for the run (no catalogue code), so that
 * a run's plans overlap with each other more than with the same texts that earlier runs left in
 * the database (CI's PostgreSQL keeps them); suggestions are found by their members.
 */
class ConceptThemesIT extends ServerIT {

    private static final String PM25_KO = "2030년까지 초미세먼지를 절반으로 줄인다";
    private static final String PM25_ZH = "到2030年将细颗粒物年均浓度降低一半";
    private static final String PM25_JA = "2030年までに微小粒子状物質(PM2.5)の濃度を半減する";

    /** A member in the country, with a draft plan of one target in its language on these SDG targets. */
    private String memberWithPlan(String name, String country, String language, String target, String... sdgTargets) {
        String member = unique(name);
        expect(201, secretariat().post(API + "members", Analyses.member(member, country, language, member).toString()));
        JsonObject plan = Analyses.airQualityPlan(member + "-plan", member, "DRAFT", language, target);
        JsonObject t = plan.getJsonArray("targets").getJsonObject(0);
        JsonObject indicator = with(t.getJsonArray("indicators").getJsonObject(0), "catalogueCode", null,
                "key", "stations", "name", text("en", "Reporting stations " + RUN), "unit", "count");
        plan = with(plan, "targets", Json.createArrayBuilder().add(with(t, "sdgTargets", strings(sdgTargets),
                "indicators", Json.createArrayBuilder().add(indicator).build())).build());
        expect(201, memberEditor(member).post(API + "plans", plan.toString()));
        return member;
    }

    private List<JsonObject> suggestions() {
        return Http.object(expect(200, secretariat().get(API + "suggested-initiatives"))).getJsonArray("suggestions")
                .getValuesAs(JsonObject.class);
    }

    private static Set<String> members(JsonObject suggestion) {
        return suggestion.getJsonArray("members").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.toSet());
    }

    private static List<JsonObject> containing(List<JsonObject> all, List<String> members) {
        return all.stream().filter(s -> members(s).containsAll(members)).toList();
    }

    /** The one suggestion among these on the concept. */
    private static JsonObject on(List<JsonObject> suggestions, String concept) {
        List<JsonObject> on = suggestions.stream().filter(s -> s.getJsonObject("theme").getString("kind").equals("CONCEPT")
                && s.getJsonObject("theme").getString("code").equals(concept)).toList();
        assertEquals(1, on.size(), () -> "suggestions on " + concept + ": " + suggestions);
        return on.get(0);
    }

    private static void shortLabels(JsonObject suggestion) {
        JsonObject title = suggestion.getJsonObject("title");
        assertEquals(title, suggestion.getJsonObject("theme").getJsonObject("label"), suggestion::toString);
        for (JsonValue v : title.getJsonObject("texts").values()) {
            String label = ((JsonString) v).getString();
            assertTrue(label.codePointCount(0, label.length()) <= 60, label);
        }
    }

    @Test
    void plansOnPm25InThreeLanguagesWithNoSdgTargetInCommonMeetOnTheConcept() {
        String partner = unique("fine-dust-lab");
        expect(201, secretariat().post(API + "partners", with(load("partner"), "id", partner, "acronym", null,
                "concepts", strings("pm25"), "focusAreas", strings("quality-environment")).toString()));
        String kr = memberWithPlan("pm-kr", "KR", "ko", PM25_KO, "11.6");
        String cn = memberWithPlan("pm-cn", "CN", "zh-Hans", PM25_ZH, "3.9");
        String jp = memberWithPlan("pm-jp", "JP", "ja", PM25_JA);
        String kp = memberWithPlan("pm-kp", "KP", "ko", "초미세먼지 없는 맑은 도시를 만든다", "11.6");

        List<JsonObject> found = containing(suggestions(), List.of(kr, cn, jp));
        assertEquals(1, found.size(), found::toString);
        JsonObject s = found.get(0);
        assertEquals("CONCEPT", s.getJsonObject("theme").getString("kind"), s::toString);
        assertEquals("pm25", s.getJsonObject("theme").getString("code"), s::toString);
        shortLabels(s);
        JsonObject labels = s.getJsonObject("title").getJsonObject("texts");
        assertTrue(labels.containsKey("ko") && labels.containsKey("zh-Hans") && labels.containsKey("ja"),
                "the label in each member's language: " + labels);

        assertTrue(members(s).contains(kp), s::toString);
        assertTrue(s.getBoolean("flagged"), s::toString);
        assertNotEquals(kp, s.getString("proposedLead"), "no member in the DPRK is proposed to lead: " + s);
        // The fits are the strongest five; this run's partner ties with earlier runs' on a filled
        // database, so what is asserted is that a partner is proposed for the concept, with a reason.
        List<JsonObject> partners = s.getJsonArray("partners").getValuesAs(JsonObject.class);
        assertTrue(partners.stream().anyMatch(p -> p.getJsonArray("concepts").getValuesAs(JsonString.class).stream()
                .anyMatch(c -> c.getString().equals("pm25"))), s::toString);
        assertTrue(partners.stream().allMatch(p -> !p.getString("reason").isBlank()), s::toString);
        assertTrue(partners.stream().filter(p -> p.getString("partner").equals(partner))
                .allMatch(p -> p.getString("reason").contains("works on")), s::toString);
    }

    @Test
    void oneSdgTargetWithTwoConceptsGivesTwoSuggestions() {
        List<String> dust = List.of(memberWithPlan("dust-kr", "KR", "ko", PM25_KO, "11.6"),
                memberWithPlan("dust-cn", "CN", "zh-Hans", PM25_ZH, "11.6"),
                memberWithPlan("dust-jp", "JP", "ja", PM25_JA, "11.6"));
        List<String> sorting = List.of(memberWithPlan("sort-kr", "KR", "ko", "2030년까지 생활폐기물 분리배출을 정착시킨다", "11.6"),
                memberWithPlan("sort-cn", "CN", "zh-Hans", "到2030年全面推行垃圾分类", "11.6"),
                memberWithPlan("sort-jp", "JP", "ja", "2030年までにごみの分別を徹底する", "11.6"));

        List<JsonObject> all = suggestions();
        // Each group may also be in a suggestion on a broader concept with other plans (earlier
        // runs' waste targets join waste sorting under waste management), never on SDG 11.6.
        JsonObject onDust = on(containing(all, dust), "pm25");
        JsonObject onSorting = on(containing(all, sorting), "waste-sorting");
        assertNotEquals(onDust.getString("id"), onSorting.getString("id"));
        shortLabels(onDust);
        shortLabels(onSorting);
        assertTrue(containing(all, dust).stream().allMatch(s -> s.getJsonObject("theme").getString("kind").equals("CONCEPT")),
                all::toString);
        assertTrue(containing(all, sorting).stream().allMatch(s -> s.getJsonObject("theme").getString("kind").equals("CONCEPT")),
                all::toString);
        for (JsonObject s : all) {
            Set<String> m = members(s);
            assertFalse(dust.stream().anyMatch(m::contains) && sorting.stream().anyMatch(m::contains),
                    "one suggestion joins PM2.5 and waste sorting under SDG 11.6: " + s);
        }
    }
}
