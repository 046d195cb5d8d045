package org.neascn.framework.interchange;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: fields in double quotes may hold commas,
 * quotes (doubled) and line breaks. Reading stops with an error at a row or field limit, so a
 * huge or endless file costs bounded memory.
 */
public final class Csv {

    private Csv() {
    }

    /** Thrown when a CSV breaks a limit or the quoting rules; carries the 1-based line. */
    public static final class CsvException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final boolean tooLarge;

        CsvException(int line, String message, boolean tooLarge) {
            super(message);
            this.line = line;
            this.tooLarge = tooLarge;
        }

        public int line() {
            return line;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /** All rows; an empty line is an empty row. */
    public static List<List<String>> read(Reader in, int maxRows, int maxFieldChars) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterClosingQuote = false;
        boolean fieldQuoted = false;
        boolean lastWasCr = false;
        int line = 1;
        int c;
        while ((c = in.read()) != -1) {
            boolean skipLf = lastWasCr && c == '\n';
            lastWasCr = false;
            if (skipLf) {
                continue;
            }
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    afterClosingQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c, maxFieldChars, line);
                }
                continue;
            }
            if (afterClosingQuote) {
                afterClosingQuote = false;
                if (c == '"') {
                    // A doubled quote inside a quoted field stands for one quote.
                    append(field, '"', maxFieldChars, line);
                    quoted = true;
                    continue;
                }
                if (c != ',' && c != '\r' && c != '\n') {
                    throw new CsvException(line, "line " + line + ": text after a closing quote", false);
                }
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldQuoted = false;
            } else if (c == '\r' || c == '\n') {
                lastWasCr = c == '\r';
                row.add(field.toString());
                field.setLength(0);
                fieldQuoted = false;
                addRow(rows, row, maxRows, line);
                row = new ArrayList<>();
                line++;
            } else if (c == '"' && field.length() == 0 && !fieldQuoted) {
                quoted = true;
                fieldQuoted = true;
            } else {
                append(field, (char) c, maxFieldChars, line);
            }
        }
        if (quoted) {
            throw new CsvException(line, "line " + line + ": a quoted field is never closed", false);
        }
        if (field.length() > 0 || !row.isEmpty() || fieldQuoted) {
            row.add(field.toString());
            addRow(rows, row, maxRows, line);
        }
        return rows;
    }

    private static void append(StringBuilder field, char c, int max, int line) throws CsvException {
        if (field.length() >= max) {
            throw new CsvException(line, "line " + line + ": a field is longer than " + max + " characters", true);
        }
        field.append(c);
    }

    private static void addRow(List<List<String>> rows, List<String> row, int max, int line) throws CsvException {
        if (rows.size() >= max) {
            throw new CsvException(line, "the file has more than " + max + " rows", true);
        }
        rows.add(row);
    }

    /** Writes one row, each field as {@link #cell} makes it. */
    public static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** What a spreadsheet would run as a formula when a cell starts with it (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /**
     * One field as CSV: a text that a spreadsheet would run as a formula ({@code =HYPERLINK(…)},
     * {@code +…}, {@code -…}, {@code @…}, a leading tab or carriage return) is prefixed with an
     * apostrophe, which spreadsheets show as text, while a plain number such as {@code -12.5} stays
     * a number; then quoted if it holds a comma, a quote, a line break or surrounding spaces.
     * Every CSV the project writes goes through here.
     */
    public static String cell(String value) {
        String f = value == null ? "" : value;
        if (!f.isEmpty() && FORMULA_STARTS.indexOf(f.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(f).matches()) {
            f = "'" + f;
        }
        if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                || (!f.isEmpty() && (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(f.length() - 1))))) {
            return '"' + f.replace("\"", "\"\"") + '"';
        }
        return f;
    }

    /** A field read back as it was before {@link #cell} neutralised it, so a template survives its round trip. */
    public static String restored(String field) {
        return field.length() >= 2 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0
                ? field.substring(1) : field;
    }
}
