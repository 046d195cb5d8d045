package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.shared.InvalidValueException;

class OverlapSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreTheDocumentedValues() {
        OverlapSettings d = OverlapSettings.defaults();
        assertEquals(0.30, d.weight(OverlapComponent.CONCEPTS));
        assertEquals(0.15, d.weight(OverlapComponent.SDG_TARGETS));
        assertEquals(0.15, d.weight(OverlapComponent.INDICATORS));
        assertEquals(0.07, d.weight(OverlapComponent.FOCUS_AREAS));
        assertEquals(10, d.topK());
        assertEquals(3, d.minThemeMembers());
        assertTrue(d.fittingPartnerRoles().contains(PartnerRole.KNOWLEDGE_PARTNER));
    }

    @Test
    void specificEvidenceOutweighsBroadFocusAreasByDefault() {
        OverlapSettings d = OverlapSettings.defaults();
        for (OverlapComponent specific : List.of(OverlapComponent.CONCEPTS, OverlapComponent.SDG_TARGETS, OverlapComponent.INDICATORS)) {
            assertTrue(d.weight(specific) > 2 * d.weight(OverlapComponent.FOCUS_AREAS), specific::toString);
        }
    }

    @Test
    void aNetworksFileOverridesOnlyTheKeysItGives() throws IOException {
        Path file = dir.resolve("overlap.properties");
        Files.writeString(file, "weight.projectText=0.5\ntopK=5\n");
        OverlapSettings s = OverlapSettings.load(file);
        assertEquals(0.5, s.weight(OverlapComponent.PROJECT_TEXT));
        assertEquals(5, s.topK());
        assertEquals(0.15, s.weight(OverlapComponent.SDG_TARGETS));
    }

    @Test
    void aNegativeWeightIsRejectedNamingTheComponent() throws IOException {
        Path file = dir.resolve("overlap.properties");
        Files.writeString(file, "weight.challenges=-1\n");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> OverlapSettings.load(file));
        assertEquals("weights.CHALLENGES", e.field());
    }

    @Test
    void aWeightThatIsNotANumberIsRejectedNamingTheKey() throws IOException {
        Path file = dir.resolve("overlap.properties");
        Files.writeString(file, "weight.focusAreas=high\n");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> OverlapSettings.load(file));
        assertEquals("weight.focusAreas", e.field());
    }
}
