package org.neascn.framework.interchange.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the template's sheets as an XLSX workbook: a bold header row, numbers as numeric
 * cells (so Excel sums them), everything else as text (so codes such as 01 keep their
 * zeros), and drop-down lists where the answer is one of a few values.
 */
final class XlsxWriter {

    /** Columns holding numbers, by sheet; the Plan sheet's numbers are found by field name. */
    private static final Map<String, Set<Integer>> NUMERIC = Map.of(
            Layout.INDICATORS, Set.of(6, 7, 8, 9),
            Layout.MEASUREMENTS, Set.of(3),
            Layout.PROJECTS, Set.of(9, 10, 12, 18),
            Layout.FUNDING, Set.of(4));
    private static final Set<String> NUMERIC_PLAN_FIELDS = Set.of(Layout.VERSION, Layout.START_YEAR, Layout.END_YEAR);
    /** Rows the drop-down lists cover, so that rows an officer adds get them too. */
    private static final int VALIDATED_ROWS = 500;

    private XlsxWriter() {
    }

    static void write(List<Table> tables, Choices choices, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            writeInstructions(workbook, bold);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.sheet());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                Set<Integer> numeric = NUMERIC.getOrDefault(table.sheet(), Set.of());
                for (Table.Row row : table.rows()) {
                    Row r = sheet.createRow(row.number() - 1);
                    boolean planNumber = table.sheet().equals(Layout.PLAN) && NUMERIC_PLAN_FIELDS.contains(row.cell(0));
                    for (int c = 0; c < row.cells().size(); c++) {
                        String value = row.cell(c);
                        if (value.isEmpty()) {
                            continue;
                        }
                        boolean number = numeric.contains(c) || (planNumber && c == 1);
                        Double exact = number ? exactDouble(value) : null;
                        if (exact != null) {
                            r.createCell(c).setCellValue(exact);
                        } else {
                            r.createCell(c).setCellValue(value);
                        }
                    }
                }
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.setColumnWidth(c, 20 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            writeChoices(workbook, choices);
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the SCAP template could not be written", e);
        }
    }

    /** The number as a double when the double holds it exactly; otherwise it stays text. */
    private static Double exactDouble(String value) {
        try {
            BigDecimal decimal = new BigDecimal(value);
            double d = decimal.doubleValue();
            // Only numbers whose spelling survives the trip through a double (no 35.50, no 17 digits).
            boolean canonical = decimal.stripTrailingZeros().toPlainString().equals(value);
            return canonical && Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(decimal) == 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The Instructions sheet first, so that it is what a workbook opens on. */
    private static void writeInstructions(XSSFWorkbook workbook, CellStyle bold) {
        Sheet sheet = workbook.createSheet(Layout.INSTRUCTIONS);
        int r = 0;
        Row header = sheet.createRow(r++);
        header.createCell(0).setCellValue("Sheet");
        List<String> languages = Instructions.languages();
        for (int c = 0; c < languages.size(); c++) {
            header.createCell(c + 1).setCellValue(languages.get(c));
            header.getCell(c + 1).setCellStyle(bold);
            sheet.setColumnWidth(c + 1, 60 * 256);
        }
        for (List<String> line : Instructions.lines()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.size(); c++) {
                row.createCell(c).setCellValue(line.get(c));
            }
        }
        r++;
        sheet.createRow(r++).createCell(0).setCellValue("Example rows");
        sheet.getRow(r - 1).getCell(0).setCellStyle(bold);
        for (Map.Entry<String, List<String>> example : Instructions.examples().entrySet()) {
            Row head = sheet.createRow(r++);
            head.createCell(0).setCellValue(example.getKey());
            head.getCell(0).setCellStyle(bold);
            List<String> columns = Layout.header(example.getKey());
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c + 1).setCellValue(columns.get(c));
                head.getCell(c + 1).setCellStyle(bold);
            }
            Row row = sheet.createRow(r++);
            for (int c = 0; c < example.getValue().size(); c++) {
                row.createCell(c + 1).setCellValue(example.getValue().get(c));
            }
        }
        sheet.setColumnWidth(0, 22 * 256);
    }

    /**
     * Drop-down lists on every coded column. The values live in a hidden sheet, because Excel
     * limits a list typed into the validation to 255 characters (the SDG targets alone are more);
     * a column that may hold several codes shows its list without refusing a typed list.
     */
    private static void writeChoices(XSSFWorkbook workbook, Choices choices) {
        Sheet lists = workbook.createSheet(LISTS);
        int column = 0;
        Map<String, String> ranges = new java.util.HashMap<>();
        for (Map.Entry<String, List<String>> list : choices.lists.entrySet()) {
            for (int i = 0; i < list.getValue().size(); i++) {
                Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                row.createCell(column).setCellValue(list.getValue().get(i));
            }
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
            ranges.put(list.getKey(), LISTS + "!$" + letter + "$1:$" + letter + "$" + Math.max(1, list.getValue().size()));
            column++;
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        for (Choices.Column c : choices.columns) {
            Sheet sheet = workbook.getSheet(c.sheet());
            if (sheet != null) {
                dropDown(sheet, c.column(), ranges.get(c.list()), !c.many());
            }
        }
        Sheet plan = workbook.getSheet(Layout.PLAN);
        for (Row row : plan) {
            String field = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
            if (field.equals(Layout.STATUS)) {
                planDropDown(plan, row.getRowNum(), ranges.get("planStatus"), true);
            } else if (field.equals(Layout.FOCUS_AREAS) && ranges.containsKey("focusArea")) {
                planDropDown(plan, row.getRowNum(), ranges.get("focusArea"), false);
            }
        }
    }

    private static final String LISTS = "Lists";

    private static void dropDown(Sheet sheet, int column, String range, boolean strict) {
        validate(sheet, new CellRangeAddressList(1, VALIDATED_ROWS, column, column), range, strict);
    }

    private static void planDropDown(Sheet sheet, int row, String range, boolean strict) {
        validate(sheet, new CellRangeAddressList(row, row, 1, 1), range, strict);
    }

    private static void validate(Sheet sheet, CellRangeAddressList cells, String range, boolean strict) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var validation = helper.createValidation(helper.createFormulaListConstraint(range), cells);
        validation.setShowErrorBox(strict);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
