package org.neascn.framework.interchange.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.interchange.BoundedInputStream;
import org.neascn.framework.interchange.Csv;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.ImportRejectedException.Reason;
import org.neascn.framework.interchange.InputLimits;

/**
 * The template as one CSV file: the first column names the sheet, and each sheet's section
 * starts with its header row. Written in UTF-8 with a byte-order mark, so Excel opens
 * 서울특별시 and Улаанбаатар correctly; read strictly as UTF-8.
 */
final class CsvTemplate {

    private static final String SHEET = "Sheet";

    private CsvTemplate() {
    }

    static void write(List<Table> tables, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            for (Table t : tables) {
                List<String> header = new ArrayList<>();
                header.add(SHEET);
                header.addAll(t.header());
                Csv.writeRow(w, header);
                for (Table.Row row : t.rows()) {
                    List<String> cells = new ArrayList<>();
                    cells.add(t.sheet());
                    cells.addAll(row.cells());
                    Csv.writeRow(w, cells);
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the SCAP template could not be written", e);
        }
    }

    static Map<String, Table> read(InputStream upload, InputLimits limits) {
        String text = decode(upload, limits);
        List<List<String>> lines;
        try (Reader reader = new StringReader(text)) {
            lines = Csv.read(reader, limits.maxRows() * Layout.SHEETS.size(), limits.maxCellChars());
        } catch (Csv.CsvException e) {
            throw ImportRejectedException.ofFile(e.tooLarge() ? Reason.TOO_LARGE : Reason.UNREADABLE, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, List<Table.Row>> rows = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            if (line.isEmpty() || line.stream().allMatch(String::isBlank)) {
                continue;
            }
            String first = line.get(0).strip();
            if (first.equalsIgnoreCase(SHEET)) {
                // A header row: the sheet it introduces is the one named on the next row.
                continue;
            }
            List<String> cells = line.subList(1, line.size()).stream().map(Csv::restored).toList();
            if (i > 0 && lines.get(i - 1).size() > 0 && lines.get(i - 1).get(0).strip().equalsIgnoreCase(SHEET)
                    && !headers.containsKey(first)) {
                headers.put(first, lines.get(i - 1).subList(1, lines.get(i - 1).size()));
            }
            rows.computeIfAbsent(first, k -> new ArrayList<>()).add(new Table.Row(i + 1, cells));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String sheet : Layout.SHEETS) {
            // A section without rows still counts as present; its header is the template's.
            tables.put(sheet, new Table(sheet, headers.getOrDefault(sheet, Layout.header(sheet)),
                    rows.getOrDefault(sheet, List.of())));
        }
        return tables;
    }

    private static String decode(InputStream upload, InputLimits limits) {
        byte[] bytes;
        try (InputStream in = new BoundedInputStream(upload, limits)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw ImportRejectedException.ofFile(Reason.UNREADABLE, "the file could not be received: " + e.getMessage());
        }
        if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            throw ImportRejectedException.ofFile(Reason.UNREADABLE, "the file is UTF-16; save it as \"CSV UTF-8\"");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.ofFile(Reason.UNREADABLE,
                    "the file is not UTF-8 text; in Excel choose \"CSV UTF-8\" when saving");
        }
    }
}
