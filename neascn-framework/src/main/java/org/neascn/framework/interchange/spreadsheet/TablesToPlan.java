package org.neascn.framework.interchange.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusArea;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Reads the template's sheets back into a plan and its projects, collecting every problem
 * rather than stopping at the first, and producing nothing unless there is none.
 */
final class TablesToPlan {

    final ImportContext context;
    final List<ImportProblem> problems = new ArrayList<>();
    final Translations translations = new Translations();

    private TablesToPlan(ImportContext context) {
        this.context = context;
    }

    static ImportedPlan read(Map<String, Table> tables, ImportContext context) {
        TablesToPlan reader = new TablesToPlan(context);
        ImportedPlan plan = reader.readAll(tables);
        if (!reader.problems.isEmpty()) {
            throw new ImportRejectedException(ImportRejectedException.Reason.INVALID_CONTENT, reader.problems);
        }
        return plan;
    }

    private ImportedPlan readAll(Map<String, Table> tables) {
        for (String sheet : Layout.SHEETS) {
            Table t = tables.get(sheet);
            if (t == null && !Layout.REQUIRED_SHEETS.contains(sheet)) {
                tables.put(sheet, new Table(sheet, Layout.header(sheet), List.of()));
            } else if (t == null) {
                problems.add(new ImportProblem(sheet, 0, "", "the sheet '" + sheet + "' is missing; start from a fresh template"));
            } else if (!headerMatches(t)) {
                problems.add(new ImportProblem(sheet, 1, "", "the columns must be, in this order: "
                        + String.join(", ", Layout.header(sheet))));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        for (Table.Row row : tables.get(Layout.TRANSLATIONS).rows()) {
            readTranslation(row);
        }
        PlanSheet plan = new PlanSheet(this, tables.get(Layout.PLAN));
        TargetSheets targets = new TargetSheets(this, plan.focusAreas);
        List<StrategicTarget> targetList = targets.read(tables.get(Layout.TARGETS), tables.get(Layout.INDICATORS),
                tables.get(Layout.MEASUREMENTS));
        ProjectDetails details = new ProjectDetails(this);
        details.read(tables);
        List<Project> projects = new ProjectSheet(this, plan, details).read(tables.get(Layout.PROJECTS));
        // A detail row is checked against the IDs the Projects sheet lists, even a row that has a problem of its own.
        details.refuseUnknown(tables.get(Layout.PROJECTS).rows().stream().map(r -> r.cell(0).strip())
                .collect(Collectors.toSet()));
        if (!problems.isEmpty()) {
            return null;
        }
        Scap scap = attempt(Layout.PLAN, 0, "", () -> new Scap(plan.id, context.network(), plan.member, plan.version,
                plan.period, plan.vision, plan.focusAreas, targetList,
                projects.stream().map(Project::id).collect(Collectors.toList()), plan.status));
        return scap == null ? null : new ImportedPlan(scap, projects);
    }

    private boolean headerMatches(Table t) {
        List<String> expected = Layout.header(t.sheet());
        int required = t.sheet().equals(Layout.PROJECTS) ? Layout.PROJECTS_REQUIRED_COLUMNS : expected.size();
        if (t.header().size() < required) {
            return false;
        }
        for (int i = 0; i < Math.min(expected.size(), t.header().size()); i++) {
            if (!expected.get(i).equalsIgnoreCase(t.header().get(i).strip())) {
                return false;
            }
        }
        return true;
    }

    private void readTranslation(Table.Row row) {
        if (row.isBlank()) {
            return;
        }
        String item = cell(Layout.TRANSLATIONS, row, 0, Cells::required);
        String field = cell(Layout.TRANSLATIONS, row, 1, Cells::required);
        String language = cell(Layout.TRANSLATIONS, row, 2, c -> LocalizedText.canonicalTag(Cells.required(c), "language"));
        String text = cell(Layout.TRANSLATIONS, row, 3, Cells::required);
        boolean original = !row.cell(4).isBlank();
        if (item != null && field != null && language != null && text != null) {
            translations.add(new Translations.Entry(item, field, language, text, original, row.number()));
        }
    }

    /** Reads one cell; a value that breaks a rule becomes a problem there, and null. */
    <T> T cell(String sheet, Table.Row row, int column, java.util.function.Function<String, T> parse) {
        return attempt(sheet, row.number(), Layout.header(sheet).get(column), () -> parse.apply(row.cell(column)));
    }

    <T> T attempt(String sheet, int row, String column, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidValueException e) {
            problems.add(new ImportProblem(sheet, row, column.isEmpty() ? e.field() : column, e.rule()));
            return null;
        }
    }

    FocusAreaCode focusArea(String code) {
        FocusAreaCode parsed = new FocusAreaCode(code);
        if (!context.taxonomy().defines(parsed)) {
            throw new InvalidValueException("focusArea", "unknown focus area '" + code + "'; use one of: "
                    + context.taxonomy().focusAreas().stream().map(FocusArea::code).map(FocusAreaCode::value)
                    .collect(Collectors.joining(", ")));
        }
        return parsed;
    }

    SdgTargetCode sdgTarget(String code) {
        SdgTargetCode parsed = new SdgTargetCode(code);
        if (!context.sdgTargets().contains(parsed)) {
            throw new InvalidValueException("sdgTarget", "unknown SDG target '" + code + "'");
        }
        return parsed;
    }

    /** The Plan sheet: one field per row. */
    static final class PlanSheet {
        ScapId id;
        MemberId member;
        int version;
        YearPeriod period;
        ScapStatus status;
        String language;
        LocalizedText vision;
        java.util.Set<FocusAreaCode> focusAreas = new java.util.LinkedHashSet<>();

        PlanSheet(TablesToPlan in, Table sheet) {
            Map<String, Table.Row> fields = new LinkedHashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Table.Row row : sheet.rows()) {
                String name = row.cell(0);
                if (!name.isEmpty()) {
                    if (seen.put(name.toLowerCase(java.util.Locale.ROOT), row.number()) != null) {
                        in.problems.add(new ImportProblem(Layout.PLAN, row.number(), "Field", "'" + name + "' is given twice"));
                    }
                    fields.put(name.toLowerCase(java.util.Locale.ROOT), row);
                }
            }
            for (String f : Layout.PLAN_FIELDS) {
                if (!fields.containsKey(f.toLowerCase(java.util.Locale.ROOT))) {
                    in.problems.add(new ImportProblem(Layout.PLAN, 0, "Field", "the field '" + f + "' is missing"));
                }
            }
            id = value(in, fields, Layout.PLAN_ID, c -> ScapId.of(Cells.required(c)));
            member = value(in, fields, Layout.MEMBER, c -> {
                MemberId m = MemberId.of(Cells.required(c));
                if (!in.context.members().contains(m)) {
                    throw new InvalidValueException("member", "'" + c + "' is not a member of the network");
                }
                return m;
            });
            Integer v = value(in, fields, Layout.VERSION, Cells::year);
            version = v == null ? 1 : v;
            Integer start = value(in, fields, Layout.START_YEAR, Cells::year);
            Integer end = value(in, fields, Layout.END_YEAR, Cells::year);
            if (start != null && end != null) {
                Table.Row row = fields.get(Layout.END_YEAR.toLowerCase(java.util.Locale.ROOT));
                period = in.attempt(Layout.PLAN, row.number(), "Value", () -> new YearPeriod(start, end));
            }
            status = value(in, fields, Layout.STATUS, c -> Cells.choice(c, ScapStatus.class));
            language = value(in, fields, Layout.LANGUAGE, c -> LocalizedText.canonicalTag(Cells.required(c), "language"));
            String lang = language == null ? "en" : language;
            vision = value(in, fields, Layout.VISION, c -> {
                LocalizedText text = in.translations.join(Translations.planItem(), "vision", lang, c);
                if (text == null) {
                    throw new InvalidValueException("vision", "this cell is required");
                }
                return text;
            });
            java.util.Set<FocusAreaCode> areas = value(in, fields, Layout.FOCUS_AREAS, c -> Cells.codes(c, in::focusArea));
            if (areas != null) {
                focusAreas = areas;
            }
        }

        private static <T> T value(TablesToPlan in, Map<String, Table.Row> fields, String name,
                                   java.util.function.Function<String, T> parse) {
            Table.Row row = fields.get(name.toLowerCase(java.util.Locale.ROOT));
            return row == null ? null : in.attempt(Layout.PLAN, row.number(), "Value", () -> parse.apply(row.cell(1)));
        }
    }

    static ProjectId projectId(String cell) {
        return ProjectId.of(Cells.required(cell));
    }
}
