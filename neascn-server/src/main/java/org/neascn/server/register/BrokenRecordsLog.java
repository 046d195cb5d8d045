package org.neascn.server.register;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.neascn.model.member.MemberId;
import org.neascn.model.network.Network;
import org.neascn.model.project.Project;
import org.neascn.model.scap.Scap;
import org.neascn.server.network.HostedNetworks;

/**
 * Names in the log, at every start, each stored plan and project that the analyses leave out: a
 * record that breaks a rule today (written before references were checked, or filed under a code
 * the network's taxonomy has since dropped). The analyses go on without it; the secretariat reads
 * here what to repair. Runs after the schema is migrated (a later priority than the database's),
 * in the background: it reads every stored plan and project, which must not hold up the start
 * (the application is not started, and so not ready, until every start observer has returned).
 */
@ApplicationScoped
public class BrokenRecordsLog {

    private static final Logger LOG = Logger.getLogger(BrokenRecordsLog.class.getName());

    @Inject
    RegisterReader reader;

    @Inject
    References references;

    @Inject
    HostedNetworks networks;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class) Object started) {
        executor.execute(this::logBroken);
    }

    private void logBroken() {
        for (Network network : networks.networks()) {
            String id = network.id().value();
            try {
                Set<MemberId> members = reader.ids(Registers.MEMBERS, id).stream().map(MemberId::new).collect(Collectors.toSet());
                log(id, "plan", reader.broken(Registers.PLANS, id, references.forAnalyses(id, members, Scap::member)));
                log(id, "project", reader.broken(Registers.PROJECTS, id, references.forAnalyses(id, members, Project::member)));
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not check the stored records of network '" + id + "' at start: " + e);
            }
        }
    }

    private static void log(String network, String kind, List<Omitted> omitted) {
        omitted.forEach(o -> LOG.warning(() -> "Stored " + kind + " '" + o.id() + "' of network '" + network
                + "' is left out of the analyses until it is repaired: " + o.reason()));
    }
}
