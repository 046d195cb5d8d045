package org.neascn.server.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.api.problem.BodyTooLargeException;
import org.neascn.server.api.problem.UnreadableBodyException;

/**
 * Reads a domain record from a request body, within the API's size limit
 * ({@value #MAX_BODY_BYTES} bytes), through the record's own constructor. It tells apart the
 * three ways a body can be wrong: not JSON, JSON of the wrong shape (a wrong type, an unknown
 * field), and a well-shaped record that breaks a domain rule.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RecordBodyReader implements MessageBodyReader<Object> {

    /** One mebibyte: far above any record of the domain, far below a memory problem. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private final Jsonb jsonb = NeascnJson.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getPackageName().startsWith("org.neascn.model");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        String length = headers.getFirst("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new UnreadableBodyException("The request needs a JSON body", true);
        }
        try {
            return jsonb.fromJson(new String(bytes, StandardCharsets.UTF_8), genericType);
        } catch (RuntimeException e) {
            throw classify(e);
        }
    }

    private static RuntimeException classify(RuntimeException failure) {
        String innermost = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException) {
                return (InvalidValueException) t;
            }
            if (t instanceof JsonParsingException) {
                return new UnreadableBodyException(t.getMessage(), true);
            }
            if (t.getMessage() != null) {
                innermost = t.getMessage();
            }
        }
        return new UnreadableBodyException(innermost, false);
    }

    private static BodyTooLargeException tooLarge() {
        return new BodyTooLargeException("A request body may hold at most " + MAX_BODY_BYTES + " bytes (1 MiB)");
    }
}
