package org.neascn.framework.overlap.theme;

import java.util.LinkedHashSet;
import java.util.Set;
import org.neascn.model.initiative.Theme;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.StrategicTarget;

/**
 * What a cooperation theme is keyed on: a concept, an SDG target or a focus area, the first
 * the most specific. Two plans are filed under the most specific keys they share, so plans on
 * PM2.5 and on waste sorting that share SDG 11.6 meet under their concepts, never under 11.6.
 */
record ThemeKey(Theme.Kind kind, String code) {

    /** Concepts before SDG targets before focus areas. */
    int specificity() {
        return switch (kind) {
            case CONCEPT -> 0;
            case SDG_TARGET -> 1;
            default -> 2;
        };
    }

    /** The concepts a target speaks of: in its text and its indicators' names. */
    static Set<String> concepts(StrategicTarget t, ConceptTags tags) {
        Set<String> out = new LinkedHashSet<>(tags.in(t.text()));
        for (Indicator i : t.indicators()) {
            out.addAll(tags.in(i.name()));
        }
        return out;
    }

    /** The concepts a project speaks of: in its title and description. */
    static Set<String> concepts(Project p, ConceptTags tags) {
        Set<String> out = new LinkedHashSet<>(tags.in(p.title()));
        out.addAll(tags.in(p.description()));
        return out;
    }

    boolean servedBy(StrategicTarget t, ConceptTags tags) {
        return switch (kind) {
            case CONCEPT -> tags.withBroader(concepts(t, tags)).contains(code);
            case SDG_TARGET -> t.sdgTargets().stream().anyMatch(s -> s.value().equals(code));
            default -> t.focusAreas().stream().anyMatch(f -> f.value().equals(code));
        };
    }

    boolean servedBy(Project p, ConceptTags tags) {
        return switch (kind) {
            case CONCEPT -> tags.withBroader(concepts(p, tags)).contains(code);
            case SDG_TARGET -> p.sdgTargets().stream().anyMatch(s -> s.value().equals(code));
            default -> p.focusAreas().stream().anyMatch(f -> f.value().equals(code));
        };
    }
}
