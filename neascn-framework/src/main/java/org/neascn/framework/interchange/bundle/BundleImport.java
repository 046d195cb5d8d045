package org.neascn.framework.interchange.bundle;

import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.meeting.Meeting;
import org.neascn.model.member.Member;
import org.neascn.model.network.Network;
import org.neascn.model.partner.Partner;
import org.neascn.model.person.Person;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;

/**
 * What importing a bundle would write, register by register, checked and complete. A store
 * applies all of it in one transaction, or none of it.
 *
 * @param networkExists whether {@code network} replaces an existing network record
 */
public record BundleImport(
        Network network,
        boolean networkExists,
        Changes<Member> members,
        Changes<Partner> partners,
        Changes<Person> persons,
        Changes<Scap> plans,
        Changes<Project> projects,
        Changes<Initiative> initiatives,
        Changes<Meeting> meetings,
        Changes<FrameworkVersion> frameworkVersions,
        Changes<ConsultationRound> consultationRounds) {

    /** How many records would be written, the network itself included. */
    public int size() {
        return 1 + members.size() + partners.size() + persons.size() + plans.size() + projects.size()
                + initiatives.size() + meetings.size() + frameworkVersions.size() + consultationRounds.size();
    }
}
