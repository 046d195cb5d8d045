package org.neascn.framework.interchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.OrganisationType;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;

/**
 * The organisations of a network an export may name: its members (cities and other local
 * governments) and its partners. Exports look names and types up here, so a project only
 * has to point at an organisation.
 */
public final class OrganisationDirectory {

    private final Map<MemberId, Member> members;
    private final Map<PartnerId, Partner> partners;

    public OrganisationDirectory(List<Member> members, List<Partner> partners) {
        this.members = members.stream().collect(Collectors.toMap(Member::id, Function.identity(), (a, b) -> a));
        this.partners = partners.stream().collect(Collectors.toMap(Partner::id, Function.identity(), (a, b) -> a));
    }

    public Optional<Member> member(MemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    public Optional<Partner> partner(PartnerId id) {
        return Optional.ofNullable(partners.get(id));
    }

    /** An organisation as an export names it: its name and its kind. */
    public record Organisation(String id, LocalizedText name, OrganisationType type) {
    }

    /** The member or partner a reference points at. */
    public Optional<Organisation> find(OrganisationRef ref) {
        if (ref.kind() == OrganisationRef.Kind.MEMBER) {
            return member(MemberId.of(ref.id())).map(OrganisationDirectory::asOrganisation);
        }
        return partner(PartnerId.of(ref.id())).map(p -> new Organisation("partner-" + p.id().value(), p.name(), p.type()));
    }

    /** A member as an organisation: a local government. */
    public static Organisation asOrganisation(Member m) {
        return new Organisation("member-" + m.id().value(), m.name(), OrganisationType.CITY_GOVERNMENT);
    }

    /** A reference that points at nothing is a broken record, named with the field it sits in. */
    public Organisation require(OrganisationRef ref, String field) {
        return find(ref).orElseThrow(() -> new org.neascn.model.shared.InvalidValueException(field,
                "names " + ref + ", which is not a member or partner of the network"));
    }
}
