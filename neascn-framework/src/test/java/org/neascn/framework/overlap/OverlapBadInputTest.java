package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;

class OverlapBadInputTest {

    private static final Codebook CODEBOOK = HandWrittenPlans.codebook();

    private static OverlapNetwork networkWith(PlanDossier extra) {
        List<PlanDossier> plans = HandWrittenPlans.all();
        plans.add(extra);
        return OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), plans);
    }

    @Test
    void aPlanWithNoTargetsOverlapsThroughItsProjects() {
        PlanDossier busan = HandWrittenPlans.busan();
        PlanDossier noTargets = HandWrittenPlans.dossier(HandWrittenPlans.member("ulsan", "KR", "ko", "울산", "Ulsan"),
                List.of(), List.of(HandWrittenPlans.project("ulsan-parking", HandWrittenPlans.member("ulsan", "KR", "ko", "울산", "Ulsan"),
                        LocalizedText.of("ko", "스마트 주차 시스템"), HandWrittenPlans.INFRASTRUCTURE, HandWrittenPlans.SDG_11_2).build()));
        Overlap o = networkWith(noTargets).explain(noTargets.id(), busan.id()).orElseThrow();
        assertEquals(0.0, o.components().get(OverlapComponent.TARGET_TEXT));
        assertTrue(o.score() > 0, "overlaps through the parking project: " + o);
    }

    @Test
    void aTargetWhoseTextHasNoTermsCountsAsHavingNoText() {
        PlanDossier busan = HandWrittenPlans.busan();
        var member = HandWrittenPlans.member("sejong", "KR", "en", "Sejong", "Sejong");
        PlanDossier stopWordsOnly = HandWrittenPlans.dossier(member,
                List.of(HandWrittenPlans.target("t1", LocalizedText.of("en", "the and of it ... !!!"),
                        HandWrittenPlans.ENVIRONMENT, HandWrittenPlans.SDG_11_6, null)), List.of());
        Overlap o = networkWith(stopWordsOnly).explain(stopWordsOnly.id(), busan.id()).orElseThrow();
        assertEquals(0.0, o.components().get(OverlapComponent.TARGET_TEXT));
        assertTrue(Double.isFinite(o.score()) && o.score() > 0, "still overlaps on SDG 11.6: " + o);
    }

    @Test
    void aFocusAreaOutsideTheTaxonomyIsRejectedNamingThePlanAndField() {
        PlanDossier busan = HandWrittenPlans.busan();
        Scap p = busan.plan();
        Scap stray = new Scap(p.id(), p.network(), p.member(), 1, p.period(), p.vision(),
                Set.of(HandWrittenPlans.ENVIRONMENT, HandWrittenPlans.INFRASTRUCTURE, FocusAreaCode.of("space-tourism")),
                p.targets(), p.projects(), p.status());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> networkWith(new PlanDossier(busan.member(), stray, busan.projects())));
        assertEquals("plans[busan-scap-1].plan.focusAreas", e.field());
        assertTrue(e.rule().contains("'space-tourism' is not a focus area of taxonomy asean-scf"), e.rule());
    }

    @Test
    void anIndicatorCodeOutsideTheCatalogueIsRejectedNamingTheField() {
        var member = HandWrittenPlans.member("daegu", "KR", "ko", "대구", "Daegu");
        Indicator unknown = new Indicator("i1", LocalizedText.of("ko", "미세먼지"), IndicatorCode.of("CITY-OWN-7"), "µg/m³",
                new Observation(BigDecimal.ONE, 2020), new Observation(BigDecimal.ONE, 2030), List.of());
        StrategicTarget t = new StrategicTarget("air", LocalizedText.of("ko", "대기질 개선"), Set.of(HandWrittenPlans.ENVIRONMENT),
                Set.of(HandWrittenPlans.SDG_11_6), List.of(unknown));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> networkWith(HandWrittenPlans.dossier(member, List.of(t), List.of())));
        assertEquals("plans[daegu-scap-1].plan.targets[0].indicators[0].catalogueCode", e.field());
    }

    @Test
    void textsInALanguageWithoutAnAnalyzerStillMatchEachOther() {
        var lyon = HandWrittenPlans.member("lyon", "FR", "fr", "Lyon", "Lyon");
        var nantes = HandWrittenPlans.member("nantes", "FR", "fr", "Nantes", "Nantes");
        PlanDossier a = HandWrittenPlans.dossier(lyon, List.of(HandWrittenPlans.target("t1",
                LocalizedText.of("fr", "stationnement intelligent au centre-ville"), HandWrittenPlans.INFRASTRUCTURE,
                HandWrittenPlans.SDG_11_2, null)), List.of());
        PlanDossier b = HandWrittenPlans.dossier(nantes, List.of(HandWrittenPlans.target("t1",
                LocalizedText.of("fr", "stationnement intelligent"), HandWrittenPlans.INFRASTRUCTURE,
                HandWrittenPlans.SDG_11_2, null)), List.of());
        OverlapNetwork network = OverlapNetwork.build(CODEBOOK, OverlapSettings.defaults(), List.of(a, b));
        assertTrue(network.explain(a.id(), b.id()).orElseThrow().components().get(OverlapComponent.TARGET_TEXT) > 0.5);
    }

    @Test
    void aPlanGivenTwiceIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> networkWith(HandWrittenPlans.busan()));
        assertEquals("plans[busan-scap-1]", e.field());
    }

    @Test
    void aDossierRejectsAProjectOfAnotherMember() {
        PlanDossier busan = HandWrittenPlans.busan();
        Project foreign = HandWrittenPlans.vladivostok().projects().get(0);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new PlanDossier(busan.member(), busan.plan(), List.of(foreign)));
        assertEquals("projects[0].member", e.field());
    }
}
