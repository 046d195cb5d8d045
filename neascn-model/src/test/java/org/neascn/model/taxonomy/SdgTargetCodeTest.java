package org.neascn.model.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;

class SdgTargetCodeTest {

    @Test
    void knowsItsGoal() {
        assertEquals(11, SdgTargetCode.of("11.a").goal());
    }

    @Test
    void thereIsNoEighteenthGoal() {
        assertThrows(InvalidValueException.class, () -> SdgTargetCode.of("18.1"));
    }

    @Test
    void aGoalHoldsOnlyItsOwnTargets() {
        SdgTarget air = new SdgTarget(SdgTargetCode.of("11.6"), LocalizedText.of("en", "Air quality"));
        assertEquals("targets[0].code", assertThrows(InvalidValueException.class,
                () -> new SdgGoal(3, LocalizedText.of("en", "Good health"), List.of(air))).field());
    }
}
