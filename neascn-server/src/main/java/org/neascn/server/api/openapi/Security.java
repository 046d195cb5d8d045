package org.neascn.server.api.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * How a caller proves who it is, as the document's security schemes: a MicroProfile JWT bearer
 * token in production, the {@code Local-Identity} header in local mode. Reads are open to the
 * public, so every operation also accepts no credentials (the empty requirement); which calls
 * need which role is said by each operation's 401 and 403 responses.
 */
final class Security {

    static final String BEARER = "bearer";
    static final String LOCAL_IDENTITY = "localIdentity";

    private Security() {
    }

    static void declare(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT")
                        .description("Production: a MicroProfile JWT from the network's identity provider. Its groups claim "
                                + "holds the role (secretariat, member-editor, partner); the claim neascn_member or "
                                + "neascn_partner binds an editor to its member or partner."))
                .addSecurityScheme(LOCAL_IDENTITY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("Local-Identity")
                        .description("Local mode only, unfit for production: anyone acts in any role, e.g. secretariat, "
                                + "member-editor:ulaanbaatar or partner:adb. Accepted only while local identities are "
                                + "switched on (NEASCN_AUTH_LOCAL) and no JWT verification is configured; refused with "
                                + "401 otherwise."));
        openAPI.setSecurity(List.of(
                OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(LOCAL_IDENTITY)));
    }
}
