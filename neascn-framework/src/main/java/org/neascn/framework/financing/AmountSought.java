package org.neascn.framework.financing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neascn.model.project.Funding;
import org.neascn.model.project.Project;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Money;

/**
 * The money a project still seeks: its total cost less the funding already secured, in the
 * currency of the cost. Secured funding in another currency is netted only through a supplied
 * rate; without one, the amount is not known and {@link #unknownBecause()} says why.
 */
final class AmountSought {

    private final Money amount;
    private final String unknownBecause;
    private final String derivation;
    private final ExchangeRates rates;
    private final Map<CurrencyCode, Optional<Money>> converted = new HashMap<>(4);

    private AmountSought(Money amount, String unknownBecause, String derivation, ExchangeRates rates) {
        this.amount = amount;
        this.unknownBecause = unknownBecause;
        this.derivation = derivation;
        this.rates = rates;
    }

    static AmountSought of(Project project, ExchangeRates rates) {
        Money cost = project.totalCost();
        if (cost == null) {
            return new AmountSought(null, "the project's total cost is not recorded", null, rates);
        }
        Money secured = Money.zero(cost.currency());
        for (Funding f : project.funding()) {
            if (!f.secured()) {
                continue;
            }
            Optional<Money> inCostCurrency = rates.convert(f.amount(), cost.currency());
            if (inCostCurrency.isEmpty()) {
                return new AmountSought(null, "secured funding of " + f.amount() + " cannot be netted from the cost in "
                        + cost.currency() + ": no " + f.amount().currency() + "/" + cost.currency()
                        + " exchange rate was supplied", null, rates);
            }
            secured = secured.plus(inCostCurrency.get());
        }
        Money sought = cost.minusFloorZero(secured);
        String how = secured.amount().signum() == 0 ? "the total cost of " + cost
                : sought + " still sought (cost " + cost + " less " + secured + " secured)";
        return new AmountSought(sought, null, how, rates);
    }

    boolean isKnown() {
        return amount != null;
    }

    Money amount() {
        return amount;
    }

    String unknownBecause() {
        return unknownBecause;
    }

    /** How the amount was found, for a reason. */
    String derivation() {
        return derivation;
    }

    /** The amount in another currency, through a supplied rate; cached per currency. */
    Optional<Money> in(CurrencyCode currency) {
        return converted.computeIfAbsent(currency, c -> rates.convert(amount, c));
    }

    ExchangeRates rates() {
        return rates;
    }
}
