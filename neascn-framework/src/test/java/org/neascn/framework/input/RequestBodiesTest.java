package org.neascn.framework.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.member.Member;
import org.neascn.model.scap.Scap;

public class RequestBodiesTest {

    public static String fixture(String name) {
        try (InputStream in = RequestBodiesTest.class.getResourceAsStream(name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputRejectedException refused(String body, Type type) {
        return assertThrows(InputRejectedException.class, () -> RequestBodies.read(body.getBytes(StandardCharsets.UTF_8), type));
    }

    static List<String> paths(InputRejectedException e) {
        return e.errors().stream().map(InputError::path).toList();
    }

    @Test
    void readsAWellFormedRecord() {
        Member member = RequestBodies.read(fixture("member").getBytes(StandardCharsets.UTF_8), Member.class);
        assertEquals("KR", member.country().value());
    }

    @Test
    void refusesNullAsTheBody() {
        InputRejectedException e = refused("null", Member.class);
        assertEquals(InputRejectedException.Kind.SHAPE, e.kind());
        assertEquals(List.of("body"), paths(e));
    }

    @Test
    void refusesAnEmptyBody() {
        assertEquals(InputRejectedException.Kind.MALFORMED, refused("", Member.class).kind());
    }

    @Test
    void refusesContentAfterTheValue() {
        assertEquals(InputRejectedException.Kind.MALFORMED, refused(fixture("member") + " {}", Member.class).kind());
        assertEquals(InputRejectedException.Kind.MALFORMED, refused(fixture("member") + " x", Member.class).kind());
    }

    @Test
    void refusesADuplicateKeyNamingIt() {
        InputRejectedException e = refused(fixture("member").replaceFirst("\\{", "{\"country\": \"KP\", "), Member.class);
        assertEquals(InputRejectedException.Kind.MALFORMED, e.kind());
        assertEquals(List.of("country"), paths(e));
    }

    @Test
    void refusesALoneSurrogateAndControlCharactersButKeepsTabAndNewline() {
        String member = fixture("member");
        assertEquals(InputRejectedException.Kind.MALFORMED,
                refused(member.replaceFirst("\"KR\"", "\"K\\\\ud800\""), Member.class).kind());
        InputRejectedException nul = refused(member.replace("\"level\"", "\"le\\u0000vel\""), Member.class);
        assertEquals(InputRejectedException.Kind.MALFORMED, nul.kind());
        assertTrue(nul.errors().get(0).rule().contains("U+0000"));
        assertTrue(TextRules.forbiddenCharacter("line one\nline two\tend") == null);
    }

    @Test
    void refusesABidiOverrideInANameButNotInAFreeText() {
        String withOverride = fixture("member").replaceFirst("\"texts\": \\{\"([a-z]+)\": \"", "\"texts\": {\"$1\": \"\\\\u202e");
        InputRejectedException e = refused(withOverride, Member.class);
        assertEquals(InputRejectedException.Kind.INVALID, e.kind());
        assertTrue(e.errors().get(0).path().startsWith("name.texts["), e.errors().toString());
        assertTrue(TextRules.forbiddenInName("\u0627\u0644\u0633\u0644\u0627\u0645") == null, "Arabic itself is a name's right");
    }

    @Test
    void refusesAHugeNumberBeforeAnyArithmetic() {
        InputRejectedException e = refused(fixture("member").replaceFirst("\"population\": [0-9]+", "\"population\": 1e4000000"), Member.class);
        assertEquals(InputRejectedException.Kind.INVALID, e.kind());
        assertEquals(List.of("population"), paths(e));
        assertEquals(List.of("population"), paths(refused(fixture("member")
                .replaceFirst("\"population\": [0-9]+", "\"population\": 1e-4000000"), Member.class)));
    }

    @Test
    void refusesANumberWhereTextIsExpectedNamingTheExpectedType() {
        InputRejectedException e = refused(fixture("member").replace("\"KR\"", "410"), Member.class);
        assertEquals(InputRejectedException.Kind.SHAPE, e.kind());
        assertEquals("country", e.errors().get(0).path());
        assertEquals("text", e.errors().get(0).expected());
    }

    @Test
    void namesEveryAllowedValueOfAnEnum() {
        InputRejectedException e = refused(fixture("member").replaceFirst("\"level\": \"[A-Z_]+\"", "\"level\": \"town\""), Member.class);
        assertEquals("level", e.errors().get(0).path());
        assertTrue(e.errors().get(0).allowed().size() > 1);
        assertFalse(e.getMessage().contains("org.neascn"));
    }

    @Test
    void listsEveryShapeErrorAtOnceWithItsFullPath() {
        String plan = fixture("plan").replace("\"unit\": \"", "\"unit\": 5, \"colour\": \"").replace("\"year\": 2019", "\"year\": \"2019\"");
        InputRejectedException e = refused(plan, Scap.class);
        assertEquals(InputRejectedException.Kind.SHAPE, e.kind());
        assertTrue(paths(e).containsAll(List.of("targets[0].indicators[0].unit", "targets[0].indicators[0].colour",
                "targets[0].indicators[0].baseline.year")), paths(e).toString());
    }

    @Test
    void listsEveryDomainErrorAtOnceWithItsFullPath() {
        String plan = fixture("plan").replace("\"key\": \"pm25\"", "\"key\": \"PM 2.5\"").replace("\"member\": \"ulaanbaatar\"", "\"member\": \"Ulaan Baatar\"")
                .replace("\"unit\": \"", "\"unit\": \"  ");
        InputRejectedException e = refused(plan, Scap.class);
        assertEquals(InputRejectedException.Kind.INVALID, e.kind());
        assertTrue(paths(e).containsAll(List.of("targets[0].indicators[0].key", "member")), paths(e).toString());
    }
}
