package org.neascn.server.pipeline;

import java.util.List;
import org.neascn.framework.financing.FinancierAssessment;
import org.neascn.framework.financing.Verdict;
import org.neascn.model.financing.FinancierType;
import org.neascn.model.shared.LocalizedText;

/**
 * One financier as a project could approach it: the verdict, the fit that ranks it, the reason
 * of every rule, and every rule that excluded it (one for a near miss, all of them for an
 * excluded financier).
 */
public record FinancierMatch(String financier, LocalizedText name, LocalizedText programme, FinancierType type,
                             Verdict verdict, int fit, List<String> reasons, List<Exclusion> excludedBy) {

    /** A rule that failed, named, with its reason. */
    public record Exclusion(String rule, String reason) {
    }

    static FinancierMatch of(FinancierAssessment a) {
        return new FinancierMatch(a.financierId(), a.financier().name(), a.financier().programme(),
                a.financier().type(), a.verdict(), a.fit(), a.reasons(),
                a.exclusions().stream().map(c -> new Exclusion(c.rule(), c.reason())).toList());
    }
}
