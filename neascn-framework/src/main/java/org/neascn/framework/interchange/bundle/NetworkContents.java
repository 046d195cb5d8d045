package org.neascn.framework.interchange.bundle;

import java.util.Optional;
import java.util.Set;
import org.neascn.model.network.NetworkId;

/**
 * The identifiers a store already holds for one network: what an import is planned against.
 * A store fills it with one query per register; no record needs to be loaded.
 *
 * @param network the network's identifier, empty when the network does not exist yet
 */
public record NetworkContents(
        Optional<NetworkId> network,
        Set<String> members,
        Set<String> partners,
        Set<String> persons,
        Set<String> plans,
        Set<String> projects,
        Set<String> initiatives,
        Set<String> meetings,
        Set<String> frameworkVersions,
        Set<String> consultationRounds) {

    public NetworkContents {
        network = network == null ? Optional.empty() : network;
        members = Set.copyOf(members);
        partners = Set.copyOf(partners);
        persons = Set.copyOf(persons);
        plans = Set.copyOf(plans);
        projects = Set.copyOf(projects);
        initiatives = Set.copyOf(initiatives);
        meetings = Set.copyOf(meetings);
        frameworkVersions = Set.copyOf(frameworkVersions);
        consultationRounds = Set.copyOf(consultationRounds);
    }

    /** A deployment with no such network. */
    public static NetworkContents empty() {
        return new NetworkContents(Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of());
    }

    /** How many records the network holds, the network itself included. */
    public int size() {
        return (network.isPresent() ? 1 : 0) + members.size() + partners.size() + persons.size() + plans.size()
                + projects.size() + initiatives.size() + meetings.size() + frameworkVersions.size()
                + consultationRounds.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
