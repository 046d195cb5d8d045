package org.neascn.framework.interchange.spreadsheet;

import java.util.Set;
import java.util.stream.Collectors;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.taxonomy.SdgTargetCode;
import org.neascn.model.taxonomy.Taxonomy;

/**
 * What a template is checked against: the network it is imported into, that network's
 * focus-area taxonomy, the SDG targets that exist and the members that may own a plan.
 */
public record ImportContext(NetworkId network, Taxonomy taxonomy, Set<SdgTargetCode> sdgTargets, Set<MemberId> members) {

    public ImportContext {
        if (network == null || taxonomy == null) {
            throw new IllegalArgumentException("an import needs a network and its taxonomy");
        }
        sdgTargets = Set.copyOf(sdgTargets);
        members = Set.copyOf(members);
    }

    /** The context of one network of a reference data set, with extra members it has added. */
    public static ImportContext of(ReferenceDataSet data, NetworkId network, Set<MemberId> members) {
        Taxonomy taxonomy = data.network(network).flatMap(n -> data.taxonomy(n.taxonomy()))
                .orElseThrow(() -> new IllegalArgumentException("network " + network + " or its taxonomy is unknown"));
        Set<SdgTargetCode> targets = data.sdgs().stream().flatMap(g -> g.targets().stream())
                .map(t -> t.code()).collect(Collectors.toSet());
        return new ImportContext(network, taxonomy, targets, members);
    }
}
