package org.neascn.server.api.openapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/**
 * Says at start when the application carries no OpenAPI document. The document is generated at
 * build time into the war's {@code META-INF/openapi.json} and Liberty's scan is off
 * ({@code mp.openapi.scan.disable}), so a server run from classes that were never packaged
 * (plain {@code liberty:run}, an IDE) served an empty document at {@code /openapi}, without a word.
 */
@ApplicationScoped
public class DocumentCheck {

    static final String DOCUMENT = "META-INF/openapi.json";

    private static final Logger LOG = Logger.getLogger(DocumentCheck.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!present(Thread.currentThread().getContextClassLoader())) {
            LOG.warning("The application has no OpenAPI document (" + DOCUMENT + "): /openapi describes no operation. "
                    + "Build it with mvn package, which the README's run command does before liberty:run.");
        }
    }

    static boolean present(ClassLoader loader) {
        return loader != null && loader.getResource(DOCUMENT) != null;
    }
}
