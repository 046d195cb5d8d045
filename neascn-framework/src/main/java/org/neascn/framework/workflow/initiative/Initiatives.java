package org.neascn.framework.workflow.initiative;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Milestone;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.LocalizedText;

/** Copies and checks that the initiative workflows share. */
final class Initiatives {

    private Initiatives() {
    }

    static Initiative withStatus(Initiative i, InitiativeStatus status, LocalizedText reason) {
        return new Initiative(i.id(), i.network(), i.title(), i.theme(), i.lead(), i.members(), i.partners(),
                i.targets(), i.projects(), i.milestones(), status, reason, i.sanctionsExemptions());
    }

    static Initiative withMembers(Initiative i, MemberId lead, Set<MemberId> members) {
        return new Initiative(i.id(), i.network(), i.title(), i.theme(), lead, members, i.partners(), i.targets(),
                i.projects(), i.milestones(), i.status(), i.statusReason(), i.sanctionsExemptions());
    }

    static Initiative withPartners(Initiative i, List<InitiativePartner> partners) {
        return new Initiative(i.id(), i.network(), i.title(), i.theme(), i.lead(), i.members(), partners,
                i.targets(), i.projects(), i.milestones(), i.status(), i.statusReason(), i.sanctionsExemptions());
    }

    static Initiative withMilestones(Initiative i, List<Milestone> milestones) {
        return new Initiative(i.id(), i.network(), i.title(), i.theme(), i.lead(), i.members(), i.partners(),
                i.targets(), i.projects(), milestones, i.status(), i.statusReason(), i.sanctionsExemptions());
    }

    /** The secretariat, or an editor of the lead member, steers an initiative. */
    static void requireSteward(Actor actor, Initiative initiative, String action) {
        if (!actor.isSecretariat() && !actor.editsFor(initiative.lead())) {
            throw WorkflowException.forbidden("initiative." + action + ".lead-or-secretariat", initiative.status(),
                    actor + " may not " + action + " initiative " + initiative.id()
                            + ": only the secretariat or the lead member (" + initiative.lead() + ") may");
        }
    }

    static void requireOpen(Initiative initiative, String action) {
        if (initiative.status().isClosed()) {
            throw WorkflowException.conflict("initiative." + action + ".closed", initiative.status(),
                    "a " + initiative.status().name().toLowerCase(java.util.Locale.ROOT) + " initiative cannot change");
        }
    }

    static AuditEntry entry(Clock clock, Actor actor, String action, Initiative initiative, String summary) {
        return AuditEntry.of(clock.instant(), actor, action, RecordType.INITIATIVE, initiative.id(), summary)
                .concerning(initiative.members(), Set.of(initiative.id()));
    }
}
