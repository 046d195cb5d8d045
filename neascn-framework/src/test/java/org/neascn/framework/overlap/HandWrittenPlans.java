package org.neascn.framework.overlap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neascn.model.member.GovernmentLevel;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.member.MembershipStatus;
import org.neascn.model.network.NetworkId;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.Location;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * A small network written by hand, each plan in its city's language, so that a reader can say
 * which plans ought to overlap: Busan, Vladivostok, Ulaanbaatar and Pyongyang all fight air
 * pollution (SDG 11.6); Busan and Vladivostok both build smart parking; Tokyo's plan is about
 * e-government and shares little with the others.
 */
final class HandWrittenPlans {

    static final NetworkId NEASCN = NetworkId.of("neascn");
    static final FocusAreaCode ENVIRONMENT = FocusAreaCode.of("quality-environment");
    static final FocusAreaCode INFRASTRUCTURE = FocusAreaCode.of("built-infrastructure");
    static final FocusAreaCode INNOVATION = FocusAreaCode.of("industry-innovation");
    static final SdgTargetCode SDG_11_6 = SdgTargetCode.of("11.6");
    static final SdgTargetCode SDG_11_2 = SdgTargetCode.of("11.2");
    static final SdgTargetCode SDG_9_C = SdgTargetCode.of("9.c");

    private HandWrittenPlans() {
    }

    static Codebook codebook() {
        return Codebook.of(ReferenceData.standard(), NEASCN);
    }

    static Member member(String id, String country, String language, String localName, String englishName) {
        LocalizedText name = language.equals("en") ? LocalizedText.of("en", englishName)
                : new LocalizedText(language, Map.of(language, localName, "en", englishName));
        return new Member(MemberId.of(id), NEASCN, name,
                GovernmentLevel.CITY, CountryCode.of(country), MembershipStatus.ACTIVE, null, null);
    }

    static StrategicTarget target(String key, LocalizedText text, FocusAreaCode area, SdgTargetCode sdg, String indicator) {
        List<Indicator> indicators = indicator == null ? List.of()
                : List.of(new Indicator("i1", text, IndicatorCode.of(indicator), "µg/m³",
                new Observation(BigDecimal.valueOf(40), 2020), new Observation(BigDecimal.valueOf(20), 2030), List.of()));
        return new StrategicTarget(key, text, Set.of(area), Set.of(sdg), indicators);
    }

    static ProjectBuilder project(String id, Member member, LocalizedText title, FocusAreaCode area, SdgTargetCode sdg) {
        return new ProjectBuilder(ProjectId.of(id), NEASCN, member.id(), title)
                .plan(ScapId.of(member.id().value() + "-scap-1"))
                .focusArea(area).sdgTarget(sdg)
                .location(new Location(member.country(), null, null, null));
    }

    static PlanDossier dossier(Member member, List<StrategicTarget> targets, List<Project> projects) {
        Set<FocusAreaCode> areas = new LinkedHashSet<>();
        targets.forEach(t -> areas.addAll(t.focusAreas()));
        projects.forEach(p -> areas.addAll(p.focusAreas()));
        Scap plan = new Scap(ScapId.of(member.id().value() + "-scap-1"), NEASCN, member.id(), 1, new YearPeriod(2021, 2030),
                LocalizedText.of("en", "A smart and sustainable city"), areas, targets,
                projects.stream().map(Project::id).toList(), ScapStatus.PUBLISHED);
        return new PlanDossier(member, plan, projects);
    }

    static PlanDossier busan() {
        Member m = member("busan", "KR", "ko", "부산광역시", "Busan");
        return dossier(m,
                List.of(target("clean-air", LocalizedText.of("ko", "초미세먼지 농도를 줄여 대기질을 개선한다"),
                        ENVIRONMENT, SDG_11_6, "U4SSC-EN-EN-AQ-1C")),
                List.of(project("busan-smart-parking", m,
                        LocalizedText.of("ko", "스마트 주차 안내 시스템").with("en", "Smart parking guidance system"),
                        INFRASTRUCTURE, SDG_11_2).build()));
    }

    static PlanDossier vladivostok() {
        Member m = member("vladivostok", "RU", "ru", "Владивосток", "Vladivostok");
        return dossier(m,
                List.of(target("air-quality", LocalizedText.of("ru", "Снизить загрязнение воздуха и концентрацию PM2.5"),
                        ENVIRONMENT, SDG_11_6, "SDG-11.6.2")),
                List.of(project("vladivostok-smart-parking", m,
                        LocalizedText.of("ru", "Система умной парковки").with("en", "Smart parking system in the city centre"),
                        INFRASTRUCTURE, SDG_11_2).build()));
    }

    static PlanDossier ulaanbaatar() {
        Member m = member("ulaanbaatar", "MN", "mn", "Улаанбаатар", "Ulaanbaatar");
        return dossier(m,
                List.of(target("clean-air", LocalizedText.of("mn", "Агаарын бохирдлыг бууруулах"),
                        ENVIRONMENT, SDG_11_6, "U4SSC-EN-EN-AQ-1C")),
                List.of(project("ub-clean-heating", m, LocalizedText.of("mn", "Гэр хорооллын цэвэр халаалт"),
                        ENVIRONMENT, SDG_11_6)
                        .challenge(new Challenge(LocalizedText.of("mn", "Орлогын загвар байхгүй"), "no-revenue-model"))
                        .participant(new Participant(OrganisationRef.partner("clc"), null, OrganisationRole.IMPLEMENTING))
                        .participant(new Participant(OrganisationRef.partner("wego"), null, OrganisationRole.EXTENDING))
                        .build()));
    }

    static PlanDossier pyongyang() {
        Member m = member("pyongyang", "KP", "ko", "평양시", "Pyongyang");
        return dossier(m,
                List.of(target("air", LocalizedText.of("ko", "대기오염을 줄이고 대기질을 개선한다"),
                        ENVIRONMENT, SDG_11_6, "U4SSC-EN-EN-AQ-1C")),
                List.of());
    }

    static PlanDossier tokyo() {
        Member m = member("tokyo", "JP", "ja", "東京都", "Tokyo");
        return dossier(m,
                List.of(target("digital", LocalizedText.of("ja", "行政手続きをオンライン化する"),
                        INNOVATION, SDG_9_C, "U4SSC-EC-ICT-ICT-1C")),
                List.of(project("tokyo-e-portal", m, LocalizedText.of("ja", "電子申請ポータル"), INNOVATION, SDG_9_C).build()));
    }

    static List<PlanDossier> all() {
        return new ArrayList<>(List.of(busan(), vladivostok(), ulaanbaatar(), pyongyang(), tokyo()));
    }
}
