package org.neascn.framework.interchange;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Milestone;
import org.neascn.model.initiative.TargetRef;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.GovernmentLevel;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.member.MembershipStatus;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Location;
import org.neascn.model.project.OrganisationRole;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/** Records as a city officer would enter them, for the interchange tests. */
public final class Fixtures {

    public static final NetworkId NEASCN = NetworkId.of("neascn");
    public static final FocusAreaCode ENVIRONMENT = FocusAreaCode.of("quality-environment");
    public static final FocusAreaCode INFRASTRUCTURE = FocusAreaCode.of("built-infrastructure");

    private Fixtures() {
    }

    public static ReferenceDataSet reference() {
        return ReferenceData.standard();
    }

    /** Seoul is not in the shipped reference data; a test network adds it. */
    public static Member seoul() {
        return new Member(MemberId.of("seoul"), NEASCN, LocalizedText.of("ko", "서울특별시"),
                GovernmentLevel.METROPOLITAN, CountryCode.of("KR"), MembershipStatus.ACTIVE, 9_400_000L,
                URI.create("https://www.seoul.go.kr"));
    }

    public static List<Member> members() {
        List<Member> members = new ArrayList<>(reference().members());
        members.add(seoul());
        return members;
    }

    public static OrganisationDirectory directory() {
        return new OrganisationDirectory(members(), reference().partners());
    }

    public static Scap ulaanbaatarPlan() {
        Indicator pm25 = new Indicator("pm25", LocalizedText.of("mn", "Агаарын бохирдол PM2.5").with("en", "PM2.5 air pollution"),
                IndicatorCode.of("U4SSC-EN-EN-AQ-1C"), "µg/m³",
                new Observation(new BigDecimal("62.5"), 2019), new Observation(new BigDecimal("35"), 2025),
                List.of(new Measurement(new BigDecimal("58.1"), LocalDate.of(2021, 12, 31),
                        Measurement.MeasurementStatus.APPROVED, "winter average")));
        StrategicTarget air = new StrategicTarget("clean-air",
                LocalizedText.of("mn", "Агаарын чанарыг сайжруулах").with("en", "Improve air quality"),
                Set.of(ENVIRONMENT), Set.of(SdgTargetCode.of("11.6"), SdgTargetCode.of("3.9")), List.of(pm25));
        return new Scap(ScapId.of("ulaanbaatar-scap-1"), NEASCN, MemberId.of("ulaanbaatar"), 1,
                new YearPeriod(2021, 2025), LocalizedText.of("en", "A clean, connected capital").with("mn", "Цэвэр, холбогдсон нийслэл"),
                Set.of(ENVIRONMENT, INFRASTRUCTURE), List.of(air), List.of(ProjectId.of("ub-waste-to-energy")), ScapStatus.DRAFT);
    }

    public static Project wasteToEnergy() {
        return new ProjectBuilder(ProjectId.of("ub-waste-to-energy"), NEASCN, MemberId.of("ulaanbaatar"),
                LocalizedText.of("mn", "Хог хаягдлаас эрчим хүч").with("en", "Waste-to-energy plant"))
                .plan(ScapId.of("ulaanbaatar-scap-1"))
                .description(LocalizedText.of("en", "A 600 t/day plant that burns municipal waste for district heat."))
                .focusArea(ENVIRONMENT)
                .sdgTarget(SdgTargetCode.of("11.6"))
                .sdgTarget(SdgTargetCode.of("7.2"))
                .dacSector("23630")
                .location(new Location(CountryCode.of("MN"), LocalizedText.of("en", "Narangiin Enger"), 47.92, 106.92))
                .stage(Stage.FEASIBILITY)
                .totalCost(Money.of("120000000", "USD"))
                .funding(new Funding(null, LocalizedText.of("en", "City budget"), Money.of("10000000", "USD"), Instrument.GRANT, true))
                .funding(new Funding(PartnerId.of("adb"), null, Money.of("60000000", "USD"), Instrument.LOAN, false))
                .financingStatus(FinancingStatus.PARTIALLY_FUNDED_SEEKING_ADDITIONAL)
                .seeks(Instrument.LOAN)
                .implementingAgency(new ImplementingAgency(LocalizedText.of("en", "Ulaanbaatar City Governor's Office"), null))
                .participant(new Participant(OrganisationRef.partner("adb"), null, OrganisationRole.FUNDING))
                .participant(new Participant(null, LocalizedText.of("en", "Ulaanbaatar Heating Company"), OrganisationRole.EXTENDING))
                .build();
    }

    /** A project a Seoul officer entered in Korean only, with no description or cost. */
    public static Project koreanOnly() {
        return new ProjectBuilder(ProjectId.of("seoul-smart-bus-stops"), NEASCN, MemberId.of("seoul"),
                LocalizedText.of("ko", "스마트 버스 정류장"))
                .plan(ScapId.of("seoul-scap-1"))
                .location(new Location(CountryCode.of("KR"), null, null, null))
                .stage(Stage.IMPLEMENTATION)
                .build();
    }

    /** A Seoul project that is finished: it started, ended and expanded an existing asset. */
    public static Project completedBikeShare() {
        return new ProjectBuilder(ProjectId.of("seoul-bike-share"), NEASCN, MemberId.of("seoul"),
                LocalizedText.of("ko", "공공자전거 확대").with("en", "Public bike-share expansion"))
                .plan(ScapId.of("seoul-scap-1"))
                .location(new Location(CountryCode.of("KR"), null, 37.57, 126.98))
                .stage(Stage.POST_IMPLEMENTATION)
                .projectType(org.neascn.model.project.ProjectType.EXPANSION)
                .actualStart(java.time.LocalDate.of(2023, 4, 1))
                .actualEnd(java.time.LocalDate.of(2025, 10, 31))
                .build();
    }

    public static Scap seoulPlan() {
        return new Scap(ScapId.of("seoul-scap-1"), NEASCN, MemberId.of("seoul"), 1, new YearPeriod(2022, 2026),
                LocalizedText.of("ko", "사람 중심의 스마트 서울"), Set.of(INFRASTRUCTURE), List.of(),
                List.of(ProjectId.of("seoul-smart-bus-stops")), ScapStatus.PUBLISHED);
    }

    /** Three cities in three countries, led by Ulaanbaatar. */
    public static Initiative multiCityInitiative() {
        return new Initiative(InitiativeId.of("clean-air-ne-asia"), NEASCN,
                LocalizedText.of("en", "Clean air in Northeast Asia").with("ko", "동북아 청정 대기").with("zh-Hans", "东北亚清洁空气"),
                new Theme(Theme.Kind.SDG_TARGET, "11.6", LocalizedText.of("en", "Air quality and waste")),
                MemberId.of("ulaanbaatar"),
                Set.of(MemberId.of("ulaanbaatar"), MemberId.of("shanghai"), MemberId.of("seoul")),
                List.of(new InitiativePartner(PartnerId.of("adb"), OrganisationRole.FUNDING),
                        new InitiativePartner(PartnerId.of("wego"), OrganisationRole.EXTENDING)),
                List.of(new TargetRef(ScapId.of("ulaanbaatar-scap-1"), "clean-air")),
                List.of(ProjectId.of("ub-waste-to-energy")),
                List.of(new Milestone(LocalizedText.of("en", "Joint monitoring protocol"), LocalDate.of(2026, 6, 30),
                        Milestone.Status.PLANNED)),
                InitiativeStatus.SEEKING_FINANCING, null, List.of());
    }
}
