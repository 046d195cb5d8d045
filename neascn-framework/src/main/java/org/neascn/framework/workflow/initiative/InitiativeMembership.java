package org.neascn.framework.workflow.initiative;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordDiff;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;

/**
 * Who takes part in a cooperation initiative. A member joins or leaves by its own editors'
 * decision (or the secretariat's); an initiative never falls below two members, since one
 * city alone is not cooperating; and the lead cannot leave without first handing the lead to
 * another participant, so an initiative is never without one. The secretariat or the lead
 * adds and removes partners with their roles. A completed or cancelled initiative's
 * participants are history and no longer change.
 */
public final class InitiativeMembership {

    private final Clock clock;

    public InitiativeMembership(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<Initiative> join(Actor actor, Initiative initiative, MemberId member) {
        requireForMember(actor, initiative, member, "join");
        Initiatives.requireOpen(initiative, "join");
        if (initiative.members().contains(member)) {
            throw WorkflowException.conflict("initiative.join.already-member", initiative.status(),
                    member + " already takes part in initiative " + initiative.id());
        }
        Set<MemberId> members = new LinkedHashSet<>(initiative.members());
        members.add(member);
        Initiative joined = Initiatives.withMembers(initiative, initiative.lead(), members);
        return Outcome.of(joined, entry(actor, "initiative.join", initiative, joined, member + " joined"));
    }

    public Outcome<Initiative> leave(Actor actor, Initiative initiative, MemberId member) {
        requireForMember(actor, initiative, member, "leave");
        Initiatives.requireOpen(initiative, "leave");
        if (!initiative.members().contains(member)) {
            throw WorkflowException.conflict("initiative.leave.not-a-member", initiative.status(),
                    member + " does not take part in initiative " + initiative.id());
        }
        if (initiative.lead().equals(member)) {
            throw WorkflowException.conflict("initiative.leave.lead-must-hand-over", initiative.status(),
                    member + " leads the initiative and must hand the lead to another member before leaving");
        }
        if (initiative.members().size() <= 2) {
            throw WorkflowException.conflict("initiative.leave.minimum-members", initiative.status(),
                    "an initiative keeps at least two members; " + member + " cannot leave while only "
                            + initiative.members().size() + " take part (cancel the initiative instead)");
        }
        Set<MemberId> members = new LinkedHashSet<>(initiative.members());
        members.remove(member);
        Initiative left = Initiatives.withMembers(initiative, initiative.lead(), members);
        // The member that left still sees its departure on its own timeline.
        Set<MemberId> concerned = new LinkedHashSet<>(members);
        concerned.add(member);
        AuditEntry entry = entry(actor, "initiative.leave", initiative, left, member + " left");
        return Outcome.of(left, entry.concerning(concerned, entry.initiatives()));
    }

    /** The lead hands the lead to another participating member. */
    public Outcome<Initiative> handOverLead(Actor actor, Initiative initiative, MemberId newLead) {
        Initiatives.requireSteward(actor, initiative, "hand-over");
        Initiatives.requireOpen(initiative, "hand-over");
        if (!initiative.members().contains(newLead)) {
            throw WorkflowException.unprocessable("initiative.hand-over.not-a-member", initiative.status(),
                    "the lead passes only to a participating member; " + newLead + " is not one");
        }
        Initiative handed = Initiatives.withMembers(initiative, newLead, initiative.members());
        return Outcome.of(handed, entry(actor, "initiative.hand-over", initiative, handed,
                initiative.lead() + " handed the lead to " + newLead));
    }

    /** Adds a partner in a role, or gives a partner already taking part another role. */
    public Outcome<Initiative> addPartner(Actor actor, Initiative initiative, InitiativePartner partner) {
        Initiatives.requireSteward(actor, initiative, "add-partner");
        Initiatives.requireOpen(initiative, "add-partner");
        if (initiative.partners().contains(partner)) {
            throw WorkflowException.conflict("initiative.add-partner.already-in-role", initiative.status(),
                    partner.partner() + " already takes part as " + partner.role());
        }
        List<InitiativePartner> partners = new ArrayList<>(initiative.partners());
        partners.add(partner);
        Initiative updated = Initiatives.withPartners(initiative, partners);
        return Outcome.of(updated, entry(actor, "initiative.add-partner", initiative, updated,
                partner.partner() + " joined as " + partner.role()));
    }

    /** Removes a partner from every role it holds in the initiative. */
    public Outcome<Initiative> removePartner(Actor actor, Initiative initiative, PartnerId partner) {
        Initiatives.requireSteward(actor, initiative, "remove-partner");
        Initiatives.requireOpen(initiative, "remove-partner");
        List<InitiativePartner> partners = initiative.partners().stream()
                .filter(p -> !p.partner().equals(partner)).toList();
        if (partners.size() == initiative.partners().size()) {
            throw WorkflowException.conflict("initiative.remove-partner.not-a-partner", initiative.status(),
                    partner + " is not a partner of initiative " + initiative.id());
        }
        Initiative updated = Initiatives.withPartners(initiative, partners);
        return Outcome.of(updated, entry(actor, "initiative.remove-partner", initiative, updated, partner + " left"));
    }

    private AuditEntry entry(Actor actor, String action, Initiative before, Initiative after, String what) {
        return Initiatives.entry(clock, actor, action, after,
                what + " (initiative '" + after.title().originalText() + "')")
                .withChanges(RecordDiff.between(before, after));
    }

    private static void requireForMember(Actor actor, Initiative initiative, MemberId member, String action) {
        if (!actor.isSecretariat() && !actor.editsFor(member)) {
            throw WorkflowException.forbidden("initiative." + action + ".member-editors-only", initiative.status(),
                    actor + " may not make " + member + " " + action + " an initiative");
        }
    }
}
