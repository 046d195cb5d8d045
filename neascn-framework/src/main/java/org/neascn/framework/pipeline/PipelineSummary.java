package org.neascn.framework.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.readiness.Finding;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * The pipeline at a glance: per group, counts and money in each original currency, and in one
 * reporting currency when one was asked for. A project with several focus areas counts under
 * each, so the focus-area groups add up to more than the total.
 *
 * @param currency  the reporting currency, when converted totals were asked for
 * @param ratesUsed the supplied rates that converted or netted at least one amount, with their
 *                  day and source, so a reader can see what stands behind the figures
 * @param findings  per project, data that kept it out of the sums or contradicts itself
 */
public record PipelineSummary(
        Optional<CurrencyCode> currency,
        PipelineGroup total,
        Map<Stage, PipelineGroup> byStage,
        Map<CountryCode, PipelineGroup> byCountry,
        Map<FocusAreaCode, PipelineGroup> byFocusArea,
        Map<FinancingStatus, PipelineGroup> byFinancingStatus,
        Map<MemberId, PipelineGroup> byMember,
        List<ExchangeRate> ratesUsed,
        Map<ProjectId, List<Finding>> findings) {

    public PipelineSummary {
        Require.present(currency, "currency");
        Require.present(total, "total");
        byStage = Require.map(byStage, "byStage");
        byCountry = Require.map(byCountry, "byCountry");
        byFocusArea = Require.map(byFocusArea, "byFocusArea");
        byFinancingStatus = Require.map(byFinancingStatus, "byFinancingStatus");
        byMember = Require.map(byMember, "byMember");
        ratesUsed = Require.list(ratesUsed, "ratesUsed");
        findings = Require.map(findings, "findings");
    }
}
