package org.neascn.server.network;

import java.util.List;
import org.neascn.framework.readiness.RubricAssessor;
import org.neascn.model.network.Network;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.sanctions.SanctionsRegime;

/**
 * One network this server hosts, with everything its analyses draw from its own data rather than
 * from another network's: its reference data set and its readiness rubric.
 *
 * @param data      the network's reference data: its taxonomy, SDGs, indicators, country lists,
 *                  sanctions regimes and financiers, and the records a fresh database receives
 * @param readiness the rubric its projects are assessed against, with its country lists
 */
public record HostedNetwork(Network network, ReferenceDataSet data, RubricAssessor readiness) {

    /** The sanctions regimes the network's screening applies; its reference data resolves every one. */
    public List<SanctionsRegime> sanctionsRegimes() {
        return network.sanctionsRegimes().stream().map(id -> data.sanctionsRegime(id).orElseThrow()).toList();
    }
}
