package org.neascn.framework.readiness;

import java.util.Map;
import java.util.Optional;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.model.financing.CountryList;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.shared.Money;

/**
 * Reads the evidence a criterion names from a project. Returns what was found, in words, or
 * empty when the evidence is absent.
 */
final class EvidenceReader {

    private final Map<String, CountryList> countryLists;

    EvidenceReader(Map<String, CountryList> countryLists) {
        this.countryLists = countryLists;
    }

    Optional<String> read(Criterion criterion, Project p, ExchangeRates rates) {
        switch (criterion.evidence()) {
            case DOCUMENT:
                return latestCompleted(criterion, p).map(d -> d.title().originalText()
                        + (d.isDateUnknown() ? " recorded, date unknown" : " completed " + d.completed()));
            case TOTAL_COST:
                return Optional.ofNullable(p.totalCost()).map(c -> "total cost " + c);
            case IMPLEMENTING_AGENCY:
                return Optional.ofNullable(p.implementingAgency()).map(a -> "implemented by " + a.name().originalText());
            case REVENUE_MODEL:
                return Optional.ofNullable(p.revenueModel()).map(r -> "revenue model: " + r.originalText());
            case RATED_IMPLEMENTING_AGENCY:
                return rating(p);
            case REVENUE_MODEL_OR_RATED_IMPLEMENTING_AGENCY:
                return p.revenueModel() != null ? Optional.of("revenue model: " + p.revenueModel().originalText())
                        : rating(p);
            case SECURED_FUNDING:
                return p.funding().stream().filter(f -> f.secured()).findFirst()
                        .map(f -> "secured funding of " + f.amount());
            case FUNDING_COVERS_COST:
                return fundingCoversCost(p, rates);
            case INSTRUMENTS_SOUGHT:
                return p.instrumentsSought().isEmpty() ? Optional.empty()
                        : Optional.of("seeks " + p.instrumentsSought());
            case CLIMATE_BENEFIT:
                return Optional.ofNullable(p.emissionReductionTco2ePerYear()).filter(e -> e.signum() > 0)
                        .map(e -> e.toPlainString() + " tCO2e a year avoided");
            case EXPECTED_OUTCOMES:
                return p.expectedOutcomes().isEmpty() ? Optional.empty()
                        : Optional.of(p.expectedOutcomes().size() + " expected outcome(s) recorded");
            case ENABLING_FACTORS:
                return p.enablingFactors().isEmpty() ? Optional.empty()
                        : Optional.of(p.enablingFactors().size() + " enabling factor(s) recorded");
            case CHALLENGES_RECORDED:
                return p.challenges().isEmpty() ? Optional.empty()
                        : Optional.of(p.challenges().size() + " challenge(s) recorded");
            case IN_ACTION_PLAN:
                return Optional.ofNullable(p.plan()).map(s -> "listed in action plan " + s);
            case SDG_TARGETS:
                return p.sdgTargets().isEmpty() ? Optional.empty() : Optional.of("serves SDG targets " + p.sdgTargets());
            case SITE_OR_SECTOR:
                return p.location().latitude() != null || p.location().place() != null
                        ? Optional.of("site located") : Optional.ofNullable(p.dacSector()).map(s -> "DAC sector " + s);
            case FUTURE_PLANS:
                return Optional.ofNullable(p.futurePlans()).map(f -> "future plans: " + f.originalText());
            case COUNTRY_IN_LIST:
                CountryList list = countryLists.get(criterion.countryList());
                return list != null && list.standingOf(p.location().country()) == CountryList.Standing.LISTED
                        ? Optional.of(p.location().country() + " is on " + list.name().originalText())
                        : Optional.empty();
            default:
                throw new IllegalStateException("evidence " + criterion.evidence() + " has no reader");
        }
    }

    /**
     * The most recently completed document of the criterion's types; of two completed the same
     * day, the first recorded; a document done with its date unknown only when none is dated. A
     * loop rather than a stream: eight criteria read it per project.
     */
    private static Optional<ProjectDocument> latestCompleted(Criterion criterion, Project p) {
        ProjectDocument latest = null;
        for (ProjectDocument d : p.documents()) {
            if (!d.isCompleted() || !criterion.documents().contains(d.type())) {
                continue;
            }
            if (latest == null || latest.isDateUnknown() && !d.isDateUnknown()
                    || !d.isDateUnknown() && d.completed().isAfter(latest.completed())) {
                latest = d;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A document of the criterion's types that is planned or under way, for the gap's words. */
    static Optional<String> unfinished(Criterion criterion, Project p) {
        if (criterion.evidence() != Evidence.DOCUMENT) {
            return Optional.empty();
        }
        return p.documents().stream().filter(d -> !d.isCompleted() && criterion.documents().contains(d.type()))
                .findFirst().map(d -> d.title().originalText() + " is recorded as "
                        + d.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private static Optional<String> rating(Project p) {
        return Optional.ofNullable(p.implementingAgency()).filter(a -> a.isRated())
                .map(a -> a.name().originalText() + " is rated " + a.creditRating());
    }

    private static Optional<String> fundingCoversCost(Project p, ExchangeRates rates) {
        if (p.totalCost() == null) {
            return Optional.empty();
        }
        Money secured = Money.zero(p.totalCost().currency());
        for (var f : p.funding()) {
            if (f.secured()) {
                Optional<Money> converted = rates.convert(f.amount(), secured.currency());
                if (converted.isEmpty()) {
                    return Optional.empty();
                }
                secured = secured.plus(converted.get());
            }
        }
        return secured.compareTo(p.totalCost()) >= 0
                ? Optional.of(secured + " secured against a cost of " + p.totalCost()) : Optional.empty();
    }
}
