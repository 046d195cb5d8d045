package org.neascn.framework.interchange.spreadsheet;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.neascn.framework.interchange.InputLimits;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;

/**
 * The SCAP template, as XLSX or CSV: export a plan with its projects for a city officer to
 * fill in, and import it back. An import returns the complete plan or throws an {@link
 * org.neascn.framework.interchange.ImportRejectedException} listing every problem with its
 * sheet, row and column; nothing is ever half-imported.
 *
 * <pre>{@code
 * ScapSpreadsheet.exportXlsx(plan, projects, response.getOutputStream());
 * ImportedPlan imported = ScapSpreadsheet.importXlsx(request.getInputStream(), InputLimits.standard(), context);
 * }</pre>
 */
public final class ScapSpreadsheet {

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";

    private ScapSpreadsheet() {
    }

    /** Writes the plan and its projects as an XLSX workbook; the stream is flushed, not closed. */
    public static void exportXlsx(Scap plan, List<Project> projects, OutputStream out) {
        exportXlsx(plan, projects, null, out);
    }

    /**
     * Writes the plan and its projects as an XLSX workbook with drop-down lists of the network's
     * focus areas and the SDG targets besides the fixed codes ({@code network} may be null).
     */
    public static void exportXlsx(Scap plan, List<Project> projects, ImportContext network, OutputStream out) {
        XlsxWriter.write(PlanToTables.tables(plan, projects), Choices.of(network), out);
    }

    /** Writes the plan and its projects as one UTF-8 CSV file; the stream is flushed, not closed. */
    public static void exportCsv(Scap plan, List<Project> projects, OutputStream out) {
        CsvTemplate.write(PlanToTables.tables(plan, projects), out);
    }

    /** Writes the blank XLSX template a city officer fills in for a new plan; flushed, not closed. */
    public static void exportBlankXlsx(OutputStream out) {
        exportBlankXlsx(null, out);
    }

    /** The blank XLSX template with the network's focus areas and the SDG targets as drop-down lists. */
    public static void exportBlankXlsx(ImportContext network, OutputStream out) {
        XlsxWriter.write(PlanToTables.empty(), Choices.of(network), out);
    }

    /** Reads a filled-in XLSX template, all or nothing. */
    public static ImportedPlan importXlsx(InputStream in, InputLimits limits, ImportContext context) {
        return TablesToPlan.read(XlsxReader.read(in, limits), context);
    }

    /** Reads a filled-in CSV template, all or nothing. */
    public static ImportedPlan importCsv(InputStream in, InputLimits limits, ImportContext context) {
        return TablesToPlan.read(CsvTemplate.read(in, limits), context);
    }
}
