package org.neascn.framework.pipeline;

import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;

/**
 * The projects in one group of the pipeline (a stage, a country ...) and their money, in the
 * report's currency. Projects without a total cost are counted but add nothing to the sums.
 *
 * @param projects  how many projects
 * @param costed    how many of them record a total cost
 * @param totalCost the investment needed, summed over the costed projects
 * @param secured   the funding secured, summed over the costed projects
 * @param gap       the financing gap: for each costed project its cost less its secured
 *                  funding (never below zero), summed
 */
public record Tally(int projects, int costed, Money totalCost, Money secured, Money gap) {

    public Tally {
        Require.that(projects >= 0, "projects", "must not be negative");
        Require.that(costed >= 0 && costed <= projects, "costed", "must be between 0 and the number of projects");
        Require.present(totalCost, "totalCost");
        Require.present(secured, "secured");
        Require.present(gap, "gap");
    }

    static Tally empty(org.neascn.model.shared.CurrencyCode currency) {
        Money zero = Money.zero(currency);
        return new Tally(0, 0, zero, zero, zero);
    }

    Tally add(Money cost, Money securedFunding) {
        if (cost == null) {
            return new Tally(projects + 1, costed, totalCost, secured, gap);
        }
        return new Tally(projects + 1, costed + 1, totalCost.plus(cost), secured.plus(securedFunding),
                gap.plus(cost.minusFloorZero(securedFunding)));
    }
}
