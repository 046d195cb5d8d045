package org.neascn.server.security;

import jakarta.ws.rs.HttpMethod;
import java.util.Set;

/**
 * What a request proves about its caller: a role (with its member or partner) and the one network
 * that role holds in. Roles never cross networks: the secretariat of one network, or the editor
 * of one of its cities, is the public in every other network, and identifiers repeat across
 * networks (two networks may each have a member {@code shanghai}). Decided before any body is
 * read or any record is looked up.
 *
 * @param network the network the role holds in, or null for a local identity that names none
 *                (local mode lets anyone act in any role anyway)
 */
record Credentials(Caller caller, String network) {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /**
     * The caller as it stands in the network of the request's path ({@code null} for paths of no
     * network, such as the shared reference data): itself in its own network, the public when it
     * reads another's.
     *
     * @throws AccessDeniedException when it would change another network's records
     */
    Caller in(String pathNetwork, String method) {
        if (pathNetwork == null || network == null || network.equals(pathNetwork) || caller.isAnonymous()) {
            return caller;
        }
        if (READS.contains(method)) {
            return Caller.PUBLIC;
        }
        throw new AccessDeniedException("As " + describe() + " of network '" + network
                + "' you may not change the records of network '" + pathNetwork + "'");
    }

    private String describe() {
        return caller.member() != null ? "the member editor of '" + caller.member() + "'"
                : caller.partner() != null ? "partner '" + caller.partner() + "'" : "the " + caller.role().externalName();
    }
}
