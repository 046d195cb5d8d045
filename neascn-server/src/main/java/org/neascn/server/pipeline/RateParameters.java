package org.neascn.server.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.register.InvalidQueryException;

/**
 * Exchange rates as a client supplies them, one {@code rate} query parameter each:
 * {@code USD/MNT:2850@2021-06-30} says one US dollar was worth 2,850 tögrög on that day.
 */
final class RateParameters {

    private static final Pattern RATE = Pattern.compile("([A-Za-z]{3})/([A-Za-z]{3}):([0-9]+(?:\\.[0-9]+)?)@([0-9]{4}-[0-9]{2}-[0-9]{2})");

    private RateParameters() {
    }

    static ExchangeRates parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            return ExchangeRates.none();
        }
        try {
            return ExchangeRates.of(values.stream().map(RateParameters::rate).toList());
        } catch (InvalidValueException e) {
            throw new InvalidQueryException("rate", e.getMessage());
        }
    }

    private static ExchangeRate rate(String value) {
        Matcher m = RATE.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new InvalidQueryException("rate", "'" + value + "' is not a rate such as USD/MNT:2850@2021-06-30");
        }
        try {
            return ExchangeRate.of(m.group(1), m.group(2), m.group(3), LocalDate.parse(m.group(4)));
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("rate", "'" + m.group(4) + "' is not a date (yyyy-mm-dd)");
        }
    }
}
