package org.neascn.server.api.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check finds the generated document where the war carries it, and misses it where it is not. */
class DocumentCheckTest {

    @TempDir
    Path classes;

    private URLClassLoader loaderOf(Path directory) throws IOException {
        return new URLClassLoader(new URL[] {directory.toUri().toURL()}, null);
    }

    @Test
    void classesWithoutTheDocumentAreNoticed() throws IOException {
        try (URLClassLoader loader = loaderOf(classes)) {
            assertFalse(DocumentCheck.present(loader));
        }
    }

    @Test
    void thePackagedDocumentIsFound() throws IOException {
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve(DocumentCheck.DOCUMENT), "{\"openapi\":\"3.1.0\"}");
        try (URLClassLoader loader = loaderOf(classes)) {
            assertTrue(DocumentCheck.present(loader));
        }
    }
}
