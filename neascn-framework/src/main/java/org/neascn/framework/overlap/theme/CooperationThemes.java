package org.neascn.framework.overlap.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neascn.framework.overlap.Neighbour;
import org.neascn.framework.overlap.OverlapNetwork;
import org.neascn.framework.overlap.OverlapSettings;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Finds cooperation themes in a network's overlaps. For each focus area and SDG target, the
 * top-overlap pairs whose plans both carry it are joined strongest first into groups of at
 * most {@code theme.maxMembers} plans (so a popular theme yields several tight groups rather
 * than one group of everybody); every group with at least {@code theme.minMembers} members
 * becomes a suggestion.
 */
public final class CooperationThemes {

    private static final int PROJECTS_SHOWN_PER_PARTNER = 5;

    private CooperationThemes() {
    }

    /**
     * The suggestions of a network, the largest and most cohesive first.
     *
     * @param partners the network's partners, of which those in a fitting role and active on a theme are proposed
     * @param regimes  the sanctions regimes the network applies ({@code network.sanctionsRegimes()} resolved)
     */
    public static List<CooperationSuggestion> suggest(OverlapNetwork network, List<Partner> partners,
                                                      List<SanctionsRegime> regimes) {
        OverlapSettings settings = network.settings();
        List<PlanDossier> plans = network.plans();
        Map<ScapId, PlanDossier> byId = new HashMap<>();
        Map<ScapId, Set<ThemeCodes>> codes = new HashMap<>();
        for (PlanDossier d : plans) {
            byId.put(d.id(), d);
            codes.put(d.id(), ThemeCodes.of(d));
        }
        // Each overlap pair once, filed under every theme both plans carry.
        Map<ThemeCodes, List<Edge>> edgesByTheme = new TreeMap<>(Comparator.comparing(ThemeCodes::kind)
                .thenComparing(ThemeCodes::code));
        for (PlanDossier d : plans) {
            for (Neighbour n : network.neighbours(d.id())) {
                if (d.id().value().compareTo(n.plan().value()) < 0 || !network.neighbours(n.plan()).stream()
                        .anyMatch(back -> back.plan().equals(d.id()))) {
                    Set<ThemeCodes> shared = new LinkedHashSet<>(codes.get(d.id()));
                    shared.retainAll(codes.get(n.plan()));
                    for (ThemeCodes theme : shared) {
                        edgesByTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(new Edge(d.id(), n.plan(), n.score()));
                    }
                }
            }
        }
        Map<ThemeCodes, Map<PartnerId, List<ProjectId>>> activity = partnerActivity(plans);
        List<CooperationSuggestion> out = new ArrayList<>();
        edgesByTheme.forEach((theme, edges) -> {
            for (Group group : groups(edges, settings.maxThemeMembers())) {
                List<PlanDossier> members = group.plans.stream().map(byId::get).toList();
                long distinctMembers = members.stream().map(d -> d.member().id()).distinct().count();
                if (distinctMembers >= settings.minThemeMembers()) {
                    out.add(suggestion(network, theme, group, members, partners, activity.getOrDefault(theme, Map.of()),
                            settings.fittingPartnerRoles(), regimes));
                }
            }
        });
        out.sort(Comparator.comparingInt((CooperationSuggestion s) -> s.members().size()).reversed()
                .thenComparing(Comparator.comparingDouble(CooperationSuggestion::cohesion).reversed())
                .thenComparing(s -> s.theme().code()));
        return out;
    }

    private record Edge(ScapId a, ScapId b, double score) {
    }

    private static final class Group {
        final List<ScapId> plans = new ArrayList<>();
        final Map<ScapId, Double> strength = new HashMap<>();
        double scoreSum;
        int edges;
    }

    /** Joins plans along the strongest pairs first, never letting a group grow past the cap. */
    private static List<Group> groups(List<Edge> edges, int maxPlans) {
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingDouble(Edge::score).reversed().thenComparing(e -> e.a().value())
                .thenComparing(e -> e.b().value()));
        Map<ScapId, Group> groupOf = new HashMap<>();
        List<Group> all = new ArrayList<>();
        for (Edge e : sorted) {
            Group ga = groupOf.get(e.a());
            Group gb = groupOf.get(e.b());
            if (ga != null && ga == gb) {
                credit(ga, e);
                continue;
            }
            int size = (ga == null ? 1 : ga.plans.size()) + (gb == null ? 1 : gb.plans.size());
            if (size > maxPlans) {
                continue;
            }
            Group g = ga != null ? ga : gb != null ? gb : new Group();
            if (ga == null && gb == null) {
                all.add(g);
            }
            for (ScapId p : List.of(e.a(), e.b())) {
                Group old = groupOf.get(p);
                if (old == null) {
                    g.plans.add(p);
                    groupOf.put(p, g);
                } else if (old != g) {
                    for (ScapId moved : old.plans) {
                        g.plans.add(moved);
                        groupOf.put(moved, g);
                    }
                    old.strength.forEach((k, v) -> g.strength.merge(k, v, Double::sum));
                    g.scoreSum += old.scoreSum;
                    g.edges += old.edges;
                    all.remove(old);
                }
            }
            credit(g, e);
        }
        return all;
    }

    private static void credit(Group g, Edge e) {
        g.scoreSum += e.score();
        g.edges++;
        g.strength.merge(e.a(), e.score(), Double::sum);
        g.strength.merge(e.b(), e.score(), Double::sum);
    }

    private static CooperationSuggestion suggestion(OverlapNetwork network, ThemeCodes code, Group group,
                                                    List<PlanDossier> members, List<Partner> partners,
                                                    Map<PartnerId, List<ProjectId>> active, Set<PartnerRole> fitting,
                                                    List<SanctionsRegime> regimes) {
        LocalizedText label = code.kind() == Theme.Kind.FOCUS_AREA
                ? network.codebook().focusAreaLabel(FocusAreaCode.of(code.code()))
                : network.codebook().sdgLabel(SdgTargetCode.of(code.code()));
        Theme theme = new Theme(code.kind(), code.code(), label);
        List<PlanDossier> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparingDouble((PlanDossier d) -> group.strength.getOrDefault(d.id(), 0.0)).reversed()
                .thenComparing(d -> d.id().value()));
        List<MemberId> memberIds = ordered.stream().map(d -> d.member().id()).distinct().toList();
        List<TargetRef> targets = new ArrayList<>();
        List<ProjectId> projects = new ArrayList<>();
        for (PlanDossier d : ordered) {
            for (StrategicTarget t : d.plan().targets()) {
                if (code.servedBy(t)) {
                    targets.add(new TargetRef(d.id(), t.key()));
                }
            }
            d.projects().stream().filter(code::servedBy).forEach(p -> projects.add(p.id()));
        }
        List<PartnerFit> fits = new ArrayList<>();
        for (Partner partner : partners) {
            Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
            partner.roles().stream().filter(fitting::contains).forEach(roles::add);
            List<ProjectId> on = active.getOrDefault(partner.id(), List.of());
            if (!roles.isEmpty() && !on.isEmpty()) {
                fits.add(new PartnerFit(partner.id(), roles, on.subList(0, Math.min(on.size(), PROJECTS_SHOWN_PER_PARTNER))));
            }
        }
        String codeText = code.kind() == Theme.Kind.SDG_TARGET ? "SDG " + code.code() : code.code();
        String names = ordered.stream().map(d -> d.member()).distinct().map(CooperationThemes::englishName)
                .collect(Collectors.joining(", "));
        LocalizedText title = LocalizedText.of("en", "Cooperation on " + label.bestFor(
                Locale.LanguageRange.parse("en")) + " (" + codeText + "): " + names);
        return new CooperationSuggestion(title, theme, memberIds.get(0), memberIds, targets, projects, fits,
                group.edges == 0 ? 0 : group.scoreSum / group.edges, flags(ordered, regimes));
    }

    private static String englishName(Member m) {
        return m.name().bestFor(Locale.LanguageRange.parse("en"));
    }

    static List<SanctionsFlag> flags(List<PlanDossier> members, List<SanctionsRegime> regimes) {
        List<SanctionsFlag> flags = new ArrayList<>();
        for (SanctionsRegime regime : regimes) {
            List<Member> covered = members.stream().map(PlanDossier::member).distinct()
                    .filter(m -> regime.covers(m.country())).toList();
            if (!covered.isEmpty()) {
                String who = covered.stream().map(m -> englishName(m) + " (" + m.country() + ")").collect(Collectors.joining(", "));
                String reason = who + " " + (covered.size() == 1 ? "is" : "are") + " covered by "
                        + regime.name().bestFor(Locale.LanguageRange.parse("en")) + " (" + String.join("; ", regime.instruments())
                        + "). Not to be routed to financing or matchmaking automatically; proceeds only with an exemption from the "
                        + regime.exemptionAuthority() + ".";
                flags.add(new SanctionsFlag(regime.id(), regime.name(), regime.instruments(),
                        covered.stream().map(Member::id).toList(), reason));
            }
        }
        return flags;
    }

    /** For each theme, the partners that take part in projects on it, and those projects. */
    private static Map<ThemeCodes, Map<PartnerId, List<ProjectId>>> partnerActivity(List<PlanDossier> plans) {
        Map<ThemeCodes, Map<PartnerId, List<ProjectId>>> out = new HashMap<>();
        for (PlanDossier d : plans) {
            for (Project p : d.projects()) {
                for (Participant participant : p.participants()) {
                    OrganisationRef org = participant.organisation();
                    if (org != null && org.kind() == OrganisationRef.Kind.PARTNER) {
                        Set<ThemeCodes> themes = new LinkedHashSet<>();
                        p.focusAreas().forEach(f -> themes.add(new ThemeCodes(Theme.Kind.FOCUS_AREA, f.value())));
                        p.sdgTargets().forEach(s -> themes.add(new ThemeCodes(Theme.Kind.SDG_TARGET, s.value())));
                        for (ThemeCodes t : themes) {
                            out.computeIfAbsent(t, k -> new LinkedHashMap<>())
                                    .computeIfAbsent(PartnerId.of(org.id()), k -> new ArrayList<>()).add(p.id());
                        }
                    }
                }
            }
        }
        return out;
    }
}
