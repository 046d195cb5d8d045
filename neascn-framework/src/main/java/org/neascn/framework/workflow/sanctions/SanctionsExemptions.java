package org.neascn.framework.workflow.sanctions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.project.Project;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.sanctions.SanctionsRegime;

/**
 * Records a sanctions exemption on a project or an initiative. Only the secretariat records
 * one, on the strength of the regime's exemption authority (for the DPRK, the 1718 Committee
 * under resolution 2321 para. 32): a member that exempts its own project would clear its own
 * screening. The exemption names one of the network's regimes, its authority, its reference
 * and when it is valid ({@link SanctionsExemption} refuses one without them); the entry on
 * the audit trail puts it on the member's and the initiative's timelines.
 */
public final class SanctionsExemptions {

    private final Clock clock;

    public SanctionsExemptions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<Project> record(Actor actor, Project project, SanctionsExemption exemption,
            Collection<SanctionsRegime> regimes) {
        check(actor, exemption, regimes, "project");
        Project exempted = project.withExemption(exemption);
        return Outcome.of(exempted, AuditEntry.of(clock.instant(), actor, "sanctions.exemption.record", RecordType.PROJECT,
                project.id(), summary(exemption, "project " + project.id())).concerning(Set.of(project.member()), Set.of()));
    }

    public Outcome<Initiative> record(Actor actor, Initiative initiative, SanctionsExemption exemption,
            Collection<SanctionsRegime> regimes) {
        check(actor, exemption, regimes, "initiative");
        List<SanctionsExemption> exemptions = new ArrayList<>(initiative.sanctionsExemptions());
        exemptions.add(exemption);
        Initiative i = initiative;
        Initiative exempted = new Initiative(i.id(), i.network(), i.title(), i.theme(), i.lead(), i.members(),
                i.partners(), i.targets(), i.projects(), i.milestones(), i.status(), i.statusReason(), exemptions);
        return Outcome.of(exempted, AuditEntry.of(clock.instant(), actor, "sanctions.exemption.record",
                RecordType.INITIATIVE, i.id(), summary(exemption, "initiative " + i.id()))
                .concerning(i.members(), Set.of(i.id())));
    }

    private static void check(Actor actor, SanctionsExemption exemption, Collection<SanctionsRegime> regimes,
            String subject) {
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("sanctions.exemption.secretariat-only", "NONE",
                    actor + " may not record a sanctions exemption on a " + subject
                            + ": only the secretariat does, from the regime's exemption authority");
        }
        if (exemption == null) {
            throw WorkflowException.unprocessable("sanctions.exemption.required", "NONE",
                    "send the exemption: regime, authority, reference, granted and, if it ends, expires");
        }
        if (regimes.stream().noneMatch(r -> r.id().equals(exemption.regime()))) {
            throw WorkflowException.unprocessable("sanctions.exemption.unknown-regime", "NONE", "'" + exemption.regime()
                    + "' is not a regime the network applies; use one of "
                    + regimes.stream().map(SanctionsRegime::id).toList());
        }
    }

    private static String summary(SanctionsExemption e, String subject) {
        return "Recorded exemption " + e.reference() + " from regime " + e.regime() + " by " + e.authority() + " for "
                + subject + " (valid from " + e.granted() + (e.expires() == null ? "" : " to " + e.expires()) + ")";
    }
}
