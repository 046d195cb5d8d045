package org.neascn.framework.financing;

import java.math.BigDecimal;
import java.util.Optional;
import org.neascn.model.project.Funding;
import org.neascn.model.project.Project;
import org.neascn.model.shared.Money;

/**
 * The money a project still seeks: its total cost less the funding already secured, in the
 * currency of the cost. Secured funding in another currency is netted only through a supplied
 * rate; without one, the amount is not known and {@link #unknownBecause()} says why.
 *
 * <p>The amount is converted once into each currency the financiers state tickets in, so the
 * checks of many financiers share one conversion; the words of {@link #derivation()} are
 * composed only when a reason is read.
 */
final class AmountSought {

    private final Money cost;
    private final Money secured;
    private final Money amount;
    private final String unknownBecause;
    private final ExchangeRates rates;
    /** The amount in each ticket currency, by the matcher's index of currencies; null without a rate. */
    private final Money[] inTicketCurrency;
    /** The same amounts at the scale the financiers' ticket minimums share, where that is exact. */
    private final BigDecimal[] comparable;

    private AmountSought(Money cost, Money secured, Money amount, String unknownBecause, ExchangeRates rates,
            TicketCurrencies ticketCurrencies) {
        this.cost = cost;
        this.secured = secured;
        this.amount = amount;
        this.unknownBecause = unknownBecause;
        this.rates = rates;
        this.inTicketCurrency = new Money[ticketCurrencies.size()];
        this.comparable = new BigDecimal[inTicketCurrency.length];
        if (amount != null) {
            for (int i = 0; i < inTicketCurrency.length; i++) {
                Money converted = rates.convert(amount, ticketCurrencies.currency(i)).orElse(null);
                inTicketCurrency[i] = converted;
                comparable[i] = converted == null ? null : ticketCurrencies.comparable(i, converted.amount());
            }
        }
    }

    static AmountSought of(Project project, ExchangeRates rates, TicketCurrencies ticketCurrencies) {
        Money cost = project.totalCost();
        if (cost == null) {
            return new AmountSought(null, null, null, "the project's total cost is not recorded", rates,
                    ticketCurrencies);
        }
        Money secured = Money.zero(cost.currency());
        for (Funding f : project.funding()) {
            if (!f.secured()) {
                continue;
            }
            Optional<Money> inCostCurrency = rates.convert(f.amount(), cost.currency());
            if (inCostCurrency.isEmpty()) {
                return new AmountSought(null, null, null, "secured funding of " + f.amount()
                        + " cannot be netted from the cost in " + cost.currency() + ": no " + f.amount().currency()
                        + "/" + cost.currency() + " exchange rate was supplied", rates, ticketCurrencies);
            }
            secured = secured.plus(inCostCurrency.get());
        }
        return new AmountSought(cost, secured, cost.minusFloorZero(secured), null, rates, ticketCurrencies);
    }

    /** The total cost, or null when not recorded. */
    Money cost() {
        return cost;
    }

    /** The secured funding in the cost's currency, or null when it could not be netted. */
    Money secured() {
        return secured;
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
        return secured.amount().signum() == 0 ? "the total cost of " + cost + " (nothing secured yet)"
                : "the remaining gap of " + amount + " (cost " + cost + " less " + secured + " secured)";
    }

    /** The amount in the ticket currency of the given index, or null when no rate was supplied. */
    Money inTicketCurrency(int currency) {
        return inTicketCurrency[currency];
    }

    /** {@link #inTicketCurrency} as a number at the scale of the currency's ticket minimums, or null. */
    BigDecimal comparableInTicketCurrency(int currency) {
        return comparable[currency];
    }

    ExchangeRates rates() {
        return rates;
    }
}
