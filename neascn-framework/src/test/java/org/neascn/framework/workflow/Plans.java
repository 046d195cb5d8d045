package org.neascn.framework.workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.scap.Indicator;
import org.neascn.model.scap.Measurement;
import org.neascn.model.scap.Observation;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapId;
import org.neascn.model.scap.ScapStatus;
import org.neascn.model.scap.StrategicTarget;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.YearPeriod;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.SdgTargetCode;

/** Plans, actors and a fixed clock for the workflow tests, modelled on Seoul's and Busan's plans. */
public final class Plans {

    public static final NetworkId NEASCN = NetworkId.of("neascn");
    public static final MemberId SEOUL = MemberId.of("seoul");
    public static final MemberId BUSAN = MemberId.of("busan");
    public static final FocusAreaCode ENVIRONMENT = FocusAreaCode.of("quality-environment");
    public static final FocusAreaCode INFRASTRUCTURE = FocusAreaCode.of("built-infrastructure");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2021-06-01T01:00:00Z"), ZoneOffset.UTC);

    public static final Actor SECRETARIAT = Actor.secretariat("kim@wego");
    public static final Actor SEOUL_EDITOR = Actor.memberEditor("lee@seoul", SEOUL);
    public static final Actor BUSAN_EDITOR = Actor.memberEditor("park@busan", BUSAN);

    private Plans() {
    }

    public static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    /** Annual mean PM2.5 in µg/m³ (SDG 11.6.2): 25 in 2020 down to 15 by 2030. */
    public static Indicator pm25(Measurement... measurements) {
        return new Indicator("pm25", en("Annual mean PM2.5"), null, "µg/m³",
                new Observation(new BigDecimal("25"), 2020), new Observation(new BigDecimal("15"), 2030),
                List.of(measurements));
    }

    /** Households with internet access in %: 80 in 2020 up to 100 by 2030. */
    public static Indicator internet(Measurement... measurements) {
        return new Indicator("internet", en("Household internet access"), null, "%",
                new Observation(new BigDecimal("80"), 2020), new Observation(new BigDecimal("100"), 2030),
                List.of(measurements));
    }

    public static Measurement approved(String value, String date) {
        return new Measurement(new BigDecimal(value), LocalDate.parse(date), Measurement.MeasurementStatus.APPROVED,
                null);
    }

    public static StrategicTarget cleanAir(Indicator... indicators) {
        return new StrategicTarget("clean-air", en("Clean air for every district"), Set.of(ENVIRONMENT),
                Set.of(SdgTargetCode.of("11.6")), List.of(indicators));
    }

    public static StrategicTarget connected(Indicator... indicators) {
        return new StrategicTarget("connected", en("Every household connected"), Set.of(INFRASTRUCTURE),
                Set.of(), List.of(indicators));
    }

    public static Scap plan(MemberId member, int version, ScapStatus status, List<StrategicTarget> targets) {
        return new Scap(ScapId.of(member + "-v" + version), NEASCN, member, version, new YearPeriod(2021, 2030),
                new LocalizedText("ko", Map.of("ko", "스마트 서울", "en", "Smart Seoul")),
                Set.of(ENVIRONMENT, INFRASTRUCTURE), targets, List.of(), status);
    }

    /** Seoul's plan, ready to publish: two targets, each with an indicator. */
    public static Scap seoul(ScapStatus status) {
        return plan(SEOUL, 1, status, List.of(cleanAir(pm25()), connected(internet())));
    }
}
