package org.neascn.framework.financing;

import jakarta.json.bind.annotation.JsonbCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Require;

/**
 * One unit of {@code from} is worth {@code rate} units of {@code to}, as of a day, as published
 * by a source. A network supplies the rates it wants its figures converted at (a central bank's
 * reference rate, the rate of a financier's appraisal), so every converted figure can say which
 * rate it used and who published it.
 *
 * @param source who published the rate ("Bank of Korea"); empty when the caller did not say,
 *               which is enough to compare a ticket size but not for a published total
 */
public record ExchangeRate(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate asOf,
        Optional<String> source) {

    /** The longest source name accepted: a publisher's name, not a document. */
    public static final int MAX_SOURCE_LENGTH = 200;

    /** The canonical constructor, the one JSON binding uses. */
    @JsonbCreator
    public ExchangeRate {
        Require.present(from, "from");
        Require.present(to, "to");
        Require.that(!from.equals(to), "to", "must differ from 'from' (" + from + ")");
        Require.present(rate, "rate");
        Require.that(rate.signum() > 0, "rate", "must be positive (was " + rate.toPlainString() + ")");
        Require.present(asOf, "asOf");
        source = source == null ? Optional.empty() : source.map(Require::optionalText);
        source.ifPresent(s -> Require.maxLength(s, MAX_SOURCE_LENGTH, "source"));
    }

    public ExchangeRate(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate asOf) {
        this(from, to, rate, asOf, Optional.empty());
    }

    public static ExchangeRate of(String from, String to, String rate, LocalDate asOf) {
        return of(from, to, rate, asOf, null);
    }

    /** @param source who published the rate, or null */
    public static ExchangeRate of(String from, String to, String rate, LocalDate asOf, String source) {
        try {
            return new ExchangeRate(CurrencyCode.of(from), CurrencyCode.of(to), new BigDecimal(rate), asOf,
                    Optional.ofNullable(source));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("rate", "'" + rate + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return "1 " + from + " = " + rate.toPlainString() + " " + to + " as of " + asOf
                + source.map(s -> " (" + s + ")").orElse("");
    }
}
