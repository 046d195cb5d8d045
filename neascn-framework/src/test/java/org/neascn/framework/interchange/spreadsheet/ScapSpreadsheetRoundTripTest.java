package org.neascn.framework.interchange.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.neascn.framework.interchange.InputLimits;

class ScapSpreadsheetRoundTripTest {

    @Test
    void xlsxExportImportsAsTheSamePlan() {
        ImportedPlan back = ScapSpreadsheet.importXlsx(new ByteArrayInputStream(TemplateFiles.xlsx()),
                InputLimits.standard(), TemplateFiles.context());
        assertEquals(TemplateFiles.plan(), back.plan());
    }

    @Test
    void xlsxExportImportsWithTheSameProjects() {
        ImportedPlan back = ScapSpreadsheet.importXlsx(new ByteArrayInputStream(TemplateFiles.xlsx()),
                InputLimits.standard(), TemplateFiles.context());
        assertEquals(TemplateFiles.projects(), back.projects());
    }

    @Test
    void csvExportImportsAsTheSamePlanAndProjects() {
        ImportedPlan back = ScapSpreadsheet.importCsv(new ByteArrayInputStream(TemplateFiles.csv()),
                InputLimits.standard(), TemplateFiles.context());
        assertEquals(TemplateFiles.plan(), back.plan());
        assertEquals(TemplateFiles.projects(), back.projects());
    }
}
