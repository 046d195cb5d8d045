package org.neascn.framework.interchange.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Location;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.ProjectType;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Reads the Projects sheet: the fields of a priority project that a plan carries (title,
 * description, focus areas, SDG targets, sector, location, stage, cost, financing status, and,
 * in templates that have them, instruments sought, revenue model, future plans, the expected
 * emission reduction, the project type and the actual start and end).
 * Its funding, implementing agency, documents and challenges come from their own sheets
 * ({@link ProjectDetails}).
 */
final class ProjectSheet {

    private final TablesToPlan in;
    private final TablesToPlan.PlanSheet plan;
    private final ProjectDetails details;

    ProjectSheet(TablesToPlan in, TablesToPlan.PlanSheet plan, ProjectDetails details) {
        this.in = in;
        this.plan = plan;
        this.details = details;
    }

    List<Project> read(Table sheet) {
        String s = Layout.PROJECTS;
        List<Project> projects = new ArrayList<>();
        Set<ProjectId> seen = new HashSet<>();
        for (Table.Row row : sheet.rows()) {
            if (row.isBlank()) {
                continue;
            }
            ProjectId id = in.cell(s, row, 0, TablesToPlan::projectId);
            if (id != null && !seen.add(id)) {
                in.problems.add(new ImportProblem(s, row.number(), "Project ID", "project '" + id + "' is listed twice"));
            }
            String lang = in.cell(s, row, 1, c -> LocalizedText.canonicalTag(Cells.required(c), "language"));
            String item = id == null ? null : Translations.projectItem(id.value());
            LocalizedText title = item == null || lang == null ? null : in.cell(s, row, 2, c -> {
                LocalizedText t = in.translations.join(item, "title", lang, c);
                if (t == null) {
                    throw new InvalidValueException("title", "this cell is required");
                }
                return t;
            });
            LocalizedText description = item == null || lang == null ? null
                    : in.translations.join(item, "description", lang, row.cell(3));
            Set<FocusAreaCode> areas = in.cell(s, row, 4, c -> Cells.codes(c, in::focusArea));
            Set<SdgTargetCode> sdgs = in.cell(s, row, 5, c -> Cells.codes(c, in::sdgTarget));
            String dac = in.cell(s, row, 6, c -> {
                if (!c.isBlank() && !c.matches("[0-9]{5}")) {
                    throw new InvalidValueException("dacSector", "'" + c + "' is not a 5-digit DAC sector code such as 43030");
                }
                return c.isBlank() ? "" : c;
            });
            CountryCode country = in.cell(s, row, 7, c -> CountryCode.of(Cells.required(c).toUpperCase(java.util.Locale.ROOT)));
            LocalizedText place = item == null || lang == null ? null : in.translations.join(item, "place", lang, row.cell(8));
            Double lat = in.cell(s, row, 9, Cells::coordinate);
            Double lon = in.cell(s, row, 10, Cells::coordinate);
            Stage stage = in.cell(s, row, 11, c -> Cells.choice(c, Stage.class));
            BigDecimal cost = in.cell(s, row, 12, c -> c.isBlank() ? null : Cells.number(c));
            CurrencyCode currency = in.cell(s, row, 13, c -> {
                if (c.isBlank()) {
                    if (!row.cell(12).isBlank()) {
                        throw new InvalidValueException("currency", "give the currency of the total cost, such as USD");
                    }
                    return null;
                }
                return CurrencyCode.of(c.toUpperCase(java.util.Locale.ROOT));
            });
            FinancingStatus financing = in.cell(s, row, 14, c -> Cells.choice(c, FinancingStatus.class));
            Set<Instrument> sought = in.cell(s, row, 15, c -> Cells.codes(c, code -> Cells.choice(code, Instrument.class)));
            LocalizedText revenue = item == null || lang == null ? null
                    : in.translations.join(item, "revenueModel", lang, row.cell(16));
            LocalizedText future = item == null || lang == null ? null
                    : in.translations.join(item, "futurePlans", lang, row.cell(17));
            BigDecimal emissions = in.cell(s, row, 18, c -> c.isBlank() ? null : Cells.number(c));
            ProjectType type = in.cell(s, row, 19, c -> c.isBlank() ? null : Cells.choice(c, ProjectType.class));
            LocalDate started = in.cell(s, row, 20, c -> c.isBlank() ? null : Cells.date(c));
            LocalDate ended = in.cell(s, row, 21, c -> c.isBlank() ? null : Cells.date(c));
            if (id == null || title == null || areas == null || sdgs == null || dac == null || country == null
                    || stage == null || financing == null || (cost != null && currency == null) || sought == null
                    || (!row.cell(18).isBlank() && emissions == null) || (!row.cell(19).isBlank() && type == null)
                    || (!row.cell(20).isBlank() && started == null) || (!row.cell(21).isBlank() && ended == null)
                    || plan.member == null || plan.id == null) {
                continue;
            }
            Location location = in.attempt(s, row.number(), "Latitude", () -> new Location(country, place, lat, lon));
            Money total = cost == null ? null : in.attempt(s, row.number(), "Total cost", () -> new Money(cost, currency));
            if (location == null || (cost != null && total == null)) {
                continue;
            }
            ProjectBuilder b = new ProjectBuilder(id, in.context.network(), plan.member, title)
                    .plan(plan.id).description(description).location(location).stage(stage)
                    .totalCost(total).financingStatus(financing).dacSector(dac.isEmpty() ? null : dac)
                    .revenueModel(revenue).futurePlans(future).emissionReductionTco2ePerYear(emissions)
                    .projectType(type).actualStart(started).actualEnd(ended);
            sought.forEach(b::seeks);
            areas.forEach(b::focusArea);
            sdgs.forEach(b::sdgTarget);
            details.apply(id, b);
            Project p = in.attempt(s, row.number(), "", () -> build(b));
            if (p != null) {
                projects.add(p);
            }
        }
        return projects;
    }

    /** The project, or the rule it breaks named by its column where the Projects sheet has one (Actual start). */
    private static Project build(ProjectBuilder b) {
        try {
            return b.build();
        } catch (InvalidValueException e) {
            String column = switch (e.field()) {
                case "actualStart" -> "Actual start";
                case "actualEnd" -> "Actual end";
                default -> null;
            };
            throw column == null ? e : new InvalidValueException(column, e.rule());
        }
    }
}
