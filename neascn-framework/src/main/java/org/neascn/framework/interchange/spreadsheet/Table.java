package org.neascn.framework.interchange.spreadsheet;

import java.util.List;

/**
 * One sheet of the template as plain text cells: the header and the rows below it, each
 * with the row number a person sees (1 is the header in a spreadsheet, a line in a CSV).
 */
record Table(String sheet, List<String> header, List<Row> rows) {

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A row of cells; missing trailing cells read as empty. */
    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            if (column >= cells.size() || cells.get(column) == null) {
                return "";
            }
            return cells.get(column).strip();
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
