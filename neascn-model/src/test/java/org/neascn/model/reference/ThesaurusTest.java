package org.neascn.model.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neascn.model.taxonomy.Concept;
import org.neascn.model.taxonomy.SdgTargetCode;

/** The concept thesaurus ships complete, and a network's broken or extended thesaurus is read as it says. */
class ThesaurusTest {

    private static final List<String> LANGUAGES = List.of("en", "zh-Hans", "ja", "ko", "ru", "mn");

    @TempDir
    Path directory;

    private void networkDirectory() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/neascn/model/reference/networks.json")) {
            Files.copy(in, directory.resolve("networks.json"));
        }
        for (String file : List.of("partners.json", "members.json")) {
            try (InputStream in = getClass().getResourceAsStream("/org/neascn/model/reference/" + file)) {
                Files.copy(in, directory.resolve(file));
            }
        }
    }

    private void write(String file, String json) throws IOException {
        Files.writeString(directory.resolve(file), json, StandardCharsets.UTF_8);
    }

    private String shippedConcepts() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/neascn/model/reference/concepts.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theShippedThesaurusHasTwoHundredConceptsInSixLanguagesLinkedToCodes() {
        List<Concept> concepts = ReferenceData.standard().concepts();
        assertTrue(concepts.size() >= 200, "concepts: " + concepts.size());
        for (Concept c : concepts) {
            assertEquals(java.util.Set.copyOf(LANGUAGES), c.label().texts().keySet(), c.id());
            assertTrue(!c.sdgTargets().isEmpty() && !c.focusAreas().isEmpty(), c.id());
        }
    }

    @Test
    void narrowerConceptsAreTheInverseOfBroaderOnes() {
        ReferenceDataSet data = ReferenceData.standard();
        Concept pm25 = data.concept("pm25").orElseThrow();
        assertEquals(List.of("air-quality"), pm25.broader());
        assertTrue(data.narrower("air-quality").contains(pm25));
        assertTrue(pm25.sdgTargets().contains(SdgTargetCode.of("11.6")));
        assertEquals("초미세먼지(PM2.5)", pm25.label().in("ko").orElseThrow());
        assertTrue(pm25.surfaceForms().get("zh-Hans").contains("细颗粒物"));
    }

    @Test
    void aBlankSurfaceFormNamesFileConceptAndField() throws IOException {
        networkDirectory();
        write("concepts.json", shippedConcepts().replaceFirst("\"초미세먼지\"", "\" \""));
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("concepts.json, record #2 (id pm25)"), message);
        assertTrue(message.contains("forms[ko][0]") && message.contains("must not be blank"), message);
    }

    @Test
    void aFormInALanguageWithoutLabelNamesTheField() throws IOException {
        networkDirectory();
        write("concepts.json", "[{\"id\": \"smart-parking\", \"label\": {\"original\": \"en\", \"texts\": {\"en\": \"smart parking\"}},"
                + " \"forms\": {\"ja\": [\"駐車場\"]}, \"sdgTargets\": [\"11.2\"], \"focusAreas\": [\"built-infrastructure\"]}]");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("concepts.json, record #1 (id smart-parking)"), message);
        assertTrue(message.contains("forms[ja]") && message.contains("no preferred label in that language"), message);
    }

    @Test
    void anUnknownBroaderConceptNamesFileConceptAndField() throws IOException {
        networkDirectory();
        write("concepts.json", "[{\"id\": \"smart-parking\", \"label\": {\"original\": \"en\", \"texts\": {\"en\": \"smart parking\"}},"
                + " \"broader\": [\"mobility\"], \"sdgTargets\": [\"11.2\"], \"focusAreas\": [\"built-infrastructure\"]}]");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertEquals("reference data file concepts.json, record 'smart-parking', field broader: no concept 'mobility'", message);
    }

    @Test
    void broaderLinksInACircleAreRefused() throws IOException {
        networkDirectory();
        write("concepts.json", "[" + concept("a", "b") + "," + concept("b", "a") + "]");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("record 'a', field broader: the broader links lead back"), message);
    }

    @Test
    void anUnknownFocusAreaOrSdgTargetIsNamed() throws IOException {
        networkDirectory();
        write("concepts.json", "[{\"id\": \"a\", \"label\": {\"original\": \"en\", \"texts\": {\"en\": \"a\"}},"
                + " \"sdgTargets\": [\"11.6\"], \"focusAreas\": [\"mobility\"]}]");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertEquals("reference data file concepts.json, record 'a', field focusAreas: 'mobility' is in no taxonomy", message);
    }

    @Test
    void aNetworkReplacesTheThesaurusWithItsOwnFile() throws IOException {
        networkDirectory();
        write("concepts.json", "[" + concept("a", null) + "]");
        assertEquals(List.of("a"), ReferenceData.fromDirectory(directory).concepts().stream().map(Concept::id).toList());
    }

    @Test
    void anExtensionAddsConceptsAndReplacesThoseOfItsIdentifiers() throws IOException {
        networkDirectory();
        write("concepts-extension.json", "[" + concept("parking-enforcement", "smart-parking") + ","
                + "{\"id\": \"pm25\", \"label\": {\"original\": \"en\", \"texts\": {\"en\": \"PM2.5\"}},"
                + " \"broader\": [\"air-quality\"], \"sdgTargets\": [\"11.6\"], \"focusAreas\": [\"quality-environment\"]}]");
        ReferenceDataSet data = ReferenceData.fromDirectory(directory);
        assertEquals(ReferenceData.standard().concepts().size() + 1, data.concepts().size());
        assertEquals(List.of("smart-parking"), data.concept("parking-enforcement").orElseThrow().broader());
        assertEquals(List.of("en"), List.copyOf(data.concept("pm25").orElseThrow().label().texts().keySet()));
    }

    @Test
    void anExtensionNamesItsOwnFileWhenBroken() throws IOException {
        networkDirectory();
        write("concepts-extension.json", "[" + concept("parking-enforcement", "parking") + "]");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertEquals("reference data file concepts-extension.json, record 'parking-enforcement', field broader: no concept 'parking'",
                message);
    }

    private static String concept(String id, String broader) {
        return "{\"id\": \"" + id + "\", \"label\": {\"original\": \"en\", \"texts\": {\"en\": \"" + id + "\"}},"
                + (broader == null ? "" : " \"broader\": [\"" + broader + "\"],")
                + " \"sdgTargets\": [\"11.2\"], \"focusAreas\": [\"built-infrastructure\"]}";
    }
}
