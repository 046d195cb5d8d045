package org.neascn.framework.overlap.theme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;

/**
 * How a suggestion is known across analyses: its identifier follows from its theme and its
 * members alone, so the same group on the same theme keeps its identifier however the plans
 * change; its evidence fingerprint follows from what it rests on (the members' targets and
 * projects on the theme, in their own words), so a decision taken on it can tell when the
 * evidence has changed since.
 */
final class SuggestionIdentity {

    private SuggestionIdentity() {
    }

    static String id(Theme.Kind kind, String code, List<MemberId> members) {
        String members1 = members.stream().map(MemberId::value).sorted().collect(Collectors.joining(","));
        return "s-" + sha256(kind + "|" + code + "|" + members1).substring(0, 16);
    }

    /** {@code evidence}: one line per target or project the suggestion lists, in any order. */
    static String fingerprint(List<String> evidence) {
        return sha256(evidence.stream().sorted().collect(Collectors.joining("\n"))).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
