package org.neascn.framework.financing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.project.Project;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Require;

/**
 * Matches projects to a network's financiers. Every rule of every financier is checked and
 * explained; financiers are ranked by verdict and fit. Before any rule, the project is screened
 * for sanctions: a project that screening holds back is matched to no one. A project that seeks
 * no money (recorded as fully funded, or with its cost covered by secured funding) is proposed to
 * no one either, and its {@link FinancingNeed} says why; a partly funded project's ticket sizes
 * are judged against its remaining gap, converted into each financier's currency through the
 * supplied rates.
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

    private static final Verdict[] VERDICTS = Verdict.values();

    /** In the order of their identifiers (stable), so a position breaks ties as the identifier does. */
    private final CompiledFinancier[] financiers;
    private final List<CountryList> lists;
    private final SanctionsScreening screening;
    private final Map<FocusAreaCode, Integer> focusIndex = new HashMap<>();
    private final TicketCurrencies ticketCurrencies;
    /** The highest fit any financier can reach: ranks are counted in buckets of verdict and fit. */
    private final int maxFit;

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
        for (FinancierProfile f : profiles) {
            f.focusAreas().forEach(code -> focusIndex.putIfAbsent(code, focusIndex.size()));
        }
        this.ticketCurrencies = new TicketCurrencies(profiles);
        List<FinancierProfile> byId = new ArrayList<>(profiles);
        byId.sort(Comparator.comparing(FinancierProfile::id));
        this.financiers = new CompiledFinancier[byId.size()];
        for (int i = 0; i < byId.size(); i++) {
            this.financiers[i] = new CompiledFinancier(byId.get(i), lists, index, focusIndex, ticketCurrencies);
        }
        int highest = 0;
        for (CompiledFinancier f : this.financiers) {
            highest = Math.max(highest, f.maxFit());
        }
        this.maxFit = highest;
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
        AmountSought sought = AmountSought.of(project, rates, ticketCurrencies);
        FinancingNeed need = FinancingNeed.of(project.financingStatus(), sought);
        if (!screened.allowsAutomaticMatching() || !need.seeking()) {
            return new MatchReport(project.id(), screened, need, List.of());
        }
        CountryCode country = project.location().country();
        CountryList.Standing[] standings = new CountryList.Standing[lists.size()];
        for (int i = 0; i < standings.length; i++) {
            standings[i] = lists.get(i).standingOf(country);
        }
        ProjectFacts facts = new ProjectFacts(project, standings, sought, focusIndex);
        // Rank by verdict, then fit (highest first), then identifier. Financiers are held in the
        // order of their identifiers, so a counting sort into buckets of (verdict, fit), filled
        // in that order, ranks them in two passes without comparing records.
        int perVerdict = maxFit + 1;
        int[] bucketOf = new int[financiers.length];
        int[] start = new int[VERDICTS.length * perVerdict + 1];
        for (int i = 0; i < financiers.length; i++) {
            int sum = financiers[i].sum(facts);
            int bucket = CompiledFinancier.verdict(sum).ordinal() * perVerdict + maxFit - CompiledFinancier.fit(sum);
            bucketOf[i] = bucket;
            start[bucket + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        FinancierAssessment[] ranked = new FinancierAssessment[financiers.length];
        for (int i = 0; i < financiers.length; i++) {
            int bucket = bucketOf[i];
            ranked[start[bucket]++] = financiers[i].assessment(VERDICTS[bucket / perVerdict],
                    maxFit - bucket % perVerdict, facts);
        }
        return new MatchReport(project.id(), screened, need, List.of(ranked));
    }

    /**
     * Matches a pipeline on all cores: a parallel stream of one report for each project, in the
     * order of the projects, made as the stream is consumed (a pipeline need not fit in memory
     * with every financier's assessment at once). Collect it, or reduce it to the figures wanted.
     * The matcher is safe to share between threads; the {@link org.neascn.framework.sanctions.MemberCountries}
     * lookup its screening was given must be too (a map that is only read is).
     */
    public Stream<MatchReport> matchAll(Collection<Project> projects, ExchangeRates rates, LocalDate on) {
        Require.present(projects, "projects");
        Require.present(rates, "rates");
        Require.present(on, "on");
        return projects.parallelStream().map(p -> match(p, rates, on));
    }
}
