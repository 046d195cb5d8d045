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

/** A network that ships its own reference data is told exactly where a file is broken. */
class BrokenReferenceDataTest {

    private static final List<String> FILES = List.of("countries.json", "taxonomies.json", "sdgs.json",
            "indicators.json", "country-lists.json", "sanctions-regimes.json", "financiers.json", "networks.json",
            "partners.json", "members.json", "persons.json", "meetings.json");

    @TempDir
    Path directory;

    private void copyStandardFiles() throws IOException {
        for (String file : FILES) {
            try (InputStream in = getClass().getResourceAsStream("/org/neascn/model/reference/" + file)) {
                Files.copy(in, directory.resolve(file));
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = directory.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the test's edit must apply to " + file);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    @Test
    void aCopyOfTheStandardFilesLoads() throws IOException {
        copyStandardFiles();
        assertEquals(ReferenceData.standard(), ReferenceData.fromDirectory(directory));
    }

    @Test
    void anInvalidValueNamesFileRecordAndField() throws IOException {
        copyStandardFiles();
        edit("partners.json", "\"headquarters\": \"RU\"", "\"headquarters\": \"SU\"");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("partners.json, record #3 (id urc): field headquarters"), message);
        assertTrue(message.contains("'SU' is not an ISO 3166-1 alpha-2 country code"), message);
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        copyStandardFiles();
        edit("members.json", "\"level\": \"METROPOLITAN\",", "");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("members.json, record #1 (id shanghai): field level: is required"), message);
    }

    @Test
    void aMisspeltFieldIsNotSilentlyDropped() throws IOException {
        copyStandardFiles();
        edit("persons.json", "\"title\"", "\"titel\"");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("persons.json, record #1 (id nobutsugu-miyama)"), message);
        assertTrue(message.contains("titel"), message);
    }

    @Test
    void aDanglingReferenceNamesTheField() throws IOException {
        copyStandardFiles();
        edit("persons.json", "\"id\": \"adb\"", "\"id\": \"world-bank\"");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertEquals("reference data file persons.json, record 'seok-yong-yoon', field organisation: "
                + "no partner:world-bank in the reference data", message);
    }

    @Test
    void aDirectoryWithoutItsNetworksFileIsNamed() throws IOException {
        copyStandardFiles();
        Files.delete(directory.resolve("networks.json"));
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.endsWith("networks.json: the file is missing"), message);
    }

    @Test
    void aFileTheDirectoryLacksIsTheShippedVocabularyOrNoRecords() throws IOException {
        copyStandardFiles();
        Files.delete(directory.resolve("sdgs.json"));
        Files.delete(directory.resolve("meetings.json"));
        ReferenceDataSet set = ReferenceData.fromDirectory(directory);
        assertEquals(ReferenceData.standard().sdgs(), set.sdgs());
        assertEquals(List.of(), set.meetings());
    }

    @Test
    void aNetworkOfACountryNobodyDescribedIsRefused() throws IOException {
        copyStandardFiles();
        edit("networks.json", "\"MN\"", "\"MN\", \"FR\"");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertEquals("reference data file networks.json, record 'neascn', field countries: no country 'FR' in countries.json",
                message);
    }

    @Test
    void aMemberPlacedOffTheGlobeNamesTheField() throws IOException {
        copyStandardFiles();
        edit("members.json", "\"latitude\": 31.22222", "\"latitude\": 131.22222");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("members.json, record #1 (id shanghai): field coordinates (latitude: must be WGS 84 degrees"
                + " between -90 and 90 (was 131.22222))"), message);
    }

    @Test
    void malformedJsonIsNamed() throws IOException {
        copyStandardFiles();
        Files.writeString(directory.resolve("members.json"), "[{\"id\": ");
        String message = assertThrows(ReferenceDataException.class, () -> ReferenceData.fromDirectory(directory)).getMessage();
        assertTrue(message.contains("members.json: not readable as JSON"), message);
    }
}
