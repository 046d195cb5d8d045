package org.neascn.server.register;

import org.neascn.model.shared.OrganisationRef;

/**
 * The organisation that keeps a record: a member (a city's plans and projects), a partner (its
 * own profile and people), or nobody but the secretariat (meetings, framework versions).
 */
public record Owner(String member, String partner) {

    public static final Owner SECRETARIAT = new Owner(null, null);

    public static Owner member(String member) {
        return new Owner(member, null);
    }

    public static Owner partner(String partner) {
        return new Owner(null, partner);
    }

    public static Owner of(OrganisationRef organisation) {
        if (organisation == null) {
            return SECRETARIAT;
        }
        return organisation.kind() == OrganisationRef.Kind.MEMBER ? member(organisation.id()) : partner(organisation.id());
    }
}
