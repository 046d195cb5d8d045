package org.neascn.server.pipeline;

import java.util.List;
import org.neascn.framework.financing.FinancierAssessment;
import org.neascn.framework.financing.RuleCheck;
import org.neascn.framework.financing.Verdict;
import org.neascn.model.shared.LocalizedText;

/**
 * One financier as a project could approach it: the verdict, the fit that ranks it, the reason
 * of every rule, and for a near miss the one rule that excluded it.
 */
public record FinancierMatch(String financier, LocalizedText name, LocalizedText programme, Verdict verdict, int fit,
                             List<String> reasons, String excludedBy) {

    static FinancierMatch of(FinancierAssessment a) {
        return new FinancierMatch(a.financierId(), a.financier().name(), a.financier().programme(), a.verdict(), a.fit(),
                a.reasons(), a.exclusion().map(RuleCheck::reason).orElse(null));
    }
}
