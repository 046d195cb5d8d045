package org.neascn.server.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.neascn.server.network.HostedNetworks;

/**
 * Identifies the caller of every API request: from a verified MicroProfile JWT when the
 * server is configured for one, from the {@code Local-Identity} header in local mode, and as
 * the anonymous public otherwise; then as it stands in the network of the request's path
 * ({@link Credentials}): a role of another network reads as the public and changes nothing.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SecurityConfiguration configuration;

    @Inject
    HostedNetworks networks;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        String local = context.getHeaderString(LocalIdentity.HEADER);
        String authorization = context.getHeaderString("Authorization");
        Credentials credentials;
        String principal;
        if (local != null) {
            if (!configuration.localIdentitiesAllowed()) {
                throw new AuthenticationRequiredException("Local identities are disabled on this server; sign in with a bearer token");
            }
            credentials = LocalIdentity.parse(local);
            principal = local.strip();
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            JsonWebToken token = verified();
            credentials = new Credentials(TokenClaims.caller(token), network(token));
            principal = TokenClaims.principal(token);
        } else {
            return;
        }
        String network = context.getUriInfo().getPathParameters().getFirst("network");
        currentCaller.set(credentials.in(network, context.getMethod()), principal);
    }

    private JsonWebToken verified() {
        if (!configuration.jwtConfigured()) {
            throw new AuthenticationRequiredException("This server accepts no bearer tokens: no identity provider is configured");
        }
        try {
            // The resources are open to the public, so the container does not authenticate by
            // itself; ask it to verify the token with the configured MP-JWT mechanism.
            if (request.getUserPrincipal() == null && !request.authenticate(response)) {
                throw new AuthenticationRequiredException("The bearer token was not accepted");
            }
        } catch (IOException | ServletException e) {
            throw new AuthenticationRequiredException("The bearer token was not accepted");
        }
        Principal principal = request.getUserPrincipal();
        if (!(principal instanceof JsonWebToken)) {
            throw new AuthenticationRequiredException("The bearer token was not accepted");
        }
        return (JsonWebToken) principal;
    }

    /**
     * The network the token's role holds in: its claim, or the one network of a server that hosts
     * only one (so tokens issued before a server hosted several keep working there).
     */
    private String network(JsonWebToken token) {
        String claimed = token.getClaim(SecurityConfiguration.NETWORK_CLAIM);
        if (claimed != null && !claimed.isBlank()) {
            return claimed.strip();
        }
        if (networks.networks().size() == 1) {
            return networks.networks().get(0).id().value();
        }
        throw new AuthenticationRequiredException("The bearer token names no network (claim "
                + SecurityConfiguration.NETWORK_CLAIM + ") and this server hosts several");
    }
}
