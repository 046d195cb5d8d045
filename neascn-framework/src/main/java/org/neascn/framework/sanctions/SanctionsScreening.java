package org.neascn.framework.sanctions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.Participant;
import org.neascn.model.project.Project;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.sanctions.SanctionsRegime;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.OrganisationRef;
import org.neascn.model.shared.Require;

/**
 * Screens projects and cooperation initiatives against a network's sanctions regimes.
 *
 * <p>A project is involved with the country it is located in, the country of its member, and
 * the country of every network member taking part in it. An initiative is involved with the
 * country of every participating member. A regime applies when any involved country is one of
 * its countries; the subject then proceeds only with a recorded exemption for that regime that
 * is valid on the screening day (granted on or before it, not expired). Regimes are data, so a
 * network screens against others by adding them to its reference data.
 */
public final class SanctionsScreening {

    private final List<SanctionsRegime> regimes;
    private final MemberCountries members;

    /**
     * @param members resolves the countries of members the subjects involve; a member it does
     *                not know leaves the result {@link ScreeningResult.Status#UNRESOLVED}
     */
    public SanctionsScreening(List<SanctionsRegime> regimes, MemberCountries members) {
        this.regimes = Require.list(regimes, "regimes");
        this.members = Require.present(members, "members");
    }

    /** Screening with the regimes and members of a reference data set. */
    public static SanctionsScreening of(ReferenceDataSet data) {
        return new SanctionsScreening(data.sanctionsRegimes(), MemberCountries.of(data.members()));
    }

    public List<SanctionsRegime> regimes() {
        return regimes;
    }

    public ScreeningResult screen(Project project, LocalDate on) {
        Require.present(project, "project");
        Require.present(on, "on");
        Set<Involvement> involvements = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        involvements.add(new Involvement(project.location().country(),
                "the project is located in " + project.location().country()));
        involve(project.member(), "the project's member", involvements, unresolved);
        for (Participant p : project.participants()) {
            OrganisationRef org = p.organisation();
            if (org != null && org.kind() == OrganisationRef.Kind.MEMBER) {
                involve(MemberId.of(org.id()), "participant", involvements, unresolved);
            }
        }
        return decide("project " + project.id(), involvements, unresolved, project.sanctionsExemptions(), on);
    }

    public ScreeningResult screen(Initiative initiative, LocalDate on) {
        Require.present(initiative, "initiative");
        Require.present(on, "on");
        Set<Involvement> involvements = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        for (MemberId member : initiative.members()) {
            involve(member, member.equals(initiative.lead()) ? "lead member" : "participating member",
                    involvements, unresolved);
        }
        return decide("initiative " + initiative.id(), involvements, unresolved,
                initiative.sanctionsExemptions(), on);
    }

    private void involve(MemberId member, String role, Set<Involvement> involvements, List<String> unresolved) {
        Optional<CountryCode> country = members.countryOf(member);
        if (country.isPresent()) {
            involvements.add(new Involvement(country.get(), role + " " + member + " (" + country.get() + ") takes part"));
        } else {
            unresolved.add(role + " " + member + " is not a known member, so its country could not be screened");
        }
    }

    private ScreeningResult decide(String subject, Set<Involvement> involvements, List<String> unresolved,
            List<SanctionsExemption> exemptions, LocalDate on) {
        List<RegimeHit> hits = new ArrayList<>();
        // A set: one expired exemption seen through two involvements is one note.
        Set<String> notes = new LinkedHashSet<>();
        for (SanctionsExemption e : exemptions) {
            if (regimes.stream().noneMatch(r -> r.id().equals(e.regime()))) {
                notes.add("exemption " + e.reference() + " names regime '" + e.regime()
                        + "', which this network does not screen against");
            }
        }
        for (SanctionsRegime regime : regimes) {
            for (Involvement involvement : involvements) {
                if (regime.covers(involvement.country())) {
                    hits.add(hit(regime, involvement, exemptions, on, notes));
                }
            }
        }
        ScreeningResult.Status status;
        if (hits.stream().anyMatch(h -> !h.isExempted())) {
            status = ScreeningResult.Status.FLAGGED;
        } else if (!unresolved.isEmpty()) {
            status = ScreeningResult.Status.UNRESOLVED;
        } else {
            status = hits.isEmpty() ? ScreeningResult.Status.CLEAR : ScreeningResult.Status.EXEMPTED;
        }
        return new ScreeningResult(subject, status, hits, unresolved, List.copyOf(notes));
    }

    private static RegimeHit hit(SanctionsRegime regime, Involvement involvement, List<SanctionsExemption> exemptions,
            LocalDate on, Set<String> notes) {
        List<SanctionsExemption> forRegime = exemptions.stream().filter(e -> e.regime().equals(regime.id())).toList();
        Optional<SanctionsExemption> valid = forRegime.stream().filter(e -> e.isValidOn(on))
                .max(Comparator.comparing(SanctionsExemption::granted));
        String rule = regime.name().originalText() + " (" + String.join("; ", regime.instruments()) + ") applies: "
                + involvement.how();
        String explanation;
        if (valid.isPresent()) {
            SanctionsExemption e = valid.get();
            explanation = rule + "; it may proceed under exemption " + e.reference() + " granted by " + e.authority()
                    + " on " + e.granted() + (e.expires() == null ? "" : ", valid until " + e.expires());
        } else {
            explanation = rule + "; it is kept out of financing and matchmaking until an exemption from "
                    + regime.exemptionAuthority() + " is recorded";
            for (SanctionsExemption e : forRegime) {
                notes.add("exemption " + e.reference() + " is not valid on " + on + " (granted " + e.granted()
                        + (e.expires() == null ? "" : ", expires " + e.expires()) + ")");
            }
        }
        return new RegimeHit(regime, involvement, valid, explanation);
    }
}
