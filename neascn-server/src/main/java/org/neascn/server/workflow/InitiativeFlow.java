package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.neascn.framework.sanctions.MemberCountries;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.initiative.InitiativeMembership;
import org.neascn.framework.workflow.initiative.InitiativeMilestones;
import org.neascn.framework.workflow.initiative.InitiativeWorkflow;
import org.neascn.framework.workflow.initiative.RegimeSanctionsCheck;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.initiative.Milestone;
import org.neascn.model.member.MemberId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.RegisterStore;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * Cooperation initiatives through the API, by the library's rules: the lifecycle
 * ({@link InitiativeWorkflow}), who takes part ({@link InitiativeMembership}) and milestones
 * ({@link InitiativeMilestones}). Every move past the proposal is screened by
 * {@link RegimeSanctionsCheck} against the sanctions regimes the network applies (the same ones
 * its projects, matching and suggestions are screened against), with the
 * members' countries read from the network's member register in the same transaction.
 */
@ApplicationScoped
@Transactional
public class InitiativeFlow {

    private final Clock clock = Clock.systemUTC();
    private final InitiativeMembership membership = new InitiativeMembership(clock);
    private final InitiativeMilestones milestones = new InitiativeMilestones(clock);

    @Inject
    Actors actors;

    @Inject
    WorkflowStore store;

    @Inject
    RegisterStore registerStore;

    @Inject
    HostedNetworks networks;

    /** The lifecycle moves the API offers, by their path segment. */
    public enum Move {
        ENDORSE, START_PREPARATION, SEEK_FINANCING, START_IMPLEMENTATION, COMPLETE;

        public static Move of(String segment) {
            for (Move move : values()) {
                if (move.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(segment)) {
                    return move;
                }
            }
            throw new InvalidValueException("move", "'" + segment + "' is not one of endorse, start-preparation,"
                    + " seek-financing, start-implementation, complete, suspend, cancel, resume");
        }
    }

    public Stored<Initiative> move(String network, String id, Move move, Long expectedVersion) {
        return apply(network, id, expectedVersion, (actor, initiative) -> {
            InitiativeWorkflow workflow = workflow(network);
            switch (move) {
                case ENDORSE:
                    return workflow.endorse(actor, initiative);
                case START_PREPARATION:
                    return workflow.startPreparation(actor, initiative);
                case SEEK_FINANCING:
                    return workflow.seekFinancing(actor, initiative);
                case START_IMPLEMENTATION:
                    return workflow.startImplementation(actor, initiative);
                default:
                    return workflow.complete(actor, initiative);
            }
        });
    }

    public Stored<Initiative> suspend(String network, String id, LocalizedText reason, Long expectedVersion) {
        return apply(network, id, expectedVersion, (actor, i) -> workflow(network).suspend(actor, i, reason));
    }

    public Stored<Initiative> cancel(String network, String id, LocalizedText reason, Long expectedVersion) {
        return apply(network, id, expectedVersion, (actor, i) -> workflow(network).cancel(actor, i, reason));
    }

    public Stored<Initiative> resume(String network, String id, InitiativeStatus to, Long expectedVersion) {
        if (to == null) {
            throw new InvalidValueException("to", "is required: the open state the initiative resumes into");
        }
        return apply(network, id, expectedVersion, (actor, i) -> workflow(network).resume(actor, i, to));
    }

    public Stored<Initiative> join(String network, String id, String member) {
        return apply(network, id, null, (actor, i) -> membership.join(actor, i, memberId(member)));
    }

    public Stored<Initiative> leave(String network, String id, String member) {
        return apply(network, id, null, (actor, i) -> membership.leave(actor, i, memberId(member)));
    }

    public Stored<Initiative> handOver(String network, String id, String member) {
        return apply(network, id, null, (actor, i) -> membership.handOverLead(actor, i, memberId(member)));
    }

    public Stored<Initiative> addPartner(String network, String id, InitiativePartner partner) {
        return apply(network, id, null, (actor, i) -> membership.addPartner(actor, i, partner));
    }

    public Stored<Initiative> removePartner(String network, String id, String partner) {
        return apply(network, id, null, (actor, i) -> membership.removePartner(actor, i, PartnerId.of(partner)));
    }

    public Stored<Initiative> planMilestone(String network, String id, Milestone milestone) {
        return apply(network, id, null, (actor, i) -> milestones.plan(actor, i, milestone));
    }

    public Stored<Initiative> settleMilestone(String network, String id, int index, Milestone.Status outcome) {
        return apply(network, id, null, (actor, i) -> milestones.settle(actor, i, index, outcome));
    }

    private Stored<Initiative> apply(String network, String id, Long expectedVersion,
            BiFunction<Actor, Initiative, Outcome<Initiative>> operation) {
        Actor actor = actors.signedIn();
        Stored<Initiative> current = store.load(Registers.INITIATIVES, network, id, expectedVersion);
        Outcome<Initiative> outcome = operation.apply(actor, current.record());
        return store.save(Registers.INITIATIVES, network, current, outcome.record(), outcome.audit(), actor);
    }

    /** The workflow with the network's screening as it stands today. */
    private InitiativeWorkflow workflow(String network) {
        MemberCountries countries = MemberCountries.from(member -> registerStore
                .find(Registers.MEMBERS, network, member.value()).map(s -> s.record().country()).orElse(null));
        SanctionsScreening screening = new SanctionsScreening(networks.get(network).sanctionsRegimes(), countries);
        return new InitiativeWorkflow(clock, new RegimeSanctionsCheck(screening, LocalDate.now(clock)));
    }

    private static MemberId memberId(String member) {
        if (member == null) {
            throw new InvalidValueException("member", "is required");
        }
        return MemberId.of(member);
    }
}
