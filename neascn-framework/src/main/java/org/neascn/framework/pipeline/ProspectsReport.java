package org.neascn.framework.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neascn.framework.financing.ExchangeRate;
import org.neascn.model.financing.FinancierType;
import org.neascn.model.shared.Require;

/**
 * The answer to the seed's first guiding question for financing experts, "What types of projects
 * appropriate for Northeast Asian cities could be foreseen to attract financing, publicly or
 * privately?", from the network's own pipeline and financiers: network-wide and per country.
 *
 * @param conceptsFrom how the {@code byConcept} kinds were found (a thesaurus, or SDG targets)
 * @param sizeBands    the names of the size bands, smallest first
 * @param ratesUsed    the supplied rates, as given (ticket sizes and size bands convert through them)
 */
public record ProspectsReport(String question, int projects, String conceptsFrom, List<String> sizeBands,
        List<ExchangeRate> ratesUsed, ProspectBreakdown network, Map<String, ProspectBreakdown> byCountry) {

    public static final String QUESTION = "What types of projects appropriate for Northeast Asian cities could be "
            + "foreseen to attract financing, publicly or privately?";

    public ProspectsReport {
        question = Require.text(question, "question");
        conceptsFrom = Require.text(conceptsFrom, "conceptsFrom");
        sizeBands = Require.list(sizeBands, "sizeBands");
        ratesUsed = Require.list(ratesUsed, "ratesUsed");
        Require.present(network, "network");
        byCountry = Require.map(byCountry, "byCountry");
    }

    /**
     * The report as one table, a row per scope, dimension and kind (the scope's total first), for
     * a spreadsheet: the header, then the rows, every cell text.
     */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("scope", "dimension", "kind", "projects", "heldBack",
                "notSeeking", "matched", "possiblyMatched", "withPublicMatch", "withPrivateMatch"));
        for (FinancierType.Group g : FinancierType.Group.values()) {
            header.add("matches." + g);
        }
        for (FinancierType.Group g : FinancierType.Group.values()) {
            header.add("possibleMatches." + g);
        }
        header.addAll(List.of("securedShare", "securedShareOf", "excludingRules"));
        rows.add(header);
        addScope(rows, "network", network);
        byCountry.forEach((country, breakdown) -> addScope(rows, country, breakdown));
        return rows;
    }

    private static void addScope(List<List<String>> rows, String scope, ProspectBreakdown b) {
        rows.add(row(scope, "all", "all", b.total()));
        for (String dimension : ProspectBreakdown.DIMENSIONS) {
            b.dimension(dimension).forEach((kind, f) -> rows.add(row(scope, dimension, kind, f)));
        }
    }

    private static List<String> row(String scope, String dimension, String kind, ProspectFigures f) {
        List<String> row = new ArrayList<>(List.of(scope, dimension, kind, n(f.projects()), n(f.heldBack()),
                n(f.notSeeking()), n(f.matched()), n(f.possiblyMatched()), n(f.withPublicMatch()),
                n(f.withPrivateMatch())));
        for (FinancierType.Group g : FinancierType.Group.values()) {
            row.add(n(f.matches().getOrDefault(g.name(), 0)));
        }
        for (FinancierType.Group g : FinancierType.Group.values()) {
            row.add(n(f.possibleMatches().getOrDefault(g.name(), 0)));
        }
        row.add(f.securedShare().map(s -> s.toPlainString()).orElse(""));
        row.add(n(f.securedShareOf()));
        StringBuilder rules = new StringBuilder();
        for (ProspectFigures.RuleCount r : f.excludingRules()) {
            rules.append(rules.length() == 0 ? "" : "; ").append(r.rule()).append(" (").append(r.count()).append(')');
        }
        row.add(rules.toString());
        return row;
    }

    private static String n(int value) {
        return Integer.toString(value);
    }
}
