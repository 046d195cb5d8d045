package org.neascn.framework.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.model.project.Project;

/** What makes the template fillable by a city officer: instructions, examples, drop-down lists. */
class ScapSpreadsheetTemplateTest {

    private static XSSFWorkbook blank() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScapSpreadsheet.exportBlankXlsx(TemplateFiles.context(), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theInstructionsComeFirstInTheNetworksSixLanguagesWithALineForEverySheet() throws Exception {
        try (XSSFWorkbook wb = blank()) {
            Sheet instructions = wb.getSheetAt(0);
            assertEquals(Layout.INSTRUCTIONS, instructions.getSheetName());
            Row header = instructions.getRow(0);
            assertEquals(List.of("en", "ko", "ja", "zh-Hans", "ru", "mn"), List.of(header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue(),
                    header.getCell(6).getStringCellValue()));
            Set<String> explained = new HashSet<>();
            for (Row row : instructions) {
                String sheet = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (sheet.equals("Example rows")) {
                    break;
                }
                if (row.getRowNum() > 0 && row.getCell(6) != null && !row.getCell(6).getStringCellValue().isBlank()) {
                    explained.add(sheet);
                }
            }
            assertTrue(explained.containsAll(Layout.SHEETS), "sheets without instructions: " + explained);
        }
    }

    @Test
    void everyCodedColumnHasADropDownList() throws Exception {
        try (XSSFWorkbook wb = blank()) {
            Map<String, Set<Integer>> validated = new HashMap<>();
            for (String sheet : Layout.SHEETS) {
                for (DataValidation v : wb.getSheet(sheet).getDataValidations()) {
                    for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                        validated.computeIfAbsent(sheet, k -> new HashSet<>()).add(range.getFirstColumn());
                    }
                }
            }
            for (Choices.Column c : Choices.of(TemplateFiles.context()).columns) {
                assertTrue(validated.getOrDefault(c.sheet(), Set.of()).contains(c.column()),
                        () -> c.sheet() + " column " + Layout.header(c.sheet()).get(c.column()) + " has no list");
            }
            assertEquals(18, Choices.of(TemplateFiles.context()).columns.size(),
                    "focus areas, SDG targets, stages, statuses, currencies, instruments, document types, challenge categories, "
                    + "roles, outcome kinds, project types");
            assertTrue(validated.get(Layout.PLAN).contains(1), "the plan's status and focus areas");
        }
    }

    @Test
    void theExampleRowsImportAsAValidProjectWithEveryDetail() {
        Map<String, Table> tables = new HashMap<>();
        for (Table t : PlanToTables.tables(TemplateFiles.plan(), List.of())) {
            tables.put(t.sheet(), t);
        }
        Instructions.examples().forEach((sheet, cells) -> tables.put(sheet,
                new Table(sheet, Layout.header(sheet), List.of(new Table.Row(2, cells)))));
        ImportedPlan imported = TablesToPlan.read(tables, TemplateFiles.context());
        Project example = imported.projects().get(0);
        assertEquals(1, example.funding().size());
        assertTrue(example.implementingAgency() != null && example.documents().size() == 1 && example.challenges().size() == 1
                && example.participants().size() == 1 && example.expectedOutcomes().size() == 1, example::toString);
    }

    @Test
    void aDetailRowForAProjectNotOnTheProjectsSheetIsAProblemThere() {
        Map<String, Table> tables = new HashMap<>();
        for (Table t : PlanToTables.tables(TemplateFiles.plan(), TemplateFiles.projects())) {
            tables.put(t.sheet(), t);
        }
        List<Table.Row> rows = new ArrayList<>(tables.get(Layout.CHALLENGES).rows());
        rows.add(new Table.Row(rows.size() + 2, List.of("no-such-project", "en", "Nobody owns this", "")));
        tables.put(Layout.CHALLENGES, new Table(Layout.CHALLENGES, Layout.CHALLENGES_HEADER, rows));
        ImportRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(ImportRejectedException.class,
                () -> TablesToPlan.read(tables, TemplateFiles.context()));
        assertTrue(e.problems().stream().anyMatch(p -> p.sheet().equals(Layout.CHALLENGES) && p.row() == rows.size() + 1
                && p.message().contains("no-such-project")), e.getMessage());
    }
}
