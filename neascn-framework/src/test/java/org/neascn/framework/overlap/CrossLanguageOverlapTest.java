package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.overlap.HandWrittenPlans.ENVIRONMENT;
import static org.neascn.framework.overlap.HandWrittenPlans.INFRASTRUCTURE;
import static org.neascn.framework.overlap.HandWrittenPlans.INNOVATION;
import static org.neascn.framework.overlap.HandWrittenPlans.SDG_11_2;
import static org.neascn.framework.overlap.HandWrittenPlans.SDG_11_6;
import static org.neascn.framework.overlap.HandWrittenPlans.dossier;
import static org.neascn.framework.overlap.HandWrittenPlans.member;
import static org.neascn.framework.overlap.HandWrittenPlans.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.model.member.Member;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * The cases of issue 14: plans in different languages meet on the concepts their texts name,
 * specific evidence outranks broad codes, and evidence says what matched in the reader's words.
 * Each plan has a look-alike: one in its own language with the same codes and much the same
 * phrasing about another subject (a waste target beside a PM2.5 target).
 */
class CrossLanguageOverlapTest {

    private static final SdgTargetCode SDG_9_1 = SdgTargetCode.of("9.1");
    private static final SdgTargetCode SDG_9_C = SdgTargetCode.of("9.c");
    
    private static StrategicTarget target(String key, String language, String text, Set<FocusAreaCode> areas,
                                          SdgTargetCode sdg, List<Indicator> indicators) {
        return new StrategicTarget(key, LocalizedText.of(language, text), areas, Set.of(sdg), indicators);
    }

    private static Indicator ownIndicator(String language, String name, String unit) {
        return new Indicator("i1", LocalizedText.of(language, name), null, unit,
                new Observation(BigDecimal.valueOf(40), 2020), new Observation(BigDecimal.valueOf(20), 2030), List.of());
    }

    private static PlanDossier plan(String id, String country, String language, StrategicTarget... targets) {
        return dossier(member(id, country, language, id, id), List.of(targets), List.of());
    }

    static final PlanDossier SEOUL = plan("seoul", "KR", "ko", target("pm25", "ko",
            "2030년까지 초미세먼지(PM2.5) 연평균 농도를 2020년 대비 절반으로 줄인다", Set.of(ENVIRONMENT), SDG_11_6, List.of()));
    static final PlanDossier SHANGHAI = plan("shanghai", "CN", "zh-Hans", target("pm25", "zh-Hans",
            "到2030年，全市细颗粒物（PM2.5）年均浓度比2020年下降一半", Set.of(ENVIRONMENT), SDG_11_6, List.of()));
    static final PlanDossier BUSAN_WASTE = plan("busan", "KR", "ko", target("landfill", "ko",
            "2030년까지 생활폐기물 매립량을 2020년 대비 절반으로 줄인다", Set.of(ENVIRONMENT), SDG_11_6, List.of()));
    static final PlanDossier SHENZHEN_WASTE = plan("shenzhen", "CN", "zh-Hans", target("recycling", "zh-Hans",
            "到2030年，全市生活垃圾回收利用率比2020年提高一半", Set.of(ENVIRONMENT), SDG_11_6, List.of()));
    static final PlanDossier DAEJEON = plan("daejeon", "KR", "ko", target("wifi", "ko",
            "모든 버스정류장에 공공와이파이를 설치한다", Set.of(INFRASTRUCTURE, INNOVATION), SDG_9_C, List.of()));
    static final PlanDossier HARBIN = plan("harbin", "CN", "zh-Hans", target("port", "zh-Hans",
            "建设智慧港口和集装箱码头", Set.of(INFRASTRUCTURE, INNOVATION), SDG_9_1, List.of()));

    /** Four plans with the same codes (SDG 11.2, built infrastructure): only what they say tells them apart. */
    private static PlanDossier transportPlan(String id, String country, String language, String target, String project) {
        Member m = member(id, country, language, id, id);
        return dossier(m, List.of(target("t1", language, target, Set.of(INFRASTRUCTURE), SDG_11_2, List.of())),
                List.of(project(id + "-project", m, LocalizedText.of(language, project), INFRASTRUCTURE, SDG_11_2).build()));
    }

    static PlanDossier khabarovsk() {
        return transportPlan("khabarovsk", "RU", "ru", "Модернизация тепловых сетей и снижение теплопотерь",
                "Внедрение интеллектуальной системы парковки в центре города");
    }

    static PlanDossier sapporo() {
        return transportPlan("sapporo", "JP", "ja", "行政手続きのオンライン化を進める",
                "中心市街地にスマートパーキングを導入し、駐車場の空き情報を配信する");
    }

    static PlanDossier vladivostok() {
        return transportPlan("vladivostok", "RU", "ru", "Ремонт дорог и мостов", "Благоустройство набережной в центре города");
    }

    static PlanDossier osaka() {
        return transportPlan("osaka", "JP", "ja", "観光案内を多言語化する", "中心市街地の市営住宅を建て替える");
    }

    private static OverlapNetwork network(PlanDossier... plans) {
        return OverlapNetwork.build(HandWrittenPlans.codebook(), OverlapSettings.defaults(), List.of(plans));
    }

    private static ScapId first(OverlapNetwork network, PlanDossier plan) {
        return network.neighbours(plan.id()).get(0).plan();
    }

    @Test
    void koreanAndChinesePm25HalvingTargetsMeetEachOtherFirst() {
        OverlapNetwork network = network(SEOUL, SHANGHAI, BUSAN_WASTE, SHENZHEN_WASTE, DAEJEON, HARBIN);
        assertEquals(SHANGHAI.id(), first(network, SEOUL));
        assertEquals(SEOUL.id(), first(network, SHANGHAI));
    }

    @Test
    void theConceptIsNamedInTheReadersLanguageWithEachSidesOwnWords() {
        Overlap o = network(SEOUL, SHANGHAI).explain(SEOUL.id(), SHANGHAI.id()).orElseThrow();
        Evidence concept = o.evidence().stream().filter(e -> e.component() == OverlapComponent.CONCEPTS).findFirst().orElseThrow();
        assertEquals("concept PM2.5 (fine particulate matter)", concept.matchedOn());
        assertEquals("초미세먼지(PM2.5)", concept.subject().in("ko").orElseThrow());
        assertEquals("细颗粒物(PM2.5)", concept.subject().in("zh-Hans").orElseThrow());
        assertEquals(List.of(new Evidence.Words("ko", List.of("초미세먼지(PM2.5)"))), concept.wordsA());
        assertEquals(List.of(new Evidence.Words("zh-Hans", List.of("细颗粒物（PM2.5）"))), concept.wordsB());
        assertEquals(List.of(new ItemRef(ItemRef.Kind.TARGET, SEOUL.id(), "pm25")), concept.fromA());
    }

    @Test
    void russianAndJapaneseSmartParkingMeetThroughTheConceptAmongPlansOfTheSameCodes() {
        OverlapNetwork network = network(khabarovsk(), sapporo(), vladivostok(), osaka());
        assertEquals(sapporo().id(), first(network, khabarovsk()));
        assertEquals(khabarovsk().id(), first(network, sapporo()));
        Overlap o = network.explain(khabarovsk().id(), sapporo().id()).orElseThrow();
        Evidence concept = o.evidence().stream().filter(e -> e.component() == OverlapComponent.CONCEPTS).findFirst().orElseThrow();
        assertEquals("スマートパーキング", concept.subject().in("ja").orElseThrow());
        assertEquals("умная парковка", concept.subject().in("ru").orElseThrow());
        assertEquals(List.of(new Evidence.Words("ru", List.of("интеллектуальной системы парковки"))), concept.wordsA());
        assertTrue(concept.wordsB().get(0).words().contains("スマートパーキング"), concept.wordsB()::toString);
    }

    @Test
    void twoCitiesSharingOnlyTwoFocusAreasRankBelowNearIdenticalPm25Targets() {
        OverlapNetwork network = network(SEOUL, SHANGHAI, DAEJEON, HARBIN);
        double focusOnly = network.explain(DAEJEON.id(), HARBIN.id()).orElseThrow().score();
        double pm25 = network.explain(SEOUL.id(), SHANGHAI.id()).orElseThrow().score();
        assertEquals(1.0, network.explain(DAEJEON.id(), HARBIN.id()).orElseThrow().components().get(OverlapComponent.FOCUS_AREAS));
        assertTrue(pm25 > 3 * focusOnly, pm25 + " against " + focusOnly);
    }

    @Test
    void aSharedBroadCodeDoesNotCallAWasteTargetAMatchOfAPm25Target() {
        Overlap o = network(SEOUL, BUSAN_WASTE).explain(SEOUL.id(), BUSAN_WASTE.id()).orElseThrow();
        Evidence sdg = o.evidence().stream().filter(e -> e.component() == OverlapComponent.SDG_TARGETS).findFirst().orElseThrow();
        assertEquals(List.of(new ItemRef(ItemRef.Kind.PLAN, SEOUL.id(), SEOUL.id().value())), sdg.fromA());
        assertEquals(List.of(new ItemRef(ItemRef.Kind.PLAN, BUSAN_WASTE.id(), BUSAN_WASTE.id().value())), sdg.fromB());
        assertEquals(0.0, o.components().get(OverlapComponent.CONCEPTS));
    }

    @Test
    void indicatorsWithoutCodeMatchOnTheirNormalisedNameAndUnit() {
        PlanDossier a = plan("irkutsk", "RU", "ru", target("air", "ru", "Снизить загрязнение воздуха", Set.of(ENVIRONMENT),
                SDG_11_6, List.of(ownIndicator("en", "Days with  good air quality", "days/year"))));
        PlanDossier b = plan("chita", "RU", "ru", target("air", "ru", "Улучшить экологию", Set.of(ENVIRONMENT),
                SDG_11_6, List.of(ownIndicator("en", "days with good air-quality", "Days / year"))));
        Overlap o = network(a, b).explain(a.id(), b.id()).orElseThrow();
        assertEquals(1.0, o.components().get(OverlapComponent.INDICATORS));
        Evidence e = o.evidence().stream().filter(x -> x.component() == OverlapComponent.INDICATORS).findFirst().orElseThrow();
        assertEquals("indicator Days with  good air quality (days/year)", e.matchedOn());
        assertEquals(List.of(new Evidence.Words("en", List.of("days with good air-quality"))), e.wordsB());
    }

    @Test
    void anIndicatorWithoutCodeMatchesTheCatalogueIndicatorOfItsNameAndUnit() {
        var definition = HandWrittenPlans.codebook().indicator(org.neascn.model.taxonomy.IndicatorCode.of("SDG-11.6.2"))
                .orElseThrow();
        String name = definition.name().in("en").orElseThrow();
        Indicator own = ownIndicator("en", name.toUpperCase(java.util.Locale.ROOT), definition.unit());
        assertEquals(ProfileBuilder.INDICATOR + "SDG-11.6.2", ProfileBuilder.indicatorTerm(HandWrittenPlans.codebook(), own));
    }

    @Test
    void noEvidenceShowsAStemOrAFamilyPrefix() {
        OverlapNetwork network = network(SEOUL, SHANGHAI, BUSAN_WASTE, SHENZHEN_WASTE, khabarovsk(), sapporo());
        for (PlanDossier p : List.of(SEOUL, SHANGHAI, BUSAN_WASTE, khabarovsk())) {
            for (Overlap o : network.topOverlaps(p.id())) {
                o.evidence().forEach(e -> assertTrue(!e.matchedOn().matches(".*\\b(en|ru|cjk|mn|c|fa|sdg|ind):.*"), e.matchedOn()));
            }
        }
    }
}
