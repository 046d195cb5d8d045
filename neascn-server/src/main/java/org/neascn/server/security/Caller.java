package org.neascn.server.security;

import java.util.Objects;

/**
 * Who is calling: a role and, for a member editor or a partner, the one member or partner the
 * caller acts for.
 *
 * @param member  the member a member editor is bound to; null for other roles
 * @param partner the partner organisation a partner is bound to; null for other roles
 */
public record Caller(Role role, String member, String partner) {

    public static final Caller PUBLIC = new Caller(Role.PUBLIC, null, null);

    public Caller {
        Objects.requireNonNull(role, "role");
        if ((role == Role.MEMBER_EDITOR) != (member != null) || (role == Role.PARTNER) != (partner != null)) {
            throw new IllegalArgumentException("a member editor is bound to a member, a partner to a partner, nobody else to either");
        }
    }

    public static Caller secretariat() {
        return new Caller(Role.SECRETARIAT, null, null);
    }

    public static Caller memberEditor(String member) {
        return new Caller(Role.MEMBER_EDITOR, member, null);
    }

    public static Caller partner(String partner) {
        return new Caller(Role.PARTNER, null, partner);
    }

    public boolean isAnonymous() {
        return role == Role.PUBLIC;
    }
}
