package org.neascn.framework.synthetic;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The city names and phrases synthetic plans are written from, read from
 * {@code synthetic-plans.json} beside this class: per country its language and cities, per
 * theme its codes and its target and project phrases in every language.
 */
record PhraseBank(Map<String, CountryPhrases> countries, Map<String, List<String>> modifiers,
                  List<ChallengePhrase> challenges, List<ThemePhrases> themes, Map<String, String> visions,
                  List<String> partners) {

    record CountryPhrases(String language, List<String[]> cities) {
    }

    record ChallengePhrase(String category, Map<String, String> texts) {
    }

    record ThemePhrases(String key, String focusArea, List<String> sdgTargets, List<String> indicators,
                        Map<String, List<String>> targets, Map<String, List<String>> projects) {
    }

    static PhraseBank load() {
        try (InputStream in = PhraseBank.class.getResourceAsStream("synthetic-plans.json")) {
            if (in == null) {
                throw new IllegalStateException("synthetic-plans.json is missing from the library");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return read(reader.readObject());
            }
        } catch (IOException e) {
            throw new IllegalStateException("synthetic-plans.json could not be read", e);
        }
    }

    private static PhraseBank read(JsonObject root) {
        Map<String, CountryPhrases> countries = new LinkedHashMap<>();
        root.getJsonObject("countries").forEach((code, value) -> {
            JsonObject c = value.asJsonObject();
            List<String[]> cities = new ArrayList<>();
            for (JsonValue city : c.getJsonArray("cities")) {
                cities.add(strings(city.asJsonArray()).toArray(String[]::new));
            }
            countries.put(code, new CountryPhrases(c.getString("language"), cities));
        });
        List<ChallengePhrase> challenges = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("challenges")) {
            JsonObject c = v.asJsonObject();
            Map<String, String> texts = new LinkedHashMap<>();
            c.getJsonObject("texts").forEach((lang, text) -> texts.put(lang, ((JsonString) text).getString()));
            challenges.add(new ChallengePhrase(c.getString("category"), texts));
        }
        List<ThemePhrases> themes = new ArrayList<>();
        for (JsonValue v : root.getJsonArray("themes")) {
            JsonObject t = v.asJsonObject();
            themes.add(new ThemePhrases(t.getString("key"), t.getString("focusArea"), strings(t.getJsonArray("sdgTargets")),
                    strings(t.getJsonArray("indicators")), byLanguage(t.getJsonObject("targets")),
                    byLanguage(t.getJsonObject("projects"))));
        }
        Map<String, String> visions = new LinkedHashMap<>();
        root.getJsonObject("visions").forEach((lang, text) -> visions.put(lang, ((JsonString) text).getString()));
        return new PhraseBank(countries, byLanguage(root.getJsonObject("modifiers")), challenges, themes, visions,
                strings(root.getJsonArray("partners")));
    }

    private static Map<String, List<String>> byLanguage(JsonObject o) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        o.forEach((lang, list) -> out.put(lang, strings(list.asJsonArray())));
        return out;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
