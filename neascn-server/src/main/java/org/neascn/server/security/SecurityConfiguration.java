package org.neascn.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * How callers prove who they are. In production, MicroProfile JWT bearer tokens from the
 * network's identity provider ({@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.publickey.location},
 * {@code mp.jwt.verify.audiences}). Local mode, where a {@code Local-Identity} header names any
 * role, is a way to try the API and unfit for production: it is off unless asked for with
 * {@code NEASCN_AUTH_LOCAL=true} (a deployment that forgets the JWT settings must not let anyone
 * act as the secretariat), and off in any case once JWT verification is configured.
 */
@ApplicationScoped
public class SecurityConfiguration {

    /** Claim that binds a member editor to its member. */
    public static final String MEMBER_CLAIM = "neascn_member";
    /** Claim that binds a partner to its organisation. */
    public static final String PARTNER_CLAIM = "neascn_partner";
    /** Claim that names the network a token's role holds in; needed when the server hosts several. */
    public static final String NETWORK_CLAIM = "neascn_network";

    @Inject
    Config config;

    public boolean jwtConfigured() {
        return config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.issuer", String.class).isPresent();
    }

    public boolean localIdentitiesAllowed() {
        return !jwtConfigured() && config.getOptionalValue("neascn.auth.local", Boolean.class).orElse(false);
    }
}
