package org.neascn.framework.interchange.spreadsheet;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neascn.framework.pipeline.ChallengeTaxonomy;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.project.ProjectType;
import org.neascn.model.project.Stage;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;

/**
 * The values a coded column offers as a drop-down list, by sheet and column: the enumerations
 * of the model, the currencies, and, when the network is known, its focus areas, the SDG targets
 * and the financing-challenge categories. A column that holds a list of codes (focus areas, SDG
 * targets) offers them without refusing a typed list.
 */
final class Choices {

    /** A column of a sheet and what it offers; {@code many} when the cell may hold several, comma-separated. */
    record Column(String sheet, int column, String list, boolean many) {
    }

    final Map<String, List<String>> lists;
    final List<Column> columns;

    private Choices(Map<String, List<String>> lists, List<Column> columns) {
        this.lists = lists;
        this.columns = columns;
    }

    static Choices of(ImportContext context) {
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        lists.put("stage", names(Stage.values()));
        lists.put("financingStatus", names(FinancingStatus.values()));
        lists.put("projectType", names(ProjectType.values()));
        lists.put("instrument", names(Instrument.values()));
        lists.put("documentType", names(DocumentType.values()));
        lists.put("documentStatus", names(ProjectDocument.Status.values()));
        lists.put("measurementStatus", names(Measurement.MeasurementStatus.values()));
        lists.put("planStatus", names(ScapStatus.values()));
        lists.put("secured", List.of("yes", "no"));
        lists.put("role", names(org.neascn.model.project.OrganisationRole.values()));
        lists.put("outcomeKind", names(ProjectDetails.OutcomeKind.values()));
        lists.put("currency", currencies());
        lists.put("challengeCategory", ChallengeTaxonomy.standard().categories().stream().map(c -> c.code()).toList());
        if (context != null) {
            lists.put("focusArea", context.taxonomy().focusAreas().stream().map(f -> f.code().value()).sorted().toList());
            lists.put("sdgTarget", context.sdgTargets().stream().map(t -> t.value()).sorted(Choices::bySdgNumber).toList());
        }
        List<Column> columns = List.of(
                new Column(Layout.TARGETS, 3, "focusArea", true), new Column(Layout.TARGETS, 4, "sdgTarget", true),
                new Column(Layout.MEASUREMENTS, 4, "measurementStatus", false),
                new Column(Layout.PROJECTS, 4, "focusArea", true), new Column(Layout.PROJECTS, 5, "sdgTarget", true),
                new Column(Layout.PROJECTS, 11, "stage", false), new Column(Layout.PROJECTS, 13, "currency", false),
                new Column(Layout.PROJECTS, 14, "financingStatus", false),
                new Column(Layout.FUNDING, 5, "currency", false), new Column(Layout.FUNDING, 6, "instrument", false),
                new Column(Layout.FUNDING, 7, "secured", false),
                new Column(Layout.DOCUMENTS, 1, "documentType", false), new Column(Layout.DOCUMENTS, 6, "documentStatus", false),
                new Column(Layout.CHALLENGES, 3, "challengeCategory", false),
                new Column(Layout.PROJECTS, 15, "instrument", true), new Column(Layout.PROJECTS, 19, "projectType", false),
                new Column(Layout.PARTICIPANTS, 4, "role", false), new Column(Layout.OUTCOMES, 1, "outcomeKind", false));
        return new Choices(lists, columns.stream().filter(c -> lists.containsKey(c.list())).toList());
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** The currencies ISO 4217 assigns today, as the model accepts them. */
    private static List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).filter(code -> {
            try {
                CurrencyCode.of(code);
                return true;
            } catch (InvalidValueException e) {
                return false;
            }
        }).sorted().collect(Collectors.toList());
    }

    /** 11.6 before 11.a, 2.1 before 11.1: by goal, then target. */
    private static int bySdgNumber(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int goal = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        if (goal != 0) {
            return goal;
        }
        boolean xn = x[1].matches("[0-9]+");
        boolean yn = y[1].matches("[0-9]+");
        return xn && yn ? Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1])) : xn != yn ? (xn ? -1 : 1)
                : x[1].compareTo(y[1]);
    }
}
