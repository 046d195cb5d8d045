package org.neascn.model.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.neascn.model.financing.EligibilityRule;
import org.neascn.model.financing.FinancierProfile;
import org.neascn.model.meeting.AgendaItem;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.Partner;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.person.Person;
import org.neascn.model.person.PersonId;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.taxonomy.SdgGoal;
import org.neascn.model.taxonomy.SdgTarget;
import org.neascn.model.taxonomy.SdgTargetCode;

/**
 * Checks a reference data set as a whole: identifiers are unique in their file and every
 * reference between records resolves. Each failure names the file, the record and the field.
 */
final class ReferenceIntegrity {

    private final ReferenceDataSet data;
    /** Files the set took from the shipped data rather than from its own source. */
    private final Set<String> inherited;

    ReferenceIntegrity(ReferenceDataSet data, Set<String> inherited) {
        this.data = data;
        this.inherited = inherited;
    }

    void check() {
        unique("countries.json", data.countries(), c -> c.code().value());
        unique("taxonomies.json", data.taxonomies(), t -> t.id());
        unique("sdgs.json", data.sdgs(), g -> Integer.toString(g.number()));
        unique("indicators.json", data.indicators(), i -> i.code().value());
        unique("country-lists.json", data.countryLists(), l -> l.id());
        unique("sanctions-regimes.json", data.sanctionsRegimes(), r -> r.id());
        unique("financiers.json", data.financiers(), f -> f.id());
        unique("networks.json", data.networks(), n -> n.id().value());
        unique("partners.json", data.partners(), p -> p.id().value());
        unique("members.json", data.members(), m -> m.id().value());
        unique("persons.json", data.persons(), p -> p.id().value());
        unique("meetings.json", data.meetings(), m -> m.id().value());

        data.networks().forEach(this::checkNetwork);
        data.partners().forEach(p -> requireNetwork("partners.json", p.id().value(), p.network()));
        data.members().forEach(this::checkMember);
        data.persons().forEach(this::checkPerson);
        data.financiers().forEach(this::checkFinancier);
        data.meetings().forEach(this::checkMeeting);
        checkIndicatorTargets();
        new Thesaurus(data, inherited).check();
    }

    private void checkNetwork(Network n) {
        String id = n.id().value();
        Partner secretariat = data.partner(n.secretariat())
                .orElseThrow(() -> broken("networks.json", id, "secretariat", "no partner '" + n.secretariat() + "'"));
        if (!secretariat.plays(PartnerRole.SECRETARIAT)) {
            throw broken("networks.json", id, "secretariat", "partner '" + n.secretariat() + "' does not have the SECRETARIAT role");
        }
        for (var country : n.countries()) {
            if (data.country(country).isEmpty()) {
                throw broken("networks.json", id, "countries", "no country '" + country + "' in countries.json");
            }
        }
        if (data.taxonomy(n.taxonomy()).isEmpty()) {
            throw broken("networks.json", id, "taxonomy", "no taxonomy '" + n.taxonomy() + "' in taxonomies.json");
        }
        for (String regime : n.sanctionsRegimes()) {
            if (data.sanctionsRegime(regime).isEmpty()) {
                throw broken("networks.json", id, "sanctionsRegimes", "no regime '" + regime + "' in sanctions-regimes.json");
            }
        }
    }

    private void checkMember(Member m) {
        Network network = requireNetwork("members.json", m.id().value(), m.network());
        if (!network.countries().contains(m.country())) {
            throw broken("members.json", m.id().value(), "country",
                    m.country() + " is not among the countries of network " + network.id() + " " + network.countries());
        }
    }

    private void checkPerson(Person p) {
        requireNetwork("persons.json", p.id().value(), p.network());
        OrganisationRef org = p.organisation();
        if (org != null && !organisationExists(org)) {
            throw broken("persons.json", p.id().value(), "organisation", "no " + org + " in the reference data");
        }
    }

    private void checkFinancier(FinancierProfile f) {
        if (!f.unsourcedFacts().isEmpty()) {
            throw broken("financiers.json", f.id(), "provenance", "no source is given for "
                    + String.join(", ", f.unsourcedFacts()));
        }
        // A shipped financier names the partner it is in the shipped network; in a network that
        // inherits the catalogue it may be no partner at all, which its profile allows.
        if (f.partner() != null && data.partner(f.partner()).isEmpty() && !inherited.contains("financiers.json")) {
            throw broken("financiers.json", f.id(), "partner", "no partner '" + f.partner() + "'");
        }
        for (EligibilityRule rule : f.rules()) {
            if (data.countryList(rule.countryList()).isEmpty()) {
                throw broken("financiers.json", f.id(), "rules[" + rule.id() + "].countryList",
                        "no country list '" + rule.countryList() + "' in country-lists.json");
            }
        }
        f.focusAreas().forEach(area -> {
            if (data.taxonomies().stream().noneMatch(t -> t.defines(area))) {
                throw broken("financiers.json", f.id(), "focusAreas", "'" + area + "' is in no taxonomy");
            }
        });
    }

    private void checkMeeting(Meeting m) {
        requireNetwork("meetings.json", m.id().value(), m.network());
        m.agenda().stream().flatMap(AgendaItem::flatten).forEach(item -> {
            for (PersonId speaker : item.speakers()) {
                if (data.person(speaker).isEmpty()) {
                    throw broken("meetings.json", m.id().value(), "agenda[" + item.key() + "].speakers",
                            "no person '" + speaker + "' in persons.json");
                }
            }
        });
        m.actionItems().forEach(a -> {
            if (!organisationExists(a.owner())) {
                throw broken("meetings.json", m.id().value(), "actionItems[" + a.key() + "].owner", "no " + a.owner());
            }
        });
    }

    private void checkIndicatorTargets() {
        Set<SdgTargetCode> known = new HashSet<>();
        for (SdgGoal goal : data.sdgs()) {
            goal.targets().stream().map(SdgTarget::code).forEach(known::add);
        }
        data.indicators().forEach(i -> i.sdgTargets().forEach(t -> {
            if (!known.contains(t)) {
                throw broken("indicators.json", i.code().value(), "sdgTargets", "target " + t + " is not in sdgs.json");
            }
        }));
    }

    private boolean organisationExists(OrganisationRef ref) {
        return switch (ref.kind()) {
            case MEMBER -> data.member(MemberId.of(ref.id())).isPresent();
            case PARTNER -> data.partner(PartnerId.of(ref.id())).isPresent();
        };
    }

    private Network requireNetwork(String file, String id, NetworkId network) {
        return data.network(network)
                .orElseThrow(() -> broken(file, id, "network", "no network '" + network + "' in networks.json"));
    }

    private static <T> void unique(String file, List<T> records, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T record : records) {
            if (!seen.add(id.apply(record))) {
                throw broken(file, id.apply(record), "id", "is used by more than one record");
            }
        }
    }

    static ReferenceDataException broken(String file, String id, String field, String problem) {
        return new ReferenceDataException("reference data file " + file + ", record '" + id + "', field " + field
                + ": " + problem);
    }
}
