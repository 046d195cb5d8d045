package org.neascn.server.signin;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.neascn.server.security.SecurityConfiguration;

/**
 * How a browser signs in to this server, as {@code GET /api/v1/sign-in} tells the web
 * application: through the network's OpenID provider ({@code oidc}), by picking a role in local
 * mode ({@code local}), or not at all ({@code none}: bearer tokens from API clients only, or
 * nobody writes).
 *
 * @param oidc the provider's settings, present exactly in {@code oidc} mode
 */
public record SignInOptions(String mode, Optional<Oidc> oidc) {

    public static final String OIDC = "oidc";
    public static final String LOCAL = "local";
    public static final String NONE = "none";

    /**
     * The options this server's configuration gives. OpenID Connect needs the provider's issuer
     * ({@code NEASCN_OIDC_ISSUER}, by default the issuer tokens are verified against,
     * {@code MP_JWT_VERIFY_ISSUER}) and the web application's client id
     * ({@code NEASCN_OIDC_CLIENT_ID}); scopes default to {@code openid profile}
     * ({@code NEASCN_OIDC_SCOPES}).
     */
    static SignInOptions from(Config config, SecurityConfiguration security) {
        Optional<String> issuer = text(config, "neascn.oidc.issuer").or(() -> text(config, "mp.jwt.verify.issuer"));
        Optional<String> client = text(config, "neascn.oidc.client-id");
        if (security.jwtConfigured() && issuer.isPresent() && client.isPresent()) {
            String scopes = text(config, "neascn.oidc.scopes").orElse("openid profile");
            return new SignInOptions(OIDC, Optional.of(new Oidc(issuer.get(), client.get(), scopes)));
        }
        return new SignInOptions(security.localIdentitiesAllowed() ? LOCAL : NONE, Optional.empty());
    }

    /** The origin of the OpenID provider the browser signs in with ({@code https://id.example.org}), if one is configured. */
    public static Optional<String> issuerOrigin(Config config) {
        return text(config, "neascn.oidc.issuer").or(() -> text(config, "mp.jwt.verify.issuer")).flatMap(issuer -> {
            try {
                java.net.URI uri = java.net.URI.create(issuer);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    return Optional.empty();
                }
                return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> text(Config config, String property) {
        return config.getOptionalValue(property, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * What an OpenID Connect client in the browser needs (the authorization code flow with PKCE;
     * a public client, so no secret): everything else comes from the issuer's discovery document.
     *
     * @param issuer   the provider's issuer URL, as the tokens name it
     * @param clientId the client registered for the web application
     * @param scopes   space-separated, {@code openid} first
     */
    public record Oidc(String issuer, String clientId, String scopes) {
    }
}
