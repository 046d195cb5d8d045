package org.neascn.framework.overlap.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.ProjectId;

/**
 * One suggestion per distinct member set and concept. Among suggestions with the same members,
 * a theme on a code (SDG target, focus area) joins the most specific one, and a concept joins
 * one on an akin concept (the same, broader, narrower, or sharing a broader one); the kept
 * suggestion is the most specific with the most evidence, and lists the joined themes in
 * {@code alsoOn} and their targets and projects beside its own. Concepts that are not akin
 * stay apart: two cities that share both smart parking and air quality get two suggestions.
 */
final class ThemeMerge {

    private ThemeMerge() {
    }

    static List<CooperationSuggestion> merge(List<CooperationSuggestion> all, ConceptTags tags) {
        Map<Set<MemberId>, List<CooperationSuggestion>> byMembers = new LinkedHashMap<>();
        for (CooperationSuggestion s : all) {
            byMembers.computeIfAbsent(Set.copyOf(s.members()), k -> new ArrayList<>()).add(s);
        }
        List<CooperationSuggestion> out = new ArrayList<>();
        for (List<CooperationSuggestion> same : byMembers.values()) {
            same.sort(Comparator.comparingInt((CooperationSuggestion s) -> specificity(s.theme().kind()))
                    .thenComparing(Comparator.comparingInt((CooperationSuggestion s) -> s.targets().size() + s.projects().size())
                            .reversed())
                    .thenComparing(CooperationSuggestion::id));
            List<CooperationSuggestion> kept = new ArrayList<>();
            for (CooperationSuggestion s : same) {
                int into = -1;
                for (int i = 0; i < kept.size() && into < 0; i++) {
                    Theme k = kept.get(i).theme();
                    boolean code = s.theme().kind() != Theme.Kind.CONCEPT;
                    boolean akin = k.kind() == Theme.Kind.CONCEPT && s.theme().kind() == Theme.Kind.CONCEPT
                            && tags.akin(k.code(), s.theme().code());
                    into = code || akin ? i : -1;
                }
                if (into < 0) {
                    kept.add(s);
                } else {
                    kept.set(into, join(kept.get(into), s));
                }
            }
            out.addAll(kept);
        }
        return out;
    }

    private static int specificity(Theme.Kind kind) {
        return new ThemeKey(kind, "-").specificity();
    }

    private static CooperationSuggestion join(CooperationSuggestion kept, CooperationSuggestion joined) {
        Set<TargetRef> targets = new LinkedHashSet<>(kept.targets());
        targets.addAll(joined.targets());
        Set<ProjectId> projects = new LinkedHashSet<>(kept.projects());
        projects.addAll(joined.projects());
        List<Theme> alsoOn = new ArrayList<>(kept.alsoOn());
        alsoOn.add(joined.theme());
        alsoOn.addAll(joined.alsoOn());
        // The identifier and the evidence stay the kept theme's: a decision on it must not move when a code theme joins.
        return new CooperationSuggestion(kept.id(), kept.evidence(), kept.title(), kept.theme(), kept.proposedLead(),
                kept.members(), List.copyOf(targets), List.copyOf(projects), kept.partners(),
                Math.max(kept.cohesion(), joined.cohesion()), kept.sanctions(), alsoOn);
    }
}
