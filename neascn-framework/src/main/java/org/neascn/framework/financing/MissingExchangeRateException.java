package org.neascn.framework.financing;

import org.neascn.model.shared.CurrencyCode;

/**
 * Raised when amounts in two currencies must be combined and the caller supplied no rate
 * between them: a total across currencies is never a silent sum.
 */
public class MissingExchangeRateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CurrencyCode from;
    private final CurrencyCode to;

    public MissingExchangeRateException(CurrencyCode from, CurrencyCode to, String field) {
        super(field + ": amounts in " + from + " and " + to + " cannot be combined: no " + from + "/" + to
                + " exchange rate was supplied");
        this.from = from;
        this.to = to;
    }

    public CurrencyCode from() {
        return from;
    }

    public CurrencyCode to() {
        return to;
    }
}
