package org.neascn.framework.interchange.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
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
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Stage;

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
            Layout.PROJECTS, Set.of(9, 10, 12));
    private static final Set<String> NUMERIC_PLAN_FIELDS = Set.of(Layout.VERSION, Layout.START_YEAR, Layout.END_YEAR);
    /** Rows the drop-down lists cover, so that rows an officer adds get them too. */
    private static final int VALIDATED_ROWS = 500;

    private XlsxWriter() {
    }

    static void write(List<Table> tables, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
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
                if (table.sheet().equals(Layout.PROJECTS)) {
                    dropDown(sheet, 11, Stage.values());
                    dropDown(sheet, 14, FinancingStatus.values());
                }
            }
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

    private static void dropDown(Sheet sheet, int column, Enum<?>[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] names = Arrays.stream(values).map(Enum::name).toArray(String[]::new);
        var validation = helper.createValidation(helper.createExplicitListConstraint(names),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }
}
