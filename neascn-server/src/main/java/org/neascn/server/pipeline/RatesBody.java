package org.neascn.server.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Exchange rates as a JSON body, for a client that would rather not write the query syntax:
 * {@code {"rates": [{"from": "KRW", "to": "USD", "rate": 0.00072, "asOf": "2026-11-30",
 * "source": "Bank of Korea"}]}}.
 */
@org.neascn.server.api.OptionalBody
public record RatesBody(List<Rate> rates) {

    /** One unit of {@code from} is worth {@code rate} units of {@code to} on {@code asOf}, per {@code source}. */
    public record Rate(String from, String to, BigDecimal rate, LocalDate asOf, String source) {
    }
}
