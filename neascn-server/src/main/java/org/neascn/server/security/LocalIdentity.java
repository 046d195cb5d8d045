package org.neascn.server.security;

import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.InvalidValueException;

/**
 * The {@code Local-Identity} header of local mode: {@code secretariat},
 * {@code member-editor:<member>} or {@code partner:<partner>}, each optionally bound to one
 * network by {@code @<network>} ({@code member-editor:bangkok@ascn}); without it the role holds
 * in the network of every request. Anyone can send it, which is exactly why it works only while
 * no identity provider is configured.
 */
final class LocalIdentity {

    static final String HEADER = "Local-Identity";

    private LocalIdentity() {
    }

    static Credentials parse(String header) {
        String value = header.strip();
        int at = value.lastIndexOf('@');
        String network = null;
        if (at >= 0) {
            network = value.substring(at + 1).strip();
            value = value.substring(0, at);
            try {
                Identifier.check(network, "network");
            } catch (InvalidValueException e) {
                throw invalid(header);
            }
        }
        return new Credentials(caller(value, header), network);
    }

    private static Caller caller(String value, String header) {
        String[] parts = value.split(":", 2);
        Role role = Role.fromExternalName(parts[0]).orElseThrow(() -> invalid(header));
        String binding = parts.length > 1 ? parts[1].strip() : null;
        try {
            switch (role) {
                case SECRETARIAT:
                    if (binding != null) {
                        throw invalid(header);
                    }
                    return Caller.secretariat();
                case MEMBER_EDITOR:
                    return Caller.memberEditor(Identifier.check(binding, "member"));
                default:
                    return Caller.partner(Identifier.check(binding, "partner"));
            }
        } catch (InvalidValueException e) {
            throw invalid(header);
        }
    }

    private static AuthenticationRequiredException invalid(String header) {
        return new AuthenticationRequiredException("Local-Identity '" + header
                + "' is not one of: secretariat, member-editor:<member id>, partner:<partner id>,"
                + " each optionally followed by @<network id>");
    }
}
