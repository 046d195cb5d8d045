package org.neascn.framework.interchange.spreadsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Instructions sheet: what each sheet wants, a column per language of the network (the
 * text is data, {@code instructions.json}), and an example row for each data sheet under its
 * header. The importer never reads this sheet, so nothing an officer does to it matters.
 */
final class Instructions {

    private static final String RESOURCE = "/org/neascn/framework/interchange/spreadsheet/instructions.json";
    private static final JsonNode DATA = load();

    private Instructions() {
    }

    static List<String> languages() {
        List<String> out = new ArrayList<>();
        DATA.path("languages").forEach(l -> out.add(l.asText()));
        return out;
    }

    /** One row per line: the sheet it is about, then the text in each language. */
    static List<List<String>> lines() {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode line : DATA.path("lines")) {
            List<String> row = new ArrayList<>();
            row.add(line.path("sheet").asText());
            languages().forEach(l -> row.add(line.path("text").path(l).asText()));
            rows.add(row);
        }
        return rows;
    }

    /** The example row of each data sheet that has one, by sheet, cells in the sheet's column order. */
    static Map<String, List<String>> examples() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        DATA.path("examples").fields().forEachRemaining(e -> {
            List<String> cells = new ArrayList<>();
            e.getValue().forEach(c -> cells.add(c.asText()));
            out.put(e.getKey(), cells);
        });
        return out;
    }

    private static JsonNode load() {
        try (InputStream in = Instructions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the library");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is unreadable", e);
        }
    }
}
