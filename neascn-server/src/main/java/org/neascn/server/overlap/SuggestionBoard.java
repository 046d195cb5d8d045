package org.neascn.server.overlap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.neascn.framework.overlap.theme.CooperationSuggestion;
import org.neascn.framework.overlap.theme.SuggestionDecision;
import org.neascn.framework.overlap.theme.SuggestionDecisions;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.initiative.InitiativeWorkflow;
import org.neascn.framework.workflow.initiative.RegimeSanctionsCheck;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.Identifier;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.RegisterStore;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;
import org.neascn.server.workflow.Actors;
import org.neascn.server.workflow.WorkflowStore;

/**
 * The suggested initiatives of a network as the secretariat works through them, by the
 * library's rule ({@link SuggestionDecisions}): the open ones, and accepting or dismissing one.
 * A decision, the initiative an acceptance creates and their audit entries commit together.
 */
@ApplicationScoped
@Transactional
public class SuggestionBoard {

    private final Clock clock = Clock.systemUTC();

    @Inject
    OverlapService overlaps;

    @Inject
    SuggestionDecisionStore decisions;

    @Inject
    WorkflowStore workflow;

    @Inject
    RegisterStore registerStore;

    @Inject
    HostedNetworks networks;

    @Inject
    Actors actors;

    /** The suggestions no decision settles, largest and most cohesive first. */
    public List<CooperationSuggestion> open(String network) {
        return SuggestionDecisions.open(overlaps.suggestions(network), decisions.of(network));
    }

    public SuggestionDecision dismiss(String network, String suggestion, String reason) {
        Actor actor = actors.signedIn();
        SuggestionDecisions.requireDecider(actor);
        CooperationSuggestion s = find(network, suggestion);
        Outcome<SuggestionDecision> outcome = rule(network).dismiss(actor, s, decisions.of(network), reason);
        decisions.record(network, outcome.record());
        workflow.audit().record(network, outcome.audit());
        return outcome.record();
    }

    /**
     * @param id    the new initiative's identifier, or null for one made from the suggestion's
     * @param lead  the member to lead, or null for the suggestion's proposed lead
     */
    public Accepted accept(String network, String suggestion, SuggestionRequests.Acceptance body) {
        Actor actor = actors.signedIn();
        SuggestionDecisions.requireDecider(actor);
        CooperationSuggestion s = find(network, suggestion);
        String id = body.id() != null ? Identifier.check(body.id(), "id") : "initiative-" + s.id();
        SuggestionDecisions.Accepted a = rule(network).accept(actor, s, decisions.of(network), InitiativeId.of(id),
                NetworkId.of(network), body.lead() == null ? null : MemberId.of(body.lead()), body.title());
        Stored<Initiative> saved = workflow.insert(Registers.INITIATIVES, network, a.initiative(), a.audit(), actor);
        decisions.record(network, a.decision());
        return new Accepted(saved.record(), saved.version(), a.decision());
    }

    /** What accepting a suggestion made: the proposed initiative at its first version, and the decision. */
    public record Accepted(Initiative initiative, long version, SuggestionDecision decision) {
    }

    /** A suggestion of the secretariat's view, decided on or not; decisions are taken on the whole network's plans. */
    private CooperationSuggestion find(String network, String suggestion) {
        return overlaps.suggestions(network).stream().filter(s -> s.id().equals(suggestion)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No suggestion '" + suggestion + "' among the suggested "
                        + "initiatives of network '" + network + "'; its members or evidence may have changed"));
    }

    private SuggestionDecisions rule(String network) {
        MemberCountries countries = MemberCountries.from(member -> registerStore
                .find(Registers.MEMBERS, network, member.value()).map(st -> st.record().country()).orElse(null));
        SanctionsScreening screening = new SanctionsScreening(networks.get(network).data().sanctionsRegimes(), countries);
        return new SuggestionDecisions(clock, new InitiativeWorkflow(clock, new RegimeSanctionsCheck(screening,
                LocalDate.now(clock))));
    }
}
