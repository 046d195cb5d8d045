package org.neascn.framework.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neascn.model.shared.LocalizedText;

/**
 * The other languages of the template's texts. A text's cell holds it in the row's language;
 * each other language is a row of the Translations sheet naming the item and field it
 * belongs to, and marking the original language when that is not the row's.
 */
final class Translations {

    /** One row of the Translations sheet. */
    record Entry(String item, String field, String language, String text, boolean original, int row) {
    }

    private final List<Entry> entries = new ArrayList<>();

    List<Entry> entries() {
        return entries;
    }

    void add(Entry entry) {
        entries.add(entry);
    }

    /** Splits a text for export: the cell in the row's language, the rest as entries. */
    String export(String item, String field, String rowLanguage, LocalizedText text) {
        if (text == null) {
            return "";
        }
        String cell = text.texts().getOrDefault(rowLanguage, "");
        boolean originalIsRow = text.original().equals(rowLanguage);
        for (Map.Entry<String, String> e : text.texts().entrySet()) {
            if (!e.getKey().equals(rowLanguage)) {
                entries.add(new Entry(item, field, e.getKey(), e.getValue(),
                        !originalIsRow && e.getKey().equals(text.original()), 0));
            }
        }
        return cell;
    }

    /**
     * Joins a cell and its translations into one text, or null when there is none. The
     * original is the language marked so, else the row's language, else the only one.
     */
    LocalizedText join(String item, String field, String rowLanguage, String cell) {
        LinkedHashMap<String, String> texts = new LinkedHashMap<>();
        String original = null;
        if (!cell.isBlank()) {
            texts.put(rowLanguage, cell);
            original = rowLanguage;
        }
        for (Entry e : entries) {
            if (e.item().equals(item) && e.field().equals(field)) {
                texts.put(e.language(), e.text());
                if (e.original()) {
                    original = e.language();
                }
            }
        }
        if (texts.isEmpty()) {
            return null;
        }
        return new LocalizedText(original, texts);
    }

    static String planItem() {
        return "plan";
    }

    static String targetItem(String key) {
        return "target:" + key;
    }

    static String indicatorItem(String target, String key) {
        return "indicator:" + target + "/" + key;
    }

    static String projectItem(String id) {
        return "project:" + id;
    }
}
