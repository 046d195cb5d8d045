package org.neascn.framework.interchange.bundle;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.neascn.framework.input.InputRejectedException;
import org.neascn.framework.input.RequestBodies;
import org.neascn.framework.interchange.BoundedInputStream;
import org.neascn.framework.interchange.ImportProblem;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.ImportRejectedException.Reason;
import org.neascn.framework.interchange.InputLimits;
import org.neascn.model.reference.NeascnJson;

/**
 * Writes and reads {@link NetworkBundle}s (UTF-8 JSON, through the domain's JSON-B
 * configuration, so every record is validated as it is read) and plans their import.
 *
 * <pre>{@code
 * NetworkBundle bundle = NetworkBundles.read(request.getInputStream(), InputLimits.standard());
 * BundleImport plan = NetworkBundles.plan(bundle, store.contentsOf(bundle.network().id()), policy);
 * store.applyInOneTransaction(plan);
 * }</pre>
 */
public final class NetworkBundles {

    public static final String MEDIA_TYPE = "application/json";

    private static final Jsonb JSON = NeascnJson.create();

    private NetworkBundles() {
    }

    /** Writes the bundle to {@code out} as UTF-8 JSON; flushed, not closed. */
    public static void write(NetworkBundle bundle, OutputStream out) {
        try {
            OutputStream unclosable = new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
            JSON.toJson(bundle, unclosable);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the network bundle could not be written", e);
        } catch (JsonbException e) {
            throw new IllegalStateException("the network bundle could not be serialised", e);
        }
    }

    /**
     * Reads a bundle, refusing it as a whole when it is too large, not UTF-8, not JSON, not a
     * bundle of a version this library reads, when a record breaks a domain rule, or when the
     * bundle is inconsistent (a reference to a record that is not in it).
     */
    public static NetworkBundle read(InputStream in, InputLimits limits) {
        String text = decode(readAll(new BoundedInputStream(in, limits)));
        NetworkBundle bundle;
        try {
            // The API's one strict reader: duplicate keys, stray text, wrong types and unknown
            // fields are refused with their paths, never with the words of a JSON-B exception.
            bundle = RequestBodies.read(text.getBytes(StandardCharsets.UTF_8), NetworkBundle.class);
        } catch (InputRejectedException e) {
            Reason reason = e.kind() == InputRejectedException.Kind.INVALID ? Reason.INVALID_CONTENT : Reason.UNREADABLE;
            throw new ImportRejectedException(reason, e.errors().stream()
                    .map(error -> new ImportProblem("bundle", 0, error.path(), error.rule())).toList());
        }
        if (bundle == null) {
            throw ImportRejectedException.ofFile(Reason.UNREADABLE, "the file holds no network bundle");
        }
        List<ImportProblem> problems = BundleIntegrity.check(bundle);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(Reason.INVALID_CONTENT, problems);
        }
        return bundle;
    }

    /**
     * What importing {@code bundle} into a store that holds {@code existing} would write.
     * Under {@link ImportPolicy#REJECT} a network that already has records refuses the import;
     * under {@link ImportPolicy#MERGE_BY_ID} records are added or replaced by identifier.
     * Nothing is written here.
     */
    public static BundleImport plan(NetworkBundle bundle, NetworkContents existing, ImportPolicy policy) {
        List<ImportProblem> conflicts = new ArrayList<>();
        existing.network().filter(n -> !n.equals(bundle.network().id())).ifPresent(n -> conflicts.add(
                new ImportProblem("network", 0, "id", "the bundle is for network '" + bundle.network().id()
                        + "', but it is being imported into network '" + n + "'")));
        if (policy == ImportPolicy.REJECT && !existing.isEmpty()) {
            conflicts.add(new ImportProblem("network", 0, "", "network '" + bundle.network().id() + "' already holds "
                    + existing.size() + " records; import with MERGE_BY_ID to add and replace records by identifier"));
        }
        if (!conflicts.isEmpty()) {
            throw new ImportRejectedException(Reason.CONFLICT, conflicts);
        }
        return new BundleImport(bundle.network(), existing.network().isPresent(),
                Changes.of(bundle.members(), m -> m.id().value(), existing.members()),
                Changes.of(bundle.partners(), p -> p.id().value(), existing.partners()),
                Changes.of(bundle.persons(), p -> p.id().value(), existing.persons()),
                Changes.of(bundle.plans(), p -> p.id().value(), existing.plans()),
                Changes.of(bundle.projects(), p -> p.id().value(), existing.projects()),
                Changes.of(bundle.initiatives(), i -> i.id().value(), existing.initiatives()),
                Changes.of(bundle.meetings(), m -> m.id().value(), existing.meetings()),
                Changes.of(bundle.frameworkVersions(), v -> v.id().value(), existing.frameworkVersions()),
                Changes.of(bundle.consultationRounds(), r -> r.id().value(), existing.consultationRounds()));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ImportRejectedException.ofFile(Reason.UNREADABLE, "the file could not be received: " + e.getMessage());
        }
    }

    /** Strict UTF-8: a file in another encoding is refused, never decoded into the wrong letters. */
    private static String decode(byte[] bytes) {
        int offset = 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw ImportRejectedException.ofFile(Reason.UNREADABLE, "the file is UTF-16; a network bundle is UTF-8");
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            offset = 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.ofFile(Reason.UNREADABLE,
                    "the file is not valid UTF-8 text; save it as UTF-8 and try again");
        }
    }
}
