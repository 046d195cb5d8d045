package org.neascn.framework.interchange.bundle;

import java.time.Instant;
import java.util.List;
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
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Require;

/**
 * Everything one network holds, as one document. The {@code format} and {@code version} say
 * what the document is, so a deployment refuses a bundle it cannot read rather than guess.
 */
public record NetworkBundle(
        String format,
        int version,
        Instant exportedAt,
        Network network,
        List<Member> members,
        List<Partner> partners,
        List<Person> persons,
        List<Scap> plans,
        List<Project> projects,
        List<Initiative> initiatives,
        List<Meeting> meetings,
        List<FrameworkVersion> frameworkVersions,
        List<ConsultationRound> consultationRounds) {

    /** The name every bundle carries in {@code format}. */
    public static final String FORMAT = "neascn-network-bundle";
    /** The bundle version this library writes and reads. */
    public static final int CURRENT_VERSION = 1;

    public NetworkBundle {
        if (!FORMAT.equals(format)) {
            throw new InvalidValueException("format", "'" + format + "' is not a NEASCN network bundle (expected '" + FORMAT + "')");
        }
        Require.that(version == CURRENT_VERSION, "version", "bundle version " + version
                + " cannot be read by this library, which reads version " + CURRENT_VERSION);
        Require.present(exportedAt, "exportedAt");
        Require.present(network, "network");
        members = Require.list(members, "members");
        partners = Require.list(partners, "partners");
        persons = Require.list(persons, "persons");
        plans = Require.list(plans, "plans");
        projects = Require.list(projects, "projects");
        initiatives = Require.list(initiatives, "initiatives");
        meetings = Require.list(meetings, "meetings");
        frameworkVersions = Require.list(frameworkVersions, "frameworkVersions");
        consultationRounds = Require.list(consultationRounds, "consultationRounds");
    }

    /** A bundle of the current version, exported now. */
    public static NetworkBundle of(Instant exportedAt, Network network, List<Member> members, List<Partner> partners,
                                   List<Person> persons, List<Scap> plans, List<Project> projects,
                                   List<Initiative> initiatives, List<Meeting> meetings,
                                   List<FrameworkVersion> frameworkVersions, List<ConsultationRound> consultationRounds) {
        return new NetworkBundle(FORMAT, CURRENT_VERSION, exportedAt, network, members, partners, persons, plans,
                projects, initiatives, meetings, frameworkVersions, consultationRounds);
    }
}
