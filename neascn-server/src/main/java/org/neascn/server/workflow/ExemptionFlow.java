package org.neascn.server.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.Outcome;
import org.neascn.framework.workflow.sanctions.SanctionsExemptions;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.project.Project;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.server.network.HostedNetworks;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * The secretariat records sanctions exemptions by {@link SanctionsExemptions}' rule, against
 * the regimes the network applies; the record, its revision and the audit entry (and so the
 * timelines) commit together.
 */
@ApplicationScoped
@Transactional
public class ExemptionFlow {

    private final SanctionsExemptions exemptions = new SanctionsExemptions(Clock.systemUTC());

    @Inject
    Actors actors;

    @Inject
    WorkflowStore store;

    @Inject
    HostedNetworks networks;

    public Stored<Project> forProject(String network, String id, SanctionsExemption exemption) {
        Actor actor = actors.signedIn();
        Stored<Project> current = store.load(Registers.PROJECTS, network, id, null);
        Outcome<Project> recorded = exemptions.record(actor, current.record(), exemption,
                networks.get(network).sanctionsRegimes());
        return store.save(Registers.PROJECTS, network, current, recorded.record(), recorded.audit(), actor);
    }

    public Stored<Initiative> forInitiative(String network, String id, SanctionsExemption exemption) {
        Actor actor = actors.signedIn();
        Stored<Initiative> current = store.load(Registers.INITIATIVES, network, id, null);
        Outcome<Initiative> recorded = exemptions.record(actor, current.record(), exemption,
                networks.get(network).sanctionsRegimes());
        return store.save(Registers.INITIATIVES, network, current, recorded.record(), recorded.audit(), actor);
    }
}
