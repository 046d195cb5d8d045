package org.neascn.framework.input;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.neascn.model.reference.NeascnJson;

/**
 * Reads a request body into the domain type it stands for, or refuses it with every error found:
 * first what makes it unreadable, then what does not fit the type's shape, then what breaks the
 * bounds and the domain's rules. Every request body a server accepts (records of a register,
 * commands of a workflow) goes through {@link #read}, so the rules of input hold in one place.
 *
 * <pre>{@code
 * Member member = RequestBodies.read(bytes, Member.class);
 * }</pre>
 */
public final class RequestBodies {

    private static final Jsonb JSONB = NeascnJson.create();

    private RequestBodies() {
    }

    /** The body as a value of the type, or an {@link InputRejectedException} listing what is wrong. */
    public static <T> T read(byte[] body, Type type) {
        JsonSyntax.Result syntax = JsonSyntax.read(body);
        if (!syntax.malformed().isEmpty()) {
            throw new InputRejectedException(InputRejectedException.Kind.MALFORMED, syntax.malformed());
        }
        return bind(syntax.text(), syntax.value(), type, syntax.outOfBounds());
    }

    private static <T> T bind(String text, JsonValue json, Type type, List<InputError> outOfBounds) {
        List<InputError> shape = new ArrayList<>();
        List<InputError> values = new ArrayList<>(outOfBounds);
        BodyShape.check(json, type, shape, values);
        // A number beyond the bounds is reported as that, not also as the wrong kind of number.
        shape.removeIf(error -> outOfBounds.stream().anyMatch(bound -> bound.path().equals(error.path())));
        if (!shape.isEmpty()) {
            throw new InputRejectedException(InputRejectedException.Kind.SHAPE, shape);
        }
        if (!values.isEmpty()) {
            // Not bound: nothing computes with a number beyond the bounds, not even a constructor.
            throw new InputRejectedException(InputRejectedException.Kind.INVALID, values);
        }
        return DomainBinding.bind(JSONB, text, json, type);
    }

    /**
     * The body as JSON that passed the first pass (no duplicate key, no forbidden character), for
     * a command whose body is optional or free-form; numbers beyond the bounds are refused too.
     */
    public static JsonValue parse(byte[] body) {
        JsonSyntax.Result syntax = JsonSyntax.read(body);
        if (!syntax.malformed().isEmpty()) {
            throw new InputRejectedException(InputRejectedException.Kind.MALFORMED, syntax.malformed());
        }
        if (!syntax.outOfBounds().isEmpty()) {
            throw new InputRejectedException(InputRejectedException.Kind.INVALID, syntax.outOfBounds());
        }
        return syntax.value();
    }
}
