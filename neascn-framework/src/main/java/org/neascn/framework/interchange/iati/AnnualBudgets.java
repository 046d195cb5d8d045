package org.neascn.framework.interchange.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.neascn.model.shared.Money;

/**
 * A project's cost as IATI budgets: one per calendar year of its plan's period, because the
 * IATI Standard's rules refuse a budget period longer than a year. A plan gives no phasing of
 * a project's cost, so the cost is spread evenly over the years (in the currency's minor unit,
 * the last year taking the rounding), and each budget is marked indicative: the budgets add up
 * to the recorded total, which is all the record says.
 */
final class AnnualBudgets {

    /** One budget: its period (inside one calendar year) and its value, dated on the period's first day. */
    record Budget(LocalDate start, LocalDate end, BigDecimal amount) {
    }

    private AnnualBudgets() {
    }

    static List<Budget> of(Money total, int startYear, int endYear) {
        int years = endYear - startYear + 1;
        int scale = Math.max(0, java.util.Currency.getInstance(total.currency().value()).getDefaultFractionDigits());
        BigDecimal each = total.amount().divide(BigDecimal.valueOf(years), scale, RoundingMode.DOWN);
        List<Budget> budgets = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int year = startYear; year <= endYear; year++) {
            BigDecimal amount = year == endYear ? total.amount().subtract(given) : each;
            given = given.add(amount);
            budgets.add(new Budget(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), amount.stripTrailingZeros()));
        }
        return budgets;
    }
}
