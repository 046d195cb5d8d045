package org.neascn.framework.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;

/**
 * Bands of project size by total cost, in one currency: "under 1000000 USD", "1000000 to
 * 10000000 USD", ..., "100000000 USD or more". A cost in another currency falls into a band only
 * through a supplied rate; without one, or without a cost, the project's band says so.
 *
 * @param upperBounds the band edges, ascending; n edges make n + 1 bands
 */
public record SizeBands(CurrencyCode currency, List<BigDecimal> upperBounds) {

    /** The band of a project without a total cost. */
    public static final String NO_COST = "no cost recorded";

    public SizeBands {
        Require.present(currency, "currency");
        upperBounds = Require.list(upperBounds, "upperBounds");
        Require.that(!upperBounds.isEmpty(), "upperBounds", "needs at least one band edge");
        for (int i = 0; i < upperBounds.size(); i++) {
            Require.that(upperBounds.get(i).signum() > 0, "upperBounds[" + i + "]", "must be positive");
            Require.that(i == 0 || upperBounds.get(i).compareTo(upperBounds.get(i - 1)) > 0, "upperBounds[" + i + "]",
                    "must be above the edge before it");
        }
    }

    /**
     * The library's default bands, 1, 10, 50 and 100 million US dollars: edges that separate
     * what a project-preparation facility, a city's own budget, and a development bank's loan
     * typically carry. A default of this library (unverified), for a network to replace.
     */
    public static SizeBands standard() {
        return new SizeBands(CurrencyCode.of("USD"), List.of(new BigDecimal("1000000"), new BigDecimal("10000000"),
                new BigDecimal("50000000"), new BigDecimal("100000000")));
    }

    /** Every band's name, smallest first, then the bands of projects that could not be placed. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(under(0));
        for (int i = 1; i < upperBounds.size(); i++) {
            names.add(between(i));
        }
        names.add(atLeast());
        return names;
    }

    /** The band of a cost, or why it has none. */
    public String bandOf(Money cost, ExchangeRates rates) {
        if (cost == null) {
            return NO_COST;
        }
        Optional<Money> inBandCurrency = rates.convert(cost, currency);
        if (inBandCurrency.isEmpty()) {
            return "not known: no " + cost.currency() + "/" + currency + " rate";
        }
        BigDecimal amount = inBandCurrency.get().amount();
        for (int i = 0; i < upperBounds.size(); i++) {
            if (amount.compareTo(upperBounds.get(i)) < 0) {
                return i == 0 ? under(0) : between(i);
            }
        }
        return atLeast();
    }

    private String under(int i) {
        return "under " + upperBounds.get(i).toPlainString() + " " + currency;
    }

    private String between(int i) {
        return upperBounds.get(i - 1).toPlainString() + " to " + upperBounds.get(i).toPlainString() + " " + currency;
    }

    private String atLeast() {
        return upperBounds.get(upperBounds.size() - 1).toPlainString() + " " + currency + " or more";
    }
}
