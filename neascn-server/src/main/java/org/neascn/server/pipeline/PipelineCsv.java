package org.neascn.server.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neascn.model.shared.Money;

/**
 * The pipeline's figures as a table for a spreadsheet: one row per group and original currency
 * (money is never added across currencies without a rate), then, when a reporting currency was
 * asked for, one row per group with the converted totals.
 */
final class PipelineCsv {

    static final List<String> HEADER = List.of("dimension", "group", "projects", "costed", "currency", "totalCost",
            "secured", "gap");

    private PipelineCsv() {
    }

    static List<List<String>> rows(PipelineView view) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        add(rows, "total", Map.of("all", view.total()));
        add(rows, "stage", view.byStage());
        add(rows, "country", view.byCountry());
        add(rows, "focusArea", view.byFocusArea());
        add(rows, "financingStatus", view.byFinancingStatus());
        add(rows, "member", view.byMember());
        return rows;
    }

    private static void add(List<List<String>> rows, String dimension, Map<String, PipelineView.Group> groups) {
        groups.forEach((key, g) -> {
            g.byCurrency().forEach((currency, t) -> rows.add(List.of(dimension, key, String.valueOf(g.projects()),
                    String.valueOf(t.costed()), currency, amount(t.totalCost()), amount(t.secured()), amount(t.gap()))));
            if (g.totalCost() != null) {
                rows.add(List.of(dimension, key, String.valueOf(g.projects()), String.valueOf(g.costed()),
                        g.totalCost().currency().value() + " (converted)", amount(g.totalCost()), amount(g.secured()),
                        amount(g.gap())));
            }
            if (g.byCurrency().isEmpty() && g.totalCost() == null) {
                rows.add(List.of(dimension, key, String.valueOf(g.projects()), String.valueOf(g.costed()), "", "", "", ""));
            }
        });
    }

    private static String amount(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }
}
