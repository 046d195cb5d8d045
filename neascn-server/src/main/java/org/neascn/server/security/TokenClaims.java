package org.neascn.server.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.InvalidValueException;

/**
 * Reads the caller from a verified access token, as the README documents for configuring the
 * network's provider: the role from {@code groups} ({@code secretariat}, {@code member-editor},
 * {@code partner}), the binding from {@code neascn_member} or {@code neascn_partner}. A token
 * that names no role of the network is a signed-in person with the public's rights.
 */
final class TokenClaims {

    private TokenClaims() {
    }

    static Caller caller(JsonWebToken token) {
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        if (groups.contains(Role.SECRETARIAT.externalName())) {
            return Caller.secretariat();
        }
        if (groups.contains(Role.MEMBER_EDITOR.externalName())) {
            return Caller.memberEditor(binding(token, SecurityConfiguration.MEMBER_CLAIM, "member"));
        }
        if (groups.contains(Role.PARTNER.externalName())) {
            return Caller.partner(binding(token, SecurityConfiguration.PARTNER_CLAIM, "partner"));
        }
        return Caller.PUBLIC;
    }

    /** The person the token names, for the audit trail (MP-JWT: upn, else preferred_username, else sub). */
    static String principal(JsonWebToken token) {
        String name = token.getName();
        return name == null || name.isBlank() ? "unnamed" : name.strip();
    }

    /** One identifier from a claim that providers send as a string or as a list of one (Keycloak attributes). */
    private static String binding(JsonWebToken token, String claim, String what) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonArray array && array.size() == 1 && array.get(0) instanceof JsonString one) {
            value = one.getString();
        } else if (value instanceof JsonString string) {
            value = string.getString();
        } else if (value instanceof Set<?> set && set.size() == 1) {
            value = set.iterator().next();
        }
        if (!(value instanceof String text)) {
            throw new AuthenticationRequiredException("The token names the role but not the " + what
                    + ": claim " + claim + " must hold one " + what + " id");
        }
        try {
            return Identifier.check(text.strip(), claim);
        } catch (InvalidValueException e) {
            throw new AuthenticationRequiredException("The token's claim " + claim + " is not a " + what + " id");
        }
    }
}
