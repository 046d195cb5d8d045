package org.neascn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uploads that a client sends slowly hold no database connection: more stalled uploads than the
 * pool has connections (20) are open while reads go on. Bounded and on loopback only: the uploads
 * are sockets of this test that send their headers and a first part of the file, then nothing, and
 * are closed at the end. The reads are patient (Liberty adds request threads for the stalled ones
 * gradually): what is asserted is that they answer, not how fast. This does not fail on the code
 * from before the upload was read ahead of the transaction; there the same reads waited for the
 * pool (the test took 106 s on PostgreSQL against 33 s now), which only a benchmark can assert.
 */
class SlowUploadIT extends ServerIT {

    private static final int STALLED = 25;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void stalledUploadsDoNotKeepReadsWaiting() throws IOException {
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                uploads.add(stalledUpload(i % 2 == 0 ? "text/csv" : XLSX));
            }
            for (int i = 0; i < 5; i++) {
                assertEquals(200, patiently(API + "members/shanghai"));
                assertEquals(200, patiently(API + "projects?limit=1"));
            }
            assertEquals(200, patiently("health/ready"));
        } finally {
            for (Socket upload : uploads) {
                upload.close();
            }
        }
        // The server is as usable after the clients went away.
        assertEquals(200, secretariat().get(API + "members/shanghai").statusCode());
    }

    /** The status of a read that waits as long as two minutes for its answer. */
    private int patiently(String path) {
        HttpRequest request = HttpRequest.newBuilder(anonymous().base().resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json").header("Local-Identity", "secretariat").GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A plan import that announces a 1 MB file, sends its first bytes and then stalls. Plan imports,
     * because the import reads the network's members before the file: every stalled one held a
     * connection until its file arrived.
     */
    private Socket stalledUpload(String type) {
        String path = "/" + API + "plans/import";
        try {
            Socket socket = new Socket("127.0.0.1", deployment.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nContent-Length: 1000000\r\nLocal-Identity: secretariat\r\n\r\nSheet,").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
