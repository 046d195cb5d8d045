package org.neascn.model.shared;

import jakarta.validation.constraints.NotNull;

/**
 * A reference to an organisation of the network: either a member (a city or other local
 * government) or a partner. People, project participants and feedback authors point at one.
 */
public record OrganisationRef(@NotNull(message = "is required") Kind kind, String id) {

    /** Which register the identifier belongs to. */
    public enum Kind { MEMBER, PARTNER }

    public OrganisationRef {
        Require.present(kind, "kind");
        Identifier.check(id, "id");
    }

    public static OrganisationRef member(String id) {
        return new OrganisationRef(Kind.MEMBER, id);
    }

    public static OrganisationRef partner(String id) {
        return new OrganisationRef(Kind.PARTNER, id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
