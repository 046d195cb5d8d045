package org.neascn.framework.sanctions;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.CountryCode;

/**
 * Where a network's members are: the lookup screening uses to find the country of each
 * member an initiative or project involves. The caller supplies it (from reference data, a
 * repository, or a test), so screening never guesses a member's country.
 */
@FunctionalInterface
public interface MemberCountries {

    /** The country of a member, or empty when the member is not known. */
    Optional<CountryCode> countryOf(MemberId member);

    /** A lookup over a fixed collection of members. */
    static MemberCountries of(Collection<Member> members) {
        Map<MemberId, CountryCode> byId = members.stream()
                .collect(Collectors.toUnmodifiableMap(Member::id, Member::country, (a, b) -> a));
        return id -> Optional.ofNullable(byId.get(id));
    }

    /** A lookup through any function that returns null for an unknown member. */
    static MemberCountries from(Function<MemberId, CountryCode> lookup) {
        return id -> Optional.ofNullable(lookup.apply(id));
    }
}
