package org.neascn.server.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.register.InvalidQueryException;

/**
 * Exchange rates as a client supplies them, one {@code rate} query parameter each:
 * {@code KRW/USD:0.00072@2026-11-30~Bank%20of%20Korea} says one won was worth 0.00072 US dollars
 * on that day, as the Bank of Korea published it. The source after {@code ~} is optional for a
 * comparison of ticket sizes and required for a converted total. A JSON body of rates
 * ({@link RatesBody}) says the same without the syntax.
 */
final class RateParameters {

    static final String EXAMPLE = "KRW/USD:0.00072@2026-11-30~Bank of Korea";

    private static final Pattern RATE = Pattern.compile(
            "([A-Za-z]{3})/([A-Za-z]{3}):([0-9]+(?:\\.[0-9]+)?)@([0-9]{4}-[0-9]{2}-[0-9]{2})(?:~(.*))?", Pattern.DOTALL);

    private RateParameters() {
    }

    static ExchangeRates parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            return ExchangeRates.none();
        }
        List<ExchangeRate> rates = new ArrayList<>();
        for (String v : values) {
            rates.add(rate(v));
        }
        return of(rates, "rate");
    }

    /** The rates of a JSON body; each error names its place in the body. */
    static ExchangeRates parse(RatesBody body) {
        if (body == null || body.rates() == null) {
            throw new InvalidQueryException("rates", "the body names no rates: {\"rates\": [{\"from\": \"KRW\", "
                    + "\"to\": \"USD\", \"rate\": \"0.00072\", \"asOf\": \"2026-11-30\", \"source\": \"Bank of Korea\"}]}");
        }
        List<ExchangeRate> rates = new ArrayList<>();
        for (int i = 0; i < body.rates().size(); i++) {
            RatesBody.Rate r = body.rates().get(i);
            String field = "rates[" + i + "]";
            if (r == null || r.from() == null || r.to() == null || r.rate() == null || r.asOf() == null) {
                throw new InvalidQueryException(field, "needs from, to, rate and asOf (and a source for converted totals)");
            }
            try {
                rates.add(ExchangeRate.of(r.from(), r.to(), r.rate().toPlainString(), r.asOf(), r.source()));
            } catch (InvalidValueException e) {
                throw new InvalidQueryException(field + "." + e.field(), e.getMessage());
            }
        }
        return of(rates, "rates");
    }

    private static ExchangeRates of(List<ExchangeRate> rates, String parameter) {
        try {
            return ExchangeRates.of(rates);
        } catch (InvalidValueException e) {
            throw new InvalidQueryException(parameter, e.getMessage());
        }
    }

    private static ExchangeRate rate(String value) {
        Matcher m = RATE.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new InvalidQueryException("rate", "'" + value + "' is not a rate such as " + EXAMPLE
                    + " (FROM/TO:rate@yyyy-mm-dd~source; the source is optional)");
        }
        try {
            return ExchangeRate.of(m.group(1), m.group(2), m.group(3), LocalDate.parse(m.group(4)), m.group(5));
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("rate", "'" + m.group(4) + "' is not a date (yyyy-mm-dd)");
        } catch (InvalidValueException e) {
            throw new InvalidQueryException("rate", "'" + value + "': " + e.getMessage());
        }
    }
}
