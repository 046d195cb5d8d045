package org.neascn.server.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API, version 1. Every resource of a network lives under {@code /api/v1}. Bearer
 * tokens are MicroProfile JWTs; the resources themselves are open, and the
 * {@code CallerFilter} asks the container to verify a token when one is sent.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "neascn")
@OpenAPIDefinition(info = @Info(title = "NEASCN Framework API", version = "1",
        description = "Members, partners, smart city action plans, projects, financing and cooperation of a regional smart-city network.",
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
public class ApiApplication extends Application {
}
