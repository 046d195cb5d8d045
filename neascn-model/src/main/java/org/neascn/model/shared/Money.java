package org.neascn.model.shared;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An amount of one currency. Amounts in a network are costs, funding and ticket sizes, so
 * they are never negative. Two amounts add only in the same currency: a total across
 * currencies needs an explicit, dated exchange rate, never a silent sum.
 */
public record Money(
        @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") BigDecimal amount,
        @NotNull(message = "is required") CurrencyCode currency) implements Comparable<Money> {

    public Money {
        Require.nonNegative(amount, "amount");
        Require.present(currency, "currency");
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "'" + amount + "' is not a number");
        }
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This amount less another, or zero when the other is larger (a gap cannot be negative). */
    public Money minusFloorZero(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount).max(BigDecimal.ZERO), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("currency", "cannot combine " + currency + " with " + other.currency
                    + " without an exchange rate");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
