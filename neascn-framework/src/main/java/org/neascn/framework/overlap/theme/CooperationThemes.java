package org.neascn.framework.overlap.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neascn.framework.overlap.Neighbour;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.initiative.Theme;
import org.neascn.model.partner.Partner;
import org.neascn.model.project.Project;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.StrategicTarget;

/**
 * Finds cooperation themes in a network's overlaps. Each top-overlap pair is filed under the
 * most specific keys both plans carry: the concepts they share (the narrowest, so PM2.5 rather
 * than air quality), else their shared SDG targets, else their shared focus areas. Under each
 * key the pairs are joined strongest first into groups of at most {@code theme.maxMembers}
 * plans (a popular theme yields several tight groups, not one group of everybody); a group of
 * at least {@code theme.minMembers} members becomes a suggestion. Suggestions with the same
 * members are then merged when their themes say the same thing (akin concepts, or a code
 * beside a concept), so a group comes once per distinct concept.
 */
public final class CooperationThemes {

    private CooperationThemes() {
    }

    /** Suggestions without a thesaurus: themes on SDG targets and focus areas only. */
    public static List<CooperationSuggestion> suggest(OverlapNetwork network, List<Partner> partners,
                                                      List<SanctionsRegime> regimes) {
        return suggest(network, partners, regimes, ConceptTags.none());
    }

    /**
     * The suggestions of a network, the largest and most cohesive first.
     *
     * @param partners the network's partners, of which those in a fitting role that work on a theme are proposed
     * @param regimes  the sanctions regimes the network applies ({@code network.sanctionsRegimes()} resolved)
     * @param tags     the network's concept thesaurus and the tagger of the overlap analysis
     */
    public static List<CooperationSuggestion> suggest(OverlapNetwork network, List<Partner> partners,
                                                      List<SanctionsRegime> regimes, ConceptTags tags) {
        OverlapSettings settings = network.settings();
        List<PlanDossier> plans = network.plans();
        Map<ScapId, PlanDossier> byId = new HashMap<>();
        Map<ScapId, PlanKeys> keys = new HashMap<>();
        for (PlanDossier d : plans) {
            byId.put(d.id(), d);
            keys.put(d.id(), PlanKeys.of(d, tags));
        }
        Map<ThemeKey, List<Edge>> edgesByTheme = new TreeMap<>(Comparator.comparingInt(ThemeKey::specificity)
                .thenComparing(ThemeKey::code));
        for (PlanDossier d : plans) {
            for (Neighbour n : network.neighbours(d.id())) {
                if (d.id().value().compareTo(n.plan().value()) < 0 || network.neighbours(n.plan()).stream()
                        .noneMatch(back -> back.plan().equals(d.id()))) {
                    for (ThemeKey theme : keys.get(d.id()).sharedWith(keys.get(n.plan()), tags)) {
                        edgesByTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(new Edge(d.id(), n.plan(), n.score()));
                    }
                }
            }
        }
        SuggestionAssembly assembly = new SuggestionAssembly(network.codebook(), tags, partners,
                settings.fittingPartnerRoles(), regimes);
        List<CooperationSuggestion> out = new ArrayList<>();
        edgesByTheme.forEach((theme, edges) -> {
            for (ThemeGroups.Group group : ThemeGroups.of(edges, settings.maxThemeMembers())) {
                List<PlanDossier> members = group.plans.stream().map(byId::get).toList();
                long distinctMembers = members.stream().map(d -> d.member().id()).distinct().count();
                if (distinctMembers >= settings.minThemeMembers()) {
                    out.add(assembly.suggestion(theme, group, members));
                }
            }
        });
        List<CooperationSuggestion> merged = ThemeMerge.merge(out, tags);
        merged.sort(Comparator.comparingInt((CooperationSuggestion s) -> s.members().size()).reversed()
                .thenComparing(Comparator.comparingDouble(CooperationSuggestion::cohesion).reversed())
                .thenComparing(CooperationSuggestion::id));
        return merged;
    }

    record Edge(ScapId a, ScapId b, double score) {
    }

    /**
     * The keys a plan carries: its concepts with their broader ones, and its SDG targets and
     * focus areas, each with the concepts of the items (targets, projects) that carry it.
     */
    private record PlanKeys(Set<String> concepts, Map<String, Set<String>> sdgTargets, Map<String, Set<String>> focusAreas) {

        static PlanKeys of(PlanDossier d, ConceptTags tags) {
            Set<String> concepts = new LinkedHashSet<>();
            Map<String, Set<String>> sdgs = new HashMap<>();
            Map<String, Set<String>> areas = new HashMap<>();
            d.plan().focusAreas().forEach(f -> areas.computeIfAbsent(f.value(), k -> new LinkedHashSet<>()));
            for (StrategicTarget t : d.plan().targets()) {
                Set<String> own = ThemeKey.concepts(t, tags);
                concepts.addAll(own);
                t.sdgTargets().forEach(s -> sdgs.computeIfAbsent(s.value(), k -> new LinkedHashSet<>()).addAll(own));
                t.focusAreas().forEach(f -> areas.computeIfAbsent(f.value(), k -> new LinkedHashSet<>()).addAll(own));
            }
            for (Project p : d.projects()) {
                Set<String> own = ThemeKey.concepts(p, tags);
                concepts.addAll(own);
                p.sdgTargets().forEach(s -> sdgs.computeIfAbsent(s.value(), k -> new LinkedHashSet<>()).addAll(own));
                p.focusAreas().forEach(f -> areas.computeIfAbsent(f.value(), k -> new LinkedHashSet<>()).addAll(own));
            }
            return new PlanKeys(tags.withBroader(concepts), sdgs, areas);
        }

        /**
         * The most specific keys two plans share. A shared code counts only where it cannot be
         * told apart by concepts: when the items of one side that carry it speak of no concept.
         * Where both sides' items speak of concepts and none is shared (PM2.5 and waste sorting,
         * both SDG 11.6), the code is no common theme.
         */
        List<ThemeKey> sharedWith(PlanKeys other, ConceptTags tags) {
            Set<String> shared = new LinkedHashSet<>(concepts);
            shared.retainAll(other.concepts);
            if (!shared.isEmpty()) {
                return tags.mostSpecific(shared).stream().map(c -> new ThemeKey(Theme.Kind.CONCEPT, c)).toList();
            }
            List<ThemeKey> sdgs = codes(Theme.Kind.SDG_TARGET, sdgTargets, other.sdgTargets);
            return !sdgs.isEmpty() ? sdgs : codes(Theme.Kind.FOCUS_AREA, focusAreas, other.focusAreas);
        }

        private static List<ThemeKey> codes(Theme.Kind kind, Map<String, Set<String>> a, Map<String, Set<String>> b) {
            List<ThemeKey> out = new ArrayList<>();
            a.forEach((code, conceptsA) -> {
                Set<String> conceptsB = b.get(code);
                if (conceptsB != null && (conceptsA.isEmpty() || conceptsB.isEmpty())) {
                    out.add(new ThemeKey(kind, code));
                }
            });
            out.sort(Comparator.comparing(ThemeKey::code));
            return out;
        }
    }
}
