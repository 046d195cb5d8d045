package org.neascn.framework.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.neascn.model.member.Member;
import org.neascn.model.shared.LocalizedText;

/** The reader's rules against generated input: texts of every script, numbers at the edges, JSON of any shape. */
public class RequestBodiesProperties {

    /** A body with one free text, one name and one amount, as a workflow command has. */
    public record Note(String comment, LocalizedText name, BigDecimal amount) {
    }

    @Property(tries = 400)
    void aFreeTextIsKeptExactlyOrRefusedForAStatedReason(@ForAll @StringLength(max = 60) String text) {
        byte[] body = ("{\"comment\": " + quoted(text) + "}").getBytes(StandardCharsets.UTF_8);
        boolean clean = TextRules.forbiddenCharacter(text) == null;
        try {
            Note note = RequestBodies.read(body, Note.class);
            assertTrue(clean, "accepted a text with a forbidden character");
            assertEquals(text, note.comment());
        } catch (InputRejectedException e) {
            assertTrue(!clean, "refused a clean text: " + e.errors());
            assertEquals("comment", e.errors().get(0).path());
        }
    }

    @Property(tries = 300)
    void namesInEveryScriptAreKept(@ForAll("scripts") String name) {
        byte[] body = ("{\"name\": {\"original\": \"und\", \"texts\": {\"und\": " + quoted(name) + "}}}")
                .getBytes(StandardCharsets.UTF_8);
        Note note = RequestBodies.read(body, Note.class);
        assertEquals(name.strip(), note.name().originalText());
    }

    @Property(tries = 400)
    void numbersAreBoundedAsWritten(@ForAll("edgeNumbers") String written) {
        byte[] body = ("{\"amount\": " + written + "}").getBytes(StandardCharsets.UTF_8);
        BigDecimal value = new BigDecimal(written);
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        boolean within = written.length() <= BodyLimits.MAX_NUMBER_CHARS
                && exact.precision() - exact.scale() <= BodyLimits.MAX_INTEGER_DIGITS
                && exact.scale() <= BodyLimits.MAX_FRACTION_DIGITS;
        try {
            Note note = RequestBodies.read(body, Note.class);
            assertTrue(within, "accepted " + written);
            assertEquals(0, value.compareTo(note.amount()));
        } catch (InputRejectedException e) {
            assertTrue(!within, "refused " + written + ": " + e.errors());
            assertEquals(InputRejectedException.Kind.INVALID, e.kind());
            assertEquals("amount", e.errors().get(0).path());
        }
    }

    @Property(tries = 500)
    void anyJsonIsEitherAMemberOrARefusalNeverAnotherFailure(@ForAll("json") String json) {
        try {
            RequestBodies.read(json.getBytes(StandardCharsets.UTF_8), Member.class);
        } catch (InputRejectedException e) {
            assertTrue(!e.errors().isEmpty());
            e.errors().forEach(error -> assertTrue(!error.rule().contains("org.") && !error.rule().contains("java."),
                    error.rule()));
        }
    }

    @Property(tries = 300)
    void anyBytesAreEitherJsonOrARefusal(@ForAll @IntRange(max = 200) int length, @ForAll("bytes") byte[] bytes) {
        try {
            RequestBodies.parse(bytes);
        } catch (InputRejectedException e) {
            assertEquals(InputRejectedException.Kind.MALFORMED, e.kind(), e.errors().toString());
        }
    }

    @Provide
    Arbitrary<String> scripts() {
        Arbitrary<Character> letters = Arbitraries.oneOf(
                Arbitraries.chars().range('\uAC00', '\uD7A3'),   // Hangul syllables
                Arbitraries.chars().range('\u4E00', '\u9FFF'),   // CJK unified ideographs
                Arbitraries.chars().range('\u0410', '\u044F'),   // Cyrillic
                Arbitraries.chars().range('\u0621', '\u064A'),   // Arabic
                Arbitraries.chars().range('\u0905', '\u0939'),   // Devanagari
                Arbitraries.chars().range('\u3041', '\u3096'),   // Hiragana
                Arbitraries.chars().range('\u1820', '\u1877'),   // Mongolian
                Arbitraries.chars().range('a', 'z'));
        Arbitrary<String> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString);
        return Arbitraries.oneOf(letters.map(String::valueOf), emoji).list().ofMinSize(1).ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> edgeNumbers() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TEN.pow(15).subtract(BigInteger.ONE),
                        BigInteger.TEN.pow(15)));
        Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(-25, 25),
                Arbitraries.of(-4_000_000, 4_000_000, Integer.MAX_VALUE / 2, -(Integer.MAX_VALUE / 2)));
        Arbitrary<String> decimals = Combinators.combine(unscaled, scale).as((u, s) -> new BigDecimal(u, s).toString());
        Arbitrary<String> plain = Combinators.combine(unscaled, Arbitraries.integers().between(0, 25))
                .as((u, s) -> new BigDecimal(u, s).toPlainString());
        return Arbitraries.oneOf(decimals, plain);
    }

    @Provide
    Arbitrary<String> json() {
        return json(3);
    }

    /** JSON values nested at most this deep, with keys a member has and some it has not. */
    private Arbitrary<String> json(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(RequestBodiesProperties::quoted),
                Arbitraries.of("null", "true", "false", "0", "-1", "1e400", "1.5", "9411000", "\"KR\"", "\"ACTIVE\"",
                        "\"METROPOLITAN\"", "\"seoul\"", "\"neascn\""));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> inner = json(depth - 1);
        Arbitrary<String> list = inner.list().ofMaxSize(3).map(values -> "[" + String.join(",", values) + "]");
        Arbitrary<String> object = Combinators.combine(
                Arbitraries.of("id", "network", "name", "level", "country", "status", "population", "website",
                        "coordinates", "texts", "original", "ko", "x").list().ofMaxSize(6),
                inner.list().ofSize(6))
                .as((keys, values) -> {
                    StringBuilder json = new StringBuilder("{");
                    for (int i = 0; i < keys.size(); i++) {
                        json.append(i == 0 ? "" : ",").append(quoted(keys.get(i))).append(':').append(values.get(i));
                    }
                    return json.append('}').toString();
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(3, object));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** A JSON string that says exactly these UTF-16 units, lone surrogates and controls included. */
    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                json.append(c);
            } else {
                json.append(String.format("\\u%04x", (int) c));
            }
        }
        return json.append('"').toString();
    }
}
