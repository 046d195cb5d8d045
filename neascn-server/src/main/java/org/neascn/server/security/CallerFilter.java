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
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Identifies the caller of every API request: from a verified MicroProfile JWT when the
 * server is configured for one, from the {@code Local-Identity} header in local mode, and as
 * the anonymous public otherwise.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SecurityConfiguration configuration;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        String local = context.getHeaderString(LocalIdentity.HEADER);
        String authorization = context.getHeaderString("Authorization");
        if (local != null) {
            if (!configuration.localIdentitiesAllowed()) {
                throw new AuthenticationRequiredException("Local identities are disabled on this server; sign in with a bearer token");
            }
            currentCaller.set(LocalIdentity.parse(local));
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            currentCaller.set(fromToken());
        }
    }

    private Caller fromToken() {
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
        JsonWebToken token = (JsonWebToken) principal;
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        if (groups.contains(Role.SECRETARIAT.externalName())) {
            return Caller.secretariat();
        }
        String member = token.getClaim(SecurityConfiguration.MEMBER_CLAIM);
        if (groups.contains(Role.MEMBER_EDITOR.externalName()) && member != null) {
            return Caller.memberEditor(member);
        }
        String partner = token.getClaim(SecurityConfiguration.PARTNER_CLAIM);
        if (groups.contains(Role.PARTNER.externalName()) && partner != null) {
            return Caller.partner(partner);
        }
        return Caller.PUBLIC;
    }
}
