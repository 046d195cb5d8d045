package org.neascn.framework.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.ImportRejectedException.Reason;
import org.neascn.framework.interchange.InputLimits;

/** What a city officer sees when a filled-in template has mistakes. */
class ScapSpreadsheetProblemsTest {

    /** Projects sheet columns: E focus areas (4), C title (2), M total cost (12). */
    private static byte[] withProjectCell(int column, String value) throws Exception {
        return TemplateFiles.edited(wb -> wb.getSheet("Projects").getRow(1).getCell(column, 
                org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value));
    }

    private static List<ImportProblem> problems(byte[] xlsx) {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ScapSpreadsheet.importXlsx(
                new ByteArrayInputStream(xlsx), InputLimits.standard(), TemplateFiles.context()));
        assertEquals(Reason.INVALID_CONTENT, e.reason());
        return e.problems();
    }

    @Test
    void unknownFocusAreaIsReportedAtItsCell() throws Exception {
        ImportProblem p = problems(withProjectCell(4, "smart-parking")).get(0);
        assertEquals(new ImportProblem("Projects", 2, "Focus areas", p.message()), p);
        assertTrue(p.message().startsWith("unknown focus area 'smart-parking'"), p.message());
    }

    @Test
    void costThatIsNotANumberIsReportedAtItsCell() throws Exception {
        ImportProblem p = problems(withProjectCell(12, "about 5 million")).get(0);
        assertEquals("Total cost", p.column());
        assertEquals("'about 5 million' is not a number", p.message());
    }

    @Test
    void missingRequiredCellIsReportedAtItsCell() throws Exception {
        byte[] xlsx = TemplateFiles.edited(wb -> wb.getSheet("Projects").getRow(2).removeCell(
                wb.getSheet("Projects").getRow(2).getCell(2)));
        ImportProblem p = problems(xlsx).get(0);
        assertEquals(new ImportProblem("Projects", 3, "Title", "this cell is required"), p);
    }

    @Test
    void everyProblemInTheFileIsReportedAtOnce() throws Exception {
        byte[] xlsx = TemplateFiles.edited(wb -> {
            Sheet projects = wb.getSheet("Projects");
            projects.getRow(1).getCell(4).setCellValue("smart-parking");
            projects.getRow(1).getCell(12).setCellValue("lots");
            wb.getSheet("Indicators").getRow(1).getCell(7).setCellValue("last year");
        });
        assertEquals(3, problems(xlsx).size());
    }

    @Test
    void formulaIsRefusedNotCalculated() throws Exception {
        byte[] xlsx = TemplateFiles.edited(wb -> wb.getSheet("Projects").getRow(1).getCell(12).setCellFormula("1000*1000"));
        ImportProblem p = problems(xlsx).get(0);
        assertEquals("Total cost", p.column());
        assertTrue(p.message().contains("formula"), p.message());
    }

    @Test
    void targetUsingAFocusAreaOutsideThePlanIsRefused() throws Exception {
        byte[] xlsx = TemplateFiles.edited(wb -> wb.getSheet("Targets").getRow(1).getCell(3).setCellValue("civic-social"));
        ImportProblem p = problems(xlsx).get(0);
        assertEquals("Targets", p.sheet());
        assertTrue(p.message().contains("not among the plan's focus areas"), p.message());
    }

    @Test
    void missingSheetIsReportedByName() throws Exception {
        byte[] xlsx = TemplateFiles.edited(wb -> wb.removeSheetAt(wb.getSheetIndex("Indicators")));
        assertTrue(problems(xlsx).stream().anyMatch(p -> p.sheet().equals("Indicators") && p.message().contains("missing")));
    }

    @Test
    void anActualEndBeforeTheActualStartIsReportedAtItsColumn() throws Exception {
        ImportProblem p = problems(withProjectCell(21, "2023-05-01")).get(0);
        assertEquals("Projects", p.sheet());
        assertEquals("Actual end", p.column());
        assertTrue(p.message().contains("must not be before the actual start (2023-05-02)"), p.message());
    }

    @Test
    void aProjectTypeOutsideTheListIsReportedAtItsCell() throws Exception {
        ImportProblem p = problems(withProjectCell(19, "NEW_BUILD")).get(0);
        assertEquals(new ImportProblem("Projects", 2, "Project type", p.message()), p);
    }

    @Test
    void csvWithTheSameMistakeReportsItsLine() {
        String csv = new String(TemplateFiles.csv(), java.nio.charset.StandardCharsets.UTF_8)
                .replace(",23630,", ",2363O,");
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> ScapSpreadsheet.importCsv(
                new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                InputLimits.standard(), TemplateFiles.context()));
        ImportProblem p = e.problems().get(0);
        assertEquals("Projects", p.sheet());
        assertEquals("DAC sector", p.column());
        assertTrue(p.row() > 10, "a CSV problem names its line: " + p);
    }
}
