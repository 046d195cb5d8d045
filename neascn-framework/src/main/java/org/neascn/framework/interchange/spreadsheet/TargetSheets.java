package org.neascn.framework.interchange.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/** Reads the Targets, Indicators and Measurements sheets into strategic targets. */
final class TargetSheets {

    private final TablesToPlan in;
    private final Set<FocusAreaCode> planAreas;

    TargetSheets(TablesToPlan in, Set<FocusAreaCode> planAreas) {
        this.in = in;
        this.planAreas = planAreas;
    }

    private static final class Draft {
        String key;
        LocalizedText text;
        Set<FocusAreaCode> areas;
        Set<SdgTargetCode> sdgs;
        int row;
        final Map<String, IndicatorDraft> indicators = new LinkedHashMap<>();
    }

    private static final class IndicatorDraft {
        String key;
        LocalizedText name;
        IndicatorCode code;
        String unit;
        BigDecimal baseline;
        Integer baselineYear;
        BigDecimal target;
        Integer targetYear;
        int row;
        final List<Measurement> measurements = new ArrayList<>();
    }

    List<StrategicTarget> read(Table targets, Table indicators, Table measurements) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        String sheet = Layout.TARGETS;
        for (Table.Row row : targets.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Draft d = new Draft();
            d.row = row.number();
            d.key = in.cell(sheet, row, 0, c -> org.neascn.model.shared.Identifier.check(Cells.required(c), "key"));
            String lang = in.cell(sheet, row, 1, c -> LocalizedText.canonicalTag(Cells.required(c), "language"));
            d.text = lang == null || d.key == null ? null
                    : in.cell(sheet, row, 2, c -> text(Translations.targetItem(d.key), "text", lang, c));
            d.areas = in.cell(sheet, row, 3, c -> Cells.codes(c, this::planArea));
            d.sdgs = in.cell(sheet, row, 4, c -> Cells.codes(c, in::sdgTarget));
            if (d.key != null && drafts.putIfAbsent(d.key, d) != null) {
                in.problems.add(new ImportProblem(sheet, row.number(), "Target key", "target '" + d.key + "' is listed twice"));
            }
        }
        sheet = Layout.INDICATORS;
        for (Table.Row row : indicators.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Draft target = in.cell(sheet, row, 0, c -> known(drafts, c));
            IndicatorDraft i = new IndicatorDraft();
            i.row = row.number();
            i.key = in.cell(sheet, row, 1, c -> org.neascn.model.shared.Identifier.check(Cells.required(c), "key"));
            String lang = in.cell(sheet, row, 2, c -> LocalizedText.canonicalTag(Cells.required(c), "language"));
            if (target != null && i.key != null && lang != null) {
                i.name = in.cell(sheet, row, 3, c -> text(Translations.indicatorItem(target.key, i.key), "name", lang, c));
            }
            i.code = in.cell(sheet, row, 4, c -> c.isBlank() ? null : IndicatorCode.of(c));
            i.unit = in.cell(sheet, row, 5, Cells::required);
            i.baseline = in.cell(sheet, row, 6, Cells::number);
            i.baselineYear = in.cell(sheet, row, 7, Cells::year);
            i.target = in.cell(sheet, row, 8, Cells::number);
            i.targetYear = in.cell(sheet, row, 9, Cells::year);
            if (target != null && i.key != null && target.indicators.putIfAbsent(i.key, i) != null) {
                in.problems.add(new ImportProblem(sheet, row.number(), "Indicator key",
                        "indicator '" + i.key + "' is listed twice for target '" + target.key + "'"));
            }
        }
        sheet = Layout.MEASUREMENTS;
        for (Table.Row row : measurements.rows()) {
            if (row.isBlank()) {
                continue;
            }
            Draft target = in.cell(sheet, row, 0, c -> known(drafts, c));
            IndicatorDraft indicator = target == null ? null : in.cell(sheet, row, 1, c -> {
                IndicatorDraft found = target.indicators.get(c);
                if (found == null) {
                    throw new InvalidValueException("", "target '" + target.key + "' has no indicator '" + c + "' on the Indicators sheet");
                }
                return found;
            });
            var date = in.cell(sheet, row, 2, Cells::date);
            var value = in.cell(sheet, row, 3, Cells::number);
            var status = in.cell(sheet, row, 4, c -> Cells.choice(c, Measurement.MeasurementStatus.class));
            String note = row.cell(5);
            if (indicator != null && date != null && value != null && status != null) {
                Measurement m = in.attempt(sheet, row.number(), "", () -> new Measurement(value, date, status, note));
                if (m != null) {
                    indicator.measurements.add(m);
                }
            }
        }
        return build(drafts);
    }

    private List<StrategicTarget> build(Map<String, Draft> drafts) {
        List<StrategicTarget> result = new ArrayList<>();
        for (Draft d : drafts.values()) {
            List<Indicator> list = new ArrayList<>();
            for (IndicatorDraft i : d.indicators.values()) {
                if (i.name == null || i.unit == null || i.baseline == null || i.baselineYear == null
                        || i.target == null || i.targetYear == null) {
                    continue;
                }
                Indicator built = in.attempt(Layout.INDICATORS, i.row, "", () -> new Indicator(i.key, i.name, i.code,
                        i.unit, new Observation(i.baseline, i.baselineYear), new Observation(i.target, i.targetYear),
                        i.measurements));
                if (built != null) {
                    list.add(built);
                }
            }
            if (d.text != null && d.areas != null && d.sdgs != null) {
                StrategicTarget t = in.attempt(Layout.TARGETS, d.row, "",
                        () -> new StrategicTarget(d.key, d.text, d.areas, d.sdgs, list));
                if (t != null) {
                    result.add(t);
                }
            }
        }
        return result;
    }

    private Draft known(Map<String, Draft> drafts, String key) {
        Draft d = drafts.get(Cells.required(key));
        if (d == null) {
            throw new InvalidValueException("", "there is no target '" + key + "' on the Targets sheet");
        }
        return d;
    }

    private FocusAreaCode planArea(String code) {
        FocusAreaCode area = in.focusArea(code);
        if (!planAreas.contains(area)) {
            throw new InvalidValueException("focusArea", "focus area '" + code
                    + "' is not among the plan's focus areas on the Plan sheet");
        }
        return area;
    }

    private LocalizedText text(String item, String field, String lang, String cell) {
        LocalizedText t = in.translations.join(item, field, lang, cell);
        if (t == null) {
            throw new InvalidValueException(field, "this cell is required");
        }
        return t;
    }
}
