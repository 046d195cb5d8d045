package org.neascn.model.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;

/**
 * The networks one server hosts, each with a reference data set of its own: the networks the
 * library ships and any network that a directory of reference files defines. A network is data:
 * a directory holding {@code networks.json} with its one network, and as many of the other
 * reference files as it needs (see {@link ReferenceData}).
 *
 * <p>A directory that does not load (a broken file, a second network of an identifier already
 * hosted) is refused on its own, with the reason naming file, record and field; every other
 * network is hosted all the same.
 *
 * <pre>{@code
 * NetworkCatalogue hosted = NetworkCatalogue.shipped().withNetworksUnder(Path.of("/etc/neascn/networks"));
 * hosted.refused().forEach(r -> log.warning(r.source() + ": " + r.problem()));
 * ReferenceDataSet ascn = hosted.data(NetworkId.of("ascn")).orElseThrow();
 * }</pre>
 */
public final class NetworkCatalogue {

    /** A directory that defines no network the catalogue could host, and why. */
    public record Refusal(String source, String problem) {
    }

    private final Map<NetworkId, ReferenceDataSet> networks;
    private final Map<NetworkId, Path> directories;
    private final List<Refusal> refused;

    private NetworkCatalogue(Map<NetworkId, ReferenceDataSet> networks, Map<NetworkId, Path> directories,
            List<Refusal> refused) {
        this.networks = networks;
        this.directories = directories;
        this.refused = refused;
    }

    /** The networks the library ships: NEASCN and the ASEAN Smart Cities Network. */
    public static NetworkCatalogue shipped() {
        NetworkCatalogue catalogue = new NetworkCatalogue(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        ReferenceData.shipped().forEach(set -> catalogue.host(set, "the shipped reference data", null));
        return catalogue.frozen();
    }

    /**
     * This catalogue and the network of every subdirectory of {@code directory}, in the order of
     * their names (hidden ones, starting with a dot, are skipped).
     */
    public NetworkCatalogue withNetworksUnder(Path directory) {
        NetworkCatalogue more = new NetworkCatalogue(new LinkedHashMap<>(networks), new LinkedHashMap<>(directories),
                new ArrayList<>(refused));
        if (!Files.isDirectory(directory)) {
            more.refused.add(new Refusal(directory.toString(), "is not a directory"));
            return more.frozen();
        }
        if (Files.exists(directory.resolve("networks.json"))) {
            more.refused.add(new Refusal(directory.toString(), "holds networks.json itself; "
                    + "give each network a subdirectory of its own (" + directory.resolve("<network>") + ")"));
        }
        List<Path> subdirectories;
        try (Stream<Path> entries = Files.list(directory)) {
            subdirectories = entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            more.refused.add(new Refusal(directory.toString(), "could not be listed: " + e.getMessage()));
            return more.frozen();
        }
        for (Path subdirectory : subdirectories) {
            try {
                more.host(ReferenceData.fromDirectory(subdirectory), subdirectory.toString(), subdirectory);
            } catch (ReferenceDataException e) {
                more.refused.add(new Refusal(subdirectory.toString(), e.getMessage()));
            }
        }
        return more.frozen();
    }

    /** Every hosted network, the shipped ones first. */
    public List<Network> networks() {
        return networks.values().stream().map(set -> set.networks().get(0)).toList();
    }

    public Optional<Network> network(NetworkId id) {
        return data(id).map(set -> set.networks().get(0));
    }

    /** The reference data of one hosted network: its records and the vocabularies it uses. */
    public Optional<ReferenceDataSet> data(NetworkId id) {
        return Optional.ofNullable(networks.get(id));
    }

    /**
     * The directory a hosted network was read from, where files the model does not read (a
     * readiness rubric) may sit beside its reference files; empty for a shipped network.
     */
    public Optional<Path> directory(NetworkId id) {
        return Optional.ofNullable(directories.get(id));
    }

    /** The directories that were not hosted, each with its reason. */
    public List<Refusal> refused() {
        return refused;
    }

    private void host(ReferenceDataSet set, String source, Path directory) {
        if (set.networks().size() != 1) {
            refused.add(new Refusal(source, "networks.json must define exactly one network (it defines "
                    + set.networks().size() + ")"));
            return;
        }
        NetworkId id = set.networks().get(0).id();
        if (networks.containsKey(id)) {
            refused.add(new Refusal(source, "networks.json, record '" + id + "', field id: network '" + id
                    + "' is hosted already"));
            return;
        }
        networks.put(id, set);
        if (directory != null) {
            directories.put(id, directory);
        }
    }

    private NetworkCatalogue frozen() {
        return new NetworkCatalogue(Collections.unmodifiableMap(new LinkedHashMap<>(networks)),
                Map.copyOf(directories), List.copyOf(refused));
    }
}
