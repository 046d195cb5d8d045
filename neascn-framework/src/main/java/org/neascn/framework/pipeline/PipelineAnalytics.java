package org.neascn.framework.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.MissingExchangeRateException;
import org.neascn.framework.readiness.Finding;
import org.neascn.framework.readiness.ProjectFindings;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Counts and sums a pipeline of projects by stage, country, focus area and financing status,
 * with the financing gap, in one reporting currency. Every amount in another currency is
 * converted through a supplied rate; a missing rate is an error naming the pair and the project,
 * never a silent sum.
 */
public final class PipelineAnalytics {

    private PipelineAnalytics() {
    }

    /**
     * @throws MissingExchangeRateException when an amount's currency has no supplied rate to
     *         {@code currency}; the message names the pair and the project's field
     */
    public static PipelineSummary summarise(Collection<Project> projects, CurrencyCode currency, ExchangeRates rates) {
        Require.present(projects, "projects");
        Require.present(currency, "currency");
        Require.present(rates, "rates");
        Tally total = Tally.empty(currency);
        Map<Stage, Tally> byStage = new EnumMap<>(Stage.class);
        Map<CountryCode, Tally> byCountry = new TreeMap<>();
        Map<FocusAreaCode, Tally> byFocus = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        Map<FinancingStatus, Tally> byStatus = new EnumMap<>(FinancingStatus.class);
        Set<ExchangeRate> used = new LinkedHashSet<>();
        Map<ProjectId, List<Finding>> findings = new LinkedHashMap<>();
        for (Project p : projects) {
            Money cost = p.totalCost() == null ? null
                    : convert(p.totalCost(), currency, rates, p, "totalCost", used);
            Money secured = Money.zero(currency);
            for (int i = 0; i < p.funding().size(); i++) {
                Funding f = p.funding().get(i);
                if (f.secured()) {
                    secured = secured.plus(convert(f.amount(), currency, rates, p, "funding[" + i + "].amount", used));
                }
            }
            BiFunction<Object, Tally, Tally> add = addTo(cost, secured);
            total = total.add(cost, secured);
            byStage.compute(p.stage(), (k, old) -> add.apply(k, old == null ? Tally.empty(currency) : old));
            byCountry.compute(p.location().country(), (k, old) -> add.apply(k, old == null ? Tally.empty(currency) : old));
            for (FocusAreaCode f : p.focusAreas()) {
                byFocus.compute(f, (k, old) -> add.apply(k, old == null ? Tally.empty(currency) : old));
            }
            byStatus.compute(p.financingStatus(), (k, old) -> add.apply(k, old == null ? Tally.empty(currency) : old));
            List<Finding> found = ProjectFindings.of(p, rates);
            if (!found.isEmpty()) {
                findings.put(p.id(), found);
            }
        }
        return new PipelineSummary(currency, total, byStage, byCountry, byFocus, byStatus, new ArrayList<>(used),
                findings);
    }

    private static BiFunction<Object, Tally, Tally> addTo(Money cost, Money secured) {
        return (key, tally) -> tally.add(cost, secured);
    }

    private static Money convert(Money amount, CurrencyCode currency, ExchangeRates rates, Project p, String field,
            Set<ExchangeRate> used) {
        if (amount.currency().equals(currency)) {
            return amount;
        }
        Money converted = rates.convertOrThrow(amount, currency, "project " + p.id() + " " + field);
        used.add(rates.between(amount.currency(), currency).orElseThrow());
        return converted;
    }
}
