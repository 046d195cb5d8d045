package org.neascn.framework.overlap.theme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.WorkflowException;
import org.neascn.framework.workflow.history.AuditEntry;
import org.neascn.framework.workflow.history.RecordType;
import org.neascn.framework.workflow.initiative.InitiativeWorkflow;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;

/**
 * What the secretariat does with a suggested initiative: accept it, and it becomes a proposed
 * initiative through the initiative lifecycle ({@link InitiativeWorkflow#propose}) with the
 * suggestion's members, theme, targets and projects; or dismiss it with a reason. Both are
 * decisions on the audit trail, and both take the suggestion off the list
 * ({@link #open}): for good once accepted, until its evidence changes once dismissed.
 * Only the secretariat decides: a suggestion is the network's, not a member's.
 */
public final class SuggestionDecisions {

    private final Clock clock;
    private final InitiativeWorkflow initiatives;

    public SuggestionDecisions(Clock clock, InitiativeWorkflow initiatives) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.initiatives = Objects.requireNonNull(initiatives, "initiatives");
    }

    /** An accepted suggestion: the initiative it became and the decision, with their audit entries. */
    public record Accepted(Initiative initiative, SuggestionDecision decision, List<AuditEntry> audit) {
    }

    /** The suggestions no decision settles, in their order. */
    public static List<CooperationSuggestion> open(List<CooperationSuggestion> suggestions,
                                                   Collection<SuggestionDecision> decisions) {
        return suggestions.stream().filter(s -> decisions.stream().noneMatch(d -> d.settles(s))).toList();
    }

    /**
     * Dismisses a suggestion for the reason given.
     *
     * @throws WorkflowException     {@code suggestion.decide.secretariat-only}, {@code suggestion.decided}
     * @throws InvalidValueException naming {@code reason} when it is missing or too long
     */
    public Outcome<SuggestionDecision> dismiss(Actor actor, CooperationSuggestion s, Collection<SuggestionDecision> earlier,
                                               String reason) {
        requireOpen(actor, s, earlier);
        SuggestionDecision d = new SuggestionDecision(s.id(), s.evidence(), SuggestionDecision.Kind.DISMISSED, reason, null,
                actor.principal(), clock.instant());
        AuditEntry entry = AuditEntry.of(d.at(), actor, "suggestion.dismiss", RecordType.SUGGESTION, s.id(),
                "Dismissed the suggestion '" + s.title().originalText() + "' for " + names(s) + ": " + d.reason())
                .concerning(Set.copyOf(s.members()), Set.of());
        return Outcome.of(d, entry);
    }

    /**
     * Accepts a suggestion as a proposed initiative.
     *
     * @param lead  the member to lead it, or null for the suggestion's proposed lead
     * @param title the initiative's title, or null for the suggestion's label
     * @throws WorkflowException     {@code suggestion.decide.secretariat-only}, {@code suggestion.decided},
     *                               or a rule of the initiative lifecycle
     * @throws InvalidValueException naming {@code lead} when it is not a member of the suggestion, or is
     *                               missing where every member is under sanctions
     */
    public Accepted accept(Actor actor, CooperationSuggestion s, Collection<SuggestionDecision> earlier, InitiativeId id,
                           NetworkId network, MemberId lead, LocalizedText title) {
        requireOpen(actor, s, earlier);
        MemberId leader = lead != null ? lead : s.proposedLead();
        if (leader == null) {
            throw new InvalidValueException("lead", "is required: a sanctions regime covers every member of this suggestion, "
                    + "so none is proposed; name the member to lead it");
        }
        if (!s.members().contains(leader)) {
            throw new InvalidValueException("lead", "must be one of the suggestion's members " + s.members() + " (was " + leader + ")");
        }
        Outcome<Initiative> proposed = initiatives.propose(actor, id, network, title != null ? title : s.title(), s.theme(),
                leader, new LinkedHashSet<>(s.members()));
        Initiative p = proposed.record();
        // The suggestion's evidence goes with it; its fitting partners do not, since none of them has agreed yet.
        Initiative initiative = new Initiative(p.id(), p.network(), p.title(), p.theme(), p.lead(), p.members(), p.partners(),
                s.targets(), s.projects(), p.milestones(), p.status(), p.statusReason(), p.sanctionsExemptions());
        SuggestionDecision d = new SuggestionDecision(s.id(), s.evidence(), SuggestionDecision.Kind.ACCEPTED, null, id,
                actor.principal(), clock.instant());
        List<AuditEntry> audit = new ArrayList<>(proposed.audit());
        audit.add(AuditEntry.of(d.at(), actor, "suggestion.accept", RecordType.SUGGESTION, s.id(),
                "Accepted the suggestion '" + s.title().originalText() + "' for " + names(s) + " as initiative " + id)
                .concerning(Set.copyOf(s.members()), Set.of(id)));
        return new Accepted(initiative, d, audit);
    }

    /**
     * Refuses anyone but the secretariat, before a suggestion is even looked up: others do not
     * see every plan a suggestion rests on, so to them it may not exist.
     */
    public static void requireDecider(Actor actor) {
        if (!actor.isSecretariat()) {
            throw WorkflowException.forbidden("suggestion.decide.secretariat-only", "OPEN",
                    actor + " may not decide on a suggested initiative; the secretariat does");
        }
    }

    private static void requireOpen(Actor actor, CooperationSuggestion s, Collection<SuggestionDecision> earlier) {
        requireDecider(actor);
        for (SuggestionDecision d : earlier) {
            if (d.settles(s)) {
                throw WorkflowException.conflict("suggestion.decided", d.kind(), "suggestion " + s.id() + " was "
                        + d.kind().name().toLowerCase(java.util.Locale.ROOT) + " by " + d.by() + " at " + d.at()
                        + (d.initiative() != null ? " as initiative " + d.initiative() : "") + " and its evidence has not changed since");
            }
        }
    }

    private static String names(CooperationSuggestion s) {
        return String.join(", ", s.members().stream().map(MemberId::value).toList());
    }
}
