package org.neascn.framework.financing;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The rule checks of one financier for one project, made when first read. Matching a pipeline
 * decides verdicts for millions of project–financier pairs and reads the checks of few; the
 * outcomes are the same either way, because both come from {@link CompiledFinancier#outcome}.
 * Unmodifiable, and safe to read from several threads.
 */
final class LazyChecks extends AbstractList<RuleCheck> implements RandomAccess {

    private final CompiledFinancier financier;
    private final ProjectFacts facts;
    private RuleCheck[] checks;

    LazyChecks(CompiledFinancier financier, ProjectFacts facts) {
        this.financier = financier;
        this.facts = facts;
    }

    @Override
    public RuleCheck get(int index) {
        Objects.checkIndex(index, size());
        return made()[index];
    }

    @Override
    public int size() {
        return financier.checkCount();
    }

    /** The names of the failed checks, decided from their outcome codes alone. */
    List<String> failedRules() {
        List<String> failed = new ArrayList<>(2);
        for (int i = 0; i < size(); i++) {
            if (CompiledFinancier.outcomeOf(financier.outcome(i, facts)) == RuleCheck.Outcome.FAILED) {
                failed.add(financier.checkName(i));
            }
        }
        return failed;
    }

    private synchronized RuleCheck[] made() {
        if (checks == null) {
            RuleCheck[] made = new RuleCheck[size()];
            for (int i = 0; i < made.length; i++) {
                made[i] = financier.check(i, facts);
            }
            checks = made;
        }
        return checks;
    }
}
