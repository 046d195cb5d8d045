package org.neascn.framework.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.Money;

/**
 * The checks of a project's financial data that need a person's judgement rather than a
 * construction error: a missing total cost, secured funding above it, a financing status that
 * contradicts the funding recorded, amounts that cannot be compared without a rate, and a stage
 * that moves back down the ladder.
 */
public final class ProjectFindings {

    private ProjectFindings() {
    }

    public static List<Finding> of(Project p, ExchangeRates rates) {
        List<Finding> findings = new ArrayList<>();
        Money cost = p.totalCost();
        if (cost == null) {
            findings.add(new Finding(Finding.Severity.MISSING, "totalCost",
                    "not recorded: the financing gap and the ticket size cannot be computed"));
        }
        Optional<Money> secured = cost == null ? Optional.empty() : securedIn(p, rates, findings);
        boolean anySecured = p.funding().stream().anyMatch(Funding::secured);
        if (secured.isPresent() && secured.get().compareTo(cost) > 0) {
            findings.add(new Finding(Finding.Severity.CONTRADICTION, "funding",
                    "secured funding of " + secured.get() + " exceeds the total cost of " + cost));
        }
        FinancingStatus status = p.financingStatus();
        if (anySecured && (status == FinancingStatus.NOT_FUNDED_SEEKING_FULL
                || status == FinancingStatus.NOT_FUNDED_SEEKING_PARTIAL)) {
            findings.add(new Finding(Finding.Severity.CONTRADICTION, "financingStatus",
                    "says not funded, but secured funding is recorded"));
        }
        if (!anySecured && (status == FinancingStatus.PARTIALLY_FUNDED_SEEKING_ADDITIONAL
                || status == FinancingStatus.FULLY_FUNDED)) {
            findings.add(new Finding(Finding.Severity.CONTRADICTION, "financingStatus",
                    "says " + (status == FinancingStatus.FULLY_FUNDED ? "fully" : "partially")
                            + " funded, but no secured funding is recorded"));
        }
        if (status == FinancingStatus.FULLY_FUNDED && secured.isPresent() && secured.get().compareTo(cost) < 0) {
            findings.add(new Finding(Finding.Severity.CONTRADICTION, "financingStatus",
                    "says fully funded, but only " + secured.get() + " of " + cost + " is secured"));
        }
        return findings;
    }

    /** The secured funding in the cost's currency, or empty (with a finding) when a rate is missing. */
    private static Optional<Money> securedIn(Project p, ExchangeRates rates, List<Finding> findings) {
        Money total = Money.zero(p.totalCost().currency());
        boolean complete = true;
        for (int i = 0; i < p.funding().size(); i++) {
            Funding f = p.funding().get(i);
            if (!f.secured()) {
                continue;
            }
            Optional<Money> converted = rates.convert(f.amount(), total.currency());
            if (converted.isPresent()) {
                total = total.plus(converted.get());
            } else {
                complete = false;
                findings.add(new Finding(Finding.Severity.MISSING, "funding[" + i + "].amount",
                        "is in " + f.amount().currency() + " and the total cost in " + total.currency() + "; no "
                                + f.amount().currency() + "/" + total.currency()
                                + " exchange rate was supplied, so it was not compared with the cost"));
            }
        }
        return complete ? Optional.of(total) : Optional.empty();
    }

    /**
     * A finding when a project's stage moved back down the ladder between two recorded versions,
     * which happens (a failed appraisal sends a project back to feasibility) but must be explained.
     */
    public static Optional<Finding> stageChange(Project before, Project after) {
        Stage from = before.stage();
        Stage to = after.stage();
        if (to.isBefore(from)) {
            return Optional.of(new Finding(Finding.Severity.CONTRADICTION, "stage", "moved back from "
                    + RubricAssessor.words(from) + " to " + RubricAssessor.words(to) + "; record why"));
        }
        if (to.ordinal() - from.ordinal() > 1) {
            return Optional.of(new Finding(Finding.Severity.NOTE, "stage", "skipped from " + RubricAssessor.words(from)
                    + " to " + RubricAssessor.words(to) + "; check the evidence of the rungs between"));
        }
        return Optional.empty();
    }
}
