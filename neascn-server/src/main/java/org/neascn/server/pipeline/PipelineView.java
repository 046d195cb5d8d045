package org.neascn.server.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.pipeline.PipelineSummary;
import org.neascn.framework.pipeline.Tally;
import org.neascn.framework.readiness.Finding;

/**
 * The pipeline's figures as JSON objects keyed by stage, country, focus area and financing
 * status (JSON-B would write a map keyed by a code type as an array of entries).
 */
public record PipelineView(String currency, Tally total, Map<String, Tally> byStage, Map<String, Tally> byCountry,
                           Map<String, Tally> byFocusArea, Map<String, Tally> byFinancingStatus,
                           List<ExchangeRate> ratesUsed, Map<String, List<Finding>> findings) {

    static PipelineView of(PipelineSummary s) {
        return new PipelineView(s.currency().value(), s.total(), keyed(s.byStage()), keyed(s.byCountry()),
                keyed(s.byFocusArea()), keyed(s.byFinancingStatus()), s.ratesUsed(), keyed(s.findings()));
    }

    /** The map with its keys written as text, in its own order. */
    static <V> Map<String, V> keyed(Map<?, V> map) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }
}
