package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.consultation.ConsultationRounds;
import org.neascn.framework.workflow.consultation.FrameworkVersions;
import org.neascn.framework.workflow.consultation.OpenedRound;
import org.neascn.model.consultation.ConsultationRound;
import org.neascn.model.consultation.ConsultationRoundId;
import org.neascn.model.consultation.Disposition;
import org.neascn.model.consultation.FeedbackId;
import org.neascn.model.consultation.FrameworkVersion;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * The framework consultation through the API by the library's rules: the task force opens a
 * round on a framework version, members and partners comment on its sections, the task force
 * disposes of every comment, closes the round (refused while a comment lacks a disposition)
 * and adopts the version, which freezes it. One transaction per operation.
 */
@ApplicationScoped
@Transactional
public class ConsultationFlow {

    private final Clock clock = Clock.systemUTC();
    private final ConsultationRounds rounds = new ConsultationRounds(clock);
    private final FrameworkVersions versions = new FrameworkVersions(clock);

    @Inject
    Actors actors;

    @Inject
    WorkflowStore store;

    @Inject
    RoundStore roundStore;

    /** What opening a round needs: its id, first day and deadline (opens defaults to today). */
    public record RoundRequest(String id, LocalDate opens, LocalDate deadline) {
    }

    /** A comment on one section of the version under consultation. */
    public record CommentRequest(String id, String section, LocalizedText comment) {
    }

    public Stored<ConsultationRound> open(String network, String version, RoundRequest request) {
        if (request == null || request.id() == null || request.deadline() == null) {
            throw new InvalidValueException(request == null || request.id() == null ? "id" : "deadline", "is required");
        }
        Actor actor = actors.signedIn();
        Stored<FrameworkVersion> current = store.load(Registers.FRAMEWORK_VERSIONS, network, version, null);
        List<ConsultationRound> earlier = roundStore.ofVersion(network, version).stream().map(Stored::record).toList();
        Outcome<OpenedRound> opened = rounds.open(actor, current.record(), earlier, ConsultationRoundId.of(request.id()),
                request.opens() == null ? LocalDate.now(clock) : request.opens(), request.deadline());
        store.save(Registers.FRAMEWORK_VERSIONS, network, current, opened.record().version(), opened.audit(), actor);
        return roundStore.insert(network, opened.record().round());
    }

    public Stored<ConsultationRound> get(String network, String id) {
        actors.current();
        return round(network, id);
    }

    public List<Stored<ConsultationRound>> ofVersion(String network, String version) {
        store.load(Registers.FRAMEWORK_VERSIONS, network, version, null);
        return roundStore.ofVersion(network, version);
    }

    public Stored<ConsultationRound> comment(String network, String id, CommentRequest request) {
        if (request == null || request.id() == null || request.comment() == null) {
            throw new InvalidValueException(request == null || request.id() == null ? "id" : "comment", "is required");
        }
        Actor actor = actors.signedIn();
        Stored<ConsultationRound> round = round(network, id);
        FrameworkVersion version = store.load(Registers.FRAMEWORK_VERSIONS, network, round.record().version().value(),
                null).record();
        Outcome<ConsultationRound> commented = rounds.comment(actor, version, round.record(),
                FeedbackId.of(request.id()), request.section(), request.comment());
        return saved(network, round, commented);
    }

    public Stored<ConsultationRound> dispose(String network, String id, String feedback, Disposition disposition) {
        if (disposition == null) {
            throw new InvalidValueException("disposition", "is required");
        }
        Actor actor = actors.signedIn();
        Stored<ConsultationRound> round = round(network, id);
        return saved(network, round, rounds.dispose(actor, round.record(), FeedbackId.of(feedback), disposition));
    }

    public Stored<ConsultationRound> close(String network, String id) {
        Actor actor = actors.signedIn();
        Stored<ConsultationRound> round = round(network, id);
        return saved(network, round, rounds.close(actor, round.record()));
    }

    /** Adopts a version once its rounds are closed; an adopted version is frozen. */
    public Stored<FrameworkVersion> adopt(String network, String version, Long expectedVersion) {
        Actor actor = actors.signedIn();
        Stored<FrameworkVersion> current = store.load(Registers.FRAMEWORK_VERSIONS, network, version, expectedVersion);
        List<ConsultationRound> held = roundStore.ofVersion(network, version).stream().map(Stored::record).toList();
        Outcome<FrameworkVersion> adopted = versions.adopt(actor, current.record(), held);
        return store.save(Registers.FRAMEWORK_VERSIONS, network, current, adopted.record(), adopted.audit(), actor);
    }

    /** A change of a framework version by PUT: only a draft, only by the task force. */
    public Stored<FrameworkVersion> edit(String network, String version, FrameworkVersion revised, long expectedVersion) {
        Actor actor = actors.signedIn();
        Stored<FrameworkVersion> current = store.load(Registers.FRAMEWORK_VERSIONS, network, version, expectedVersion);
        Outcome<FrameworkVersion> edited = versions.edit(actor, current.record(), revised);
        return store.save(Registers.FRAMEWORK_VERSIONS, network, current, edited.record(), edited.audit(), actor);
    }

    private Stored<ConsultationRound> round(String network, String id) {
        return roundStore.find(network, id).orElseThrow(() ->
                new RecordNotFoundException("No consultation round '" + id + "' in network '" + network + "'"));
    }

    private Stored<ConsultationRound> saved(String network, Stored<ConsultationRound> before,
            Outcome<ConsultationRound> outcome) {
        Stored<ConsultationRound> saved = roundStore.update(network, outcome.record(), before.version());
        store.audit().record(network, outcome.audit());
        return saved;
    }
}
