package org.neascn.framework.financing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Money;

/**
 * The exchange rates a caller supplies for one analysis: at most one rate per pair of
 * currencies, usable in both directions (the inverse of 1 USD = 3,450 MNT converts MNT to USD).
 * There is no triangulation through a third currency: a network states the rates it means.
 */
public final class ExchangeRates {

    private static final ExchangeRates NONE = new ExchangeRates(List.of());

    private final List<ExchangeRate> rates;
    private final Map<String, ExchangeRate> byPair = new HashMap<>();

    private ExchangeRates(List<ExchangeRate> rates) {
        this.rates = List.copyOf(rates);
        for (int i = 0; i < this.rates.size(); i++) {
            ExchangeRate r = this.rates.get(i);
            String forward = key(r.from(), r.to());
            String backward = key(r.to(), r.from());
            if (byPair.containsKey(forward) || byPair.containsKey(backward)) {
                throw new InvalidValueException("rates[" + i + "]", "a second rate for " + r.from() + "/" + r.to()
                        + "; supply one rate per pair of currencies");
            }
            byPair.put(forward, r);
        }
    }

    /** No rates at all: amounts in different currencies cannot be compared. */
    public static ExchangeRates none() {
        return NONE;
    }

    public static ExchangeRates of(ExchangeRate... rates) {
        return new ExchangeRates(List.of(rates));
    }

    public static ExchangeRates of(List<ExchangeRate> rates) {
        return new ExchangeRates(rates);
    }

    public List<ExchangeRate> rates() {
        return rates;
    }

    /** The rate that converts between the two currencies, in either direction, if supplied. */
    public Optional<ExchangeRate> between(CurrencyCode a, CurrencyCode b) {
        ExchangeRate r = byPair.get(key(a, b));
        return Optional.ofNullable(r != null ? r : byPair.get(key(b, a)));
    }

    /** The amount in the target currency, or empty when no rate between the two was supplied. */
    public Optional<Money> convert(Money money, CurrencyCode target) {
        if (money.currency().equals(target)) {
            return Optional.of(money);
        }
        return between(money.currency(), target).map(r -> {
            BigDecimal converted = r.from().equals(money.currency())
                    ? money.amount().multiply(r.rate())
                    : money.amount().divide(r.rate(), MathContext.DECIMAL64);
            return new Money(converted.setScale(target.minorUnits(), RoundingMode.HALF_EVEN), target);
        });
    }

    /**
     * The amount in the target currency.
     *
     * @param field names the figure being converted, for the error
     * @throws MissingExchangeRateException naming the pair when no rate was supplied
     */
    public Money convertOrThrow(Money money, CurrencyCode target, String field) {
        return convert(money, target).orElseThrow(() -> new MissingExchangeRateException(money.currency(), target, field));
    }

    private static String key(CurrencyCode from, CurrencyCode to) {
        return from.value() + to.value();
    }
}
