package org.neascn.framework.overlap.theme;

import java.util.ArrayList;
import java.util.List;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.framework.overlap.PlansForTests;

/** The hand-written plans grouped for theme tests. */
final class PlansForThemes {

    private PlansForThemes() {
    }

    static List<PlanDossier> airQualityCities() {
        return PlansForTests.all();
    }

    static List<PlanDossier> airQualityCitiesWithoutPyongyang() {
        List<PlanDossier> plans = new ArrayList<>(PlansForTests.all());
        plans.removeIf(d -> d.member().id().value().equals("pyongyang"));
        return plans;
    }

    static List<PlanDossier> onlyTwoAirQualityCities() {
        List<PlanDossier> plans = new ArrayList<>(PlansForTests.all());
        plans.removeIf(d -> d.member().id().value().equals("pyongyang") || d.member().id().value().equals("ulaanbaatar"));
        return plans;
    }
}
