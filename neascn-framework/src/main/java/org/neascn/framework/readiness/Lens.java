package org.neascn.framework.readiness;

import java.util.Set;
import org.neascn.model.project.Project;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * A point of view some criteria belong to: the climate lens asks for an emission estimate, which
 * a financier expects of a district-heating plant but not of an e-clinic. A lens applies to a
 * project filed under one of its focus areas, SDG goals or targets, DAC sectors or concepts, and
 * to any project judged for a financier that names the lens.
 *
 * @param sdgTargets SDG goals ({@code 13}) or targets ({@code 11.6}): a goal covers its targets
 * @param dacSectors DAC 3-digit sectors or 5-digit purpose codes: a sector covers its codes
 * @param concepts   concept identifiers of the network's thesaurus, for a tagger to match
 * @param rationale  why these criteria belong to the lens, for the reader of an assessment
 */
public record Lens(String id, LocalizedText name, String rationale, Set<FocusAreaCode> focusAreas,
        Set<String> sdgTargets, Set<String> dacSectors, Set<String> concepts) {

    public Lens {
        Identifier.check(id, "id");
        Require.present(name, "name");
        rationale = Require.text(rationale, "rationale");
        focusAreas = Require.set(focusAreas, "focusAreas");
        sdgTargets = Require.set(sdgTargets, "sdgTargets");
        for (String t : sdgTargets) {
            Require.that(t.matches("[0-9]{1,2}(\\.[0-9a-z]{1,2})?"), "sdgTargets",
                    "'" + t + "' is neither an SDG goal (13) nor a target (11.6)");
        }
        dacSectors = Require.set(dacSectors, "dacSectors");
        for (String s : dacSectors) {
            Require.that(s.matches("[0-9]{3}|[0-9]{5}"), "dacSectors", "'" + s + "' is not a 3- or 5-digit DAC code");
        }
        concepts = Require.set(concepts, "concepts");
    }

    /**
     * Why the lens applies to the project, or null when nothing of the project falls under it.
     *
     * @param projectConcepts the concepts a tagger found in the project's texts (may be empty)
     */
    String reasonToApply(Project p, Set<String> projectConcepts) {
        for (FocusAreaCode f : p.focusAreas()) {
            if (focusAreas.contains(f)) {
                return "filed under focus area " + f.value();
            }
        }
        for (SdgTargetCode t : p.sdgTargets()) {
            String code = t.value();
            String goal = code.substring(0, code.indexOf('.') < 0 ? code.length() : code.indexOf('.'));
            if (sdgTargets.contains(code) || sdgTargets.contains(goal)) {
                return "serves SDG target " + code;
            }
        }
        String dac = p.dacSector();
        if (dac != null && (dacSectors.contains(dac) || dacSectors.contains(dac.substring(0, 3)))) {
            return "in DAC sector " + dac;
        }
        for (String c : projectConcepts) {
            if (concepts.contains(c)) {
                return "speaks of concept " + c;
            }
        }
        return null;
    }
}
