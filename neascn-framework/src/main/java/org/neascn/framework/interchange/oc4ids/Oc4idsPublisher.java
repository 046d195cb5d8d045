package org.neascn.framework.interchange.oc4ids;

import java.net.URI;
import org.neascn.model.shared.Require;

/**
 * Who publishes a network's OC4IDS package and how its projects are identified.
 *
 * @param name             the publishing organisation, usually the network's secretariat
 * @param packageUri       where the package can be found, or is identified by
 * @param projectIdPrefix  the registered OC4IDS project identifier prefix ({@code oc4ids-xxxxxx}),
 *                         or a stable prefix of the network's own until it has one
 */
public record Oc4idsPublisher(String name, URI packageUri, String projectIdPrefix) {

    public Oc4idsPublisher {
        name = Require.text(name, "name");
        Require.present(packageUri, "packageUri");
        Require.that(packageUri.isAbsolute(), "packageUri", "must be an absolute URI such as https://neascn.org/oc4ids");
        projectIdPrefix = Require.text(projectIdPrefix, "projectIdPrefix");
        Require.that(projectIdPrefix.matches("[A-Za-z0-9][A-Za-z0-9-]*"), "projectIdPrefix",
                "'" + projectIdPrefix + "' is not a prefix of letters, digits and '-' such as oc4ids-neascn");
    }
}
