package org.neascn.server.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.server.security.Caller;
import org.neascn.server.security.CurrentCaller;
import org.neascn.server.security.SecurityConfiguration;

/**
 * What the web application needs to sign people in, before anyone has: unauthenticated by
 * design, and holding nothing secret (the browser is a public client that proves itself with
 * PKCE, and the issuer and client id are visible in every sign-in redirect anyway).
 */
@Path("sign-in")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Sign-in", description = "How the web application signs people in, and who the server takes the caller to be")
public class SignInResource {

    @Inject
    SecurityConfiguration security;

    @Inject
    Config config;

    @Inject
    CurrentCaller currentCaller;

    /**
     * The caller: {@code secretariat}, {@code member-editor} or {@code partner} with its
     * binding, or {@code public}; the principal is the person the token names.
     */
    public record CallerView(String role, String member, String partner, String principal) {
    }

    @GET
    @Operation(summary = "How a browser signs in: the OpenID provider, client id and scopes (mode oidc), local mode's role picker (local), or none")
    @APIResponse(responseCode = "200", description = "The sign-in options; they change only when the server is reconfigured")
    public Response options() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(SignInOptions.from(config, security)).cacheControl(cache).build();
    }

    @GET
    @Path("caller")
    @Operation(summary = "The caller as the server identified it from its bearer token or local identity: role, binding and principal")
    @APIResponse(responseCode = "200", description = "The caller; the public when the request carried no credentials")
    @APIResponse(responseCode = "401", description = "The credentials were not accepted: expired, wrongly signed, or for another audience (problem+json)")
    public CallerView caller() {
        Caller caller = currentCaller.get();
        String role = caller.isAnonymous() ? "public" : caller.role().externalName();
        return new CallerView(role, caller.member(), caller.partner(), currentCaller.principal());
    }
}
