package org.neascn.framework.financing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.shared.CurrencyCode;

/**
 * The currencies a matcher's financiers state ticket sizes in, each with the largest scale of
 * their minimums and the currency's minor units. A project's amount is converted once per currency and brought to that scale,
 * so each financier compares two numbers of one scale: {@link BigDecimal#compareTo} is then a
 * comparison of two longs rather than a rescaling, 20 million times in a pipeline.
 */
final class TicketCurrencies {

    private final List<CurrencyCode> currencies = new ArrayList<>();
    private final List<Integer> scales = new ArrayList<>();

    TicketCurrencies(List<FinancierProfile> financiers) {
        for (FinancierProfile f : financiers) {
            if (f.ticketSize() != null) {
                BigDecimal min = f.ticketSize().min().amount();
                int i = currencies.indexOf(f.ticketSize().min().currency());
                if (i < 0) {
                    // Converted amounts come at the currency's minor units, so that scale at least.
                    currencies.add(f.ticketSize().min().currency());
                    scales.add(Math.max(f.ticketSize().min().currency().minorUnits(), min.scale()));
                } else {
                    scales.set(i, Math.max(scales.get(i), min.scale()));
                }
            }
        }
    }

    int size() {
        return currencies.size();
    }

    int indexOf(CurrencyCode currency) {
        return currencies.indexOf(currency);
    }

    CurrencyCode currency(int index) {
        return currencies.get(index);
    }

    /** The amount at the currency's scale when that loses nothing; as it is otherwise. */
    BigDecimal comparable(int index, BigDecimal amount) {
        int scale = scales.get(index);
        return amount.scale() <= scale ? amount.setScale(scale) : amount;
    }
}
