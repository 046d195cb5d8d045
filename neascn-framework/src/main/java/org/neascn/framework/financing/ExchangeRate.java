package org.neascn.framework.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.Require;

/**
 * One unit of {@code from} is worth {@code rate} units of {@code to}, as of a day. A network
 * supplies the rates it wants its figures converted at (a central bank's reference rate, the
 * rate of a financier's appraisal), so every converted figure can say which rate it used.
 */
public record ExchangeRate(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate asOf) {

    public ExchangeRate {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(!from.equals(to), "to", "must differ from 'from' (" + from + ")");
        Require.present(rate, "rate");
        Require.that(rate.signum() > 0, "rate", "must be positive (was " + rate.toPlainString() + ")");
        Require.present(asOf, "asOf");
    }

    public static ExchangeRate of(String from, String to, String rate, LocalDate asOf) {
        try {
            return new ExchangeRate(CurrencyCode.of(from), CurrencyCode.of(to), new BigDecimal(rate), asOf);
        } catch (NumberFormatException e) {
            throw new org.neascn.model.shared.InvalidValueException("rate", "'" + rate + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return "1 " + from + " = " + rate.toPlainString() + " " + to + " as of " + asOf;
    }
}
