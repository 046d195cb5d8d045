package org.neascn.tests.signin;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The OpenID provider and the sign-in server, started once for every sign-in test class of the
 * run (each start costs the machine a Liberty) and stopped when the run ends. A test class asks
 * for it with {@code @ExtendWith(SignInEnvironment.class)} and a {@code SignInEnvironment}
 * parameter.
 */
public final class SignInEnvironment implements ParameterResolver, ExtensionContext.Store.CloseableResource {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SignInEnvironment.class);

    final OpenIdProvider provider;
    final SignInServer server;

    /** For JUnit, which instantiates the extension; the environment itself lives in the root store. */
    public SignInEnvironment() {
        this.provider = null;
        this.server = null;
    }

    private SignInEnvironment(OpenIdProvider provider, SignInServer server) {
        this.provider = provider;
        this.server = server;
    }

    private static SignInEnvironment start() {
        Path web = Path.of(required("neascn.web.dir"));
        int http = Integer.parseInt(required("neascn.signin.http.port"));
        int oidc = Integer.parseInt(required("neascn.oidc.port"));
        String origin = "http://127.0.0.1:" + http;
        OpenIdProvider provider = OpenIdProvider.start(web, oidc, origin);
        try {
            Map<String, String> environment = new LinkedHashMap<>();
            // Exactly the variables the README asks a network to set for its own provider.
            environment.put("MP_JWT_VERIFY_ISSUER", provider.issuer);
            environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", provider.issuer + "/jwks");
            environment.put("MP_JWT_VERIFY_AUDIENCES", OpenIdProvider.AUDIENCE);
            environment.put("NEASCN_OIDC_CLIENT_ID", OpenIdProvider.CLIENT_ID);
            environment.put("NEASCN_OIDC_SCOPES", "openid profile");
            environment.put("NEASCN_AUTH_LOCAL", "false");
            // The tests watch a token lapse within seconds; production keeps MP-JWT's default skew.
            environment.put("NEASCN_JWT_CLOCK_SKEW", "0s");
            SignInServer server = SignInServer.start(Path.of(required("neascn.wlp")), required("neascn.signin.server"),
                    http, Path.of(required("neascn.war")), environment);
            return new SignInEnvironment(provider, server);
        } catch (RuntimeException e) {
            provider.close();
            throw e;
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (the failsafe configuration sets it)");
        }
        return value;
    }

    /** The redirect URI the web application registers with the provider. */
    String redirectUri() {
        return server.base.resolve("signed-in").toString();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SignInEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("environment", key -> start(),
                SignInEnvironment.class);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.close();
        }
    }
}
