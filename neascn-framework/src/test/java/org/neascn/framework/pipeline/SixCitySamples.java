package org.neascn.framework.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.Challenge;
import org.neascn.model.project.DocumentType;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Funding;
import org.neascn.model.project.ImplementingAgency;
import org.neascn.model.project.Instrument;
import org.neascn.model.project.Location;
import org.neascn.model.project.Project;
import org.neascn.model.project.ProjectBuilder;
import org.neascn.model.project.ProjectDocument;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Projects as officers of the six countries' cities write them, each in the city's language and
 * currency: Shanghai in Chinese and yuan, Tokyo in Japanese and yen, Busan in Korean and won,
 * Pyongyang in Korean and won of the DPRK, Vladivostok in Russian and roubles, Ulaanbaatar in
 * Mongolian and tögrög.
 */
public final class SixCitySamples {

    public static final FocusAreaCode HEALTH = FocusAreaCode.of("health-wellbeing");

    /** Members resolve to the country of their city, as the member register would. */
    public static final MemberCountries MEMBERS = MemberCountries.from(id -> switch (id.value()) {
        case "shanghai" -> CountryCode.of("CN");
        case "tokyo" -> CountryCode.of("JP");
        case "busan" -> CountryCode.of("KR");
        case "pyongyang" -> CountryCode.of("KP");
        case "vladivostok" -> CountryCode.of("RU");
        case "ulaanbaatar" -> CountryCode.of("MN");
        default -> null;
    });

    private SixCitySamples() {
    }

    private static ProjectBuilder in(String id, String member, String country, String language, String title) {
        return new ProjectBuilder(ProjectId.of(id), PipelineSamples.NEASCN, MemberId.of(member),
                LocalizedText.of(language, title)).location(new Location(CountryCode.of(country), null, null, null));
    }

    /** Shanghai's river-water source heat pumps: fully funded by the city, yet seeking a loan on paper. */
    public static Project shanghaiHeatPumps() {
        return in("sh-heat-pumps", "shanghai", "CN", "zh", "黄浦江水源热泵区域供能")
                .focusArea(PipelineSamples.ENVIRONMENT).sdgTarget(SdgTargetCode.of("7.3")).stage(Stage.IMPLEMENTATION)
                .totalCost(Money.of("800000000", "CNY"))
                .funding(new Funding(null, LocalizedText.of("zh", "市财政"), Money.of("800000000", "CNY"), Instrument.GRANT, true))
                .financingStatus(FinancingStatus.FULLY_FUNDED).seeks(Instrument.LOAN).build();
    }

    /** Tokyo's flood sensors at scoping, nothing else recorded. */
    public static Project tokyoFloodSensors() {
        return in("tk-flood-sensors", "tokyo", "JP", "ja", "河川氾濫センサー網").focusArea(PipelineSamples.INFRASTRUCTURE)
                .stage(Stage.SCOPING).totalCost(Money.of("1200000000", "JPY")).seeks(Instrument.GRANT).build();
    }

    /** Busan's smart parking platform: partly funded in won, seeking a loan for the rest. */
    public static Project busanParking() {
        return in("bs-parking", "busan", "KR", "ko", "스마트 주차 플랫폼").focusArea(PipelineSamples.INFRASTRUCTURE)
                .sdgTarget(SdgTargetCode.of("11.2")).stage(Stage.FEASIBILITY)
                .totalCost(Money.of("30000000000", "KRW"))
                .funding(new Funding(null, LocalizedText.of("ko", "부산시 예산"), Money.of("20000000000", "KRW"),
                        Instrument.GRANT, true))
                .financingStatus(FinancingStatus.PARTIALLY_FUNDED_SEEKING_ADDITIONAL).seeks(Instrument.LOAN)
                .challenge(new Challenge(LocalizedText.of("ko", "주차 요금 수익 모델이 없음"), null)).build();
    }

    /** Pyongyang's district heating: a DPRK member, held back by sanctions screening. */
    public static Project pyongyangHeating() {
        return in("py-district-heating", "pyongyang", "KP", "ko", "평양 지역난방 개선").focusArea(PipelineSamples.ENVIRONMENT)
                .stage(Stage.FEASIBILITY).totalCost(Money.of("50000000", "USD")).seeks(Instrument.CONCESSIONAL_LOAN)
                .build();
    }

    /** Vladivostok's port electrification in roubles, with a feasibility study of unknown date. */
    public static Project vladivostokPort() {
        return in("vl-port-power", "vladivostok", "RU", "ru", "Электрификация порта").focusArea(PipelineSamples.ENVIRONMENT)
                .stage(Stage.FEASIBILITY).totalCost(Money.of("4000000000", "RUB")).seeks(Instrument.LOAN)
                .document(new ProjectDocument(DocumentType.FEASIBILITY_STUDY, LocalizedText.of("ru", "ТЭО"), null, null))
                .build();
    }

    /**
     * Ulaanbaatar's e-health clinics at scoping, seeking technical assistance, with the officer's
     * challenges in Mongolian: capacity gaps and no revenue model.
     */
    public static Project ulaanbaatarEHealth() {
        return in("ub-e-health", "ulaanbaatar", "MN", "mn", "Цахим эрүүл мэндийн төвүүд").focusArea(HEALTH)
                .sdgTarget(SdgTargetCode.of("3.8")).stage(Stage.SCOPING)
                .totalCost(Money.of("6800000000", "MNT")).seeks(Instrument.TECHNICAL_ASSISTANCE)
                .implementingAgency(new ImplementingAgency(LocalizedText.of("mn", "Нийслэлийн Эрүүл мэндийн газар"), null))
                .challenge(new Challenge(LocalizedText.of("mn", "Мэргэжлийн боловсон хүчний чадавх дутмаг")
                        .with("en", "capacity gaps in the city's staff"), null))
                .challenge(new Challenge(LocalizedText.of("mn", "Орлого бүрдүүлэх загвар байхгүй")
                        .with("en", "no revenue model"), "no-revenue-model"))
                .document(new ProjectDocument(DocumentType.CONCEPT_NOTE, LocalizedText.of("mn", "Төслийн танилцуулга"),
                        null, null, ProjectDocument.Status.IN_PROGRESS))
                .build();
    }

    /** Ulaanbaatar's waste-to-energy plant with its climate benefit (see {@link PipelineSamples}). */
    public static Project ulaanbaatarWasteToEnergy() {
        return PipelineSamples.ulaanbaatarWasteToEnergy().build();
    }

    static LocalDate today() {
        return LocalDate.of(2026, 11, 30);
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
