package org.neascn.server.network;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neascn.framework.readiness.Rubric;
import org.neascn.framework.readiness.RubricAssessor;
import org.neascn.framework.readiness.RubricException;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.NetworkCatalogue;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.server.register.RecordNotFoundException;

/**
 * The networks this server hosts: the shipped ones ({@code NEASCN_NETWORKS_SHIPPED} may narrow
 * them) and one per subdirectory of the directory that {@code NEASCN_NETWORKS_DIR} names, read
 * once at start and validated like the shipped data.
 * A directory that fails (in a reference file or its {@code rubric.json}) is refused on its own,
 * logged and reported by readiness; every other network is served. Every part of the server that
 * needs a network's reference data asks here, never the library's shipped set directly.
 */
@ApplicationScoped
public class HostedNetworks {

    private static final Logger LOG = Logger.getLogger(HostedNetworks.class.getName());
    /** A network directory's own readiness rubric, beside its reference files. */
    static final String RUBRIC_FILE = "rubric.json";

    @Inject
    @ConfigProperty(name = "neascn.networks.dir")
    Optional<String> directory;

    /** Which of the shipped networks to host (identifiers, comma-separated); all of them when unset. */
    @Inject
    @ConfigProperty(name = "neascn.networks.shipped")
    Optional<List<String>> shipped;

    private Map<NetworkId, HostedNetwork> hosted;
    private List<NetworkCatalogue.Refusal> refused;

    @PostConstruct
    void load() {
        NetworkCatalogue catalogue = NetworkCatalogue.shipped();
        if (directory.isPresent() && !directory.get().isBlank()) {
            catalogue = catalogue.withNetworksUnder(Path.of(directory.get().strip()));
        }
        Map<NetworkId, HostedNetwork> networks = new LinkedHashMap<>();
        List<NetworkCatalogue.Refusal> refusals = new ArrayList<>(catalogue.refused());
        for (Network network : catalogue.networks()) {
            boolean ofDirectory = catalogue.directory(network.id()).isPresent();
            if (!ofDirectory && shipped.isPresent() && !shipped.get().contains(network.id().value())) {
                continue;
            }
            ReferenceDataSet data = catalogue.data(network.id()).orElseThrow();
            Optional<Path> rubric = catalogue.directory(network.id()).map(d -> d.resolve(RUBRIC_FILE)).filter(Files::exists);
            try {
                // Challenges are filed by the taxonomy's keywords too, so readiness quotes them in their gaps.
                RubricAssessor readiness = new RubricAssessor(rubric.map(Rubric::fromFile).orElseGet(Rubric::standard),
                        data.countryLists(), org.neascn.framework.pipeline.ChallengeTaxonomy.standard(),
                        p -> java.util.Set.of());
                networks.put(network.id(), new HostedNetwork(network, data, readiness));
            } catch (RubricException e) {
                refusals.add(new NetworkCatalogue.Refusal(catalogue.directory(network.id()).orElseThrow().toString(),
                        e.getMessage()));
            }
        }
        hosted = networks;
        refused = List.copyOf(refusals);
        LOG.info(() -> "Hosting networks " + networks.keySet());
        refused.forEach(r -> LOG.warning(() -> "Network directory " + r.source() + " was not loaded: " + r.problem()));
    }

    /** Every hosted network, the shipped ones first. */
    public List<Network> networks() {
        return hosted.values().stream().map(HostedNetwork::network).toList();
    }

    /** The hosted network of a path; an unknown one, or no identifier at all, is not found. */
    public HostedNetwork get(String network) {
        return find(network).orElseThrow(() -> new RecordNotFoundException("No network '" + network + "'"));
    }

    public Optional<HostedNetwork> find(String network) {
        try {
            return Optional.ofNullable(hosted.get(NetworkId.of(network)));
        } catch (IllegalArgumentException notAnIdentifier) {
            return Optional.empty();
        }
    }

    /** The network directories that were not hosted, each with the reason. */
    public List<NetworkCatalogue.Refusal> refused() {
        return refused;
    }
}
