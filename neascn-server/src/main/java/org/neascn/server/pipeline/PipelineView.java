package org.neascn.server.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.pipeline.CurrencyTotals;
import org.neascn.framework.pipeline.PipelineGroup;
import org.neascn.framework.pipeline.PipelineSummary;
import org.neascn.framework.readiness.Finding;
import org.neascn.model.shared.Money;

/**
 * The pipeline's figures as JSON objects keyed by stage, country, focus area, financing status
 * and member (JSON-B would write a map keyed by a code type as an array of entries). Each group
 * gives its money per original currency; {@code totalCost}, {@code secured} and {@code gap} in
 * the reporting currency appear only when one was asked for.
 *
 * @param filters the filters applied, as given
 */
public record PipelineView(Map<String, List<String>> filters, String currency, Group total,
                           Map<String, Group> byStage, Map<String, Group> byCountry, Map<String, Group> byFocusArea,
                           Map<String, Group> byFinancingStatus, Map<String, Group> byMember,
                           List<ExchangeRate> ratesUsed, Map<String, List<Finding>> findings) {

    /** One group: counts, money per original currency, and converted totals when asked for. */
    public record Group(int projects, int costed, Money totalCost, Money secured, Money gap,
                        Map<String, CurrencyTotals> byCurrency) {

        static Group of(PipelineGroup g) {
            return new Group(g.projects(), g.costed(), g.converted().map(t -> t.totalCost()).orElse(null),
                    g.converted().map(t -> t.secured()).orElse(null), g.converted().map(t -> t.gap()).orElse(null),
                    keyed(g.byCurrency()));
        }
    }

    static PipelineView of(PipelineSummary s, Map<String, List<String>> filters) {
        return new PipelineView(filters, s.currency().map(c -> c.value()).orElse(null), Group.of(s.total()),
                groups(s.byStage()), groups(s.byCountry()), groups(s.byFocusArea()), groups(s.byFinancingStatus()),
                groups(s.byMember()), s.ratesUsed(), keyed(s.findings()));
    }

    private static Map<String, Group> groups(Map<?, PipelineGroup> map) {
        Map<String, Group> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.toString(), Group.of(v)));
        return out;
    }

    /** The map with its keys written as text, in its own order. */
    static <V> Map<String, V> keyed(Map<?, V> map) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }
}
