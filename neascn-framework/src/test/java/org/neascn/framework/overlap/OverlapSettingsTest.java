package org.neascn.framework.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals(0.25, d.weight(OverlapComponent.SDG_TARGETS));
        assertEquals(0.20, d.weight(OverlapComponent.FOCUS_AREAS));
        assertEquals(10, d.topK());
        assertEquals(3, d.minThemeMembers());
        assertTrue(d.fittingPartnerRoles().contains(PartnerRole.KNOWLEDGE_PARTNER));
    }

    @Test
    void aNetworksFileOverridesOnlyTheKeysItGives() throws IOException {
        Path file = dir.resolve("overlap.properties");
        Files.writeString(file, "weight.projectText=0.5\ntopK=5\n");
        OverlapSettings s = OverlapSettings.load(file);
        assertEquals(0.5, s.weight(OverlapComponent.PROJECT_TEXT));
        assertEquals(5, s.topK());
        assertEquals(0.25, s.weight(OverlapComponent.SDG_TARGETS));
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
