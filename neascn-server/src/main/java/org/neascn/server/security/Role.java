package org.neascn.server.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do in a network. The secretariat runs the network; a member editor keeps
 * one member's records (its plans, projects, people and the initiatives it leads); a partner
 * keeps its own organisation's records; the public reads what is published.
 */
public enum Role {
    SECRETARIAT,
    MEMBER_EDITOR,
    PARTNER,
    PUBLIC;

    /** The name used in tokens and headers: {@code secretariat}, {@code member-editor}, {@code partner}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromExternalName(String name) {
        return Arrays.stream(values()).filter(r -> r != PUBLIC && r.externalName().equals(name)).findFirst();
    }
}
