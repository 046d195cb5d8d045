package org.neascn.framework.financing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.project.Project;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Require;

/**
 * Matches projects to a network's financiers. Every rule of every financier is checked and
 * explained; financiers are ranked by verdict and fit. Before any rule, the project is screened
 * for sanctions: a project that screening holds back is matched to no one.
 *
 * <p>A country outside a list's coverage is "not known", never silently eligible or not: the
 * financier is then a possible match for a person to confirm. A ticket size in a currency other
 * than the project's cost is compared only through a supplied, dated exchange rate.
 *
 * <pre>{@code
 * FinancierMatcher matcher = FinancierMatcher.of(ReferenceData.standard(), screening);
 * MatchReport report = matcher.match(project, ExchangeRates.none(), LocalDate.now());
 * }</pre>
 */
public final class FinancierMatcher {

    private static final Comparator<FinancierAssessment> RANKING = Comparator
            .comparing(FinancierAssessment::verdict)
            .thenComparing(Comparator.comparingInt(FinancierAssessment::fit).reversed())
            .thenComparing(FinancierAssessment::financierId);

    private final List<CompiledFinancier> financiers;
    private final List<CountryList> lists;
    private final SanctionsScreening screening;

    /**
     * @throws org.neascn.model.shared.InvalidValueException when a financier's rule names a
     *         country list that is not supplied
     */
    public FinancierMatcher(List<FinancierProfile> financiers, List<CountryList> countryLists,
            SanctionsScreening screening) {
        this.lists = Require.list(countryLists, "countryLists");
        this.screening = Require.present(screening, "screening");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            index.put(lists.get(i).id(), i);
        }
        List<CompiledFinancier> compiled = new ArrayList<>();
        for (FinancierProfile f : Require.list(financiers, "financiers")) {
            compiled.add(new CompiledFinancier(f, lists, index));
        }
        this.financiers = List.copyOf(compiled);
    }

    /** The financiers and country lists of a reference data set, screened by the given service. */
    public static FinancierMatcher of(ReferenceDataSet data, SanctionsScreening screening) {
        return new FinancierMatcher(data.financiers(), data.countryLists(), screening);
    }

    /**
     * @param rates the exchange rates to compare amounts in different currencies with
     * @param on    the day of matching: sanctions exemptions must be valid on it
     */
    public MatchReport match(Project project, ExchangeRates rates, LocalDate on) {
        Require.present(project, "project");
        Require.present(rates, "rates");
        ScreeningResult screened = screening.screen(project, on);
        if (!screened.allowsAutomaticMatching()) {
            return new MatchReport(project.id(), screened, List.of());
        }
        CountryCode country = project.location().country();
        CountryList.Standing[] standings = new CountryList.Standing[lists.size()];
        for (int i = 0; i < standings.length; i++) {
            standings[i] = lists.get(i).standingOf(country);
        }
        AmountSought sought = AmountSought.of(project, rates);
        List<FinancierAssessment> assessments = new ArrayList<>(financiers.size());
        for (CompiledFinancier f : financiers) {
            assessments.add(f.assess(project, standings, sought));
        }
        assessments.sort(RANKING);
        return new MatchReport(project.id(), screened, assessments);
    }
}
