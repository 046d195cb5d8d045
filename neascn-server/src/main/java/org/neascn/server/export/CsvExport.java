package org.neascn.server.export;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.neascn.framework.interchange.Csv;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.api.DisplayLanguage;
import org.neascn.server.register.ListQuery;
import org.neascn.server.register.Page;
import org.neascn.server.register.Register;
import org.neascn.server.register.Stored;

/**
 * A register's filtered list as CSV (RFC 4180), every page of it, written as the pages are
 * read so that a long list never sits in memory whole. One column per field of the record,
 * after id, display name and version: texts in the caller's language, lists of simple values
 * joined by {@code |}, anything nested as its JSON. Cells are the framework's {@link Csv#cell}:
 * one that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class CsvExport {

    private static final Jsonb JSONB = NeascnJson.create();

    private CsvExport() {
    }

    /**
     * @param first the first page, read before streaming so that a bad query is a 400, not a
     *              broken download
     * @param page  reads the page at an offset
     */
    public static <T> StreamingOutput stream(Register<T, ?> register, Page<T> first, IntFunction<Page<T>> page,
            String acceptLanguage) {
        List<Locale.LanguageRange> languages = DisplayLanguage.preferences(acceptLanguage);
        RecordComponent[] fields = register.type().getRecordComponents();
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            StringBuilder header = new StringBuilder("id,displayName,version");
            for (RecordComponent field : fields) {
                header.append(',').append(cell(field.getName()));
            }
            out.write(header.append("\r\n").toString());
            Page<T> current = first;
            int offset = 0;
            while (true) {
                for (Stored<T> stored : current.items()) {
                    out.write(row(register, stored, fields, languages));
                }
                offset += ListQuery.MAX_LIMIT;
                if (offset >= current.total() || current.items().isEmpty()) {
                    break;
                }
                current = page.apply(offset);
            }
            out.flush();
        };
    }

    /** A table of text cells as CSV, the first row its header, formula cells neutralised as above. */
    public static StreamingOutput table(List<List<String>> rows) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            for (List<String> row : rows) {
                out.write(row.stream().map(CsvExport::cell).collect(Collectors.joining(",")) + "\r\n");
            }
            out.flush();
        };
    }

    private static <T> String row(Register<T, ?> register, Stored<T> stored, RecordComponent[] fields,
            List<Locale.LanguageRange> languages) {
        T record = stored.record();
        StringBuilder row = new StringBuilder();
        row.append(cell(register.id().apply(record))).append(',')
                .append(cell(DisplayLanguage.pick(register.name().apply(record), languages))).append(',')
                .append(stored.version());
        for (RecordComponent field : fields) {
            row.append(',').append(cell(text(value(field, record), languages)));
        }
        return row.append("\r\n").toString();
    }

    private static Object value(RecordComponent field, Object record) {
        try {
            return field.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field.getName(), e);
        }
    }

    private static String text(Object value, List<Locale.LanguageRange> languages) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalizedText) {
            return DisplayLanguage.pick((LocalizedText) value, languages);
        }
        if (value instanceof Collection && ((Collection<?>) value).stream().allMatch(CsvExport::simple)) {
            return ((Collection<?>) value).stream().map(v -> text(v, languages)).collect(Collectors.joining("|"));
        }
        String json = JSONB.toJson(value);
        if (json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")) {
            return JSONB.fromJson(json, String.class);
        }
        return json;
    }

    private static boolean simple(Object value) {
        String json = JSONB.toJson(value);
        return !json.startsWith("{") && !json.startsWith("[");
    }

    /** The framework's one CSV cell: formulas neutralised, quoted where needed. */
    private static String cell(String value) {
        return Csv.cell(value);
    }
}
