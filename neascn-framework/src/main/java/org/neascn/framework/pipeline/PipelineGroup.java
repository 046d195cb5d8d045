package org.neascn.framework.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;

/**
 * The projects of one group of the pipeline (a stage, a member, a country ...): how many, their
 * money in each currency their costs are stated in, and, when a reporting currency was asked
 * for, the same converted through the supplied rates.
 *
 * @param byCurrency the totals per original currency, in the order of the currency codes
 * @param converted  the totals in the reporting currency, when one was asked for
 */
public record PipelineGroup(int projects, int costed, Map<CurrencyCode, CurrencyTotals> byCurrency,
        Optional<Tally> converted) {

    private static final java.util.Comparator<CurrencyCode> BY_CODE = java.util.Comparator.comparing(CurrencyCode::value);

    public PipelineGroup {
        Require.that(projects >= 0, "projects", "must not be negative");
        Require.that(costed >= 0 && costed <= projects, "costed", "must be between 0 and the number of projects");
        byCurrency = Require.map(byCurrency, "byCurrency");
        Require.present(converted, "converted");
    }

    static PipelineGroup empty(Optional<CurrencyCode> reporting) {
        return new PipelineGroup(0, 0, Map.of(), reporting.map(Tally::empty));
    }

    /**
     * @param cost            the project's cost, or null
     * @param securedInCost   its secured funding in the cost's currency, or null when not nettable
     * @param convertedCost   the cost in the reporting currency (null without one, or without cost)
     * @param convertedSecured the secured funding in the reporting currency
     */
    PipelineGroup add(Money cost, Money securedInCost, Money convertedCost, Money convertedSecured) {
        Map<CurrencyCode, CurrencyTotals> totals = byCurrency;
        if (cost != null) {
            totals = new TreeMap<>(BY_CODE);
            totals.putAll(byCurrency);
            totals.merge(cost.currency(), CurrencyTotals.empty(cost.currency()).add(cost, securedInCost),
                    (old, one) -> old.add(cost, securedInCost));
        }
        Optional<Tally> sum = converted.map(t -> t.add(convertedCost, convertedSecured));
        return new PipelineGroup(projects + 1, costed + (cost == null ? 0 : 1), totals, sum);
    }
}
