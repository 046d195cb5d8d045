package org.neascn.framework.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.InputLimits;

/** The blank template a city officer downloads to write a new plan. */
class BlankTemplateTest {

    private static byte[] blank() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScapSpreadsheet.exportBlankXlsx(out);
        return out.toByteArray();
    }

    @Test
    void blankTemplateHasEverySheetWithItsHeaderAndThePlanFields() throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank()))) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            List<String> expected = new java.util.ArrayList<>(List.of(Layout.INSTRUCTIONS));
            expected.addAll(Layout.SHEETS);
            expected.add("Lists");
            assertEquals(expected, names);
            Sheet projects = wb.getSheet(Layout.PROJECTS);
            assertEquals("Project ID", projects.getRow(0).getCell(0).getStringCellValue());
            assertEquals(0, projects.getLastRowNum());
            Sheet plan = wb.getSheet(Layout.PLAN);
            for (int i = 0; i < Layout.PLAN_FIELDS.size(); i++) {
                assertEquals(Layout.PLAN_FIELDS.get(i), plan.getRow(i + 1).getCell(0).getStringCellValue());
            }
        }
    }

    @Test
    void blankTemplateImportedAsItIsNamesTheMissingPlanCells() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ScapSpreadsheet.importXlsx(
                new ByteArrayInputStream(blank()), InputLimits.standard(), TemplateFiles.context()));
        assertEquals(ImportRejectedException.Reason.INVALID_CONTENT, e.reason());
        assertTrue(e.problems().stream().anyMatch(p -> p.sheet().equals(Layout.PLAN) && p.row() == 2), e.getMessage());
    }
}
