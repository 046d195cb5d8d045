package org.neascn.model.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;

/**
 * Keeps the README's library example honest: the lines between the markers below are the
 * README's example, they compile here, and the README must contain them verbatim.
 */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRunsAndSaysWhatItShows() {
        // README:begin
        ReferenceDataSet neascn = ReferenceData.standard();
        Partner adb = neascn.partnerNamed("ADB").orElseThrow();
        boolean finances = adb.plays(PartnerRole.FINANCING_PARTNER);          // true

        Member ulaanbaatar = neascn.member(MemberId.of("ulaanbaatar")).orElseThrow();
        String name = ulaanbaatar.name().originalText();                     // "Улаанбаатар"

        LocalizedText title = LocalizedText.of("ko", "스마트 주차").with("en", "Smart parking");
        Money cost = Money.of("2500000000", "KRW");                          // never negative
        // README:end
        assertTrue(finances);
        assertEquals("Улаанбаатар", name);
        assertEquals("Smart parking", title.in("en").orElseThrow());
        assertEquals("2500000000 KRW", cost.toString());
    }

    @Test
    void theReadmeShowsExactlyTheseLines() throws IOException {
        Path source = Path.of("src/test/java/org/neascn/model/readme/ReadmeExampleTest.java");
        List<String> lines = Files.readAllLines(source);
        int begin = lines.indexOf("        // README:begin");
        int end = lines.indexOf("        // README:end");
        String readme = Files.readString(Path.of("../README.md"));
        for (String line : lines.subList(begin + 1, end)) {
            String unindented = line.length() >= 8 ? line.substring(8) : line.strip();
            assertTrue(readme.contains(unindented), "README.md lacks the example line: " + unindented);
        }
    }
}
