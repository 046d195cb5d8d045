package org.neascn.framework.workflow;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.Locale;
import java.util.Optional;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.InvalidValueException;

/**
 * Who asks for an operation, in the network's terms: the secretariat that runs the network,
 * an editor acting for one member city, a partner organisation, or the public. A server maps
 * its authenticated principal to an Actor; the workflow rules decide from the Actor alone.
 *
 * <p>Invariants: a member editor is bound to exactly one member, a partner to exactly one
 * partner, and the secretariat and the public to neither.
 *
 * @param principal the person or account acting ({@code alice@wego}), recorded in the audit
 *                  trail; "anonymous" for the public
 */
public record Actor(Role role, String principal, MemberId member, PartnerId partner) {

    public enum Role { SECRETARIAT, MEMBER_EDITOR, PARTNER, PUBLIC }

    public Actor {
        if (role == null) {
            throw new InvalidValueException("role", "is required");
        }
        if (principal == null || principal.isBlank()) {
            throw new InvalidValueException("principal", "is required and must not be blank");
        }
        principal = principal.strip();
        if ((role == Role.MEMBER_EDITOR) != (member != null)) {
            throw new InvalidValueException("member", "is given exactly when the actor is a member editor");
        }
        if ((role == Role.PARTNER) != (partner != null)) {
            throw new InvalidValueException("partner", "is given exactly when the actor is a partner");
        }
    }

    public static Actor secretariat(String principal) {
        return new Actor(Role.SECRETARIAT, principal, null, null);
    }

    public static Actor memberEditor(String principal, MemberId member) {
        return new Actor(Role.MEMBER_EDITOR, principal, member, null);
    }

    public static Actor partner(String principal, PartnerId partner) {
        return new Actor(Role.PARTNER, principal, null, partner);
    }

    public static Actor anonymous() {
        return new Actor(Role.PUBLIC, "anonymous", null, null);
    }

    @JsonbTransient
    public boolean isSecretariat() {
        return role == Role.SECRETARIAT;
    }

    /** Whether this actor edits for the given member. */
    public boolean editsFor(MemberId memberId) {
        return role == Role.MEMBER_EDITOR && member.equals(memberId);
    }

    /** The organisation this actor speaks for, if it speaks for one (members and partners). */
    public Optional<OrganisationRef> organisation() {
        if (role == Role.MEMBER_EDITOR) {
            return Optional.of(OrganisationRef.member(member.value()));
        }
        if (role == Role.PARTNER) {
            return Optional.of(OrganisationRef.partner(partner.value()));
        }
        return Optional.empty();
    }

    /** Whether this actor speaks for the given organisation. */
    public boolean speaksFor(OrganisationRef organisation) {
        return organisation().map(organisation::equals).orElse(false);
    }

    @Override
    public String toString() {
        String role = this.role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (member != null) {
            return principal + " (" + role + " of " + member + ")";
        }
        if (partner != null) {
            return principal + " (" + role + " " + partner + ")";
        }
        return principal + " (" + role + ")";
    }
}
