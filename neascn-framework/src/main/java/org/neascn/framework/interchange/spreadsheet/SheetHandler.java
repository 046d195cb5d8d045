package org.neascn.framework.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.ImportRejectedException.Reason;
import org.neascn.framework.interchange.InputLimits;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns one worksheet's XML into a {@link Table} as it streams past. Cells are read as the
 * file stores them (shared strings, inline strings, raw numbers); a formula is never
 * evaluated, and its cached result is not trusted either: the officer is asked for the value.
 */
final class SheetHandler extends DefaultHandler {

    private final String sheet;
    private final ReadOnlySharedStringsTable strings;
    private final InputLimits limits;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Table.Row> rows = new ArrayList<>();
    private List<String> header = List.of();

    private int rowNumber;
    private List<String> cells;
    private int column;
    private String type;
    private boolean formula;
    private boolean collecting;
    private final StringBuilder text = new StringBuilder();

    SheetHandler(String sheet, ReadOnlySharedStringsTable strings, InputLimits limits) {
        this.sheet = sheet;
        this.strings = strings;
        this.limits = limits;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    Table table() {
        return new Table(sheet, header, rows);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row":
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                if (rows.size() >= limits.maxRows()) {
                    throw ImportRejectedException.ofFile(Reason.TOO_LARGE, "the sheet '" + sheet + "' has more than "
                            + limits.maxRows() + " rows; a plan needs far fewer");
                }
                cells = new ArrayList<>();
                break;
            case "c":
                String ref = attributes.getValue("r");
                column = ref == null ? (cells == null ? 0 : cells.size()) : new CellReference(ref).getCol();
                type = attributes.getValue("t");
                formula = false;
                text.setLength(0);
                break;
            case "f":
                formula = true;
                break;
            case "v":
            case "t":
                collecting = true;
                break;
            default:
                break;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            if (text.length() + length > limits.maxCellChars()) {
                throw ImportRejectedException.ofFile(Reason.TOO_LARGE, "a cell on the sheet '" + sheet
                        + "' holds more than " + limits.maxCellChars() + " characters");
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v":
            case "t":
                collecting = false;
                break;
            case "c":
                endCell();
                break;
            case "row":
                if (rowNumber == 1) {
                    header = List.copyOf(cells);
                } else {
                    rows.add(new Table.Row(rowNumber, cells));
                }
                cells = null;
                break;
            default:
                break;
        }
    }

    private void endCell() {
        if (cells == null) {
            return;
        }
        String value;
        if (formula) {
            problems.add(new ImportProblem(sheet, rowNumber, columnName(),
                    "the cell holds a formula; type the value itself (formulas are not calculated on import)"));
            value = "";
        } else if ("s".equals(type)) {
            value = sharedString(text.toString());
        } else if ("b".equals(type)) {
            value = "1".equals(text.toString()) ? "TRUE" : "FALSE";
        } else if ("e".equals(type)) {
            problems.add(new ImportProblem(sheet, rowNumber, columnName(), "the cell shows an error (" + text + ")"));
            value = "";
        } else if (type == null || "n".equals(type)) {
            value = number(text.toString());
        } else {
            value = text.toString();
        }
        while (cells.size() < column) {
            cells.add("");
        }
        if (column < cells.size()) {
            cells.set(column, value);
        } else {
            cells.add(value);
        }
    }

    /**
     * A numeric cell as the plain decimal it stands for: Excel stores 35 as "35.0" or
     * 120000000 as "1.2E8", and a plan means the number, not its spelling.
     */
    private static String number(String raw) {
        if (raw.isBlank()) {
            return "";
        }
        try {
            return new java.math.BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private String sharedString(String index) {
        try {
            return strings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            problems.add(new ImportProblem(sheet, rowNumber, columnName(), "the cell's text is missing from the workbook"));
            return "";
        }
    }

    private String columnName() {
        return column < header.size() && !header.get(column).isBlank() ? header.get(column)
                : CellReference.convertNumToColString(column);
    }
}
