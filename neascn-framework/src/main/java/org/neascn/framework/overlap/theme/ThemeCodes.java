package org.neascn.framework.overlap.theme;

import java.util.LinkedHashSet;
import java.util.Set;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.initiative.Theme;
import org.neascn.model.project.Project;
import org.neascn.model.scap.StrategicTarget;

/** The focus areas and SDG targets a plan carries (plan, targets and projects together), as theme keys. */
record ThemeCodes(Theme.Kind kind, String code) {

    static Set<ThemeCodes> of(PlanDossier d) {
        Set<ThemeCodes> out = new LinkedHashSet<>();
        d.plan().focusAreas().forEach(f -> out.add(new ThemeCodes(Theme.Kind.FOCUS_AREA, f.value())));
        for (StrategicTarget t : d.plan().targets()) {
            add(out, t.focusAreas(), t.sdgTargets());
        }
        for (Project p : d.projects()) {
            add(out, p.focusAreas(), p.sdgTargets());
        }
        return out;
    }

    private static void add(Set<ThemeCodes> out, Set<? extends Object> areas, Set<? extends Object> sdgs) {
        areas.forEach(f -> out.add(new ThemeCodes(Theme.Kind.FOCUS_AREA, f.toString())));
        sdgs.forEach(s -> out.add(new ThemeCodes(Theme.Kind.SDG_TARGET, s.toString())));
    }

    boolean servedBy(StrategicTarget t) {
        return kind == Theme.Kind.FOCUS_AREA
                ? t.focusAreas().stream().anyMatch(f -> f.value().equals(code))
                : t.sdgTargets().stream().anyMatch(s -> s.value().equals(code));
    }

    boolean servedBy(Project p) {
        return kind == Theme.Kind.FOCUS_AREA
                ? p.focusAreas().stream().anyMatch(f -> f.value().equals(code))
                : p.sdgTargets().stream().anyMatch(s -> s.value().equals(code));
    }
}
