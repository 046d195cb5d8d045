package org.neascn.model.scap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neascn.model.Samples;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;

class ScapTest {

    private static final LocalizedText PM25 = LocalizedText.of("en", "PM2.5");

    @Test
    void targetYearBeforeBaselineYearIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Indicator("pm25", PM25, null,
                "µg/m³", new Observation(BigDecimal.TEN, 2020), new Observation(BigDecimal.ONE, 2019), List.of()));
        assertEquals("target.year", e.field());
    }

    @Test
    void measurementBeforeTheBaselineIsRejected() {
        Measurement old = new Measurement(BigDecimal.ONE, LocalDate.of(2015, 1, 1), Measurement.MeasurementStatus.ENTERED, null);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Indicator("pm25", PM25, null,
                "µg/m³", new Observation(BigDecimal.TEN, 2020), new Observation(BigDecimal.ONE, 2025), List.of(old)));
        assertEquals("measurements[0].date", e.field());
    }

    @Test
    void targetMayOnlyUseThePlansFocusAreas() {
        Scap plan = Samples.ulaanbaatarPlan();
        StrategicTarget elsewhere = new StrategicTarget("safety", LocalizedText.of("en", "Safer streets"),
                Set.of(FocusAreaCode.of("safety-security")), Set.of(), List.of());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Scap(plan.id(), plan.network(),
                plan.member(), 1, plan.period(), plan.vision(), plan.focusAreas(), List.of(elsewhere), List.of(),
                ScapStatus.DRAFT));
        assertEquals("targets[0].focusAreas", e.field());
    }

    @Test
    void targetKeysAreUniqueWithinAPlan() {
        Scap plan = Samples.ulaanbaatarPlan();
        StrategicTarget twice = plan.targets().get(0);
        assertThrows(InvalidValueException.class, () -> new Scap(plan.id(), plan.network(), plan.member(), 1,
                plan.period(), plan.vision(), plan.focusAreas(), List.of(twice, twice), List.of(), ScapStatus.DRAFT));
    }

    @Test
    void versionsCountFromOne() {
        Scap plan = Samples.ulaanbaatarPlan();
        assertEquals("version", assertThrows(InvalidValueException.class, () -> new Scap(plan.id(), plan.network(),
                plan.member(), 0, plan.period(), plan.vision(), plan.focusAreas(), plan.targets(), plan.projects(),
                plan.status())).field());
    }

    @Test
    void onlyPublishedAndSupersededPlansArePublic() {
        assertTrue(ScapStatus.PUBLISHED.isPublic());
        assertTrue(ScapStatus.SUPERSEDED.isPublic());
        assertTrue(!ScapStatus.DRAFT.isPublic() && !ScapStatus.SUBMITTED.isPublic());
    }
}
