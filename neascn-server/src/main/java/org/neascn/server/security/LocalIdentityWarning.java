package org.neascn.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Says at every start, in the server's log, that local identities are on: whoever reaches the
 * server may then act as the secretariat. An operator who set {@code NEASCN_AUTH_LOCAL=true} to try
 * things out, and forgot it, reads this each time the server starts.
 */
@ApplicationScoped
public class LocalIdentityWarning {

    private static final Logger LOG = Logger.getLogger(LocalIdentityWarning.class.getName());

    @Inject
    SecurityConfiguration security;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (security.localIdentitiesAllowed()) {
            LOG.warning("Local identities are ON (NEASCN_AUTH_LOCAL=true): any caller may name any role, the secretariat "
                    + "included, with a Local-Identity header. Unfit for production; unset NEASCN_AUTH_LOCAL and configure "
                    + "MP_JWT_VERIFY_ISSUER to sign people in.");
        }
    }
}
