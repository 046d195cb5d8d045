package org.neascn.model.reference;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.neascn.model.financing.CountryList;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.meeting.MeetingId;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.person.Person;
import org.neascn.model.person.PersonId;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.taxonomy.Concept;
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.SdgTarget;
import org.neascn.model.taxonomy.SdgTargetCode;
import org.neascn.model.taxonomy.Taxonomy;

/**
 * Everything the reference data files hold, checked for consistency; {@code concepts} is the
 * network's multilingual concept thesaurus ({@code concepts.json}, extended by
 * {@code concepts-extension.json} in a network directory). Lists keep the order of
 * the files; lookups return {@link Optional}, never null.
 */
public record ReferenceDataSet(
        List<Country> countries,
        List<Taxonomy> taxonomies,
        List<SdgGoal> sdgs,
        List<IndicatorDefinition> indicators,
        List<CountryList> countryLists,
        List<SanctionsRegime> sanctionsRegimes,
        List<FinancierProfile> financiers,
        List<Network> networks,
        List<Partner> partners,
        List<Member> members,
        List<Person> persons,
        List<Meeting> meetings,
        List<Concept> concepts) {

    public ReferenceDataSet {
        countries = List.copyOf(countries);
        taxonomies = List.copyOf(taxonomies);
        sdgs = List.copyOf(sdgs);
        indicators = List.copyOf(indicators);
        countryLists = List.copyOf(countryLists);
        sanctionsRegimes = List.copyOf(sanctionsRegimes);
        financiers = List.copyOf(financiers);
        networks = List.copyOf(networks);
        partners = List.copyOf(partners);
        members = List.copyOf(members);
        persons = List.copyOf(persons);
        meetings = List.copyOf(meetings);
        concepts = List.copyOf(concepts);
    }

    public Optional<Country> country(CountryCode code) {
        return find(countries, Country::code, code);
    }

    public Optional<Taxonomy> taxonomy(String id) {
        return find(taxonomies, Taxonomy::id, id);
    }

    /** One of the SDG targets the set lists (all 169 in the shipped data), such as 11.6. */
    public Optional<SdgTarget> sdgTarget(SdgTargetCode code) {
        return sdgs.stream().filter(g -> g.number() == code.goal()).flatMap(g -> g.targets().stream())
                .filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<CountryList> countryList(String id) {
        return find(countryLists, CountryList::id, id);
    }

    public Optional<SanctionsRegime> sanctionsRegime(String id) {
        return find(sanctionsRegimes, SanctionsRegime::id, id);
    }

    public Optional<FinancierProfile> financier(String id) {
        return find(financiers, FinancierProfile::id, id);
    }

    public Optional<Network> network(NetworkId id) {
        return find(networks, Network::id, id);
    }

    public Optional<Partner> partner(PartnerId id) {
        return find(partners, Partner::id, id);
    }

    public Optional<Member> member(MemberId id) {
        return find(members, Member::id, id);
    }

    public Optional<Person> person(PersonId id) {
        return find(persons, Person::id, id);
    }

    public Optional<Meeting> meeting(MeetingId id) {
        return find(meetings, Meeting::id, id);
    }

    /** A concept of the thesaurus by its identifier ({@code pm25}). */
    public Optional<Concept> concept(String id) {
        return find(concepts, Concept::id, id);
    }

    /** The concepts whose broader concepts include the given one (PM2.5 and PM10 for air quality). */
    public List<Concept> narrower(String id) {
        return concepts.stream().filter(c -> c.broader().contains(id)).toList();
    }

    /** The partner whose acronym or English name is the given text, ignoring case. */
    public Optional<Partner> partnerNamed(String acronymOrName) {
        return partners.stream()
                .filter(p -> acronymOrName.equalsIgnoreCase(p.acronym())
                        || p.name().texts().values().stream().anyMatch(acronymOrName::equalsIgnoreCase))
                .findFirst();
    }

    private static <T, K> Optional<T> find(List<T> items, Function<T, K> key, K wanted) {
        return items.stream().filter(item -> key.apply(item).equals(wanted)).findFirst();
    }
}
