package org.neascn.framework.input;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first pass: the bytes are one well-formed JSON value in UTF-8 and nothing else. Parsing is
 * event by event, so that a duplicate key (which a tree parser silently resolves to the last one)
 * is seen, and every text and number is checked where it stands. Errors that leave the rest
 * readable (a duplicate key, a control character, a number out of bounds) are all collected;
 * JSON that cannot be parsed further stops at its first error.
 */
final class JsonSyntax {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** The value read (and the text it was read from), the errors that make it unreadable, and the numbers beyond the bounds. */
    record Result(String text, JsonValue value, List<InputError> malformed, List<InputError> outOfBounds) {
    }

    private final List<InputError> malformed = new ArrayList<>();
    private final List<InputError> outOfBounds = new ArrayList<>();

    private JsonSyntax() {
    }

    static Result read(byte[] bytes) {
        String text = utf8(bytes);
        JsonSyntax syntax = new JsonSyntax();
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw rejected(InputRejectedException.Kind.MALFORMED, JsonPath.ROOT, "the request needs a JSON body");
            }
            JsonValue value = syntax.value(parser, parser.next(), JsonPath.ROOT, 0);
            if (parser.hasNext()) {
                // Parsson reports trailing tokens itself; anything else after the value is refused here.
                throw rejected(InputRejectedException.Kind.MALFORMED, JsonPath.ROOT,
                        "holds more after its JSON value; send exactly one value");
            }
            return new Result(text, value, syntax.malformed, syntax.outOfBounds);
        } catch (JsonParsingException e) {
            throw rejected(InputRejectedException.Kind.MALFORMED, JsonPath.ROOT, "is not well-formed JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw rejected(InputRejectedException.Kind.MALFORMED, JsonPath.ROOT, "cannot be read as JSON");
        }
    }

    private JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
        switch (event) {
            case START_OBJECT:
                return object(parser, path, depth + 1);
            case START_ARRAY:
                return array(parser, path, depth + 1);
            case VALUE_STRING:
                String string = parser.getString();
                text(string, path);
                return JSON.createValue(string);
            case VALUE_NUMBER:
                return number(parser.getString(), path);
            case VALUE_TRUE:
                return JsonValue.TRUE;
            case VALUE_FALSE:
                return JsonValue.FALSE;
            case VALUE_NULL:
                return JsonValue.NULL;
            default:
                throw rejected(InputRejectedException.Kind.MALFORMED, path, "is not a JSON value");
        }
    }

    private JsonValue object(JsonParser parser, String path, int depth) {
        deep(path, depth);
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String child = JsonPath.field(path, key);
            if (key.length() > BodyLimits.MAX_KEY_CHARS) {
                outOfBounds.add(InputError.of(path, "has a key of " + key.length() + " characters; keys have at most "
                        + BodyLimits.MAX_KEY_CHARS));
            }
            text(key, child);
            JsonValue value = value(parser, parser.next(), child, depth);
            if (!keys.add(key)) {
                malformed.add(InputError.of(child, "is given twice; each key may appear once in an object"));
            } else if (keys.size() > BodyLimits.MAX_ELEMENTS) {
                throw rejected(InputRejectedException.Kind.INVALID, path, "has more than " + BodyLimits.MAX_ELEMENTS + " entries");
            }
            object.add(key, value);
        }
        return object.build();
    }

    private JsonValue array(JsonParser parser, String path, int depth) {
        deep(path, depth);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            if (index == BodyLimits.MAX_ELEMENTS) {
                throw rejected(InputRejectedException.Kind.INVALID, path, "has more than " + BodyLimits.MAX_ELEMENTS + " elements");
            }
            array.add(value(parser, event, JsonPath.index(path, index), depth));
            index++;
        }
        return array.build();
    }

    private void text(String text, String path) {
        String forbidden = TextRules.forbiddenCharacter(text);
        if (forbidden != null) {
            malformed.add(InputError.of(path, forbidden));
        }
    }

    /** A number as written, bounded before it becomes a value anything computes with. */
    private JsonValue number(String written, String path) {
        if (written.length() > BodyLimits.MAX_NUMBER_CHARS) {
            outOfBounds.add(InputError.of(path, "is a number of " + written.length() + " characters; numbers have at most "
                    + BodyLimits.MAX_NUMBER_CHARS));
            return JsonValue.NULL;
        }
        BigDecimal number = new BigDecimal(written);
        // precision and scale of a number written in at most 64 characters are cheap to know,
        // whatever its exponent: no digit string of 1e4000000 is ever built.
        BigDecimal exact = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        long integerDigits = (long) exact.precision() - exact.scale();
        if (integerDigits > BodyLimits.MAX_INTEGER_DIGITS) {
            outOfBounds.add(InputError.of(path, "must have at most " + BodyLimits.MAX_INTEGER_DIGITS
                    + " digits before the decimal point (was " + abbreviated(written) + ")"));
        } else if (exact.scale() > BodyLimits.MAX_FRACTION_DIGITS) {
            outOfBounds.add(InputError.of(path, "must have at most " + BodyLimits.MAX_FRACTION_DIGITS
                    + " digits after the decimal point (was " + abbreviated(written) + ")"));
        }
        return JSON.createValue(number);
    }

    private void deep(String path, int depth) {
        if (depth > BodyLimits.MAX_DEPTH) {
            throw rejected(InputRejectedException.Kind.MALFORMED, path, "nests objects and lists deeper than "
                    + BodyLimits.MAX_DEPTH + " levels");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw rejected(InputRejectedException.Kind.MALFORMED, JsonPath.ROOT, "is not valid UTF-8");
        }
    }

    private static String abbreviated(String written) {
        return written.length() <= 24 ? written : written.substring(0, 20) + "…";
    }

    static InputRejectedException rejected(InputRejectedException.Kind kind, String path, String rule) {
        return new InputRejectedException(kind, List.of(InputError.of(path, rule)));
    }
}
