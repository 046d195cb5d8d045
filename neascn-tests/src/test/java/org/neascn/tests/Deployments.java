package org.neascn.tests;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive the tests deploy: the server's war exactly as the build made it, so the tests
 * exercise what a network would deploy rather than a hand-picked subset of classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive server() {
        String path = System.getProperty("neascn.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property neascn.war must name the built server war (was " + path + ")");
        }
        return ShrinkWrap.create(ZipImporter.class, "neascn.war").importFrom(new File(path)).as(WebArchive.class);
    }
}
