package org.neascn.framework.financing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.project.Project;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
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

    /** Ranking keys hold the financier's position in 24 bits and its fit in 28 bits. */
    private static final int MAX_FINANCIERS = 1 << 24;
    private static final int MAX_FIT = (1 << 28) - 1;
    private static final Verdict[] VERDICTS = Verdict.values();

    /** In the order of their identifiers (stable), so a position breaks ties as the identifier does. */
    private final CompiledFinancier[] financiers;
    private final List<CountryList> lists;
    private final SanctionsScreening screening;
    private final Map<FocusAreaCode, Integer> focusIndex = new HashMap<>();
    private final List<CurrencyCode> ticketCurrencies;

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
        List<FinancierProfile> profiles = Require.list(financiers, "financiers");
        Require.that(profiles.size() < MAX_FINANCIERS, "financiers", "at most " + (MAX_FINANCIERS - 1)
                + " financiers can be matched at once");
        Set<CurrencyCode> currencies = new LinkedHashSet<>();
        for (FinancierProfile f : profiles) {
            f.focusAreas().forEach(code -> focusIndex.putIfAbsent(code, focusIndex.size()));
            if (f.ticketSize() != null) {
                currencies.add(f.ticketSize().min().currency());
            }
        }
        this.ticketCurrencies = List.copyOf(currencies);
        List<FinancierProfile> byId = new ArrayList<>(profiles);
        byId.sort(Comparator.comparing(FinancierProfile::id));
        this.financiers = new CompiledFinancier[byId.size()];
        for (int i = 0; i < byId.size(); i++) {
            this.financiers[i] = new CompiledFinancier(byId.get(i), lists, index, focusIndex, ticketCurrencies);
        }
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
        ProjectFacts facts = new ProjectFacts(project, standings, AmountSought.of(project, rates, ticketCurrencies),
                focusIndex);
        // Rank by verdict, then fit (highest first), then identifier: one key per financier,
        // sorted as numbers, is several times faster than a comparator over the records.
        long[] keys = new long[financiers.length];
        for (int i = 0; i < financiers.length; i++) {
            int sum = financiers[i].sum(facts);
            keys[i] = (long) CompiledFinancier.verdict(sum).ordinal() << 52
                    | (long) (MAX_FIT - CompiledFinancier.fit(sum)) << 24 | i;
        }
        Arrays.sort(keys);
        FinancierAssessment[] ranked = new FinancierAssessment[keys.length];
        for (int k = 0; k < keys.length; k++) {
            long key = keys[k];
            ranked[k] = financiers[(int) (key & (MAX_FINANCIERS - 1))].assessment(VERDICTS[(int) (key >>> 52)],
                    MAX_FIT - (int) (key >>> 24 & MAX_FIT), facts);
        }
        return new MatchReport(project.id(), screened, List.of(ranked));
    }

    /**
     * Matches a pipeline on all cores: a parallel stream of one report for each project, in the
     * order of the projects, made as the stream is consumed (a pipeline need not fit in memory
     * with every financier's assessment at once). Collect it, or reduce it to the figures wanted.
     */
    public Stream<MatchReport> matchAll(Collection<Project> projects, ExchangeRates rates, LocalDate on) {
        Require.present(projects, "projects");
        Require.present(rates, "rates");
        Require.present(on, "on");
        return projects.parallelStream().map(p -> match(p, rates, on));
    }
}
