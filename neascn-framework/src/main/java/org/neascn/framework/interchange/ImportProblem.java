package org.neascn.framework.interchange;

/**
 * One thing wrong with an imported file, said where a person finds it: the sheet (or part of
 * a JSON bundle), the row (1-based as a spreadsheet shows it; 0 for the file as a whole) and
 * the column, with a message a city officer understands.
 *
 * @param column the column's header or field name, or an empty text for the whole row or file
 */
public record ImportProblem(String sheet, int row, String column, String message) {

    public ImportProblem {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    /** A problem with the file as a whole (too large, not a spreadsheet, not UTF-8). */
    public static ImportProblem ofFile(String message) {
        return new ImportProblem("", 0, "", message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (!sheet.isEmpty()) {
            where.append(sheet);
        }
        if (row > 0) {
            where.append(where.length() > 0 ? ", " : "").append("row ").append(row);
        }
        if (!column.isEmpty()) {
            where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return where.length() == 0 ? message : where + ": " + message;
    }
}
