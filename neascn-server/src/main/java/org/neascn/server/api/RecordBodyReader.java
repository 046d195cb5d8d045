package org.neascn.server.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.neascn.framework.input.RequestBodies;
import org.neascn.server.api.problem.BodyTooLargeException;
import org.neascn.server.api.problem.UnreadableBodyException;

/**
 * Reads every JSON request body of the API (a register's record, a workflow command's request)
 * within the size limit ({@value #MAX_BODY_BYTES} bytes) through the framework's one strict
 * reader, {@link RequestBodies}, which refuses with every error found and its JSON path. Only the
 * bytes are this class's concern; the rules of input live in the framework.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RecordBodyReader implements MessageBodyReader<Object> {

    /** One mebibyte: far above any record of the domain, far below a memory problem. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().startsWith("org.neascn.");
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
            if (type.isAnnotationPresent(OptionalBody.class)) {
                return null;
            }
            throw new UnreadableBodyException("The request needs a JSON body", true);
        }
        return RequestBodies.read(bytes, genericType);
    }

    private static BodyTooLargeException tooLarge() {
        return new BodyTooLargeException("A request body may hold at most " + MAX_BODY_BYTES + " bytes (1 MiB)");
    }
}
