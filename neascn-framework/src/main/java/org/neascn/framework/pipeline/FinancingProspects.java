package org.neascn.framework.pipeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.neascn.framework.financing.ExchangeRates;
import org.neascn.framework.financing.FinancierMatcher;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Project;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Answers the seed's first guiding question (which kinds of projects attract financing,
 * publicly or privately) from a pipeline and the network's financiers. Every project is matched
 * as {@link FinancierMatcher} matches it (sanctions screening first, funding respected, every
 * rule checked), on all cores; its outcome is then counted under each kind it belongs to, in the
 * network and in its country.
 *
 * <pre>{@code
 * ProspectsReport q1 = FinancingProspects.report(projects, matcher, rates, today, SizeBands.standard(),
 *         FinancingProspects.BY_SDG_TARGET);
 * }</pre>
 */
public final class FinancingProspects {

    /** How projects are grouped into concepts: their own names for them. */
    public record Concepts(String description, Function<Project, Set<String>> of) {

        public Concepts {
            description = Require.text(description, "description");
            Require.present(of, "of");
        }
    }

    /** Without a concept thesaurus: a project's SDG targets stand in for its concepts. */
    public static final Concepts BY_SDG_TARGET = new Concepts(
            "SDG targets (no concept thesaurus is available to the report): each kind is an SDG target the projects serve",
            p -> p.sdgTargets().stream().map(SdgTargetCode::value).collect(java.util.stream.Collectors.toSet()));

    private FinancingProspects() {
    }

    public static ProspectsReport report(Collection<Project> projects, FinancierMatcher matcher, ExchangeRates rates,
            LocalDate on, SizeBands bands, Concepts concepts) {
        Require.present(projects, "projects");
        Require.present(matcher, "matcher");
        Require.present(rates, "rates");
        Require.present(on, "on");
        Require.present(bands, "bands");
        Require.present(concepts, "concepts");
        Scope network = new Scope();
        Map<String, Scope> countries = new TreeMap<>();
        List<Project> ordered = List.copyOf(projects);
        List<ProjectProspect> prospects = matcher.matchAll(ordered, rates, on).map(ProjectProspect::new).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Project p = ordered.get(i);
            ProjectProspect prospect = prospects.get(i);
            String band = bands.bandOf(p.totalCost(), rates);
            Set<String> tagged = concepts.of().apply(p);
            network.add(p, prospect, band, tagged);
            countries.computeIfAbsent(p.location().country().value(), k -> new Scope()).add(p, prospect, band, tagged);
        }
        Map<String, ProspectBreakdown> byCountry = new LinkedHashMap<>();
        countries.forEach((country, scope) -> byCountry.put(country, scope.breakdown()));
        return new ProspectsReport(ProspectsReport.QUESTION, ordered.size(), concepts.description(), bands.names(),
                rates.rates(), network.breakdown(), byCountry);
    }

    /** The tallies of one scope, by dimension and kind. */
    private static final class Scope {

        private final ProspectTally total = new ProspectTally();
        private final Map<String, ProspectTally> focusAreas = new TreeMap<>();
        private final Map<String, ProspectTally> concepts = new TreeMap<>();
        private final Map<String, ProspectTally> stages = new LinkedHashMap<>();
        private final Map<String, ProspectTally> bands = new TreeMap<>();
        private final Map<String, ProspectTally> instruments = new LinkedHashMap<>();
        private final Map<String, ProspectTally> countries = new TreeMap<>();

        Scope() {
            for (Stage s : Stage.values()) {
                stages.put(s.name(), new ProspectTally());
            }
            for (Instrument i : Instrument.values()) {
                instruments.put(i.name(), new ProspectTally());
            }
        }

        void add(Project p, ProjectProspect prospect, String band, Set<String> tagged) {
            total.add(prospect);
            for (FocusAreaCode f : p.focusAreas()) {
                tally(focusAreas, f.value()).add(prospect);
            }
            if (p.focusAreas().isEmpty()) {
                tally(focusAreas, "none recorded").add(prospect);
            }
            for (String c : tagged) {
                tally(concepts, c).add(prospect);
            }
            if (tagged.isEmpty()) {
                tally(concepts, "none recorded").add(prospect);
            }
            stages.get(p.stage().name()).add(prospect);
            tally(bands, band).add(prospect);
            for (Instrument i : p.instrumentsSought()) {
                instruments.get(i.name()).add(prospect);
            }
            if (p.instrumentsSought().isEmpty()) {
                tally(instruments, "none recorded").add(prospect);
            }
            tally(countries, p.location().country().value()).add(prospect);
        }

        private static ProspectTally tally(Map<String, ProspectTally> map, String key) {
            return map.computeIfAbsent(key, k -> new ProspectTally());
        }

        ProspectBreakdown breakdown() {
            return new ProspectBreakdown(total.figures(), figures(focusAreas), figures(concepts), figures(stages),
                    figures(bands), figures(instruments), figures(countries));
        }

        /** The figures of every kind with at least one project, in the map's order. */
        private static Map<String, ProspectFigures> figures(Map<String, ProspectTally> tallies) {
            Map<String, ProspectFigures> out = new LinkedHashMap<>();
            tallies.forEach((kind, tally) -> {
                ProspectFigures f = tally.figures();
                if (f.projects() > 0) {
                    out.put(kind, f);
                }
            });
            return out;
        }
    }
}
