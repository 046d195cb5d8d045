package org.neascn.model.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;

/** A server hosts the shipped networks and every network a directory defines; a broken one stops nothing else. */
class NetworkCatalogueTest {

    @TempDir
    Path networks;

    /** A network directory made from NEASCN's files, renamed {@code id}. */
    private Path network(String id) throws IOException {
        Path directory = Files.createDirectories(networks.resolve(id));
        for (String file : List.of("networks.json", "partners.json", "members.json")) {
            try (InputStream in = getClass().getResourceAsStream("/org/neascn/model/reference/" + file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("\"neascn\"", "\"" + id + "\"");
                Files.writeString(directory.resolve(file), text);
            }
        }
        return directory;
    }

    @Test
    void theShippedCatalogueHostsNeascnAndAscn() {
        NetworkCatalogue shipped = NetworkCatalogue.shipped();
        assertEquals(List.of("neascn", "ascn"), shipped.networks().stream().map(n -> n.id().value()).toList());
        assertEquals(List.of(), shipped.refused());
    }

    @Test
    void everySubdirectoryIsANetworkWithItsOwnRecords() throws IOException {
        network("gulf");
        network("baltic");
        NetworkCatalogue hosted = NetworkCatalogue.shipped().withNetworksUnder(networks);
        assertEquals(List.of("neascn", "ascn", "baltic", "gulf"), hosted.networks().stream().map(n -> n.id().value()).toList());
        ReferenceDataSet gulf = hosted.data(NetworkId.of("gulf")).orElseThrow();
        assertEquals(NetworkId.of("gulf"), gulf.member(MemberId.of("shanghai")).orElseThrow().network());
        assertEquals(ReferenceData.standard().sdgs(), gulf.sdgs());
        assertEquals(List.of(), hosted.refused());
    }

    @Test
    void aBrokenDirectoryIsRefusedNamingFileRecordAndFieldWhileTheOthersAreHosted() throws IOException {
        network("good");
        Path broken = network("broken");
        Path members = broken.resolve("members.json");
        Files.writeString(members, Files.readString(members).replace("\"CN\"", "\"XX\""));
        NetworkCatalogue hosted = NetworkCatalogue.shipped().withNetworksUnder(networks);
        assertTrue(hosted.network(NetworkId.of("good")).isPresent());
        assertTrue(hosted.network(NetworkId.of("broken")).isEmpty());
        NetworkCatalogue.Refusal refusal = hosted.refused().get(0);
        assertEquals(broken.toString(), refusal.source());
        assertTrue(refusal.problem().contains("members.json, record #1 (id shanghai): field country"), refusal.problem());
    }

    @Test
    void aSecondNetworkOfAHostedIdentifierIsRefused() throws IOException {
        network("neascn");
        NetworkCatalogue hosted = NetworkCatalogue.shipped().withNetworksUnder(networks);
        assertEquals(2, hosted.networks().size());
        assertEquals("networks.json, record 'neascn', field id: network 'neascn' is hosted already",
                hosted.refused().get(0).problem());
        assertEquals("Northeast Asia Smart Cities Network",
                hosted.network(NetworkId.of("neascn")).map(Network::name).orElseThrow().originalText());
    }

    @Test
    void aDirectoryOfTwoNetworksIsRefused() throws IOException {
        Path two = network("pair");
        Path file = two.resolve("networks.json");
        String one = Files.readString(file).strip();
        String body = one.substring(1, one.length() - 1);
        Files.writeString(file, "[" + body + "," + body.replace("\"pair\"", "\"pair2\"") + "]");
        NetworkCatalogue hosted = NetworkCatalogue.shipped().withNetworksUnder(networks);
        assertEquals("networks.json must define exactly one network (it defines 2)", hosted.refused().get(0).problem());
    }

    @Test
    void hiddenDirectoriesAreSkippedAndAMissingDirectoryIsReported() throws IOException {
        Files.createDirectories(networks.resolve(".git"));
        assertEquals(List.of(), NetworkCatalogue.shipped().withNetworksUnder(networks).refused());
        NetworkCatalogue none = NetworkCatalogue.shipped().withNetworksUnder(networks.resolve("absent"));
        assertEquals("is not a directory", none.refused().get(0).problem());
        assertEquals(2, none.networks().size());
    }
}
