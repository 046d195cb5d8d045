package org.neascn.framework.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.MissingExchangeRateException;
import org.neascn.framework.readiness.Finding;
import org.neascn.framework.readiness.ProjectFindings;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * Counts and sums a pipeline of projects by stage, country, focus area, financing status and
 * member. Money is totalled in each currency it is stated in, which needs no rate; totals in a
 * reporting currency are made only when one is asked for, every amount in another currency
 * converted through a supplied rate that names its day and its source. A missing rate is an
 * error naming the pair and the project, never a silent sum; a rate without a source is refused
 * for a converted total, which must say who published each rate it stands on.
 */
public final class PipelineAnalytics {

    private PipelineAnalytics() {
    }

    /** {@link #summarise(Collection, Optional, ExchangeRates)} with a reporting currency. */
    public static PipelineSummary summarise(Collection<Project> projects, CurrencyCode currency, ExchangeRates rates) {
        return summarise(projects, Optional.of(Require.present(currency, "currency")), rates);
    }

    /**
     * @param currency the reporting currency, or empty for totals in the original currencies only
     * @throws MissingExchangeRateException when an amount's currency has no supplied rate to
     *         {@code currency}; the message names the pair and the project's field
     * @throws InvalidValueException (field {@code rate}) when a rate a converted total uses
     *         names no source
     */
    public static PipelineSummary summarise(Collection<Project> projects, Optional<CurrencyCode> currency,
            ExchangeRates rates) {
        Require.present(projects, "projects");
        Require.present(currency, "currency");
        Require.present(rates, "rates");
        PipelineGroup empty = PipelineGroup.empty(currency);
        PipelineGroup total = empty;
        Map<Stage, PipelineGroup> byStage = new EnumMap<>(Stage.class);
        Map<CountryCode, PipelineGroup> byCountry = new TreeMap<>();
        Map<FocusAreaCode, PipelineGroup> byFocus = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        Map<FinancingStatus, PipelineGroup> byStatus = new EnumMap<>(FinancingStatus.class);
        Map<MemberId, PipelineGroup> byMember = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        Set<ExchangeRate> used = new LinkedHashSet<>();
        Map<ProjectId, List<Finding>> findings = new LinkedHashMap<>();
        for (Project p : projects) {
            Money cost = p.totalCost();
            Money securedInCost = cost == null ? null : securedIn(p, cost.currency(), rates, used);
            Money convertedCost = null;
            Money convertedSecured = null;
            if (currency.isPresent()) {
                CurrencyCode c = currency.get();
                convertedCost = cost == null ? null : convert(cost, c, rates, p, "totalCost", used);
                convertedSecured = Money.zero(c);
                for (int i = 0; i < p.funding().size(); i++) {
                    Funding f = p.funding().get(i);
                    if (f.secured()) {
                        convertedSecured = convertedSecured.plus(
                                convert(f.amount(), c, rates, p, "funding[" + i + "].amount", used));
                    }
                }
            }
            Money cc = convertedCost;
            Money cs = convertedSecured;
            UnaryOperator<PipelineGroup> add = g -> g.add(cost, securedInCost, cc, cs);
            total = add.apply(total);
            byStage.put(p.stage(), add.apply(byStage.getOrDefault(p.stage(), empty)));
            byCountry.put(p.location().country(), add.apply(byCountry.getOrDefault(p.location().country(), empty)));
            for (FocusAreaCode f : p.focusAreas()) {
                byFocus.put(f, add.apply(byFocus.getOrDefault(f, empty)));
            }
            byStatus.put(p.financingStatus(), add.apply(byStatus.getOrDefault(p.financingStatus(), empty)));
            byMember.put(p.member(), add.apply(byMember.getOrDefault(p.member(), empty)));
            List<Finding> found = ProjectFindings.of(p, rates);
            if (!found.isEmpty()) {
                findings.put(p.id(), found);
            }
        }
        if (currency.isPresent()) {
            for (ExchangeRate r : used) {
                if (r.source().isEmpty()) {
                    throw new InvalidValueException("rate", "the " + r.from() + "/" + r.to() + " rate of " + r.asOf()
                            + " names no source; a converted total says who published each rate it uses: write it as "
                            + r.from() + "/" + r.to() + ":" + r.rate().toPlainString() + "@" + r.asOf() + "~publisher");
                }
            }
        }
        return new PipelineSummary(currency, total, byStage, byCountry, byFocus, byStatus, byMember,
                new ArrayList<>(used), findings);
    }

    /** The secured funding in the cost's currency, or null when an amount has no rate to it. */
    private static Money securedIn(Project p, CurrencyCode currency, ExchangeRates rates, Set<ExchangeRate> used) {
        Money sum = Money.zero(currency);
        for (Funding f : p.funding()) {
            if (!f.secured()) {
                continue;
            }
            Optional<Money> converted = rates.convert(f.amount(), currency);
            if (converted.isEmpty()) {
                return null;
            }
            if (!f.amount().currency().equals(currency)) {
                used.add(rates.between(f.amount().currency(), currency).orElseThrow());
            }
            sum = sum.plus(converted.get());
        }
        return sum;
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
