package org.neascn.model.member;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Optional;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.Coordinates;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * A city or other local government in a network. Its name is kept in its own language
 * (서울특별시, 上海市, Улаанбаатар) with translations beside it.
 *
 * @param population  the latest known population, or null
 * @param website     may be null
 * @param coordinates where the city is drawn on the network's map (its centre, WGS 84), or
 *                    null while nobody has placed it
 */
public record Member(
        @NotNull(message = "is required") MemberId id,
        @NotNull(message = "is required") NetworkId network,
        @NotNull(message = "is required") LocalizedText name,
        @NotNull(message = "is required") GovernmentLevel level,
        @NotNull(message = "is required") CountryCode country,
        @NotNull(message = "is required") MembershipStatus status,
        Long population,
        URI website,
        Coordinates coordinates) {

    /** The canonical constructor, which JSON-B binds to (the record has a second, shorter one). */
    @JsonbCreator
    public Member {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.present(name, "name");
        Require.present(level, "level");
        Require.present(country, "country");
        Require.present(status, "status");
        Require.that(population == null || population > 0, "population", "must be a positive number of people");
    }

    /** A member not (yet) placed on a map: the shape of a member before coordinates existed. */
    public Member(MemberId id, NetworkId network, LocalizedText name, GovernmentLevel level, CountryCode country,
            MembershipStatus status, Long population, URI website) {
        this(id, network, name, level, country, status, population, website, null);
    }

    public Member withStatus(MembershipStatus newStatus) {
        return new Member(id, network, name, level, country, newStatus, population, website, coordinates);
    }

    /** Where the city is on a map, when someone has placed it. */
    public Optional<Coordinates> placed() {
        return Optional.ofNullable(coordinates);
    }
}
