package org.neascn.model.shared;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.util.Currency;

/** A currency as an ISO 4217 alphabetic code: KRW, CNY, JPY, MNT, RUB, USD. */
@JsonbTypeAdapter(CurrencyCode.Json.class)
public record CurrencyCode(String value) {

    /** The shape of every code; only the codes the JDK's ISO 4217 table knows are accepted. */
    public static final String PATTERN = "^[A-Z]{3}$";

    public CurrencyCode {
        if (value == null || !value.matches(PATTERN) || !known(value)) {
            throw new InvalidValueException("currency",
                    "'" + value + "' is not an ISO 4217 currency code such as USD, KRW or MNT");
        }
    }

    public static CurrencyCode of(String value) {
        return new CurrencyCode(value);
    }

    /** Digits after the decimal point in ordinary use (0 for KRW and JPY, 2 for USD). */
    public int minorUnits() {
        return Math.max(0, Currency.getInstance(value).getDefaultFractionDigits());
    }

    private static boolean known(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** Travels in JSON as the bare code. */
    public static final class Json extends StringValueAdapter<CurrencyCode> {
        public Json() {
            super(CurrencyCode::new, CurrencyCode::value);
        }
    }
}
