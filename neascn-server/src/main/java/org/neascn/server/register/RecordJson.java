package org.neascn.server.register;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Locale;
import org.neascn.model.reference.NeascnJson;

/**
 * The JSON form in which a record is stored: the domain's own JSON-B mapping, so a document
 * read back goes through the record's constructor and its checks again.
 */
final class RecordJson {

    private static final int MAX_SEARCH_TEXT = 1_000_000;
    private static final Jsonb JSONB = NeascnJson.create();

    private RecordJson() {
    }

    static String write(Object record) {
        return JSONB.toJson(record);
    }

    static <T> T read(String document, Class<T> type) {
        return JSONB.fromJson(document, type);
    }

    /** Every text of the document in every language, lower-cased, for {@code q} to search. */
    static String searchText(String document) {
        StringBuilder text = new StringBuilder();
        try (JsonParser parser = Json.createParser(new StringReader(document))) {
            while (parser.hasNext() && text.length() < MAX_SEARCH_TEXT) {
                if (parser.next() == JsonParser.Event.VALUE_STRING) {
                    text.append(parser.getString().toLowerCase(Locale.ROOT)).append(' ');
                }
            }
        }
        return text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text.toString();
    }
}
