package org.neascn.framework.financing;

import java.util.Optional;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;

/**
 * What a project still needs from financiers, as matching judged it: its financing status,
 * its cost, the funding secured and the remaining gap, the amount ticket sizes are judged
 * against. A fully funded project, or one whose secured funding already covers its cost, is
 * not seeking: no financier is proposed to it, and {@code explanation} says so.
 *
 * @param cost        the total cost, when recorded
 * @param secured     the secured funding in the cost's currency, when it could be netted
 * @param gap         cost less secured funding (never below zero), when both are known
 * @param seeking     whether financiers are proposed at all
 * @param explanation how the gap was found, or why it is not known, or why nothing is sought
 */
public record FinancingNeed(FinancingStatus status, Optional<Money> cost, Optional<Money> secured,
        Optional<Money> gap, boolean seeking, String explanation) {

    public FinancingNeed {
        Require.present(status, "status");
        Require.present(cost, "cost");
        Require.present(secured, "secured");
        Require.present(gap, "gap");
        explanation = Require.text(explanation, "explanation");
    }

    static FinancingNeed of(FinancingStatus status, AmountSought sought) {
        Optional<Money> cost = Optional.ofNullable(sought.cost());
        Optional<Money> secured = Optional.ofNullable(sought.secured());
        Optional<Money> gap = Optional.ofNullable(sought.amount());
        if (status == FinancingStatus.FULLY_FUNDED) {
            return new FinancingNeed(status, cost, secured, gap, false, "the project is recorded as fully funded"
                    + secured.map(s -> " (" + s + " secured" + cost.map(c -> " of " + c).orElse("") + ")").orElse("")
                    + ", so no financier is proposed; change its financing status if it still seeks money");
        }
        if (gap.isPresent() && gap.get().amount().signum() == 0) {
            return new FinancingNeed(status, cost, secured, gap, false, "secured funding of " + secured.orElseThrow()
                    + " covers the total cost of " + cost.orElseThrow() + ", so nothing is left to finance and no "
                    + "financier is proposed; the financing status says " + status + ": correct one of them");
        }
        String how = gap.isPresent() ? sought.derivation() : "the remaining gap is not known: " + sought.unknownBecause();
        return new FinancingNeed(status, cost, secured, gap, true, how);
    }
}
