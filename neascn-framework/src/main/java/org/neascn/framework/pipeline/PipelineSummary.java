package org.neascn.framework.pipeline;

import java.util.List;
import java.util.Map;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.readiness.Finding;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * The pipeline at a glance, in one currency. A project with several focus areas counts under
 * each, so the focus-area tallies add up to more than the total.
 *
 * @param ratesUsed the supplied rates that converted at least one amount, so a reader can
 *                  see which rate and which day stand behind the figures
 * @param findings  per project, data that kept it out of the sums or contradicts itself
 */
public record PipelineSummary(
        CurrencyCode currency,
        Tally total,
        Map<Stage, Tally> byStage,
        Map<CountryCode, Tally> byCountry,
        Map<FocusAreaCode, Tally> byFocusArea,
        Map<FinancingStatus, Tally> byFinancingStatus,
        List<ExchangeRate> ratesUsed,
        Map<ProjectId, List<Finding>> findings) {

    public PipelineSummary {
        Require.present(currency, "currency");
        Require.present(total, "total");
        byStage = Require.map(byStage, "byStage");
        byCountry = Require.map(byCountry, "byCountry");
        byFocusArea = Require.map(byFocusArea, "byFocusArea");
        byFinancingStatus = Require.map(byFinancingStatus, "byFinancingStatus");
        ratesUsed = Require.list(ratesUsed, "ratesUsed");
        findings = Require.map(findings, "findings");
    }
}
