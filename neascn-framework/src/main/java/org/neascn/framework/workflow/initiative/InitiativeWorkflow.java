package org.neascn.framework.workflow.initiative;

import static org.neascn.model.initiative.InitiativeStatus.CANCELLED;
import static org.neascn.model.initiative.InitiativeStatus.COMPLETED;
import static org.neascn.model.initiative.InitiativeStatus.ENDORSED;
import static org.neascn.model.initiative.InitiativeStatus.IN_IMPLEMENTATION;
import static org.neascn.model.initiative.InitiativeStatus.IN_PREPARATION;
import static org.neascn.model.initiative.InitiativeStatus.PROPOSED;
import static org.neascn.model.initiative.InitiativeStatus.SEEKING_FINANCING;
import static org.neascn.model.initiative.InitiativeStatus.SUSPENDED;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Theme;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.LocalizedText;

/**
 * Moves a cooperation initiative through its lifecycle:
 * <pre>
 *   proposed → endorsed → in preparation → seeking financing → in implementation → completed
 *   any open state → suspended (with a reason) → resumed to an open state
 *   any open state → cancelled (with a reason)
 * </pre>
 * The secretariat endorses, on behalf of the network; the secretariat or the lead member
 * steers every other move. Each move past the proposal (endorsement and every later one,
 * resuming included) first passes the {@link SanctionsCheck}, and a blocked move names the
 * rule that blocked it.
 */
public final class InitiativeWorkflow {

    /** The moves forward, one step at a time. */
    private static final List<InitiativeStatus> PATH =
            List.of(PROPOSED, ENDORSED, IN_PREPARATION, SEEKING_FINANCING, IN_IMPLEMENTATION, COMPLETED);
    /**
     * Every state past a proposal is screened: once the network endorses an initiative it
     * commits effort to it, so a member or partner under one of the network's regimes stops it
     * at endorsement already, not only on its way to financing. Suspending and cancelling are
     * never screened: stopping is always allowed.
     */
    private static final Set<InitiativeStatus> SCREENED =
            Set.of(ENDORSED, IN_PREPARATION, SEEKING_FINANCING, IN_IMPLEMENTATION, COMPLETED);

    private final Clock clock;
    private final SanctionsCheck sanctions;

    public InitiativeWorkflow(Clock clock, SanctionsCheck sanctions) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sanctions = Objects.requireNonNull(sanctions, "sanctions");
    }

    /**
     * Proposes an initiative, from an overlap theme the analysis suggested or one named by
     * hand, by the secretariat or by an editor of the member that will lead it.
     */
    public Outcome<Initiative> propose(Actor actor, InitiativeId id, NetworkId network, LocalizedText title,
            Theme theme, MemberId lead, Set<MemberId> members) {
        if (!actor.isSecretariat() && !actor.editsFor(lead)) {
            throw WorkflowException.forbidden("initiative.propose.lead-or-secretariat", "NONE",
                    actor + " may not propose an initiative led by " + lead);
        }
        if (!members.contains(lead)) {
            throw WorkflowException.unprocessable("initiative.propose.lead-must-participate", "NONE",
                    "the lead " + lead + " must be one of the participating members " + members);
        }
        requireTwoMembers(members.size(), "propose", "NONE");
        Initiative proposed = new Initiative(id, network, title, theme, lead, members, List.of(), List.of(),
                List.of(), List.of(), PROPOSED, null, List.of());
        return Outcome.of(proposed, Initiatives.entry(clock, actor, "initiative.propose", proposed,
                "Proposed initiative '" + title.originalText() + "' led by " + lead).moved("NONE", PROPOSED));
    }

    /** The secretariat endorses a proposal on behalf of the network; it needs two members or more. */
    public Outcome<Initiative> endorse(Actor actor, Initiative initiative) {
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("initiative.endorse.secretariat-only", initiative.status(),
                    actor + " may not endorse an initiative: only the secretariat may");
        }
        requireTwoMembers(initiative.members().size(), "endorse", initiative.status().name());
        return advance(actor, initiative, PROPOSED, ENDORSED, "endorse");
    }

    public Outcome<Initiative> startPreparation(Actor actor, Initiative initiative) {
        Initiatives.requireSteward(actor, initiative, "prepare");
        return advance(actor, initiative, ENDORSED, IN_PREPARATION, "prepare");
    }

    public Outcome<Initiative> seekFinancing(Actor actor, Initiative initiative) {
        Initiatives.requireSteward(actor, initiative, "seek-financing");
        return advance(actor, initiative, IN_PREPARATION, SEEKING_FINANCING, "seek-financing");
    }

    public Outcome<Initiative> startImplementation(Actor actor, Initiative initiative) {
        Initiatives.requireSteward(actor, initiative, "implement");
        return advance(actor, initiative, SEEKING_FINANCING, IN_IMPLEMENTATION, "implement");
    }

    public Outcome<Initiative> complete(Actor actor, Initiative initiative) {
        Initiatives.requireSteward(actor, initiative, "complete");
        return advance(actor, initiative, IN_IMPLEMENTATION, COMPLETED, "complete");
    }

    /** Suspends an open initiative, saying why. */
    public Outcome<Initiative> suspend(Actor actor, Initiative initiative, LocalizedText reason) {
        Initiatives.requireSteward(actor, initiative, "suspend");
        Initiatives.requireOpen(initiative, "suspend");
        if (initiative.status() == SUSPENDED) {
            throw WorkflowException.conflict("initiative.suspend.already-suspended", SUSPENDED,
                    "the initiative is already suspended");
        }
        requireReason(reason, initiative, "suspend");
        return move(actor, initiative, SUSPENDED, reason, "initiative.suspend",
                "Suspended " + name(initiative) + " (" + reason.originalText() + ")");
    }

    /** Cancels an open or suspended initiative for good, saying why. */
    public Outcome<Initiative> cancel(Actor actor, Initiative initiative, LocalizedText reason) {
        Initiatives.requireSteward(actor, initiative, "cancel");
        Initiatives.requireOpen(initiative, "cancel");
        requireReason(reason, initiative, "cancel");
        return move(actor, initiative, CANCELLED, reason, "initiative.cancel",
                "Cancelled " + name(initiative) + " (" + reason.originalText() + ")");
    }

    /**
     * Resumes a suspended initiative into the open state it continues from, usually the one
     * it was suspended in (the audit trail's last {@code initiative.suspend} entry names it).
     * Resuming is screened like any move past the proposal.
     */
    public Outcome<Initiative> resume(Actor actor, Initiative initiative, InitiativeStatus resumeTo) {
        Initiatives.requireSteward(actor, initiative, "resume");
        if (initiative.status() != SUSPENDED) {
            throw WorkflowException.conflict("initiative.resume.not-suspended", initiative.status(),
                    "only a suspended initiative can be resumed");
        }
        if (!PATH.contains(resumeTo) || resumeTo == COMPLETED) {
            throw WorkflowException.unprocessable("initiative.resume.open-state-only", initiative.status(),
                    "an initiative resumes into an open state of its path, not " + resumeTo);
        }
        screen(initiative, resumeTo);
        return move(actor, initiative, resumeTo, null, "initiative.resume",
                "Resumed " + name(initiative) + " into " + label(resumeTo));
    }

    private Outcome<Initiative> advance(Actor actor, Initiative initiative, InitiativeStatus from,
            InitiativeStatus to, String action) {
        if (initiative.status() != from) {
            throw WorkflowException.conflict("initiative." + action + ".wrong-state", initiative.status(),
                    "an initiative moves to " + label(to) + " only from " + label(from)
                            + " (this one is " + label(initiative.status()) + ")");
        }
        screen(initiative, to);
        return move(actor, initiative, to, null, "initiative." + action,
                "Moved " + name(initiative) + " to " + label(to));
    }

    private void screen(Initiative initiative, InitiativeStatus to) {
        if (!SCREENED.contains(to)) {
            return;
        }
        Screening screening = sanctions.screen(initiative, to);
        if (!screening.passed()) {
            throw WorkflowException.unprocessable("initiative.sanctions.blocked", initiative.status(),
                    "moving initiative " + initiative.id() + " to " + label(to) + " is blocked by sanctions rule "
                            + screening.rule() + ": " + screening.reason());
        }
    }

    private Outcome<Initiative> move(Actor actor, Initiative initiative, InitiativeStatus to, LocalizedText reason,
            String action, String summary) {
        Initiative moved = Initiatives.withStatus(initiative, to, reason);
        return Outcome.of(moved, Initiatives.entry(clock, actor, action, moved, summary)
                .moved(initiative.status(), to));
    }

    private static String name(Initiative initiative) {
        return "initiative '" + initiative.title().originalText() + "'";
    }

    private static void requireTwoMembers(int members, String action, String state) {
        if (members < 2) {
            throw WorkflowException.unprocessable("initiative." + action + ".requires-two-members", state,
                    "a cooperation initiative needs at least two members (has " + members + ")");
        }
    }

    private static void requireReason(LocalizedText reason, Initiative initiative, String action) {
        if (reason == null) {
            throw WorkflowException.unprocessable("initiative." + action + ".requires-reason", initiative.status(),
                    "to " + action + " an initiative, say why");
        }
    }

    private static String label(InitiativeStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
