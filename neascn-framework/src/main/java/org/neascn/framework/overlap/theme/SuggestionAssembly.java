package org.neascn.framework.overlap.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.framework.overlap.Codebook;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectId;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.taxonomy.FocusAreaCode;

/** Puts one suggestion together: its label, the items that serve the theme, the partners that fit, the lead and the flags. */
final class SuggestionAssembly {

    private static final int PARTNERS_SHOWN = 5;
    private static final Locale.LanguageRange ENGLISH = Locale.LanguageRange.parse("en").get(0);

    private final Codebook codebook;
    private final ConceptTags tags;
    private final List<Partner> partners;
    private final Set<PartnerRole> fitting;
    private final List<SanctionsRegime> regimes;

    SuggestionAssembly(Codebook codebook, ConceptTags tags, List<Partner> partners, Set<PartnerRole> fitting,
                       List<SanctionsRegime> regimes) {
        this.codebook = codebook;
        this.tags = tags;
        this.partners = partners;
        this.fitting = fitting;
        this.regimes = regimes;
    }

    CooperationSuggestion suggestion(ThemeKey key, ThemeGroups.Group group, List<PlanDossier> members) {
        Theme theme = new Theme(key.kind(), key.code(), ThemeLabel.of(key, tags, codebook));
        List<PlanDossier> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparingDouble((PlanDossier d) -> group.strength.getOrDefault(d.id(), 0.0)).reversed()
                .thenComparing(d -> d.id().value()));
        List<MemberId> memberIds = ordered.stream().map(d -> d.member().id()).distinct().toList();
        List<TargetRef> targets = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        Set<FocusAreaCode> areas = new LinkedHashSet<>();
        for (PlanDossier d : ordered) {
            for (StrategicTarget t : d.plan().targets()) {
                if (key.servedBy(t, tags)) {
                    targets.add(new TargetRef(d.id(), t.key()));
                    areas.addAll(t.focusAreas());
                    evidence.add("target|" + d.id() + "|" + t.key() + "|" + t.text().originalText());
                }
            }
            for (Project p : d.projects()) {
                if (key.servedBy(p, tags)) {
                    projects.add(p);
                    areas.addAll(p.focusAreas());
                    evidence.add("project|" + p.id() + "|" + p.title().originalText());
                }
            }
        }
        List<SanctionsFlag> flags = SanctionsFlag.of(ordered, regimes);
        Set<MemberId> covered = flags.stream().flatMap(f -> f.members().stream()).collect(Collectors.toSet());
        MemberId lead = memberIds.stream().filter(m -> !covered.contains(m)).findFirst().orElse(null);
        return new CooperationSuggestion(SuggestionIdentity.id(key.kind(), key.code(), memberIds),
                SuggestionIdentity.fingerprint(evidence), theme.label(), theme, lead, memberIds, targets,
                projects.stream().map(Project::id).toList(), fits(key, areas, projects), group.cohesion(), flags, List.of());
    }

    /** The partners in a fitting role that work on the theme, the strongest fit first. */
    private List<PartnerFit> fits(ThemeKey key, Set<FocusAreaCode> areas, List<Project> projects) {
        List<PartnerFit> out = new ArrayList<>();
        for (Partner partner : partners) {
            Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
            partner.roles().stream().filter(fitting::contains).forEach(roles::add);
            if (roles.isEmpty()) {
                continue;
            }
            Set<String> concepts = partner.concepts().stream().filter(c -> conceptFits(key, c))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Set<FocusAreaCode> sharedAreas = partner.focusAreas().stream()
                    .filter(a -> key.kind() == Theme.Kind.FOCUS_AREA ? a.value().equals(key.code()) : areas.contains(a))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<ProjectId> activeOn = projects.stream().filter(p -> takesPart(partner, p)).map(Project::id).toList();
            if (!concepts.isEmpty() || !sharedAreas.isEmpty() || !activeOn.isEmpty()) {
                out.add(new PartnerFit(partner.id(), roles, concepts, sharedAreas, activeOn,
                        reason(partner, roles, concepts, sharedAreas, activeOn)));
            }
        }
        out.sort(Comparator.comparingInt(PartnerFit::strength).reversed().thenComparing(f -> f.partner().value()));
        return out.subList(0, Math.min(PARTNERS_SHOWN, out.size()));
    }

    /** A partner's concept fits a concept theme it is, or is broader or narrower than; an SDG theme its concept serves. */
    private boolean conceptFits(ThemeKey key, String concept) {
        return switch (key.kind()) {
            case CONCEPT -> tags.covers(concept, key.code()) || tags.covers(key.code(), concept);
            case SDG_TARGET -> tags.concept(concept).map(c -> c.sdgTargets().stream()
                    .anyMatch(s -> s.value().equals(key.code()))).orElse(false);
            default -> false;
        };
    }

    private static boolean takesPart(Partner partner, Project p) {
        for (Participant participant : p.participants()) {
            OrganisationRef org = participant.organisation();
            if (org != null && org.kind() == OrganisationRef.Kind.PARTNER && org.id().equals(partner.id().value())) {
                return true;
            }
        }
        return false;
    }

    private String reason(Partner partner, Set<PartnerRole> roles, Set<String> concepts, Set<FocusAreaCode> areas,
                          List<ProjectId> activeOn) {
        String name = partner.acronym() != null ? partner.acronym() : partner.name().bestFor(List.of(ENGLISH));
        List<String> parts = new ArrayList<>();
        parts.add(roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted()
                .collect(Collectors.joining(", ")));
        if (!concepts.isEmpty()) {
            parts.add("works on " + concepts.stream().map(c -> tags.concept(c).map(x -> x.label().bestFor(List.of(ENGLISH)))
                    .orElse(c)).collect(Collectors.joining(", ")));
        }
        if (!areas.isEmpty()) {
            parts.add("focus " + areas.stream().map(a -> codebook.focusAreaLabel(a).bestFor(List.of(ENGLISH)))
                    .collect(Collectors.joining(", ")));
        }
        if (!activeOn.isEmpty()) {
            parts.add("takes part in " + activeOn.stream().map(ProjectId::value).collect(Collectors.joining(", ")));
        }
        return name + ": " + String.join("; ", parts);
    }

    static String englishName(Member m) {
        return m.name().bestFor(List.of(ENGLISH));
    }
}
