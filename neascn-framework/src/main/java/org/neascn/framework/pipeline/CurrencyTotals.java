package org.neascn.framework.pipeline;

import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;

/**
 * The money of the projects of a group whose cost is stated in one currency, in that currency:
 * no rate is needed to read it. Secured funding in another currency is netted through a supplied
 * rate; a project whose funding cannot be netted adds its cost but neither its secured funding
 * nor its gap, and is counted in {@code notNetted}.
 *
 * @param costed    projects whose total cost is in this currency
 * @param notNetted of those, projects with secured funding in another currency and no rate
 */
public record CurrencyTotals(CurrencyCode currency, int costed, Money totalCost, Money secured, Money gap,
        int notNetted) {

    public CurrencyTotals {
        Require.present(currency, "currency");
        Require.that(costed >= 0, "costed", "must not be negative");
        Require.that(notNetted >= 0 && notNetted <= costed, "notNetted", "must be between 0 and costed");
        Require.present(totalCost, "totalCost");
        Require.present(secured, "secured");
        Require.present(gap, "gap");
    }

    static CurrencyTotals empty(CurrencyCode currency) {
        Money zero = Money.zero(currency);
        return new CurrencyTotals(currency, 0, zero, zero, zero, 0);
    }

    /** @param secured the secured funding in this currency, or null when it could not be netted */
    CurrencyTotals add(Money cost, Money secured) {
        if (secured == null) {
            return new CurrencyTotals(currency, costed + 1, totalCost.plus(cost), this.secured, gap, notNetted + 1);
        }
        return new CurrencyTotals(currency, costed + 1, totalCost.plus(cost), this.secured.plus(secured),
                gap.plus(cost.minusFloorZero(secured)), notNetted);
    }
}
